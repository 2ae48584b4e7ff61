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
  Redactor: () => Redactor,
  RefreshTokenExpiredError: () => RefreshTokenExpiredError,
  TokenStoreError: () => TokenStoreError,
  UnprocessableEntityError: () => UnprocessableEntityError,
  apiErrorFor: () => apiErrorFor,
  attachRedactor: () => attachRedactor,
  brandErrorClasses: () => brandErrorClasses,
  redactorOf: () => redactorOf
});
module.exports = __toCommonJS(errors_exports);
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
function apiErrorFor(info) {
  const Ctor = BY_STATUS[info.status] ?? (info.status >= 500 ? InternalServerError : AdultWorkApiError);
  return new Ctor(info);
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
const CAUSE_FIELDS = ["code", "errno", "syscall", "hostname", "address", "port"];
class Redactor {
  secrets = /* @__PURE__ */ new Set();
  add(secret) {
    if (secret && secret.length >= 6) this.secrets.add(secret);
  }
  /** The secrets registered so far. */
  known() {
    return [...this.secrets];
  }
  /** True when `value` contains a known secret (in any of the forms `text` redacts). */
  holdsSecret(value) {
    return this.text(value) !== value;
  }
  text(value) {
    let out = value;
    for (const secret of this.secrets) {
      for (const form of /* @__PURE__ */ new Set([secret, encodeURIComponent(secret), new URLSearchParams({ s: secret }).toString().slice(2)])) {
        if (out.includes(form)) out = out.split(form).join("[REDACTED]");
      }
    }
    return out;
  }
  value(value) {
    if (this.secrets.size === 0) return value;
    if (typeof value === "string") return this.text(value);
    if (Array.isArray(value)) return value.map((v) => this.value(v));
    if (value && typeof value === "object") {
      const out = {};
      for (const [k, v] of Object.entries(value)) out[this.text(k)] = this.value(v);
      return out;
    }
    return value;
  }
  /**
   * A redacted copy of an error and its `cause` chain, for use as the `cause` of a client error:
   * a fetch wrapper may well have put the request URL (with the API key) or its headers in a message.
   */
  error(value, depth = 0) {
    if (!(value instanceof Error)) return this.value(value);
    const cause = depth < 8 && value.cause !== void 0 ? { cause: this.error(value.cause, depth + 1) } : void 0;
    const copy = value instanceof AggregateError ? new AggregateError(value.errors.map((e) => this.error(e, depth + 1)), this.text(value.message), cause) : new Error(this.text(value.message), cause);
    copy.name = this.text(value.name);
    copy.stack = value.stack === void 0 ? void 0 : this.text(value.stack);
    const source = value;
    for (const field of CAUSE_FIELDS) if (source[field] !== void 0) copy[field] = this.value(source[field]);
    return copy;
  }
}
const REDACTOR = /* @__PURE__ */ Symbol.for("adultwork-api-client.redactor");
function attachRedactor(request, redactor) {
  Object.defineProperty(request, REDACTOR, { value: redactor, enumerable: false, configurable: true });
}
function redactorOf(request) {
  return request[REDACTOR];
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
  TokenStoreError,
  UnprocessableEntityError,
  apiErrorFor,
  attachRedactor,
  brandErrorClasses,
  redactorOf
});
//# sourceMappingURL=errors.js.map
