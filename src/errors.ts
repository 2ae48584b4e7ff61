// One error hierarchy for everything the client throws. Messages, bodies and causes never carry a
// credential: every string that reaches an error passes through the client's redactor first.
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

const BRAND = Symbol.for("adultwork-api-client.errorClass");
type Branded = { [BRAND]?: string };

/**
 * Base class: every error the client throws is an AdultWorkError.
 *
 * `instanceof` holds across copies of the package: a program (or a test runner) may load both its
 * ES module and its CommonJS build, each with its own classes. Each class of the package carries a
 * brand under a global symbol, and an object is an instance of a package class when a class on its
 * prototype chain carries the same brand. Classes a caller derives from these keep the ordinary rule.
 */
export class AdultWorkError extends Error {
  override name = "AdultWorkError";

  static override [Symbol.hasInstance](value: unknown): boolean {
    if (Function.prototype[Symbol.hasInstance].call(this, value)) return true;
    if (!Object.hasOwn(this, BRAND) || (typeof value !== "object" && typeof value !== "function") || value === null) return false;
    const brand = (this as Branded)[BRAND];
    for (let proto = Object.getPrototypeOf(value); proto; proto = Object.getPrototypeOf(proto)) {
      const ctor: unknown = Object.hasOwn(proto, "constructor") ? proto.constructor : undefined;
      if (typeof ctor === "function" && Object.hasOwn(ctor, BRAND) && (ctor as Branded)[BRAND] === brand) return true;
    }
    return false;
  }
}

/**
 * Gives each of the package's error classes its brand (see AdultWorkError). The keys name the
 * classes, so the brand survives a bundler that renames them.
 */
export function brandErrorClasses(classes: Record<string, new (...args: never[]) => AdultWorkError>): void {
  for (const [name, cls] of Object.entries(classes)) Object.defineProperty(cls, BRAND, { value: name });
}

/** The client was called with input it cannot send (a bad option, ID or date). */
export class AdultWorkUsageError extends AdultWorkError {
  override name = "AdultWorkUsageError";
  /** Raised before anything was sent, so `if (err.mayHaveBeenProcessed)` reads the same on every error. */
  readonly mayHaveBeenProcessed = false;
}

function describeCall(info: CallInfo): string {
  return info.operationId ? `${info.operationId} (${info.method} ${info.path})` : `${info.method} ${info.path}`;
}

/**
 * An error that belongs to one call of the API: the operation, its method and documented path, and
 * how many times the request was sent. Every error of a call (an HTTP error status, a connection
 * failure or timeout, an unusable answer, a refused redirect) is one of these.
 */
export class AdultWorkCallError extends AdultWorkError {
  override name = "AdultWorkCallError";
  readonly operationId: string | undefined;
  readonly method: string;
  readonly path: string;
  /** How many times the request was sent (1 unless the transport retried or replayed it). */
  readonly attempts: number;

  constructor(message: string, info: CallInfo, options?: { cause?: unknown }) {
    super(message, options);
    this.operationId = info.operationId;
    this.method = info.method;
    this.path = info.path;
    this.attempts = info.attempts ?? 1;
  }
}

/** The API answered with a non-2xx status. Subclasses name the status family. */
export class AdultWorkApiError extends AdultWorkCallError {
  override name = "AdultWorkApiError";
  readonly status: number;
  /** The parsed body (JSON when it parses, else text), with credentials redacted. */
  readonly body: unknown;
  readonly headers: Headers;
  /**
   * Whether the server may have acted on the request. A 5xx says nothing about what happened before
   * the failure, so it is true there; a 4xx is a refusal, so it is false.
   */
  readonly mayHaveBeenProcessed: boolean;

  constructor(info: CallInfo & { status: number; statusText?: string; body: unknown; headers?: Headers }) {
    super(`AdultWork API ${describeCall(info)} failed with HTTP ${info.status}${info.statusText ? ` ${info.statusText}` : ""}`, info);
    this.status = info.status;
    this.body = info.body;
    this.headers = info.headers ?? new Headers();
    this.mayHaveBeenProcessed = info.status >= 500;
  }
}

