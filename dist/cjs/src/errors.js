"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var errors_exports = {};
__export(errors_exports, {
  AdultWorkApiError: () => AdultWorkApiError,
  AdultWorkCallError: () => AdultWorkCallError,
  AdultWorkConnectionError: () => AdultWorkConnectionError,
  AdultWorkError: () => AdultWorkError,
  AdultWorkRedirectError: () => AdultWorkRedirectError,
  AdultWorkTimeoutError: () => AdultWorkTimeoutError,
  AdultWorkUsageError: () => AdultWorkUsageError,
  AuthenticationError: () => AuthenticationError,
  BadRequestError: () => BadRequestError,
  ConflictError: () => ConflictError,
  InternalServerError: () => InternalServerError,
  InvalidResponseError: () => InvalidResponseError,
  NotFoundError: () => NotFoundError,
  OAuthError: () => OAuthError,
  PermissionDeniedError: () => PermissionDeniedError,
  RateLimitError: () => RateLimitError,
  Redactor: () => import_redact.Redactor,
  RefreshTokenExpiredError: () => RefreshTokenExpiredError,
  ResponseTooLargeError: () => ResponseTooLargeError,
  TokenStoreError: () => TokenStoreError,
  UnprocessableEntityError: () => UnprocessableEntityError,
  apiErrorFor: () => apiErrorFor,
  attachRedactor: () => import_redact.attachRedactor,
  brandErrorClasses: () => brandErrorClasses,
  redactorOf: () => import_redact.redactorOf
});
module.exports = __toCommonJS(errors_exports);
var import_redact = require("./redact.js");
const BRAND = /* @__PURE__ */ Symbol.for("adultwork-api-client.errorClass");
class AdultWorkError extends Error {
  name = "AdultWorkError";
  static [Symbol.hasInstance](value) {
    if (Function.prototype[Symbol.hasInstance].call(this, value)) return true;
    if (!Object.hasOwn(this, BRAND) || typeof value !== "object" && typeof value !== "function" || value === null) return false;
    const brand = this[BRAND];
    for (let proto = Object.getPrototypeOf(value); proto; proto = Object.getPrototypeOf(proto)) {
      const ctor = Object.hasOwn(proto, "constructor") ? proto.constructor : void 0;
      if (typeof ctor === "function" && Object.hasOwn(ctor, BRAND) && ctor[BRAND] === brand) return true;
    }
    return false;
  }
}
function brandErrorClasses(classes) {
  for (const [name, cls] of Object.entries(classes)) Object.defineProperty(cls, BRAND, { value: name });
}
class AdultWorkUsageError extends AdultWorkError {
  name = "AdultWorkUsageError";
  /** Raised before anything was sent, so `if (err.mayHaveBeenProcessed)` reads the same on every error. */
  mayHaveBeenProcessed = false;
}
function describeCall(info) {
  return info.operationId ? `${info.operationId} (${info.method} ${info.path})` : `${info.method} ${info.path}`;
}
class AdultWorkCallError extends AdultWorkError {
  name = "AdultWorkCallError";
  operationId;
  method;
  path;
  /** How many times the request was sent (1 unless the transport retried or replayed it). */
  attempts;
  constructor(message, info, options) {
    super(message, options);
    this.operationId = info.operationId;
    this.method = info.method;
    this.path = info.path;
    this.attempts = info.attempts ?? 1;
  }
}
class AdultWorkApiError extends AdultWorkCallError {
  name = "AdultWorkApiError";
  status;
  /** The parsed body (JSON when it parses, else text), with credentials redacted. */
  body;
  headers;
  /**
   * Whether the server may have acted on the request. A 5xx says nothing about what happened before
   * the failure, so it is true there; a 4xx is a refusal, so it is false.
   */
  mayHaveBeenProcessed;
  constructor(info) {
    super(`AdultWork API ${describeCall(info)} failed with HTTP ${info.status}${info.statusText ? ` ${info.statusText}` : ""}`, info);
    this.status = info.status;
    this.body = info.body;
    this.headers = info.headers ?? new Headers();
    this.mayHaveBeenProcessed = info.status >= 500;
  }
}
class BadRequestError extends AdultWorkApiError {
  name = "BadRequestError";
}
class AuthenticationError extends AdultWorkApiError {
  name = "AuthenticationError";
}
class PermissionDeniedError extends AdultWorkApiError {
  name = "PermissionDeniedError";
}
class NotFoundError extends AdultWorkApiError {
  name = "NotFoundError";
}
class ConflictError extends AdultWorkApiError {
  name = "ConflictError";
}
class UnprocessableEntityError extends AdultWorkApiError {
  name = "UnprocessableEntityError";
}
class RateLimitError extends AdultWorkApiError {
  name = "RateLimitError";
}
class InternalServerError extends AdultWorkApiError {
  name = "InternalServerError";
}
const BY_STATUS = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError
};
function apiErrorFor(info, redactor) {
  const Ctor = BY_STATUS[info.status] ?? (info.status >= 500 ? InternalServerError : AdultWorkApiError);
  if (!redactor) return new Ctor(info);
  return new Ctor({
    ...info,
    statusText: info.statusText === void 0 ? void 0 : redactor.text(info.statusText),
    body: redactor.value(info.body),
    headers: redactor.headers(info.headers)
  });
}
class AdultWorkConnectionError extends AdultWorkCallError {
  name = "AdultWorkConnectionError";
  /** There is no HTTP status for a connection failure. */
  status = void 0;
  /**
   * False only when the request provably never reached the server (connection refused, DNS failure).
   * True means it may have been received and acted on: the client did not send it again, and the app
   * must check (for example, list its bookings) before trying once more.
   */
  mayHaveBeenProcessed;
  constructor(info, options) {
    super(
      `AdultWork API ${describeCall(info)} failed: ${info.reason} after ${info.attempts ?? 1} attempt${info.attempts === 1 || info.attempts === void 0 ? "" : "s"}` + (info.mayHaveBeenProcessed ? "; the server may have processed the request" : "; the request never reached the server"),
      info,
      options
    );
    this.mayHaveBeenProcessed = info.mayHaveBeenProcessed;
  }
}
class AdultWorkTimeoutError extends AdultWorkConnectionError {
  name = "AdultWorkTimeoutError";
  /** The limit that ran out, in milliseconds. */
  timeoutMs;
  constructor(info) {
    super({ ...info, reason: `no complete response within ${info.timeoutMs} ms` });
    this.timeoutMs = info.timeoutMs;
  }
}
class InvalidResponseError extends AdultWorkCallError {
  name = "InvalidResponseError";
  status;
  contentType;
  /** The body as text, redacted. */
  body;
  /** A 2xx answer means the server did act on the request. */
  mayHaveBeenProcessed = true;
  constructor(info) {
    super(`AdultWork API ${describeCall(info)} answered HTTP ${info.status} with ${info.problem}`, info);
    this.status = info.status;
    this.contentType = info.contentType;
    this.body = info.body;
  }
}
class ResponseTooLargeError extends AdultWorkCallError {
  name = "ResponseTooLargeError";
  status;
  /** The limit that was reached, in decoded bytes. */
  maxResponseBytes;
  /** The server answered; unless it refused the request (a 4xx), it may have acted on it. */
  mayHaveBeenProcessed;
  constructor(info) {
    super(`AdultWork API ${describeCall(info)} answered HTTP ${info.status} with a body larger than maxResponseBytes (${info.maxResponseBytes} bytes); not read further`, info);
    this.status = info.status;
    this.maxResponseBytes = info.maxResponseBytes;
    this.mayHaveBeenProcessed = !(info.status >= 400 && info.status < 500);
  }
}
class AdultWorkRedirectError extends AdultWorkCallError {
  name = "AdultWorkRedirectError";
  status;
  /** Where the server pointed: origin and path only (a query may carry anything). */
  location;
  /** A redirect is an answer, so the server saw the request; whether it acted on it is unknown. */
  mayHaveBeenProcessed = true;
  constructor(info) {
    super(`AdultWork API ${describeCall(info)} answered HTTP ${info.status} with ${info.problem} (${info.location}); not followed`, info);
    this.status = info.status;
    this.location = info.location;
  }
}
class OAuthError extends AdultWorkError {
  name = "OAuthError";
  /** The OAuth error code (`error` in the answer), or the client's own code for callback problems. */
  error;
  description;
  status;
  operationId;
  method;
  path;
  attempts;
  /** The parsed answer, redacted. */
  body;
  constructor(info, options) {
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
class RefreshTokenExpiredError extends OAuthError {
  name = "RefreshTokenExpiredError";
}
class TokenStoreError extends AdultWorkError {
  name = "TokenStoreError";
  /**
   * "unavailable": the store could not be reached or answered with an error; nothing was refreshed.
   * "not-saved": the endpoint issued a new pair that the store did not take; it is kept in memory,
   * unused, and saved again on the next call. "conflict": the store no longer held the refresh token
   * the refresh spent (something refreshed without the lock). "no-tokens": nothing is stored for the member.
   */
  reason;
  constructor(reason, message, options) {
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
  TokenStoreError
});
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  AdultWorkApiError,
  AdultWorkCallError,
  AdultWorkConnectionError,
  AdultWorkError,
  AdultWorkRedirectError,
  AdultWorkTimeoutError,
  AdultWorkUsageError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  InvalidResponseError,
  NotFoundError,
  OAuthError,
  PermissionDeniedError,
  RateLimitError,
  Redactor,
  RefreshTokenExpiredError,
  ResponseTooLargeError,
  TokenStoreError,
  UnprocessableEntityError,
  apiErrorFor,
  attachRedactor,
  brandErrorClasses,
  redactorOf
});
//# sourceMappingURL=errors.js.map
