// adultwork-api-client: a typed client for the AdultWork.com REST API v1, generated from its contract.
export {
  createAdultWorkClient,
  unwrap,
  checkBaseUrl,
  SANDBOX_BASE_URL,
  type AdultWorkClient,
  type AdultWorkClientOptions,
  type AccessToken,
  type CallResult,
} from "./client.js";
export type { GroupMemberClient, GroupCapablePath } from "./group.js";
export { requiredScopes, scopesFor, type ScopedCall } from "./scopes.js";
export { paginate, paginateItems, PaginationError, DEFAULT_MAX_PAGES, type PagedPath, type PageOf, type ItemOf, type GetCaller, type PaginateOptions } from "./paginate.js";
export {
  formatAwDate,
  formatAwDateTimeMinutes,
  formatAwQuarterHourDateTime,
  formatAwDayFirstDate,
  formatAwTimeOfDay,
  parseAwDateTime,
  roundToQuarterHour,
  type ZoneOption,
} from "./dates.js";
export { joinIds, splitIds, type JoinIdsOptions } from "./ids.js";
export type { Format, FormatSupport } from "./format.js";
export { operationIdFor, type OperationId, type OperationInfo } from "./operations.js";
export {
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
  TokenStoreError,
} from "./errors.js";
export {
  createRefreshingTokenProvider,
  type TokenProvider,
  type TokenContext,
  type RefreshingTokenProviderOptions,
} from "./auth.js";
export { createTokenManager, type TokenManager, type TokenManagerOptions } from "./token-manager.js";
export { createResponseCache, memoryCacheStore, type ResponseCache, type ResponseCacheOptions, type CacheStore, type CachedAnswer, type MemoryCacheStoreOptions } from "./cache.js";
export { memoryTokenStore, type TokenStore, type StoredTokens, type LockedTokens, type MemoryTokenStoreOptions } from "./token-store.js";
export {
  authorizeUrl,
  parseAuthorizationCallback,
  exchangeCode,
  refreshTokens,
  generateState,
  statesMatch,
  type AuthorizeUrlOptions,
  type AuthorizationCallback,
  type TokenEndpointOptions,
  type TokenSet,
} from "./oauth.js";
export type { AdultWorkLogEvent, Logger } from "./log.js";
export type { RetryOptions } from "./transport.js";
export type { paths, components, operations as OperationTypes } from "../generated/schema.js";
