"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var src_exports = {};
__export(src_exports, {
  AdultWorkApiError: () => import_errors.AdultWorkApiError,
  AdultWorkCallError: () => import_errors.AdultWorkCallError,
  AdultWorkConnectionError: () => import_errors.AdultWorkConnectionError,
  AdultWorkError: () => import_errors.AdultWorkError,
  AdultWorkRedirectError: () => import_errors.AdultWorkRedirectError,
  AdultWorkTimeoutError: () => import_errors.AdultWorkTimeoutError,
  AdultWorkUsageError: () => import_errors.AdultWorkUsageError,
  AuthenticationError: () => import_errors.AuthenticationError,
  BadRequestError: () => import_errors.BadRequestError,
  ConflictError: () => import_errors.ConflictError,
  DEFAULT_MAX_PAGES: () => import_paginate.DEFAULT_MAX_PAGES,
  InternalServerError: () => import_errors.InternalServerError,
  InvalidResponseError: () => import_errors.InvalidResponseError,
  NotFoundError: () => import_errors.NotFoundError,
  OAuthError: () => import_errors.OAuthError,
  PaginationError: () => import_paginate.PaginationError,
  PermissionDeniedError: () => import_errors.PermissionDeniedError,
  RateLimitError: () => import_errors.RateLimitError,
  RefreshTokenExpiredError: () => import_errors.RefreshTokenExpiredError,
  ResponseTooLargeError: () => import_errors.ResponseTooLargeError,
  SANDBOX_BASE_URL: () => import_client.SANDBOX_BASE_URL,
  TokenStoreError: () => import_errors.TokenStoreError,
  UnprocessableEntityError: () => import_errors.UnprocessableEntityError,
  authorizeUrl: () => import_oauth.authorizeUrl,
  checkBaseUrl: () => import_client.checkBaseUrl,
  createAdultWorkClient: () => import_client.createAdultWorkClient,
  createRefreshingTokenProvider: () => import_auth.createRefreshingTokenProvider,
  createResponseCache: () => import_cache.createResponseCache,
  createTokenManager: () => import_token_manager.createTokenManager,
  exchangeCode: () => import_oauth.exchangeCode,
  formatAwDate: () => import_dates.formatAwDate,
  formatAwDateTimeMinutes: () => import_dates.formatAwDateTimeMinutes,
  formatAwDayFirstDate: () => import_dates.formatAwDayFirstDate,
  formatAwQuarterHourDateTime: () => import_dates.formatAwQuarterHourDateTime,
  formatAwTimeOfDay: () => import_dates.formatAwTimeOfDay,
  generateState: () => import_oauth.generateState,
  joinIds: () => import_ids.joinIds,
  memoryCacheStore: () => import_cache.memoryCacheStore,
  memoryTokenStore: () => import_token_store.memoryTokenStore,
  operationIdFor: () => import_operations.operationIdFor,
  paginate: () => import_paginate.paginate,
  paginateItems: () => import_paginate.paginateItems,
  parseAuthorizationCallback: () => import_oauth.parseAuthorizationCallback,
  parseAwDateTime: () => import_dates.parseAwDateTime,
  refreshTokens: () => import_oauth.refreshTokens,
  requiredScopes: () => import_scopes.requiredScopes,
  roundToQuarterHour: () => import_dates.roundToQuarterHour,
  scopesFor: () => import_scopes.scopesFor,
  splitIds: () => import_ids.splitIds,
  statesMatch: () => import_oauth.statesMatch,
  unwrap: () => import_client.unwrap
});
module.exports = __toCommonJS(src_exports);
var import_client = require("./client.js");
var import_scopes = require("./scopes.js");
var import_paginate = require("./paginate.js");
var import_dates = require("./dates.js");
var import_ids = require("./ids.js");
var import_operations = require("./operations.js");
var import_errors = require("./errors.js");
var import_auth = require("./auth.js");
var import_token_manager = require("./token-manager.js");
var import_cache = require("./cache.js");
var import_token_store = require("./token-store.js");
var import_oauth = require("./oauth.js");
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
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
});
//# sourceMappingURL=index.js.map
