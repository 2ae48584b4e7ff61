import type { Logger } from "./log.js";
/** What the client passes to a provider with each request for a token. */
export interface TokenContext {
    /** The client's logging hook, for the provider's own events (a refresh). */
    log?: Logger | undefined;
}
/** The source of access tokens for user operations. */
export interface TokenProvider {
    /** The token to send now. A refreshing provider refreshes first when the current one is about to expire. */
    getToken(context?: TokenContext): Promise<string>;
    /**
     * Called once when the API answered 401 to `rejected`: returns a token that is not `rejected`
     * (refreshing if no other call already did). Providers that cannot refresh leave it out, and a
     * 401 is then final.
     */
    refresh?(rejected: string, context?: TokenContext): Promise<string>;
}
/** A provider that always gives `token`, which the transport can read without a wait. */
export declare function fixedTokenProvider(token: string): TokenProvider;
/** The token a provider always gives, when it was made from a plain string. */
export declare function fixedTokenOf(provider: TokenProvider | undefined): string | undefined;
/**
 * Whether `value` can travel in an HTTP header: no control characters (CR, LF and NUL would let it
 * end the header early), nothing outside Latin-1, no leading or trailing whitespace.
 */
export declare function isHeaderSafe(value: string): boolean;
//# sourceMappingURL=token-provider.d.ts.map