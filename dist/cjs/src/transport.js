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
var transport_exports = {};
__export(transport_exports, {
  CallRequest: () => CallRequest,
  DEFAULT_ATTEMPT_TIMEOUT_MS: () => DEFAULT_ATTEMPT_TIMEOUT_MS,
  DEFAULT_MAX_RESPONSE_BYTES: () => DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_MAX_RETRIES: () => DEFAULT_MAX_RETRIES,
  DEFAULT_MAX_RETRY_DELAY_MS: () => DEFAULT_MAX_RETRY_DELAY_MS,
  DEFAULT_RETRY_DELAY_MS: () => DEFAULT_RETRY_DELAY_MS,
  DEFAULT_TIMEOUT_MS: () => DEFAULT_TIMEOUT_MS,
  MAX_BODY_RESENDS: () => MAX_BODY_RESENDS,
  MAX_DURATION_MS: () => MAX_DURATION_MS,
  MAX_REDIRECTS: () => MAX_REDIRECTS,
  RETRYABLE_STATUSES: () => RETRYABLE_STATUSES,
  attemptsOf: () => attemptsOf,
  backoffDelay: () => backoffDelay,
  createTransport: () => createTransport,
  isLoopbackHost: () => isLoopbackHost,
  requireSecureUrl: () => requireSecureUrl,
  resolveRetryOptions: () => resolveRetryOptions,
  retryAfterMs: () => retryAfterMs
});
module.exports = __toCommonJS(transport_exports);
var import_errors = require("./errors.js");
var import_token_provider = require("./token-provider.js");
var import_buffered_response = require("./buffered-response.js");
var import_log = require("./log.js");
var import_operations = require("./operations.js");
var import_timers = require("./timers.js");
const DEFAULT_TIMEOUT_MS = 3e4;
const DEFAULT_ATTEMPT_TIMEOUT_MS = 1e4;
const DEFAULT_MAX_RETRIES = 2;
const DEFAULT_RETRY_DELAY_MS = 500;
const DEFAULT_MAX_RETRY_DELAY_MS = 8e3;
const DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024;
const MAX_DURATION_MS = import_timers.MAX_TIMER_MS;
const MAX_REDIRECTS = 5;
const RETRYABLE_STATUSES = /* @__PURE__ */ new Set([408, 429, 500, 502, 503, 504]);
const NEVER_SENT_CODES = /* @__PURE__ */ new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "UND_ERR_CONNECT_TIMEOUT"]);
const REDIRECT_STATUSES = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
const NULL_BODY_STATUSES = /* @__PURE__ */ new Set([101, 103, 204, 205, 304]);
const METHODS_SAFE_TO_REPEAT = /* @__PURE__ */ new Set(["GET", "HEAD", "PUT"]);
const attemptCounts = /* @__PURE__ */ new WeakMap();
function attemptsOf(response) {
  return attemptCounts.get(response);
}
const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;
const isLoopbackHost = (hostname) => LOOPBACK.test(hostname);
function requireSecureUrl(value, what, insecureOrigin) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new import_errors.AdultWorkUsageError(`${what} is not an absolute URL`);
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && (LOOPBACK.test(url.hostname) || url.origin === insecureOrigin))) {
    throw new import_errors.AdultWorkUsageError(`${what} must use https (plain http is allowed only for loopback hosts): ${url.origin}`);
  }
  return url;
}
function backoffDelay(retry, baseMs, capMs, random = Math.random) {
  const step = Math.min(capMs, baseMs * 2 ** (retry - 1));
  return Math.floor(random() * step);
}
function retryAfterMs(value, now = Date.now()) {
  if (value === null) return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1e3;
  if (!/[A-Za-z]{3}/.test(text) || !/\d{1,2}:\d{2}:\d{2}/.test(text)) return null;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - now);
}
function checkCount(name, value, fallback, min) {
  if (value === void 0) return fallback;
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < min) {
    throw new import_errors.AdultWorkUsageError(`${name} must be an integer of at least ${min}, got ${String(value)}`);
  }
  return value;
}
function resolveRetryOptions(options) {
  return {
    timeoutMs: (0, import_timers.checkDurationMs)("timeoutMs", options.timeoutMs, DEFAULT_TIMEOUT_MS),
    attemptTimeoutMs: (0, import_timers.checkDurationMs)("attemptTimeoutMs", options.attemptTimeoutMs, DEFAULT_ATTEMPT_TIMEOUT_MS),
    maxRetries: checkCount("maxRetries", options.maxRetries, DEFAULT_MAX_RETRIES, 0),
    retryDelayMs: (0, import_timers.checkDurationMs)("retryDelayMs", options.retryDelayMs, DEFAULT_RETRY_DELAY_MS, 0),
    maxRetryDelayMs: (0, import_timers.checkDurationMs)("maxRetryDelayMs", options.maxRetryDelayMs, DEFAULT_MAX_RETRY_DELAY_MS, 0),
    maxResponseBytes: checkCount("maxResponseBytes", options.maxResponseBytes, DEFAULT_MAX_RESPONSE_BYTES, 1)
  };
}
function errorCodes(err, depth = 0) {
  if (!err || typeof err !== "object" || depth > 8) return [];
  const e = err;
  const own = typeof e.code === "string" ? [e.code] : [];
  const members = Array.isArray(e.errors) ? e.errors.flatMap((m) => errorCodes(m, depth + 1)) : [];
  return [...own, ...members, ...errorCodes(e.cause, depth + 1)];
}
function neverSent(err) {
  const codes = errorCodes(err);
  return codes.length > 0 && codes.every((code) => NEVER_SENT_CODES.has(code));
}
function isJsonMediaType(value) {
  if (value === "application/json" || value === "application/json; charset=utf-8") return true;
  const type = value?.split(";")[0]?.trim().toLowerCase() ?? "";
  return type === "application/json" || /^application\/[\w.+-]+\+json$/.test(type);
}
function acceptsOnlyJson(accept) {
  if (!accept) return false;
  return accept === "application/json" || accept.split(",").every((part) => isJsonMediaType(part));
}
const decoder = new TextDecoder();
function checkJson(contentType, bytes) {
  if (bytes.byteLength === 0) return { parsed: void 0 };
  if (!isJsonMediaType(contentType)) return { problem: `${contentType ? `content type ${contentType}` : "no content type"} where JSON was asked for` };
  const text = decoder.decode(bytes);
  try {
    return { parsed: { text, value: JSON.parse(text) } };
  } catch {
    return { problem: "a body that is not valid JSON" };
  }
}
const EMPTY = new Uint8Array(0);
function pathOf(href, originLength) {
  const end = href.search(/[?#]/);
  return href.slice(originLength, end === -1 ? void 0 : end);
}
const TOO_LARGE = /* @__PURE__ */ Symbol("too large");
async function readAll(stream, attempt, limit = Infinity) {
  const reader = stream.getReader();
  if (attempt) {
    attempt.reader = reader;
    if (attempt.ended) void reader.cancel().catch(() => void 0);
  }
  const chunks = [];
  let length = 0;
  try {
    for (; ; ) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!(value instanceof Uint8Array)) throw new TypeError("a body chunk that is not a Uint8Array");
      length += value.byteLength;
      if (length > limit) {
        void reader.cancel().catch(() => void 0);
        throw TOO_LARGE;
      }
      chunks.push(value);
    }
  } finally {
    if (attempt) attempt.reader = void 0;
  }
  if (chunks.length === 1 && chunks[0].buffer instanceof ArrayBuffer) return chunks[0];
  if (chunks.length === 0) return EMPTY;
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}
const encoder = new TextEncoder();
class CallRequest extends Request {
  #text;
  #callerSignal;
  constructor(input, init) {
    super(input, init);
    if (init instanceof CallRequest) {
      this.#text = init.#text;
      this.#callerSignal = init.#callerSignal;
    } else {
      this.#text = typeof init?.body === "string" ? init.body : void 0;
      this.#callerSignal = init?.signal != null || input instanceof Request;
    }
  }
  /** The body as sent, encoded once; undefined when it was not a string or has been read since. */
  static bodyOf(request) {
    if (!(request instanceof CallRequest) || request.#text === void 0 || request.bodyUsed) return void 0;
    return encoder.encode(request.#text);
  }
  /** False only for a request known to have no signal that can abort. */
  static mayAbort(request) {
    return !(request instanceof CallRequest) || request.#callerSignal;
  }
}
class CallScope {
  constructor(caller, timeoutMs, mayAbort) {
    this.caller = caller;
    this.deadline = Date.now() + timeoutMs;
    if (mayAbort) {
      caller.addEventListener(
        "abort",
        () => {
          this.callerAborted = true;
          this.interrupt?.(this.caller.reason);
        },
        { once: true }
      );
    }
  }
  caller;
  callerAborted = false;
  expired = false;
  deadline;
  // Ends the current wait with an abort reason.
  interrupt;
  remaining() {
    return Math.max(0, this.deadline - Date.now());
  }
  /**
   * Settles as `start` says, or rejects with the abort reason as soon as the caller aborts or, if
   * `limitMs` is given, when that time is up (which is the call's deadline: `expired` is set).
   */
  interruptible(limitMs, start) {
    return new Promise((resolve, reject) => {
      if (this.callerAborted) return reject(this.caller.reason);
      let timer;
      let cleanup = () => void 0;
      const end = () => {
        this.interrupt = void 0;
        (0, import_timers.stopTimer)(timer);
        cleanup();
      };
      this.interrupt = (reason) => {
        end();
        reject(reason);
      };
      if (limitMs !== void 0) {
        timer = (0, import_timers.startTimer)(() => {
          this.expired = true;
          this.interrupt?.(new DOMException("The call ran out of time", "TimeoutError"));
        }, limitMs);
      }
      cleanup = start(
        (value) => {
          end();
          resolve(value);
        },
        (err) => {
          end();
          reject(err);
        }
      );
    });
  }
  /** Resolves after `ms` (which the caller keeps within the deadline), or rejects as soon as the caller aborts. */
  sleep(ms) {
    return this.interruptible(void 0, (resolve) => {
      const timer = (0, import_timers.startTimer)(resolve, ms);
      return () => (0, import_timers.stopTimer)(timer);
    });
  }
  /** Waits for `promise`, but gives up as soon as the call is aborted or out of time. */
  wait(promise) {
    return this.interruptible(this.remaining(), (resolve, reject) => {
      promise.then(resolve, reject);
      return () => void 0;
    });
  }
  /**
   * Runs one attempt that may take `limitMs`; when that is all the call has left, running out of it
   * is the call's timeout (`expired`), else the attempt's own. The attempt's signal aborts the fetch,
   * and a body being read is cancelled directly, so neither depends on how the platform links signals.
   */
  attempt(limitMs, endsCall, run) {
    const attempt = { controller: new AbortController(), reader: void 0, ended: false };
    return new Promise((resolve) => {
      let timedOut = false;
      const finish = (outcome) => {
        if (attempt.ended) return;
        attempt.ended = true;
        this.interrupt = void 0;
        (0, import_timers.stopTimer)(timer);
        resolve(outcome);
      };
      const abort = (reason) => {
        attempt.controller.abort(reason);
        void attempt.reader?.cancel(reason).catch(() => void 0);
        finish({ ok: false, error: reason, timedOut });
      };
      const timer = (0, import_timers.startTimer)(() => {
        if (endsCall) {
          this.expired = true;
          abort(new DOMException("The call ran out of time", "TimeoutError"));
        } else {
          timedOut = true;
          abort(new DOMException("The attempt ran out of time", "TimeoutError"));
        }
      }, limitMs);
      if (this.callerAborted) return abort(this.caller.reason);
      this.interrupt = abort;
      run(attempt).then(
        (value) => finish({ ok: true, value }),
        (error) => finish({ ok: false, error, timedOut })
      );
    });
  }
  /**
   * Ends the call's interest in the caller's signal. The listener is not removed: the signal is the
   * Request's own, which becomes garbage with the call, and removing a listener from an EventTarget
   * costs more than the rest of a call's bookkeeping. A late abort finds nothing to interrupt.
   */
  dispose() {
    this.interrupt = void 0;
  }
}
const MAX_BODY_RESENDS = 1;
const REASON_PHRASE = /^[\t\x20-\x7e\x80-\xff]*$/;
function buffered(exchange, parsed) {
  const { response, bytes, url } = exchange;
  const text = response.statusText;
  const statusText = REASON_PHRASE.test(text) ? text : text.replace(/[^\t\x20-\x7e\x80-\xff]/g, "?");
  const out = new import_buffered_response.BufferedResponse(bytes, { status: response.status, statusText, headers: response.headers }, url, parsed);
  if (bytes) {
    out.headers.delete("content-encoding");
    out.headers.delete("transfer-encoding");
    out.headers.set("content-length", String(bytes.byteLength));
  }
  return out;
}
function ordinal(n) {
  return n === 2 ? "second" : n === 3 ? "third" : `${n}th`;
}
function createTransport(options) {
  const settings = resolveRetryOptions(options);
  const maxBytes = settings.maxResponseBytes;
  const redactor = options.redactor ?? new import_errors.Redactor();
  const { tokens, logger } = options;
  const fixedToken = (0, import_token_provider.fixedTokenOf)(tokens);
  const base = requireSecureUrl(options.baseUrl, "baseUrl", options.insecureOrigin);
  const basePath = base.pathname.replace(/\/+$/, "");
  const originLength = base.origin.length;
  const underBase = `${base.origin}${basePath}/`;
  async function exchange(first, method, headers, body, attempt, dispatcher, resends) {
    const send = options.fetch ?? globalThis.fetch;
    let url = first;
    for (let hops = 0; ; hops++) {
      const init = { method, headers, body, signal: attempt.controller.signal, redirect: "manual" };
      if (dispatcher !== void 0) init.dispatcher = dispatcher;
      const response = await send(url, init);
      if (response.type === "opaqueredirect") {
        return { kind: "refused-redirect", status: response.status, location: "(hidden by the platform)", problem: "a redirect the platform does not let the client inspect" };
      }
      const { status } = response;
      if (status < 200 || status > 599) {
        await response.body?.cancel().catch(() => void 0);
        return { kind: "unusable", status, contentType: response.headers.get("content-type"), problem: `status ${status}, which is outside HTTP's 200\u2013599` };
      }
      if (!REDIRECT_STATUSES.has(status) || !response.headers.has("location")) {
        if (NULL_BODY_STATUSES.has(status) || method === "HEAD") return { kind: "response", response, bytes: null, url };
        if (!response.body) return { kind: "response", response, bytes: EMPTY, url };
        const declared = response.headers.get("content-length");
        if (declared !== null && Number(declared) > maxBytes && !response.headers.has("content-encoding")) {
          await response.body.cancel().catch(() => void 0);
          return { kind: "too-large", status };
        }
        try {
          return { kind: "response", response, bytes: await readAll(response.body, attempt, maxBytes), url };
        } catch (err) {
          if (err === TOO_LARGE) return { kind: "too-large", status };
          throw err;
        }
      }
      const location = response.headers.get("location");
      await response.body?.cancel().catch(() => void 0);
      let target;
      try {
        target = new URL(location, url);
      } catch {
        return { kind: "refused-redirect", status: response.status, location: "(not a URL)", problem: "a redirect to an unreadable location" };
      }
      const shown = redactor.text(`${target.origin}${target.pathname}`);
      if (target.origin !== new URL(url).origin) {
        return { kind: "refused-redirect", status: response.status, location: shown, problem: "a redirect to another origin, which would receive the credentials" };
      }
      if (target.username || target.password) {
        return { kind: "refused-redirect", status: response.status, location: shown, problem: "a redirect to a URL that carries a user name or password" };
      }
      if (hops >= MAX_REDIRECTS) {
        return { kind: "refused-redirect", status: response.status, location: shown, problem: `more than ${MAX_REDIRECTS} redirects` };
      }
      if (resends && body !== void 0 && (status === 307 || status === 308)) {
        if (resends.left <= 0) {
          return { kind: "refused-redirect", status, location: shown, problem: `a redirect that would send the request body a ${ordinal(MAX_BODY_RESENDS + 2)} time` };
        }
        resends.left--;
      }
      if (response.status === 303 && method !== "HEAD" || (response.status === 301 || response.status === 302) && method === "POST") {
        method = "GET";
        body = void 0;
        headers = new Headers(headers);
        headers.delete("content-type");
        headers.delete("content-length");
      }
      url = target.href;
    }
  }
  return async function adultWorkFetch(input, init) {
    const request = input instanceof Request ? input : new Request(input, init);
    const dispatcher = input instanceof Request ? init?.dispatcher : void 0;
    const url = request.url;
    const pathname = url.startsWith(underBase) ? pathOf(url, originLength) : requireSecureUrl(url, "The request URL", options.insecureOrigin).pathname;
    const method = request.method.toUpperCase();
    const documentedPath = basePath && pathname.startsWith(`${basePath}/`) ? pathname.slice(basePath.length) : pathname;
    const operationId = (0, import_operations.operationIdFor)(method, documentedPath);
    const op = operationId ? (0, import_operations.operationInfo)(operationId) : void 0;
    const call = { operationId, method, path: op ? op.path : redactor.text(documentedPath) };
    const idempotent = op ? op.idempotent : METHODS_SAFE_TO_REPEAT.has(method);
    const userTokens = op?.security === "user" ? tokens : void 0;
    const acceptJsonOnly = acceptsOnlyJson(request.headers.get("accept"));
    const bodyRequired = op?.responseBody === true && method !== "HEAD";
    const resends = idempotent ? void 0 : { left: MAX_BODY_RESENDS };
    let attempts = 0;
    let retries = 0;
    let replayed = false;
    let body;
    try {
      body = CallRequest.bodyOf(request) ?? (request.body === null ? void 0 : await readAll(request.body));
    } catch (err) {
      if (request.signal.aborted) throw request.signal.reason;
      throw new import_errors.AdultWorkUsageError(`The request body of ${call.method} ${call.path} could not be read; nothing was sent`, { cause: redactor.error(err) });
    }
    if (request.signal.aborted) throw request.signal.reason;
    const scope = new CallScope(request.signal, settings.timeoutMs, CallRequest.mayAbort(request));
    let logged;
    const fail = (error) => {
      logged = error;
      if (logger) (0, import_log.emit)(logger, { type: "error", ...call, attempts, error });
      throw error;
    };
    const timeout = (timeoutMs) => fail(new import_errors.AdultWorkTimeoutError({ ...call, attempts, timeoutMs, mayHaveBeenProcessed: attempts > 0 }));
    const backOff = async (delayMs, reason) => {
      if (retries >= settings.maxRetries || delayMs >= scope.remaining()) return false;
      if (logger) (0, import_log.emit)(logger, { type: "retry", ...call, attempt: attempts, delayMs, reason: redactor.text(reason) });
      retries++;
      await scope.sleep(delayMs);
      return true;
    };
    const nextBackoff = () => backoffDelay(retries + 1, settings.retryDelayMs, settings.maxRetryDelayMs);
    const invalid = (status, contentType, text, problem) => new import_errors.InvalidResponseError({
      ...call,
      attempts,
      status,
      contentType: contentType === null ? null : redactor.text(contentType),
      body: redactor.text(text),
      problem: redactor.text(problem)
    });
    try {
      for (; ; ) {
        const headers = new Headers(request.headers);
        let token;
        if (userTokens) {
          token = fixedToken ?? await scope.wait(userTokens.getToken({ log: logger }));
          redactor.add(token);
          if (token && !fixedToken && (typeof token !== "string" || !(0, import_token_provider.isHeaderSafe)(token))) {
            throw new import_errors.AdultWorkUsageError(`The access token for ${call.method} ${call.path} is not a string an HTTP header can carry (it holds a line break, a control character or non-Latin-1 text); nothing was sent with it`);
          }
          if (token) headers.set("Authorization", `Bearer ${token}`);
        }
        const retryable = idempotent && retries < settings.maxRetries;
        const left = scope.remaining();
        const limit = retryable ? Math.min(settings.attemptTimeoutMs, left) : left;
        attempts++;
        if (logger) (0, import_log.emit)(logger, { type: "request", ...call, attempt: attempts });
        const outcome = await scope.attempt(limit, limit >= left, (attempt) => exchange(url, method, headers, body, attempt, dispatcher, resends));
        if (!outcome.ok) {
          if (scope.callerAborted) throw request.signal.reason;
          if (scope.expired) return timeout(settings.timeoutMs);
          const unsent = !outcome.timedOut && neverSent(outcome.error);
          const reason = outcome.timedOut ? `no response within ${limit} ms` : errorCodes(outcome.error)[0] ?? "network error";
          if ((idempotent || unsent) && await backOff(nextBackoff(), reason)) continue;
          if (outcome.timedOut) return timeout(limit);
          return fail(new import_errors.AdultWorkConnectionError({ ...call, attempts, reason: redactor.text(reason), mayHaveBeenProcessed: !unsent }, { cause: redactor.error(outcome.error) }));
        }
        const result = outcome.value;
        if (result.kind !== "response") {
          if (logger) (0, import_log.emit)(logger, { type: "response", ...call, attempt: attempts, status: result.status });
          if (result.kind === "refused-redirect") return fail(new import_errors.AdultWorkRedirectError({ ...call, attempts, status: result.status, location: result.location, problem: result.problem }));
          if (result.kind === "too-large") return fail(new import_errors.ResponseTooLargeError({ ...call, attempts, status: result.status, maxResponseBytes: maxBytes }));
          return fail(invalid(result.status, result.contentType, "", result.problem));
        }
        const { response, bytes } = result;
        if (logger) (0, import_log.emit)(logger, { type: "response", ...call, attempt: attempts, status: response.status });
        if (response.status === 401 && userTokens?.refresh && token && !replayed) {
          replayed = true;
          const fresh = await scope.wait(userTokens.refresh(token, { log: logger }));
          if (fresh && fresh !== token) continue;
        }
        if (RETRYABLE_STATUSES.has(response.status) && idempotent) {
          const asked = retryAfterMs(response.headers.get("retry-after"));
          if (await backOff(asked ?? nextBackoff(), `HTTP ${response.status}`)) continue;
        }
        let parsed;
        if (bodyRequired && response.ok && (bytes === null || bytes.byteLength === 0)) {
          return fail(invalid(response.status, response.headers.get("content-type"), "", "an empty body where the contract declares one"));
        }
        if (acceptJsonOnly && response.ok && bytes) {
          const checked = checkJson(response.headers.get("content-type"), bytes);
          if ("problem" in checked) return fail(invalid(response.status, response.headers.get("content-type"), decoder.decode(bytes), checked.problem));
          parsed = checked.parsed;
        }
        const out = buffered(result, parsed);
        attemptCounts.set(out, attempts);
        return out;
      }
    } catch (err) {
      if (scope.callerAborted) throw request.signal.reason;
      if (scope.expired && !(err instanceof import_errors.AdultWorkError)) return timeout(settings.timeoutMs);
      if (err instanceof import_errors.AdultWorkError) {
        if (err !== logged) (0, import_log.emit)(logger, { type: "error", ...call, attempts, error: err });
        throw err;
      }
      const name = err instanceof Error ? redactor.text(err.name) : typeof err;
      return fail(new import_errors.AdultWorkConnectionError({ ...call, attempts, reason: `an unexpected ${name}`, mayHaveBeenProcessed: attempts > 0 }, { cause: redactor.error(err) }));
    } finally {
      scope.dispose();
    }
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  CallRequest,
  DEFAULT_ATTEMPT_TIMEOUT_MS,
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_MAX_RETRIES,
  DEFAULT_MAX_RETRY_DELAY_MS,
  DEFAULT_RETRY_DELAY_MS,
  DEFAULT_TIMEOUT_MS,
  MAX_BODY_RESENDS,
  MAX_DURATION_MS,
  MAX_REDIRECTS,
  RETRYABLE_STATUSES,
  attemptsOf,
  backoffDelay,
  createTransport,
  isLoopbackHost,
  requireSecureUrl,
  resolveRetryOptions,
  retryAfterMs
});
//# sourceMappingURL=transport.js.map
