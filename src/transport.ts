// The fetch handed to openapi-fetch: the one place a request is sent, and so the one place it can be
// sent twice. Timeouts, retries, the redirect policy, the access token and the 401 replay live here.
import {
  AdultWorkConnectionError,
  AdultWorkError,
  AdultWorkRedirectError,
  AdultWorkTimeoutError,
  AdultWorkUsageError,
  InvalidResponseError,
  Redactor,
  ResponseTooLargeError,
} from "./errors.js";
import { fixedTokenOf, isHeaderSafe, type TokenProvider } from "./token-provider.js";
import { BufferedResponse, type ParsedBody } from "./buffered-response.js";
import { emit, type LoggedCall, type Logger } from "./log.js";
import { operationIdFor, operationInfo } from "./operations.js";
import { MAX_TIMER_MS, checkDurationMs, startTimer, stopTimer, type Timer } from "./timers.js";

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

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_ATTEMPT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_RETRIES = 2;
export const DEFAULT_RETRY_DELAY_MS = 500;
export const DEFAULT_MAX_RETRY_DELAY_MS = 8_000;
export const DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024;
/** The longest `timeoutMs` and delay options: what one platform timer holds (about 24.8 days). */
export const MAX_DURATION_MS = MAX_TIMER_MS;
/** Same-origin redirects followed within one attempt before giving up. */
export const MAX_REDIRECTS = 5;

/** Statuses that say "try again later" rather than "this request is wrong". */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504]);
// Errors raised before a single byte of the request could leave this machine: connection refused,
// DNS failure, TCP connect timeout. Nothing else proves the server never saw the request.
const NEVER_SENT_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "UND_ERR_CONNECT_TIMEOUT"]);
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);
const METHODS_SAFE_TO_REPEAT = new Set(["GET", "HEAD", "PUT"]);

// How many times the request behind each response was sent, for the errors `unwrap` builds.
const attemptCounts = new WeakMap<Response, number>();

/** How many times the request that produced `response` was sent (undefined for foreign responses). */
export function attemptsOf(response: Response): number | undefined {
  return attemptCounts.get(response);
}

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/** True for a host on this machine (a mock or a local proxy). */
export const isLoopbackHost = (hostname: string) => LOOPBACK.test(hostname);

/**
 * Parses `value` and refuses it unless it is https, or plain http to this machine, or plain http to
 * exactly `insecureOrigin` (the one origin a client was explicitly allowed to reach without TLS).
 */
export function requireSecureUrl(value: string, what: string, insecureOrigin?: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    // The value is not repeated: a malformed URL may still hold a key or token.
    throw new AdultWorkUsageError(`${what} is not an absolute URL`);
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && (LOOPBACK.test(url.hostname) || url.origin === insecureOrigin))) {
    throw new AdultWorkUsageError(`${what} must use https (plain http is allowed only for loopback hosts): ${url.origin}`);
  }
  return url;
}

/**
 * The delay before retry number `retry` (1-based): "full jitter", a uniform pick between 0 and the
 * exponential step, so many clients failing together do not come back together.
 */
export function backoffDelay(retry: number, baseMs: number, capMs: number, random: () => number = Math.random): number {
  const step = Math.min(capMs, baseMs * 2 ** (retry - 1));
  return Math.floor(random() * step);
}

/** `Retry-After` as milliseconds from `now`: delay-seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterMs(value: string | null, now: number = Date.now()): number | null {
  if (value === null) return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // An HTTP date names its month and has a time of day; Date.parse alone would read "-5" as a year.
  if (!/[A-Za-z]{3}/.test(text) || !/\d{1,2}:\d{2}:\d{2}/.test(text)) return null;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - now);
}

function checkCount(name: string, value: number | undefined, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < min) {
    throw new AdultWorkUsageError(`${name} must be an integer of at least ${min}, got ${String(value)}`);
  }
  return value;
}

/**
 * The options above with their defaults, checked. Durations are refused beyond what a platform timer
 * holds: every wait is then exactly as long as asked, never cut to 1 ms by an overflow.
 */
