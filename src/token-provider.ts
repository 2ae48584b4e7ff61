// What the transport needs to know about access tokens, and nothing more: the provider interface
// and the fixed-token shortcut. The token side (auth.ts, oauth.ts) builds on it; the transport never
// imports the token side, and the token side only uses the transport's public createTransport.
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

// The token of a provider made from a plain string, so the transport can use it without a wait.
const FIXED = Symbol("adultwork.fixedToken");

/** A provider that always gives `token`, which the transport can read without a wait. */
export function fixedTokenProvider(token: string): TokenProvider {
  return { getToken: async () => token, [FIXED]: token } as TokenProvider;
}

/** The token a provider always gives, when it was made from a plain string. */
export function fixedTokenOf(provider: TokenProvider | undefined): string | undefined {
  return (provider as { [FIXED]?: string } | undefined)?.[FIXED];
}

/**
 * Whether `value` can travel in an HTTP header: no control characters (CR, LF and NUL would let it
 * end the header early), nothing outside Latin-1, no leading or trailing whitespace.
 */
export function isHeaderSafe(value: string): boolean {
  return !/[\u0000-\u001f\u007f]|[^\u0000-\u00ff]/.test(value) && value.trim() === value;
}
