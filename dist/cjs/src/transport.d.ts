import { Redactor } from "./errors.js";
import { type TokenProvider } from "./token-provider.js";
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
    /**
     * The largest answer body one call reads, in bytes after decompression (default 32 MiB). A larger
     * one ends the call with ResponseTooLargeError as soon as the limit is passed, and is not retried.
     */
    maxResponseBytes?: number | undefined;
}
export interface TransportOptions extends RetryOptions {
    /** The API base URL: request paths are looked up in the operation table relative to it. */
    baseUrl: string;
    fetch?: typeof globalThis.fetch | undefined;
    /** Where access tokens for user operations come from. */
    tokens?: TokenProvider | undefined;
    redactor?: Redactor | undefined;
    logger?: Logger | undefined;
    /** The one plain-http origin the client was explicitly allowed to use (`dangerouslyAllowInsecureHttp`). */
    insecureOrigin?: string | undefined;
}
export declare const DEFAULT_TIMEOUT_MS = 30000;
export declare const DEFAULT_ATTEMPT_TIMEOUT_MS = 10000;
export declare const DEFAULT_MAX_RETRIES = 2;
export declare const DEFAULT_RETRY_DELAY_MS = 500;
export declare const DEFAULT_MAX_RETRY_DELAY_MS = 8000;
export declare const DEFAULT_MAX_RESPONSE_BYTES: number;
/** The longest `timeoutMs` and delay options: what one platform timer holds (about 24.8 days). */
export declare const MAX_DURATION_MS: number;
/** Same-origin redirects followed within one attempt before giving up. */
export declare const MAX_REDIRECTS = 5;
/** Statuses that say "try again later" rather than "this request is wrong". */
export declare const RETRYABLE_STATUSES: ReadonlySet<number>;
/** How many times the request that produced `response` was sent (undefined for foreign responses). */
export declare function attemptsOf(response: Response): number | undefined;
/** True for a host on this machine (a mock or a local proxy). */
export declare const isLoopbackHost: (hostname: string) => boolean;
/**
 * Parses `value` and refuses it unless it is https, or plain http to this machine, or plain http to
 * exactly `insecureOrigin` (the one origin a client was explicitly allowed to reach without TLS).
 */
export declare function requireSecureUrl(value: string, what: string, insecureOrigin?: string): URL;
/**
 * The delay before retry number `retry` (1-based): "full jitter", a uniform pick between 0 and the
 * exponential step, so many clients failing together do not come back together.
 */
export declare function backoffDelay(retry: number, baseMs: number, capMs: number, random?: () => number): number;
/** `Retry-After` as milliseconds from `now`: delay-seconds or an HTTP date; null when absent or unreadable. */
export declare function retryAfterMs(value: string | null, now?: number): number | null;
/**
 * The options above with their defaults, checked. Durations are refused beyond what a platform timer
 * holds: every wait is then exactly as long as asked, never cut to 1 ms by an overflow.
 */
export declare function resolveRetryOptions(options: RetryOptions): {
    timeoutMs: number;
    attemptTimeoutMs: number;
    maxRetries: number;
    retryDelayMs: number;
    maxRetryDelayMs: number;
    maxResponseBytes: number;
};
/**
 * The Request class openapi-fetch builds each call's request with (its `Request` option). It keeps
 * what openapi-fetch already knows and the platform would make the transport work out again: the
 * body as the string it serialised (reading back the stream built from it costs more than the rest
 * of a POST), and whether the caller gave a signal at all (a request without one can never abort,
 * so it needs no listener). A request rebuilt from another (`new CallRequest(url, request)`, as the
 * client's credentials do) carries the same body and signal, and so keeps what its source knew.
 */
export declare class CallRequest extends Request {
    #private;
    constructor(input: string | URL | Request, init?: RequestInit);
    /** The body as sent, encoded once; undefined when it was not a string or has been read since. */
    static bodyOf(request: Request): Uint8Array<ArrayBuffer> | undefined;
    /** False only for a request known to have no signal that can abort. */
    static mayAbort(request: Request): boolean;
}
/** A request that is not safe to repeat sends its body again at most this often across redirects, per call. */
export declare const MAX_BODY_RESENDS = 1;
export declare function createTransport(options: TransportOptions): typeof globalThis.fetch;
//# sourceMappingURL=transport.d.ts.map