export function resolveRetryOptions(options: RetryOptions) {
  return {
    timeoutMs: checkDurationMs("timeoutMs", options.timeoutMs, DEFAULT_TIMEOUT_MS),
    attemptTimeoutMs: checkDurationMs("attemptTimeoutMs", options.attemptTimeoutMs, DEFAULT_ATTEMPT_TIMEOUT_MS),
    maxRetries: checkCount("maxRetries", options.maxRetries, DEFAULT_MAX_RETRIES, 0),
    retryDelayMs: checkDurationMs("retryDelayMs", options.retryDelayMs, DEFAULT_RETRY_DELAY_MS, 0),
    maxRetryDelayMs: checkDurationMs("maxRetryDelayMs", options.maxRetryDelayMs, DEFAULT_MAX_RETRY_DELAY_MS, 0),
    maxResponseBytes: checkCount("maxResponseBytes", options.maxResponseBytes, DEFAULT_MAX_RESPONSE_BYTES, 1),
  };
}

/** Walks an error's cause chain (and AggregateError members) for a network error code. */
function errorCodes(err: unknown, depth = 0): string[] {
  if (!err || typeof err !== "object" || depth > 8) return [];
  const e = err as { code?: unknown; cause?: unknown; errors?: unknown };
  const own = typeof e.code === "string" ? [e.code] : [];
  const members = Array.isArray(e.errors) ? e.errors.flatMap((m) => errorCodes(m, depth + 1)) : [];
  return [...own, ...members, ...errorCodes(e.cause, depth + 1)];
}

function neverSent(err: unknown): boolean {
  const codes = errorCodes(err);
  return codes.length > 0 && codes.every((code) => NEVER_SENT_CODES.has(code));
}

function isJsonMediaType(value: string | null): boolean {
  // The answer nearly every call gets, without splitting or a regular expression.
  if (value === "application/json" || value === "application/json; charset=utf-8") return true;
  const type = value?.split(";")[0]?.trim().toLowerCase() ?? "";
  return type === "application/json" || /^application\/[\w.+-]+\+json$/.test(type);
}

/** True when the caller asked for JSON and nothing else (the typed client does). */
function acceptsOnlyJson(accept: string | null): boolean {
  if (!accept) return false;
  return accept === "application/json" || accept.split(",").every((part) => isJsonMediaType(part));
}

const decoder = new TextDecoder();

/** Checks a 2xx body the caller asked to get as JSON: what is wrong with it, or the parsed value. */
function checkJson(contentType: string | null, bytes: Uint8Array<ArrayBuffer>): { problem: string } | { parsed: ParsedBody | undefined } {
  if (bytes.byteLength === 0) return { parsed: undefined };
  if (!isJsonMediaType(contentType)) return { problem: `${contentType ? `content type ${contentType}` : "no content type"} where JSON was asked for` };
  const text = decoder.decode(bytes);
  try {
    return { parsed: { text, value: JSON.parse(text) } };
  } catch {
    return { problem: "a body that is not valid JSON" };
  }
}

const EMPTY = new Uint8Array(0);

/** The path of a serialised URL whose origin is `originLength` characters long. */
function pathOf(href: string, originLength: number): string {
  const end = href.search(/[?#]/);
  return href.slice(originLength, end === -1 ? undefined : end);
}

// Thrown by readAll when a body passes its limit; exchange turns it into an answer of its own.
const TOO_LARGE: unique symbol = Symbol("too large");

/**
 * Reads a whole body. With an attempt, its abort cancels the read at once (a timeout, the caller):
 * the read ends as if complete, and the attempt, already settled, drops the bytes. The bytes are
 * counted as they arrive (decoded, so a compressed bomb is stopped too), and past `limit` the read is
 * cancelled, which closes the connection: nothing more is downloaded or decompressed.
 */
async function readAll(stream: ReadableStream<Uint8Array>, attempt?: Attempt, limit = Infinity): Promise<Uint8Array<ArrayBuffer>> {
  const reader = stream.getReader();
  if (attempt) {
    attempt.reader = reader;
    if (attempt.ended) void reader.cancel().catch(() => undefined);
  }
  const chunks: Uint8Array[] = [];
  let length = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!(value instanceof Uint8Array)) throw new TypeError("a body chunk that is not a Uint8Array");
      length += value.byteLength;
      if (length > limit) {
        void reader.cancel().catch(() => undefined);
        throw TOO_LARGE;
      }
      chunks.push(value);
    }
  } finally {
    if (attempt) attempt.reader = undefined;
  }
  if (chunks.length === 1 && chunks[0]!.buffer instanceof ArrayBuffer) return chunks[0] as Uint8Array<ArrayBuffer>;
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