export class BadRequestError extends AdultWorkApiError {
  override name = "BadRequestError";
}
/** 401: the access token or API key is missing, expired or not accepted. */
export class AuthenticationError extends AdultWorkApiError {
  override name = "AuthenticationError";
}
/** 403: the credentials are valid but do not allow this call (often a missing scope). */
export class PermissionDeniedError extends AdultWorkApiError {
  override name = "PermissionDeniedError";
}
export class NotFoundError extends AdultWorkApiError {
  override name = "NotFoundError";
}
export class ConflictError extends AdultWorkApiError {
  override name = "ConflictError";
}
export class UnprocessableEntityError extends AdultWorkApiError {
  override name = "UnprocessableEntityError";
}
export class RateLimitError extends AdultWorkApiError {
  override name = "RateLimitError";
}
export class InternalServerError extends AdultWorkApiError {
  override name = "InternalServerError";
}

const BY_STATUS: Record<number, typeof AdultWorkApiError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

/**
 * Builds the error of the right class for a status. With a redactor, the status text, body and
 * headers it keeps are redacted copies (cookies reduced to their names).
 */
export function apiErrorFor(info: CallInfo & { status: number; statusText?: string; body: unknown; headers?: Headers }, redactor?: Redactor): AdultWorkApiError {
  const Ctor = BY_STATUS[info.status] ?? (info.status >= 500 ? InternalServerError : AdultWorkApiError);
  if (!redactor) return new Ctor(info);
  return new Ctor({
    ...info,
    statusText: info.statusText === undefined ? undefined : redactor.text(info.statusText),
    body: redactor.value(info.body),
    headers: redactor.headers(info.headers),
  });
}

/** Fields shared by the errors of a call that produced no usable answer. */
interface FailedCall extends CallInfo {
  /** See AdultWorkConnectionError.mayHaveBeenProcessed. */
  mayHaveBeenProcessed: boolean;
}

/**
 * The request failed before a complete response arrived: refused, reset, cut short, or unresolvable.
 * `cause` is the underlying error, redacted.
 */
export class AdultWorkConnectionError extends AdultWorkCallError {
  override name = "AdultWorkConnectionError";
  /** There is no HTTP status for a connection failure. */
  readonly status: undefined = undefined;
  /**
   * False only when the request provably never reached the server (connection refused, DNS failure).
   * True means it may have been received and acted on: the client did not send it again, and the app
   * must check (for example, list its bookings) before trying once more.
   */
  readonly mayHaveBeenProcessed: boolean;

  constructor(info: FailedCall & { reason: string }, options?: { cause?: unknown }) {
    super(
      `AdultWork API ${describeCall(info)} failed: ${info.reason}` +
        ` after ${info.attempts ?? 1} attempt${info.attempts === 1 || info.attempts === undefined ? "" : "s"}` +
        (info.mayHaveBeenProcessed ? "; the server may have processed the request" : "; the request never reached the server"),
      info,
      options,
    );
    this.mayHaveBeenProcessed = info.mayHaveBeenProcessed;
  }
}

/** No complete answer came within the time allowed (one attempt's, or the whole call's `timeoutMs`). */
export class AdultWorkTimeoutError extends AdultWorkConnectionError {
  override name = "AdultWorkTimeoutError";
  /** The limit that ran out, in milliseconds. */
  readonly timeoutMs: number;

  constructor(info: FailedCall & { timeoutMs: number }) {
    super({ ...info, reason: `no complete response within ${info.timeoutMs} ms` });
    this.timeoutMs = info.timeoutMs;
  }
}

/**
 * An answer the client cannot use: a successful status whose body is not what was asked for (not
 * JSON, JSON that does not parse, an empty body where the contract declares one, a page from
 * something in front of the API), or a status outside HTTP's 200–599.
 */
export class InvalidResponseError extends AdultWorkCallError {
  override name = "InvalidResponseError";
  readonly status: number;
  readonly contentType: string | null;
  /** The body as text, redacted. */
  readonly body: string;
  /** A 2xx answer means the server did act on the request. */
  readonly mayHaveBeenProcessed = true;

  constructor(info: CallInfo & { status: number; contentType: string | null; body: string; problem: string }) {
    super(`AdultWork API ${describeCall(info)} answered HTTP ${info.status} with ${info.problem}`, info);
    this.status = info.status;
    this.contentType = info.contentType;
    this.body = info.body;
  }
}

