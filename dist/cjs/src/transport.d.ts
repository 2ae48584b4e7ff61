import { Redactor } from "./errors.js";
import { type TokenProvider } from "./auth.js";
import { type Logger } from "./log.js";
export interface RetryOptions {
    /** Overall time allowed for one call, retries and waits included, in milliseconds (default 30 000). */
    timeoutMs?: number | undefined;
    /**
     * Time allowed for one attempt that could be retried if it ran out (default 10 000). An attempt that
     * cannot be retried (the last one, or any attempt of a POST) gets whatever is left of `timeoutMs`.
     */
    attemptTimeoutMs?: number | undefined;
    /** How many times a failed call may be sent again (default 2; 0 turns retries off). */
    maxRetries?: number | undefined;
    /** The backoff before the first retry; each later retry doubles it (default 500 ms). */
    retryDelayMs?: number | undefined;
    /** The cap on one backoff delay (default 8 000 ms). A `Retry-After` from the server is not capped by it. */
    maxRetryDelayMs?: number | undefined;
}
export interface TransportOptions extends RetryOptions {
    /** The API base URL: request paths are looked up in the operation table relative to it. */
    baseUrl: string;
    fetch?: typeof globalThis.fetch | undefined;
    /** Where access tokens for user operations come from. */
    tokens?: TokenProvider | undefined;
    redactor?: Redactor | undefined;
    logger?: Logger | undefined;
}
export declare const DEFAULT_TIMEOUT_MS = 30000;
export declare const DEFAULT_ATTEMPT_TIMEOUT_MS = 10000;
export declare const DEFAULT_MAX_RETRIES = 2;
export declare const DEFAULT_RETRY_DELAY_MS = 500;
export declare const DEFAULT_MAX_RETRY_DELAY_MS = 8000;
/** Same-origin redirects followed within one attempt before giving up. */
export declare const MAX_REDIRECTS = 5;
/** Statuses that say "try again later" rather than "this request is wrong". */
export declare const RETRYABLE_STATUSES: ReadonlySet<number>;
/** How many times the request that produced `response` was sent (undefined for foreign responses). */
export declare function attemptsOf(response: Response): number | undefined;
/** True for a host on this machine (a mock or a local proxy). */
export declare const isLoopbackHost: (hostname: string) => boolean;
/** Parses `value` and refuses it unless it is https, or plain http to this machine. */
export declare function requireSecureUrl(value: string, what: string): URL;
/**
 * The delay before retry number `retry` (1-based): "full jitter", a uniform pick between 0 and the
 * exponential step, so many clients failing together do not come back together.
 */
export declare function backoffDelay(retry: number, baseMs: number, capMs: number, random?: () => number): number;
/** `Retry-After` as milliseconds from `now`: delay-seconds or an HTTP date; null when absent or unreadable. */
export declare function retryAfterMs(value: string | null, now?: number): number | null;
/** The options above with their defaults, checked. */
export declare function resolveRetryOptions(options: RetryOptions): {
    timeoutMs: number;
    attemptTimeoutMs: number;
    maxRetries: number;
    retryDelayMs: number;
    maxRetryDelayMs: number;
};
export declare function createTransport(options: TransportOptions): typeof globalThis.fetch;
//# sourceMappingURL=transport.d.ts.map