/**
 * The Request class openapi-fetch builds each call's request with (its `Request` option). It keeps
 * what openapi-fetch already knows and the platform would make the transport work out again: the
 * body as the string it serialised (reading back the stream built from it costs more than the rest
 * of a POST), and whether the caller gave a signal at all (a request without one can never abort,
 * so it needs no listener). A request rebuilt from another (`new CallRequest(url, request)`, as the
 * client's credentials do) carries the same body and signal, and so keeps what its source knew.
 */
export class CallRequest extends Request {
  readonly #text: string | undefined;
  readonly #callerSignal: boolean;

  constructor(input: string | URL | Request, init?: RequestInit) {
    super(input, init);
    if (init instanceof CallRequest) {
      this.#text = init.#text;
      this.#callerSignal = init.#callerSignal;
    } else {
      this.#text = typeof init?.body === "string" ? init.body : undefined;
      // A Request given as input lends its signal to this one, so only a plain URL without one is known never to abort.
      this.#callerSignal = init?.signal != null || input instanceof Request;
    }
  }

  /** The body as sent, encoded once; undefined when it was not a string or has been read since. */
  static bodyOf(request: Request): Uint8Array<ArrayBuffer> | undefined {
    if (!(request instanceof CallRequest) || request.#text === undefined || request.bodyUsed) return undefined;
    return encoder.encode(request.#text) as Uint8Array<ArrayBuffer>;
  }

  /** False only for a request known to have no signal that can abort. */
  static mayAbort(request: Request): boolean {
    return !(request instanceof CallRequest) || request.#callerSignal;
  }
}

/** One attempt in flight: what an abort has to stop. */
interface Attempt {
  readonly controller: AbortController;
  reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  ended: boolean;
}

type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown; timedOut: boolean };

/**
 * The caller's signal and the overall deadline of one call. It aborts whatever the call is waiting
 * on (an attempt, a backoff, a token) when the caller aborts or time runs out. An attempt gets one
 * AbortController and one timer; waiting on nothing costs nothing.
 */
class CallScope {
  callerAborted = false;
  expired = false;
  readonly deadline: number;
  // Ends the current wait with an abort reason.
  private interrupt: ((reason: unknown) => void) | undefined;

  constructor(
    private readonly caller: AbortSignal,
    timeoutMs: number,
    mayAbort: boolean,
  ) {
    this.deadline = Date.now() + timeoutMs;
    if (mayAbort) {
      caller.addEventListener(
        "abort",
        () => {
          this.callerAborted = true;
          this.interrupt?.(this.caller.reason);
        },
        { once: true },
      );
    }
  }

  remaining(): number {
    return Math.max(0, this.deadline - Date.now());
  }