/**
 * The answer's decoded body grew past `maxResponseBytes`. The read stopped there (the rest was
 * never downloaded or decompressed), and the call was not retried: the same request would get the
 * same answer.
 */
export class ResponseTooLargeError extends AdultWorkCallError {
  override name = "ResponseTooLargeError";
  readonly status: number;
  /** The limit that was reached, in decoded bytes. */
  readonly maxResponseBytes: number;
  /** The server answered; unless it refused the request (a 4xx), it may have acted on it. */
  readonly mayHaveBeenProcessed: boolean;

  constructor(info: CallInfo & { status: number; maxResponseBytes: number }) {
    super(`AdultWork API ${describeCall(info)} answered HTTP ${info.status} with a body larger than maxResponseBytes (${info.maxResponseBytes} bytes); not read further`, info);
    this.status = info.status;
    this.maxResponseBytes = info.maxResponseBytes;
    this.mayHaveBeenProcessed = !(info.status >= 400 && info.status < 500);
  }
}

/**
 * The server redirected somewhere credentials must not follow (another origin), or redirected too
 * often. The redirect was not followed.
 */
export class AdultWorkRedirectError extends AdultWorkCallError {
  override name = "AdultWorkRedirectError";
  readonly status: number;
  /** Where the server pointed: origin and path only (a query may carry anything). */
  readonly location: string;
  /** A redirect is an answer, so the server saw the request; whether it acted on it is unknown. */
  readonly mayHaveBeenProcessed = true;

  constructor(info: CallInfo & { status: number; location: string; problem: string }) {
    super(`AdultWork API ${describeCall(info)} answered HTTP ${info.status} with ${info.problem} (${info.location}); not followed`, info);
    this.status = info.status;
    this.location = info.location;
  }
}

/**
 * The Unified Login refused or failed: the token endpoint answered with an error, or a login
 * callback is not one this app started (state mismatch) or carries an error.
 */
export class OAuthError extends AdultWorkError {
  override name = "OAuthError";
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

  constructor(info: Partial<CallInfo> & { error: string; description?: string; status?: number; body?: unknown }, options?: { cause?: unknown }) {
    const where = info.method && info.path ? ` (${info.method} ${info.path}${info.status ? ` answered HTTP ${info.status}` : ""})` : "";
    super(`Unified Login: ${info.error}${info.description ? `: ${info.description}` : ""}${where}`, options);
    this.error = info.error;
    this.description = info.description;
    this.status = info.status;
    this.operationId = info.operationId;
    this.method = info.method;
    this.path = info.path;
    this.attempts = info.attempts;
    this.body = info.body;
  }
}

/**
 * The refresh token is no longer valid (`{"error":"refresh_token_has_expired"}`): the member has to
 * go through the Unified Login again.
 */
export class RefreshTokenExpiredError extends OAuthError {
  override name = "RefreshTokenExpiredError";
}


/**
 * The token store (PostgreSQL, Redis, or the app's own) failed, so the member's tokens were not
 * refreshed or not saved. The client never refreshes without the store's lock instead: that could
 * spend the refresh token twice, and the member would be logged out.
 */
export class TokenStoreError extends AdultWorkError {
  override name = "TokenStoreError";
  /**
   * "unavailable": the store could not be reached or answered with an error; nothing was refreshed.
   * "not-saved": the endpoint issued a new pair that the store did not take; it is kept in memory,
   * unused, and saved again on the next call. "conflict": the store no longer held the refresh token
   * the refresh spent (something refreshed without the lock). "no-tokens": nothing is stored for the member.
   */
  readonly reason: "unavailable" | "not-saved" | "conflict" | "no-tokens";

  constructor(reason: TokenStoreError["reason"], message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.reason = reason;
  }
}

brandErrorClasses({
  AdultWorkError,
  AdultWorkUsageError,
  AdultWorkCallError,
  AdultWorkApiError,
  BadRequestError,
  AuthenticationError,
  PermissionDeniedError,
  NotFoundError,
  ConflictError,
  UnprocessableEntityError,
  RateLimitError,
  InternalServerError,
  AdultWorkConnectionError,
  AdultWorkTimeoutError,
  InvalidResponseError,
  ResponseTooLargeError,
  AdultWorkRedirectError,
  OAuthError,
  RefreshTokenExpiredError,
  TokenStoreError,
});
