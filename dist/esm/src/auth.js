import { AdultWorkUsageError } from "./errors.js";
import { createTokenManager, DEFAULT_REFRESH_AHEAD_MS } from "./token-manager.js";
import { fixedTokenProvider } from "./token-provider.js";
import { memoryTokenStore } from "./token-store.js";
import { fixedTokenOf } from "./token-provider.js";
function isTokenProvider(value) {
  return typeof value === "object" && value !== null && typeof value.getToken === "function";
}
function tokenProviderFrom(token) {
  if (token === void 0) return void 0;
  if (typeof token === "string") return fixedTokenProvider(token);
  if (typeof token === "function") return { getToken: async () => await token() };
  if (isTokenProvider(token)) return token;
  throw new AdultWorkUsageError("accessToken must be a string, a function returning one, or an object with getToken()");
}
const MEMBER = "member";
function createRefreshingTokenProvider(options) {
  const { tokens, onTokens, ...rest } = options;
  if (!tokens?.refreshToken) throw new AdultWorkUsageError("createRefreshingTokenProvider needs the member's refresh token");
  if (typeof onTokens !== "function") throw new AdultWorkUsageError("createRefreshingTokenProvider needs onTokens, to store each rotated refresh token");
  const stored = tokens.expiresAt;
  if (stored !== void 0 && stored !== null && (typeof stored !== "number" || !Number.isFinite(stored))) {
    throw new AdultWorkUsageError("tokens.expiresAt must be a time in milliseconds since the epoch, or left out");
  }
  const store = memoryTokenStore({
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
  return createTokenManager({ ...rest, store }).forMember(MEMBER);
}
export {
  DEFAULT_REFRESH_AHEAD_MS,
  createRefreshingTokenProvider,
  fixedTokenOf,
  isTokenProvider,
  tokenProviderFrom
};
//# sourceMappingURL=auth.js.map
