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
  DEFAULT_REFRESH_AHEAD_MS: () => DEFAULT_REFRESH_AHEAD_MS,
  createRefreshingTokenProvider: () => createRefreshingTokenProvider,
  fixedTokenOf: () => fixedTokenOf,
  isTokenProvider: () => isTokenProvider,
  tokenProviderFrom: () => tokenProviderFrom
});
module.exports = __toCommonJS(auth_exports);
var import_errors = require("./errors.js");
var import_log = require("./log.js");
var import_oauth = require("./oauth.js");
function isTokenProvider(value) {
  return typeof value === "object" && value !== null && typeof value.getToken === "function";
}
const FIXED = /* @__PURE__ */ Symbol("adultwork.fixedToken");
function fixedTokenOf(provider) {
  return provider?.[FIXED];
}
function tokenProviderFrom(token) {
  if (token === void 0) return void 0;
  if (typeof token === "string") return { getToken: async () => token, [FIXED]: token };
  if (typeof token === "function") return { getToken: async () => await token() };
  if (isTokenProvider(token)) return token;
  throw new import_errors.AdultWorkUsageError("accessToken must be a string, a function returning one, or an object with getToken()");
}
const DEFAULT_REFRESH_AHEAD_MS = 6e4;
function createRefreshingTokenProvider(options) {
  const { onTokens } = options;
  if (!options.tokens?.refreshToken) throw new import_errors.AdultWorkUsageError("createRefreshingTokenProvider needs the member's refresh token");
  if (typeof onTokens !== "function") throw new import_errors.AdultWorkUsageError("createRefreshingTokenProvider needs onTokens, to store each rotated refresh token");
  const refreshAheadMs = options.refreshAheadMs ?? DEFAULT_REFRESH_AHEAD_MS;
  if (!Number.isFinite(refreshAheadMs) || refreshAheadMs < 0) throw new import_errors.AdultWorkUsageError("refreshAheadMs must be a non-negative number");
  const now = options.now ?? Date.now;
  let current = {
    accessToken: options.tokens.accessToken,
    refreshToken: options.tokens.refreshToken,
    expiresAt: options.tokens.expiresAt,
    lifetimeMs: void 0
  };
  let unsaved;
  let inflight;
  let expired;
  const redactor = new import_errors.Redactor();
  redactor.add(options.clientSecret);
  redactor.add(current.refreshToken);
  redactor.add(current.accessToken);
  const stale = () => {
    if (!current.accessToken || unsaved) return true;
    if (current.expiresAt === void 0) return false;
    const ahead = current.lifetimeMs === void 0 ? refreshAheadMs : Math.min(refreshAheadMs, current.lifetimeMs / 2);
    return now() >= current.expiresAt - ahead;
  };
  async function run(reason, context) {
    if (expired) throw expired;
    if (!unsaved) {
      (0, import_log.emit)(context?.log, { type: "refresh", reason });
      try {
        unsaved = await (0, import_oauth.refreshTokens)({ ...options, refreshToken: current.refreshToken, logger: context?.log });
      } catch (err) {
        if (err instanceof import_errors.RefreshTokenExpiredError) expired = err;
        throw err;
      }
      redactor.add(unsaved.accessToken);
      redactor.add(unsaved.refreshToken);
    }
    const pair = unsaved;
    try {
      await onTokens({ ...pair });
    } catch (err) {
      throw new import_errors.AdultWorkError("onTokens failed; the new tokens are kept unused and will be handed over again on the next call", {
        cause: redactor.error(err)
      });
    }
    current = {
      accessToken: pair.accessToken,
      refreshToken: pair.refreshToken ?? current.refreshToken,
      expiresAt: pair.expiresAt,
      lifetimeMs: pair.expiresIn === void 0 ? void 0 : pair.expiresIn * 1e3
    };
    unsaved = void 0;
    return pair.accessToken;
  }
  function refreshOnce(reason, context) {
    inflight ??= run(reason, context).finally(() => {
      inflight = void 0;
    });
    return inflight;
  }
  return {
    async getToken(context) {
      if (inflight) return inflight;
      if (!stale()) return current.accessToken;
      return refreshOnce("expiring", context);
    },
    async refresh(rejected, context) {
      if (inflight) return inflight;
      if (current.accessToken !== rejected && !stale()) return current.accessToken;
      return refreshOnce("rejected", context);
    }
  };
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