  /**
   * Settles as `start` says, or rejects with the abort reason as soon as the caller aborts or, if
   * `limitMs` is given, when that time is up (which is the call's deadline: `expired` is set).
   */
  private interruptible<T>(limitMs: number | undefined, start: (resolve: (value: T) => void, reject: (err: unknown) => void) => () => void): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (this.callerAborted) return reject(this.caller.reason);
      let timer: Timer | undefined;
      let cleanup: () => void = () => undefined;
      const end = () => {
        this.interrupt = undefined;
        stopTimer(timer);
        cleanup();
      };
      this.interrupt = (reason) => {
        end();
        reject(reason);
      };
      if (limitMs !== undefined) {
        timer = startTimer(() => {
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
        },
      );
    });
  }

  /** Resolves after `ms` (which the caller keeps within the deadline), or rejects as soon as the caller aborts. */
  sleep(ms: number): Promise<void> {
    return this.interruptible<void>(undefined, (resolve) => {
      const timer = startTimer(resolve, ms);
      return () => stopTimer(timer);
    });
  }

  /** Waits for `promise`, but gives up as soon as the call is aborted or out of time. */
  wait<T>(promise: Promise<T>): Promise<T> {
    return this.interruptible<T>(this.remaining(), (resolve, reject) => {
      promise.then(resolve, reject);
      return () => undefined;
    });
  }

  /**
   * Runs one attempt that may take `limitMs`; when that is all the call has left, running out of it
   * is the call's timeout (`expired`), else the attempt's own. The attempt's signal aborts the fetch,
   * and a body being read is cancelled directly, so neither depends on how the platform links signals.
   */
  attempt<T>(limitMs: number, endsCall: boolean, run: (attempt: Attempt) => Promise<T>): Promise<Outcome<T>> {
    const attempt: Attempt = { controller: new AbortController(), reader: undefined, ended: false };
    return new Promise<Outcome<T>>((resolve) => {
      let timedOut = false;
      const finish = (outcome: Outcome<T>) => {
        if (attempt.ended) return;
        attempt.ended = true;
        this.interrupt = undefined;
        stopTimer(timer);
        resolve(outcome);
      };
      const abort = (reason: unknown) => {
        attempt.controller.abort(reason);
        void attempt.reader?.cancel(reason).catch(() => undefined);
        finish({ ok: false, error: reason, timedOut });
      };
      const timer = startTimer(() => {
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
        (error) => finish({ ok: false, error, timedOut }),
      );
    });
  }

  /**
   * Ends the call's interest in the caller's signal. The listener is not removed: the signal is the
   * Request's own, which becomes garbage with the call, and removing a listener from an EventTarget
   * costs more than the rest of a call's bookkeeping. A late abort finds nothing to interrupt.
   */
  dispose(): void {
    this.interrupt = undefined;
  }
}

type Exchange =
  | { kind: "response"; response: Response; bytes: Uint8Array<ArrayBuffer> | null; url: string }
  | { kind: "refused-redirect"; status: number; location: string; problem: string }
  | { kind: "unusable"; status: number; contentType: string | null; problem: string }
  | { kind: "too-large"; status: number };

/** How many more times a redirect may make one call send its request body again. */
interface Resends {
  left: number;
}
/** A request that is not safe to repeat sends its body again at most this often across redirects, per call. */
export const MAX_BODY_RESENDS = 1;

// What a Response accepts as a status text (RFC 9110's reason-phrase). fetch hands on whatever the
// server wrote, control characters and mis-decoded bytes included; rebuilding the answer would throw.
const REASON_PHRASE = /^[\t\x20-\x7e\x80-\xff]*$/;

/** The answer rebuilt around its buffered body, so openapi-fetch reads it without touching the network. */
function buffered(exchange: Extract<Exchange, { kind: "response" }>, parsed: ParsedBody | undefined): Response {
  const { response, bytes, url } = exchange;
  const text = response.statusText;
  const statusText = REASON_PHRASE.test(text) ? text : text.replace(/[^\t\x20-\x7e\x80-\xff]/g, "?");
  const out = new BufferedResponse(bytes, { status: response.status, statusText, headers: response.headers }, url, parsed);
  if (bytes) {
    // The body is already decoded and whole, so its encoding, framing and length are those of the
    // bytes held here (openapi-fetch reads a "chunked" body of length 0 as JSON, and fails on it).
    out.headers.delete("content-encoding");
    out.headers.delete("transfer-encoding");
    out.headers.set("content-length", String(bytes.byteLength));
  }
  return out;
}

function ordinal(n: number): string {
  return n === 2 ? "second" : n === 3 ? "third" : `${n}th`;
}

