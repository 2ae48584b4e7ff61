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
var auth_exports = {};
__export(auth_exports, {
  DEFAULT_REFRESH_AHEAD_MS: () => import_token_manager.DEFAULT_REFRESH_AHEAD_MS,
  createRefreshingTokenProvider: () => createRefreshingTokenProvider,
  fixedTokenOf: () => import_token_provider2.fixedTokenOf,
  isTokenProvider: () => isTokenProvider,
  tokenProviderFrom: () => tokenProviderFrom
});
module.exports = __toCommonJS(auth_exports);
var import_errors = require("./errors.js");
var import_token_manager = require("./token-manager.js");
var import_token_provider = require("./token-provider.js");
var import_token_store = require("./token-store.js");
var import_token_provider2 = require("./token-provider.js");
function isTokenProvider(value) {
  return typeof value === "object" && value !== null && typeof value.getToken === "function";
}
function tokenProviderFrom(token) {
  if (token === void 0) return void 0;
  if (typeof token === "string") return (0, import_token_provider.fixedTokenProvider)(token);
  if (typeof token === "function") return { getToken: async () => await token() };
  if (isTokenProvider(token)) return token;
  throw new import_errors.AdultWorkUsageError("accessToken must be a string, a function returning one, or an object with getToken()");
}
const MEMBER = "member";
function createRefreshingTokenProvider(options) {
  const { tokens, onTokens, ...rest } = options;
  if (!tokens?.refreshToken) throw new import_errors.AdultWorkUsageError("createRefreshingTokenProvider needs the member's refresh token");
  if (typeof onTokens !== "function") throw new import_errors.AdultWorkUsageError("createRefreshingTokenProvider needs onTokens, to store each rotated refresh token");
  const stored = tokens.expiresAt;
  if (stored !== void 0 && stored !== null && (typeof stored !== "number" || !Number.isFinite(stored))) {
    throw new import_errors.AdultWorkUsageError("tokens.expiresAt must be a time in milliseconds since the epoch, or left out");
  }
  const store = (0, import_token_store.memoryTokenStore)({
    initial: [[MEMBER, { accessToken: tokens.accessToken, refreshToken: tokens.refreshToken, expiresAt: tokens.expiresAt }]],
    onTokens: (_member, pair) => onTokens({
      accessToken: pair.accessToken,
      refreshToken: pair.refreshToken,
      tokenType: pair.tokenType ?? "bearer",
      expiresIn: pair.expiresIn,
      expiresAt: pair.expiresAt,
      scope: pair.scope
    })
  });
  return (0, import_token_manager.createTokenManager)({ ...rest, store }).forMember(MEMBER);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  DEFAULT_REFRESH_AHEAD_MS,
  createRefreshingTokenProvider,
  fixedTokenOf,
  isTokenProvider,
  tokenProviderFrom
});
//# sourceMappingURL=auth.js.map
