// Where access tokens come from: a fixed token, the app's own getter, or a provider that refreshes
// through the Unified Login and hands every rotated pair to the app before using it.
import { AdultWorkUsageError } from "./errors.js";
import type { TokenEndpointOptions, TokenSet } from "./oauth.js";
import { createTokenManager, DEFAULT_REFRESH_AHEAD_MS } from "./token-manager.js";
import { fixedTokenProvider, type TokenProvider } from "./token-provider.js";
import { memoryTokenStore } from "./token-store.js";

export { fixedTokenOf, type TokenContext, type TokenProvider } from "./token-provider.js";

/** A Unified Login access token, a function that returns the current one, or a TokenProvider. */
export type AccessToken = string | (() => string | Promise<string>) | TokenProvider;

export function isTokenProvider(value: unknown): value is TokenProvider {
  return typeof value === "object" && value !== null && typeof (value as TokenProvider).getToken === "function";
}

/** The provider behind the `accessToken` option. */
export function tokenProviderFrom(token: AccessToken | undefined): TokenProvider | undefined {
  if (token === undefined) return undefined;
  if (typeof token === "string") return fixedTokenProvider(token);
  if (typeof token === "function") return { getToken: async () => await token() };
  if (isTokenProvider(token)) return token;
  throw new AdultWorkUsageError("accessToken must be a string, a function returning one, or an object with getToken()");
}

export interface RefreshingTokenProviderOptions extends Omit<TokenEndpointOptions, "logger"> {
  /**
   * The member's tokens as the app stored them (`expiresAt` in milliseconds since the epoch, if known),
   * for example the TokenSet `exchangeCode` or `onTokens` gave it. The refresh token must be there.
   */
  tokens: { accessToken?: string | undefined; refreshToken: string | undefined; expiresAt?: number | undefined };
  /**
   * Receives every new pair. It is awaited before the new access token is used, so the new refresh
   * token is stored before anything depends on it. If it throws, the pair is kept and handed over
   * again on the next call; the new access token is not used until it has been accepted.
   */
  onTokens(tokens: TokenSet): void | Promise<void>;
  /** Refresh this long before the access token expires (default 60 000 ms, at most half its lifetime). */
  refreshAheadMs?: number | undefined;
}

export { DEFAULT_REFRESH_AHEAD_MS };

// The one member of a single-member provider's store.
const MEMBER = "member";

/**
 * A TokenProvider on the Unified Login's refresh_token grant: refreshes ahead of expiry (from
 * `expires_in`), once for any number of concurrent calls, and again when the API refuses the token.
 * It is the token manager's single-member case: one member in a memory store whose saves go to onTokens.
 */
export function createRefreshingTokenProvider(options: RefreshingTokenProviderOptions): TokenProvider {
  const { tokens, onTokens, ...rest } = options;
  if (!tokens?.refreshToken) throw new AdultWorkUsageError("createRefreshingTokenProvider needs the member's refresh token");
  if (typeof onTokens !== "function") throw new AdultWorkUsageError("createRefreshingTokenProvider needs onTokens, to store each rotated refresh token");
  // null is what a database gives for "not known": the same as leaving it out.
  const stored = tokens.expiresAt as unknown;
  if (stored !== undefined && stored !== null && (typeof stored !== "number" || !Number.isFinite(stored))) {
    throw new AdultWorkUsageError("tokens.expiresAt must be a time in milliseconds since the epoch, or left out");
  }
  const store = memoryTokenStore({
    initial: [[MEMBER, { accessToken: tokens.accessToken, refreshToken: tokens.refreshToken, expiresAt: tokens.expiresAt }]],
    onTokens: (_member, pair) =>
      onTokens({
        accessToken: pair.accessToken!,
        refreshToken: pair.refreshToken,
        tokenType: pair.tokenType ?? "bearer",
        expiresIn: pair.expiresIn,
        expiresAt: pair.expiresAt,
        scope: pair.scope,
      }),
  });
  return createTokenManager({ ...rest, store }).forMember(MEMBER);
}