export function createTransport(options: TransportOptions): typeof globalThis.fetch {
  const settings = resolveRetryOptions(options);
  const maxBytes = settings.maxResponseBytes;
  const redactor = options.redactor ?? new Redactor();
  const { tokens, logger } = options;
  const fixedToken = fixedTokenOf(tokens);
  const base = requireSecureUrl(options.baseUrl, "baseUrl", options.insecureOrigin);
  const basePath = base.pathname.replace(/\/+$/, "");
  // Request URLs arrive serialised; one under the checked base URL needs no second parse.
  const originLength = base.origin.length;
  const underBase = `${base.origin}${basePath}/`;

  /** Sends one attempt, following same-origin redirects, and reads the whole body. */
  async function exchange(first: string, method: string, headers: Headers, body: Uint8Array<ArrayBuffer> | undefined, attempt: Attempt, dispatcher: unknown, resends: Resends | undefined): Promise<Exchange> {
    const send = options.fetch ?? globalThis.fetch;
    let url = first;
    for (let hops = 0; ; hops++) {
      // fetch builds its Request from these; the signal reaches it while it is in flight, and a body
      // still being read is cancelled through `attempt` as well.
      const init: RequestInit & { dispatcher?: unknown } = { method, headers, body, signal: attempt.controller.signal, redirect: "manual" };
      if (dispatcher !== undefined) init.dispatcher = dispatcher;
      const response = await send(url, init);
      if (response.type === "opaqueredirect") {
        return { kind: "refused-redirect", status: response.status, location: "(hidden by the platform)", problem: "a redirect the platform does not let the client inspect" };
      }
      const { status } = response;
      // The platform hands on any three digits; a Response (and so the caller) can only hold 200–599.
      if (status < 200 || status > 599) {
        await response.body?.cancel().catch(() => undefined);
        return { kind: "unusable", status, contentType: response.headers.get("content-type"), problem: `status ${status}, which is outside HTTP's 200–599` };
      }
      if (!REDIRECT_STATUSES.has(status) || !response.headers.has("location")) {
        if (NULL_BODY_STATUSES.has(status) || method === "HEAD") return { kind: "response", response, bytes: null, url };
        if (!response.body) return { kind: "response", response, bytes: EMPTY, url };
        // A length the server declares for an unencoded body is what will arrive: no need to start.
        const declared = response.headers.get("content-length");
        if (declared !== null && Number(declared) > maxBytes && !response.headers.has("content-encoding")) {
          await response.body.cancel().catch(() => undefined);
          return { kind: "too-large", status };
        }
        try {
          return { kind: "response", response, bytes: await readAll(response.body, attempt, maxBytes), url };
        } catch (err) {
          if (err === TOO_LARGE) return { kind: "too-large", status };
          throw err;
        }
      }
      const location = response.headers.get("location")!;
      await response.body?.cancel().catch(() => undefined);
      let target: URL;
      try {
        target = new URL(location, url);
      } catch {
        return { kind: "refused-redirect", status: response.status, location: "(not a URL)", problem: "a redirect to an unreadable location" };
      }
      const shown = redactor.text(`${target.origin}${target.pathname}`);
      if (target.origin !== new URL(url).origin) {
        return { kind: "refused-redirect", status: response.status, location: shown, problem: "a redirect to another origin, which would receive the credentials" };
      }
      // fetch refuses such a URL with a TypeError that quotes it, password included.
      if (target.username || target.password) {
        return { kind: "refused-redirect", status: response.status, location: shown, problem: "a redirect to a URL that carries a user name or password" };
      }
      if (hops >= MAX_REDIRECTS) {
        return { kind: "refused-redirect", status: response.status, location: shown, problem: `more than ${MAX_REDIRECTS} redirects` };
      }
      // 307 and 308 send the body again. A redirect says the server did not act, but a body that books
      // or pays is sent again only MAX_BODY_RESENDS times per call, however many redirects follow.
      if (resends && body !== undefined && (status === 307 || status === 308)) {
        if (resends.left <= 0) {
          return { kind: "refused-redirect", status, location: shown, problem: `a redirect that would send the request body a ${ordinal(MAX_BODY_RESENDS + 2)} time` };
        }
        resends.left--;
      }
      // As fetch does: 303 (and 301/302 after a POST) turn into a GET without the body.
      if ((response.status === 303 && method !== "HEAD") || ((response.status === 301 || response.status === 302) && method === "POST")) {
        method = "GET";
        body = undefined;
        headers = new Headers(headers);
        headers.delete("content-type");
        headers.delete("content-length");
      }
      url = target.href;
    }
  }

  return async function adultWorkFetch(input: string | URL | Request, init?: RequestInit): Promise<Response> {
    // openapi-fetch calls fetch(request, requestInitExt): the second argument only carries undici extras.
    const request = input instanceof Request ? input : new Request(input, init);
    const dispatcher = input instanceof Request ? (init as { dispatcher?: unknown } | undefined)?.dispatcher : undefined;
    // Also covers a per-call baseUrl, which openapi-fetch accepts without the client's checks.
    const url = request.url;
    const pathname = url.startsWith(underBase) ? pathOf(url, originLength) : requireSecureUrl(url, "The request URL", options.insecureOrigin).pathname;
    const method = request.method.toUpperCase();
    const documentedPath = basePath && pathname.startsWith(`${basePath}/`) ? pathname.slice(basePath.length) : pathname;
    const operationId = operationIdFor(method, documentedPath);
    const op = operationId ? operationInfo(operationId) : undefined;
    // A path the table does not know is the caller's own, and may hold anything.
    const call: LoggedCall = { operationId, method, path: op ? op.path : redactor.text(documentedPath) };
    const idempotent = op ? op.idempotent : METHODS_SAFE_TO_REPEAT.has(method);
    const userTokens = op?.security === "user" ? tokens : undefined;
    const acceptJsonOnly = acceptsOnlyJson(request.headers.get("accept"));
    // The contract declares a body for the answer: an empty 2xx is then not the answer it promises.
    const bodyRequired = op?.responseBody === true && method !== "HEAD";
    const resends: Resends | undefined = idempotent ? undefined : { left: MAX_BODY_RESENDS };
    let attempts = 0;
    let retries = 0;
    let replayed = false;
    let body: Uint8Array<ArrayBuffer> | undefined;
    try {
      // Read once: every attempt sends the same bytes.
      body = CallRequest.bodyOf(request) ?? (request.body === null ? undefined : await readAll(request.body));
    } catch (err) {
      if (request.signal.aborted) throw request.signal.reason;
      throw new AdultWorkUsageError(`The request body of ${call.method} ${call.path} could not be read; nothing was sent`, { cause: redactor.error(err) });
    }

    if (request.signal.aborted) throw request.signal.reason;
    const scope = new CallScope(request.signal, settings.timeoutMs, CallRequest.mayAbort(request));

    let logged: unknown;
    const fail = (error: AdultWorkError): never => {
      logged = error;
      if (logger) emit(logger, { type: "error", ...call, attempts, error });
      throw error;
    };
    const timeout = (timeoutMs: number) => fail(new AdultWorkTimeoutError({ ...call, attempts, timeoutMs, mayHaveBeenProcessed: attempts > 0 }));
    /** Waits `delayMs` before the next attempt, if the overall deadline leaves room for one after it. */
    const backOff = async (delayMs: number, reason: string): Promise<boolean> => {
      if (retries >= settings.maxRetries || delayMs >= scope.remaining()) return false;
      if (logger) emit(logger, { type: "retry", ...call, attempt: attempts, delayMs, reason: redactor.text(reason) });
      retries++;
      await scope.sleep(delayMs);
      return true;
    };
    const nextBackoff = () => backoffDelay(retries + 1, settings.retryDelayMs, settings.maxRetryDelayMs);
    // A server may echo anything into its content type, so it is redacted like the body and the problem.
    const invalid = (status: number, contentType: string | null, text: string, problem: string) =>
      new InvalidResponseError({
        ...call,
        attempts,
        status,
        contentType: contentType === null ? null : redactor.text(contentType),
        body: redactor.text(text),
        problem: redactor.text(problem),
      });

    try {
      for (;;) {
        const headers = new Headers(request.headers);
        let token: string | undefined;
        if (userTokens) {
          // A fixed token needs no wait (and was registered with the redactor by the client).
          token = fixedToken ?? (await scope.wait(userTokens.getToken({ log: logger })));
          redactor.add(token);
          // The platform would refuse it with a TypeError that quotes the whole header, token included.
          if (token && !fixedToken && (typeof token !== "string" || !isHeaderSafe(token))) {
            throw new AdultWorkUsageError(`The access token for ${call.method} ${call.path} is not a string an HTTP header can carry (it holds a line break, a control character or non-Latin-1 text); nothing was sent with it`);
          }
          // Capital B: RFC 6750's spelling, which strict servers (and Prism) require.
          if (token) headers.set("Authorization", `Bearer ${token}`);
        }
        // An attempt that could not be retried anyway may use all the time that is left.
        const retryable = idempotent && retries < settings.maxRetries;
        const left = scope.remaining();
        const limit = retryable ? Math.min(settings.attemptTimeoutMs, left) : left;
        attempts++;
        if (logger) emit(logger, { type: "request", ...call, attempt: attempts });
        const outcome = await scope.attempt(limit, limit >= left, (attempt) => exchange(url, method, headers, body, attempt, dispatcher, resends));

        if (!outcome.ok) {
          if (scope.callerAborted) throw request.signal.reason;
          if (scope.expired) return timeout(settings.timeoutMs);
          const unsent = !outcome.timedOut && neverSent(outcome.error);
          const reason = outcome.timedOut ? `no response within ${limit} ms` : (errorCodes(outcome.error)[0] ?? "network error");
          if ((idempotent || unsent) && (await backOff(nextBackoff(), reason))) continue;
          if (outcome.timedOut) return timeout(limit);
          // The code comes from whatever threw (a fetch wrapper may put anything there), so it is redacted too.
          return fail(new AdultWorkConnectionError({ ...call, attempts, reason: redactor.text(reason), mayHaveBeenProcessed: !unsent }, { cause: redactor.error(outcome.error) }));
        }

        const result = outcome.value;
        if (result.kind !== "response") {
          if (logger) emit(logger, { type: "response", ...call, attempt: attempts, status: result.status });
          // None of these is retried: the same request would get the same answer.
          if (result.kind === "refused-redirect") return fail(new AdultWorkRedirectError({ ...call, attempts, status: result.status, location: result.location, problem: result.problem }));
          if (result.kind === "too-large") return fail(new ResponseTooLargeError({ ...call, attempts, status: result.status, maxResponseBytes: maxBytes }));
          return fail(invalid(result.status, result.contentType, "", result.problem));
        }
        const { response, bytes } = result;
        if (logger) emit(logger, { type: "response", ...call, attempt: attempts, status: response.status });

        // A 401 means the request was not processed, so one replay with a fresh token is safe, POST included.
        if (response.status === 401 && userTokens?.refresh && token && !replayed) {
          replayed = true;
          // The provider logs a refresh when it makes one: concurrent 401s share a single refresh.
          const fresh = await scope.wait(userTokens.refresh(token, { log: logger }));
          if (fresh && fresh !== token) continue;
        }
        if (RETRYABLE_STATUSES.has(response.status) && idempotent) {
          const asked = retryAfterMs(response.headers.get("retry-after"));
          if (await backOff(asked ?? nextBackoff(), `HTTP ${response.status}`)) continue;
        }
        let parsed: ParsedBody | undefined;
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
      // Aborts surface here from sleeps and token waits; everything else was thrown on purpose above.
      if (scope.callerAborted) throw request.signal.reason;
      if (scope.expired && !(err instanceof AdultWorkError)) return timeout(settings.timeoutMs);
      // Token errors (an expired refresh token, the token endpoint failing) are reported like the rest.
      if (err instanceof AdultWorkError) {
        if (err !== logged) emit(logger, { type: "error", ...call, attempts, error: err });
        throw err;
      }
      // Anything else (a token getter's own failure, a platform surprise) is still a call error, with
      // what it says redacted: the request may have been processed only if an attempt went out.
      const name = err instanceof Error ? redactor.text(err.name) : typeof err;
      return fail(new AdultWorkConnectionError({ ...call, attempts, reason: `an unexpected ${name}`, mayHaveBeenProcessed: attempts > 0 }, { cause: redactor.error(err) }));
    } finally {
      scope.dispose();
    }
  };
}
