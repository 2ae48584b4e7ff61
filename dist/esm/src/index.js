import {
  createAdultWorkClient,
  unwrap,
  checkBaseUrl,
  SANDBOX_BASE_URL
} from "./client.js";
import { requiredScopes, scopesFor } from "./scopes.js";
import { paginate, paginateItems, PaginationError, DEFAULT_MAX_PAGES } from "./paginate.js";
import {
  formatAwDate,
  formatAwDateTimeMinutes,
  formatAwQuarterHourDateTime,
  formatAwDayFirstDate,
  formatAwTimeOfDay,
  parseAwDateTime,
  roundToQuarterHour
} from "./dates.js";
import { joinIds, splitIds } from "./ids.js";
import { operationIdFor } from "./operations.js";
import {
  AdultWorkError,
  AdultWorkUsageError,
  AdultWorkCallError,
  AdultWorkApiError,
  BadRequestError,
  AuthenticationError,
  PermissionDeniedError,
  NotFoundError,
  ConflictError,
  UnprocessableEntityError,
  RateLimitError,
  InternalServerError,
  AdultWorkConnectionError,
  AdultWorkTimeoutError,
  InvalidResponseError,
  ResponseTooLargeError,
  AdultWorkRedirectError,
  OAuthError,
  RefreshTokenExpiredError,
  TokenStoreError
} from "./errors.js";
import {
  createRefreshingTokenProvider
} from "./auth.js";
import { createTokenManager } from "./token-manager.js";
import { createResponseCache, memoryCacheStore } from "./cache.js";
import { memoryTokenStore } from "./token-store.js";
import {
  authorizeUrl,
  parseAuthorizationCallback,
  exchangeCode,
  refreshTokens,
  generateState,
  statesMatch
} from "./oauth.js";
export {
  AdultWorkApiError,
  AdultWorkCallError,
  AdultWorkConnectionError,
  AdultWorkError,
  AdultWorkRedirectError,
  AdultWorkTimeoutError,
  AdultWorkUsageError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  DEFAULT_MAX_PAGES,
  InternalServerError,
  InvalidResponseError,
  NotFoundError,
  OAuthError,
  PaginationError,
  PermissionDeniedError,
  RateLimitError,
  RefreshTokenExpiredError,
  ResponseTooLargeError,
  SANDBOX_BASE_URL,
  TokenStoreError,
  UnprocessableEntityError,
  authorizeUrl,
  checkBaseUrl,
  createAdultWorkClient,
  createRefreshingTokenProvider,
  createResponseCache,
  createTokenManager,
  exchangeCode,
  formatAwDate,
  formatAwDateTimeMinutes,
  formatAwDayFirstDate,
  formatAwQuarterHourDateTime,
  formatAwTimeOfDay,
  generateState,
  joinIds,
  memoryCacheStore,
  memoryTokenStore,
  operationIdFor,
  paginate,
  paginateItems,
  parseAuthorizationCallback,
  parseAwDateTime,
  refreshTokens,
  requiredScopes,
  roundToQuarterHour,
  scopesFor,
  splitIds,
  statesMatch,
  unwrap
};
//# sourceMappingURL=index.js.map
