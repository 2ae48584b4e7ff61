import type { Redactor } from "./redact.js";
export { Redactor, attachRedactor, redactorOf } from "./redact.js";
/** What the client knows about the call an error belongs to. */
export interface CallInfo {
    operationId: string | undefined;
    method: string;
    /** The documented path template, never the full URL (which may hold the API key). */
    path: string;
    attempts?: number | undefined;
}
/**
 * Base class: every error the client throws is an AdultWorkError.
 *
 * `instanceof` holds across copies of the package: a program (or a test runner) may load both its
 * ES module and its CommonJS build, each with its own classes. Each class of the package carries a
 * brand under a global symbol, and an object is an instance of a package class when a class on its
 * prototype chain carries the same brand. Classes a caller derives from these keep the ordinary rule.
 */
export declare class AdultWorkError extends Error {
    name: string;
    static [Symbol.hasInstance](value: unknown): boolean;
}
/**
 * Gives each of the package's error classes its brand (see AdultWorkError). The keys name the
 * classes, so the brand survives a bundler that renames them.
 */
export declare function brandErrorClasses(classes: Record<string, new (...args: never[]) => AdultWorkError>): void;
/** The client was called with input it cannot send (a bad option, ID or date). */
export declare class AdultWorkUsageError extends AdultWorkError {
    name: string;
    /** Raised before anything was sent, so `if (err.mayHaveBeenProcessed)` reads the same on every error. */
    readonly mayHaveBeenProcessed = false;
}
/**
 * An error that belongs to one call of the API: the operation, its method and documented path, and
 * how many times the request was sent. Every error of a call (an HTTP error status, a connection
 * failure or timeout, an unusable answer, a refused redirect) is one of these.
 */
export declare class AdultWorkCallError extends AdultWorkError {
    name: string;
    readonly operationId: string | undefined;
    readonly method: string;
    readonly path: string;
    /** How many times the request was sent (1 unless the transport retried or replayed it). */
    readonly attempts: number;
    constructor(message: string, info: CallInfo, options?: {
        cause?: unknown;
    });
}
/** The API answered with a non-2xx status. Subclasses name the status family. */
export declare class AdultWorkApiError extends AdultWorkCallError {
    name: string;
    readonly status: number;
    /** The parsed body (JSON when it parses, else text), with credentials redacted. */
    readonly body: unknown;
    readonly headers: Headers;
    /**
     * Whether the server may have acted on the request. A 5xx says nothing about what happened before
     * the failure, so it is true there; a 4xx is a refusal, so it is false.
     */
    readonly mayHaveBeenProcessed: boolean;
    constructor(info: CallInfo & {
        status: number;
        statusText?: string;
        body: unknown;
        headers?: Headers;
    });
}
export declare class BadRequestError extends AdultWorkApiError {
    name: string;
}
/** 401: the access token or API key is missing, expired or not accepted. */
export declare class AuthenticationError extends AdultWorkApiError {
    name: string;
}
/** 403: the credentials are valid but do not allow this call (often a missing scope). */
export declare class PermissionDeniedError extends AdultWorkApiError {
    name: string;
}
export declare class NotFoundError extends AdultWorkApiError {
    name: string;
}
export declare class ConflictError extends AdultWorkApiError {
    name: string;
}
export declare class UnprocessableEntityError extends AdultWorkApiError {
    name: string;
}
export declare class RateLimitError extends AdultWorkApiError {
    name: string;
}
export declare class InternalServerError extends AdultWorkApiError {
    name: string;
}
/**
 * Builds the error of the right class for a status. With a redactor, the status text, body and
 * headers it keeps are redacted copies (cookies reduced to their names).
 */
export declare function apiErrorFor(info: CallInfo & {
    status: number;
    statusText?: string;
    body: unknown;
    headers?: Headers;
}, redactor?: Redactor): AdultWorkApiError;
/** Fields shared by the errors of a call that produced no usable answer. */
interface FailedCall extends CallInfo {
    /** See AdultWorkConnectionError.mayHaveBeenProcessed. */
    mayHaveBeenProcessed: boolean;
}
/**
 * The request failed before a complete response arrived: refused, reset, cut short, or unresolvable.
 * `cause` is the underlying error, redacted.
 */
