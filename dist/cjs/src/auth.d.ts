import type { TokenEndpointOptions, TokenSet } from "./oauth.js";
import { DEFAULT_REFRESH_AHEAD_MS } from "./token-manager.js";
import { type TokenProvider } from "./token-provider.js";
export { fixedTokenOf, type TokenContext, type TokenProvider } from "./token-provider.js";
/** A Unified Login access token, a function that returns the current one, or a TokenProvider. */
export type AccessToken = string | (() => string | Promise<string>) | TokenProvider;
export declare function isTokenProvider(value: unknown): value is TokenProvider;
/** The provider behind the `accessToken` option. */
export declare function tokenProviderFrom(token: AccessToken | undefined): TokenProvider | undefined;
export interface RefreshingTokenProviderOptions extends Omit<TokenEndpointOptions, "logger"> {
    /**
     * The member's tokens as the app stored them (`expiresAt` in milliseconds since the epoch, if known),
     * for example the TokenSet `exchangeCode` or `onTokens` gave it. The refresh token must be there.
     */
    tokens: {
        accessToken?: string | undefined;
        refreshToken: string | undefined;
        expiresAt?: number | undefined;
    };
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
/**
 * A TokenProvider on the Unified Login's refresh_token grant: refreshes ahead of expiry (from
 * `expires_in`), once for any number of concurrent calls, and again when the API refuses the token.
 * It is the token manager's single-member case: one member in a memory store whose saves go to onTokens.
 */
export declare function createRefreshingTokenProvider(options: RefreshingTokenProviderOptions): TokenProvider;
//# sourceMappingURL=auth.d.ts.map