import type { Logger } from "./log.js";
import { type OperationId } from "./operations.js";
import { type RetryOptions } from "./transport.js";
/** What the token endpoint hands out. */
export interface TokenSet {
    accessToken: string;
    /** The new refresh token: every refresh rotates it, and the old one stops working. */
    refreshToken: string | undefined;
    /** "bearer". */
    tokenType: string;
    /** The access token's lifetime in seconds, as the endpoint stated it. */
    expiresIn: number | undefined;
    /**
     * When the client treats the access token as expired, in milliseconds since the epoch (computed on
     * receipt, with the lifetime kept between 30 seconds and 24 hours: see `tokenLifetimeMs`).
     */
    expiresAt: number | undefined;
    /** The granted scopes, when the endpoint names them. */
    scope: string[] | undefined;
}
/** Random, URL-safe, 256 bits: the `state` that ties a callback to the login this app started. */
export declare function generateState(): string;
/** Compares two states in time that does not depend on where they differ. */
export declare function statesMatch(expected: string, received: string | null | undefined): boolean;
export interface AuthorizeUrlOptions {
    clientId: string;
    /** Where the Unified Login sends the member back; must be the one registered for the project. */
    redirectUri: string;
    /** "code" (server side, the default) or "token" (implicit grant, the token comes back in the fragment). */
    responseType?: "code" | "token" | undefined;
    /** The operations the app will call: their scopes are requested (see `scopesFor`). */
    operations?: Iterable<OperationId> | undefined;
    /** Scopes to request besides those of `operations`. */
    scopes?: Iterable<string> | undefined;
    /** Defaults to a fresh `generateState()`. */
    state?: string | undefined;
    /** Defaults to the contract's Unified Login authorize URL. */
    authorizationUrl?: string | undefined;
}
/**
 * The URL to send a member to for the Unified Login, and the `state` to keep (in the session) until
 * the member comes back.
 */
export declare function authorizeUrl(options: AuthorizeUrlOptions): {
    url: string;
    state: string;
};
export type AuthorizationCallback = 
/** Authorization-code flow: exchange `code` with `exchangeCode`. */
{
    status: "authorized";
    code: string;
    state: string;
}
/** Implicit flow: the token itself came back (in the fragment). */
 | {
    status: "token";
    accessToken: string;
    tokenType: string;
    expiresIn: number | undefined;
    state: string;
}
/** The member cancelled the login (`status=cancelled`, with an empty code). */
 | {
    status: "cancelled";
    state: string;
};
/**
 * Reads the URL the Unified Login sent the member back to. The state is checked first: a callback
 * this app did not start is an OAuthError ("state_mismatch"), whatever else it carries.
 */
export declare function parseAuthorizationCallback(callback: string | URL | URLSearchParams, expectedState: string): AuthorizationCallback;
/** The shortest and longest lifetime the client gives an access token, whatever `expires_in` says. */
export declare const MIN_TOKEN_LIFETIME_MS = 30000;
export declare const MAX_TOKEN_LIFETIME_MS = 86400000;
/**
 * How long the client uses an access token before refreshing it, from `expires_in` (seconds):
 * undefined when none is stated. 0, a negative or a tiny value would make every call refresh, and a
 * huge one would mean never refreshing ahead, so the stated lifetime is kept within 30 s and 24 h; a
 * token the API refuses earlier is still refreshed on its 401.
 */
export declare function tokenLifetimeMs(expiresIn: unknown): number | undefined;
export interface TokenEndpointOptions extends Pick<RetryOptions, "timeoutMs" | "maxRetries" | "retryDelayMs" | "maxRetryDelayMs" | "maxResponseBytes"> {
    clientId: string;
    clientSecret: string;
    /** Defaults to the contract's Unified Login token URL. */
    tokenUrl?: string | undefined;
    fetch?: typeof globalThis.fetch | undefined;
    logger?: Logger | undefined;
    /** The clock, in milliseconds since the epoch (for `expiresAt`). */
    now?: (() => number) | undefined;
}
/** Exchanges the code from an authorization-code callback for the member's tokens. */
export declare function exchangeCode(options: TokenEndpointOptions & {
    code: string;
    redirectUri: string;
}): Promise<TokenSet>;
/**
 * Trades a refresh token for a new pair. The old refresh token stops working: store the new one
 * before using the new access token. `refresh_token_has_expired` throws RefreshTokenExpiredError.
 */
export declare function refreshTokens(options: TokenEndpointOptions & {
    refreshToken: string;
}): Promise<TokenSet>;
//# sourceMappingURL=oauth.d.ts.map