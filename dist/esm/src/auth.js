import { AdultWorkError, AdultWorkUsageError, Redactor, RefreshTokenExpiredError } from "./errors.js";
import { emit } from "./log.js";
import { refreshTokens } from "./oauth.js";
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
  throw new AdultWorkUsageError("accessToken must be a string, a function returning one, or an object with getToken()");
}
const DEFAULT_REFRESH_AHEAD_MS = 6e4;
function createRefreshingTokenProvider(options) {
  const { onTokens } = options;
  if (!options.tokens?.refreshToken) throw new AdultWorkUsageError("createRefreshingTokenProvider needs the member's refresh token");
  if (typeof onTokens !== "function") throw new AdultWorkUsageError("createRefreshingTokenProvider needs onTokens, to store each rotated refresh token");
  const refreshAheadMs = options.refreshAheadMs ?? DEFAULT_REFRESH_AHEAD_MS;
  if (!Number.isFinite(refreshAheadMs) || refreshAheadMs < 0) throw new AdultWorkUsageError("refreshAheadMs must be a non-negative number");
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
  const redactor = new Redactor();
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
      emit(context?.log, { type: "refresh", reason });
      try {
        unsaved = await refreshTokens({ ...options, refreshToken: current.refreshToken, logger: context?.log });
      } catch (err) {
        if (err instanceof RefreshTokenExpiredError) expired = err;
        throw err;
      }
      redactor.add(unsaved.accessToken);
      redactor.add(unsaved.refreshToken);
    }
    const pair = unsaved;
    try {
      await onTokens({ ...pair });
    } catch (err) {
      throw new AdultWorkError("onTokens failed; the new tokens are kept unused and will be handed over again on the next call", {
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
export {
  DEFAULT_REFRESH_AHEAD_MS,
  createRefreshingTokenProvider,
  fixedTokenOf,
  isTokenProvider,
  tokenProviderFrom
};
//# sourceMappingURL=auth.js.map