export declare class AdultWorkConnectionError extends AdultWorkCallError {
    name: string;
    /** There is no HTTP status for a connection failure. */
    readonly status: undefined;
    /**
     * False only when the request provably never reached the server (connection refused, DNS failure).
     * True means it may have been received and acted on: the client did not send it again, and the app
     * must check (for example, list its bookings) before trying once more.
     */
    readonly mayHaveBeenProcessed: boolean;
    constructor(info: FailedCall & {
        reason: string;
    }, options?: {
        cause?: unknown;
    });
}
/** No complete answer came within the time allowed (one attempt's, or the whole call's `timeoutMs`). */
export declare class AdultWorkTimeoutError extends AdultWorkConnectionError {
    name: string;
    /** The limit that ran out, in milliseconds. */
    readonly timeoutMs: number;
    constructor(info: FailedCall & {
        timeoutMs: number;
    });
}
/**
 * An answer the client cannot use: a successful status whose body is not what was asked for (not
 * JSON, JSON that does not parse, an empty body where the contract declares one, a page from
 * something in front of the API), or a status outside HTTP's 200–599.
 */
export declare class InvalidResponseError extends AdultWorkCallError {
    name: string;
    readonly status: number;
    readonly contentType: string | null;
    /** The body as text, redacted. */
    readonly body: string;
    /** A 2xx answer means the server did act on the request. */
    readonly mayHaveBeenProcessed = true;
    constructor(info: CallInfo & {
        status: number;
        contentType: string | null;
        body: string;
        problem: string;
    });
}
/**
 * The answer's decoded body grew past `maxResponseBytes`. The read stopped there (the rest was
 * never downloaded or decompressed), and the call was not retried: the same request would get the
 * same answer.
 */
export declare class ResponseTooLargeError extends AdultWorkCallError {
    name: string;
    readonly status: number;
    /** The limit that was reached, in decoded bytes. */
    readonly maxResponseBytes: number;
    /** The server answered; unless it refused the request (a 4xx), it may have acted on it. */
    readonly mayHaveBeenProcessed: boolean;
    constructor(info: CallInfo & {
        status: number;
        maxResponseBytes: number;
    });
}
/**
 * The server redirected somewhere credentials must not follow (another origin), or redirected too
 * often. The redirect was not followed.
 */
export declare class AdultWorkRedirectError extends AdultWorkCallError {
    name: string;
    readonly status: number;
    /** Where the server pointed: origin and path only (a query may carry anything). */
    readonly location: string;
    /** A redirect is an answer, so the server saw the request; whether it acted on it is unknown. */
    readonly mayHaveBeenProcessed = true;
    constructor(info: CallInfo & {
        status: number;
        location: string;
        problem: string;
    });
}
/**
 * The Unified Login refused or failed: the token endpoint answered with an error, or a login
 * callback is not one this app started (state mismatch) or carries an error.
 */
export declare class OAuthError extends AdultWorkError {
    name: string;
    /** The OAuth error code (`error` in the answer), or the client's own code for callback problems. */
    readonly error: string;
    readonly description: string | undefined;
    readonly status: number | undefined;
    readonly operationId: string | undefined;
    readonly method: string | undefined;
    readonly path: string | undefined;
    readonly attempts: number | undefined;
    /** The parsed answer, redacted. */
    readonly body: unknown;
    constructor(info: Partial<CallInfo> & {
        error: string;
        description?: string;
        status?: number;
        body?: unknown;
    }, options?: {
        cause?: unknown;
    });
}
/**
 * The refresh token is no longer valid (`{"error":"refresh_token_has_expired"}`): the member has to
 * go through the Unified Login again.
 */
export declare class RefreshTokenExpiredError extends OAuthError {
    name: string;
}
/**
 * The token store (PostgreSQL, Redis, or the app's own) failed, so the member's tokens were not
 * refreshed or not saved. The client never refreshes without the store's lock instead: that could
 * spend the refresh token twice, and the member would be logged out.
 */
export declare class TokenStoreError extends AdultWorkError {
    name: string;
    /**
     * "unavailable": the store could not be reached or answered with an error; nothing was refreshed.
     * "not-saved": the endpoint issued a new pair that the store did not take; it is kept in memory,
     * unused, and saved again on the next call. "conflict": the store no longer held the refresh token
     * the refresh spent (something refreshed without the lock). "no-tokens": nothing is stored for the member.
     */
    readonly reason: "unavailable" | "not-saved" | "conflict" | "no-tokens";
    constructor(reason: TokenStoreError["reason"], message: string, options?: {
        cause?: unknown;
    });
}
//# sourceMappingURL=errors.d.ts.map