import { AdultWorkUsageError } from "./errors.js";
import { createTokenManager, DEFAULT_REFRESH_AHEAD_MS } from "./token-manager.js";
import { memoryTokenStore } from "./token-store.js";
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
const MEMBER = "member";
function createRefreshingTokenProvider(options) {
  const { tokens, onTokens, ...rest } = options;
  if (!tokens?.refreshToken) throw new AdultWorkUsageError("createRefreshingTokenProvider needs the member's refresh token");
  if (typeof onTokens !== "function") throw new AdultWorkUsageError("createRefreshingTokenProvider needs onTokens, to store each rotated refresh token");
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
