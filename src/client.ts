// createAdultWorkClient: the typed openapi-fetch client, plus the credentials each operation needs.
import openapiFetch, { type Client, type Middleware } from "openapi-fetch";
import type { paths } from "../generated/schema.js";
import { AdultWorkUsageError, Redactor, apiErrorFor, attachRedactor, redactorOf, type CallInfo } from "./errors.js";
import { operationIdFor, operationInfo } from "./operations.js";
import { createGroupMemberClient, type GroupMemberClient } from "./group.js";
import { CallRequest, attemptsOf, createTransport, isLoopbackHost, requireSecureUrl, type RetryOptions } from "./transport.js";
import { tokenProviderFrom, type AccessToken } from "./auth.js";
import { guardCalls } from "./guard.js";
import { isHeaderSafe } from "./token-provider.js";
import { emit, type Logger } from "./log.js";
import { applyFormat, checkFormatOptions, type FormatOptions } from "./format.js";
import { throwing, type ThrowingCalls } from "./throwing.js";
import type { GroupPaths } from "./group.js";
import type { CachingFetch, ResponseCache } from "./cache.js";

// The same symbol as cache.ts's CACHING_FETCH, looked up so that the core does not load the cache.
const CACHING_FETCH = Symbol.for("adultwork-api-client.cachingFetch");

// openapi-fetch's CommonJS build puts its function on `exports.default`; Node's interop (and so
// this package's CommonJS build) hands over the whole exports object as the default import.
const createClient: typeof openapiFetch =
  typeof openapiFetch === "function" ? openapiFetch : (openapiFetch as unknown as { default: typeof openapiFetch }).default;

/** The only API host the public docs name. */
export const SANDBOX_BASE_URL = "https://api-sandbox.adultwork.com";

export type { AccessToken };

export interface AdultWorkClientOptions extends RetryOptions, FormatOptions {
  /** API host; defaults to the sandbox. Must be https unless it is a loopback address. */
  baseUrl?: string | undefined;
  /**
   * The member's access token, for operations that act for a member: a string, a function returning
   * the current one, or a TokenProvider such as `createRefreshingTokenProvider(...)`.
   */
  accessToken?: AccessToken | undefined;
  /** The developer API key, for public operations (sent as the `apiKey` query parameter). */
  apiKey?: string | undefined;
  /** The fetch to send requests with; defaults to the platform's. */
  fetch?: typeof globalThis.fetch | undefined;
  /** Extra headers for every request. */
  headers?: Record<string, string> | undefined;
  /** Receives what the client does (requests, retries, refreshes, errors), with no credential in it. */
  logger?: Logger | undefined;
  /**
   * A response cache from `createResponseCache()`, shared by any number of clients: public GET answers
   * for the operations it names; a member's own answers only from `cache.forMember(id)`.
   */
  cache?: ResponseCache | undefined;
  /**
   * `true`: every raw call (`GET`, `POST`, ..., and those of `asGroupMember`) throws the error
   * `unwrap()` would throw, and resolves only with `data` present. Default `false`: calls resolve to
   * openapi-fetch's `{ data, error, response }`.
   */
  throwOnError?: boolean | undefined;
  /**
   * Lets `baseUrl` be plain http to a host that is not this machine: a mock in docker-compose or a CI
   * service container (`http://mock:4010`). Requests then go to that origin only: operations the
   * contract places on another host are sent there too, and a per-call URL elsewhere must still be
   * https. The logger receives one `insecure-http` warning. Never set it for the real API.
   */
  dangerouslyAllowInsecureHttp?: boolean | undefined;
  /**
   * The largest answer body a call reads, counted after decompression (default 32 MiB). A larger one
   * ends the call with ResponseTooLargeError as soon as the limit is passed; it is not retried.
   */
  maxResponseBytes?: number | undefined;
}

/** Refuses a credential or header the platform would refuse later, in a message that does not quote it. */
function checkHeaderValue(what: string, value: unknown): void {
  if (value !== undefined && (typeof value !== "string" || !isHeaderSafe(value))) {
    throw new AdultWorkUsageError(`${what} must be a string without line breaks, control characters or non-Latin-1 text`);
  }
}

/** Responses are typed from the JSON form of the contract. */
export type Media = "application/json";
export type AdultWorkClient = Client<paths, Media> & {
  /** The same typed calls, made as a group manager on behalf of member `userId`. */
  asGroupMember(userId: number): GroupMemberClient;
};

/** A group member's view of a throwing client: its calls throw too. */
export interface ThrowingGroupMemberClient {
  readonly userId: number;
  GET: ThrowingCalls<GroupPaths<"GET">>["GET"];
  POST: ThrowingCalls<GroupPaths<"POST">>["POST"];
  PUT: ThrowingCalls<GroupPaths<"PUT">>["PUT"];
}

/** The client made with `throwOnError: true`: every call resolves to its data or throws. */
export type AdultWorkThrowingClient = Pick<AdultWorkClient, "use" | "eject"> &
  ThrowingCalls & {
    /** The same typed calls, made as a group manager on behalf of member `userId`; they throw too. */
    asGroupMember(userId: number): ThrowingGroupMemberClient;
  };

interface CallRecord extends CallInfo {
  redactor: Redactor;
}
// What each response belongs to, so `unwrap` can build a complete error from the result alone. It
// lives on the global object so that unwrap() from the CommonJS build reads what a client of the ES
// module build recorded (and the other way round) when a program loads both.
const CALLS = Symbol.for("adultwork-api-client.calls");
const calls: WeakMap<Response, CallRecord> = ((globalThis as { [CALLS]?: WeakMap<Response, CallRecord> })[CALLS] ??= new WeakMap());

/**
 * Parses and checks a base URL: credentials only ever travel over https, to this machine, or, when
 * `allowInsecureHttp` is set, to this one plain-http URL.
 */
export function checkBaseUrl(value: string, allowInsecureHttp = false): string {
  let insecureOrigin: string | undefined;
  if (allowInsecureHttp) {
    try {
      const parsed = new URL(value);
      if (parsed.protocol === "http:") insecureOrigin = parsed.origin;
    } catch {
      // requireSecureUrl reports it, without echoing the value.
    }
  }
  const url = requireSecureUrl(value, "baseUrl", insecureOrigin);
  if (url.search || url.hash || url.username || url.password) {
    throw new AdultWorkUsageError("baseUrl must not carry a query, fragment or credentials");
  }
  return url.href.replace(/\/+$/, "");
}

export function createAdultWorkClient(options: AdultWorkClientOptions & { throwOnError: true }): AdultWorkThrowingClient;
export function createAdultWorkClient(options?: AdultWorkClientOptions): AdultWorkClient;
export function createAdultWorkClient(options: AdultWorkClientOptions = {}): AdultWorkClient | AdultWorkThrowingClient {
  if (options.dangerouslyAllowInsecureHttp !== undefined && typeof options.dangerouslyAllowInsecureHttp !== "boolean") {
    throw new AdultWorkUsageError("dangerouslyAllowInsecureHttp must be true or false");
  }
  const baseUrl = checkBaseUrl(options.baseUrl ?? SANDBOX_BASE_URL, options.dangerouslyAllowInsecureHttp === true);
  const baseHost = new URL(baseUrl);
  // Set only when the opt-in is what lets this base URL through: https and loopback need no warning.
  const insecureOrigin = baseHost.protocol === "http:" && !isLoopbackHost(baseHost.hostname) ? baseHost.origin : undefined;
  if (insecureOrigin) {
    emit(options.logger, {
      type: "warning",
      code: "insecure-http",
      message: `Plain http to ${insecureOrigin} was allowed by dangerouslyAllowInsecureHttp: tokens and the API key travel unencrypted to that host. Use it only for a mock.`,
    });
  }
  const redactor = new Redactor();
  redactor.add(options.apiKey);
  const { accessToken, apiKey } = options;
  if (typeof accessToken === "string") redactor.add(accessToken);
  checkHeaderValue("apiKey", apiKey);
  if (typeof accessToken === "string") checkHeaderValue("accessToken", accessToken);
  for (const [name, value] of Object.entries(options.headers ?? {})) checkHeaderValue(`The value of header ${JSON.stringify(redactor.text(name))}`, value);
  checkFormatOptions(options);
  const tokens = tokenProviderFrom(accessToken);
  // A refreshing provider holds the refresh token and client secret: a body that repeats them is redacted too.
  redactor.link(redactorOf(tokens));

  const withCache = options.cache && (options.cache as unknown as Record<symbol, CachingFetch | undefined>)[CACHING_FETCH];
  if (options.cache && !withCache) throw new AdultWorkUsageError("cache must come from createResponseCache()");
  // The transport sets the access token on each attempt: a retry or a 401 replay may need a new one.
  const transport = createTransport({
    baseUrl,
    fetch: options.fetch,
    timeoutMs: options.timeoutMs,
    attemptTimeoutMs: options.attemptTimeoutMs,
    maxRetries: options.maxRetries,
    retryDelayMs: options.retryDelayMs,
    maxRetryDelayMs: options.maxRetryDelayMs,
    maxResponseBytes: options.maxResponseBytes,
    tokens,
    redactor,
    logger: options.logger,
    ...(insecureOrigin ? { insecureOrigin } : {}),
  });
  // Each request openapi-fetch builds carries the client's redactor on its class, where middleware
  // finds it (redactorOf) without a property defined on every request.
  class ClientRequest extends CallRequest {}
  attachRedactor(ClientRequest.prototype, redactor);
  const core = createClient<paths, Media>({
    baseUrl,
    fetch: withCache ? withCache(transport, baseUrl) : transport,
    Request: ClientRequest,
    headers: { Accept: "application/json", ...options.headers },
  });

  // Operations the contract places on another host (the Unified Login token endpoint) go there,
  // unless the client talks to a mock or proxy on this machine, or to the plain-http host it was
  // allowed: that is a mock too, and credentials must not leave for a host the caller did not name.
  const honourServers = !isLoopbackHost(baseHost.hostname) && !insecureOrigin;

  const credentials: Middleware = {
    // Synchronous, and one middleware for format and credentials: openapi-fetch pays for each
    // middleware (and each promise) on every call. The format is read before the Request may be replaced.
    onRequest({ request, schemaPath }) {
      applyFormat(request, options);
      const id = operationIdFor(request.method, schemaPath);
      const op = id ? operationInfo(id) : undefined;
      if (op?.server && honourServers) {
        const url = new URL(request.url);
        const moved = new ClientRequest(new URL(url.pathname + url.search, op.server), request);
        return moved;
      }
      if (op?.security === "apiKey" && apiKey) {
        const url = new URL(request.url);
        url.searchParams.set(op.apiKeyParam ?? "apiKey", apiKey);
        const signed = new ClientRequest(url, request);
        return signed;
      }
      // A Request of another class (a per-call `Request` option) learns the redactor here.
      if (!(request instanceof ClientRequest)) attachRedactor(request, redactor);
      return undefined;
    },
    onResponse({ request, response, schemaPath }) {
      calls.set(response, {
        operationId: operationIdFor(request.method, schemaPath),
        method: request.method,
        path: schemaPath,
        attempts: attemptsOf(response),
        redactor,
      });
      return undefined;
    },
  };
  // XML is decoded before credentials records the response, so unwrap() finds the decoded one.
  core.use(credentials);
  if (options.xml) core.use(options.xml.decoder({ redact: (text) => redactor.text(text) }));

  // Before throwOnError wraps them: what openapi-fetch throws is translated once, on the raw calls.
  guardCalls(core, redactor, (response) => calls.get(response));
  if (!options.throwOnError) {
    return Object.assign(core, { asGroupMember: (userId: number) => createGroupMemberClient(core, userId) });
  }
  const raw = { ...core };
  const throwingClient = Object.assign(core, {
    GET: throwing(raw.GET, unwrap),
    PUT: throwing(raw.PUT, unwrap),
    POST: throwing(raw.POST, unwrap),
    DELETE: throwing(raw.DELETE, unwrap),
    PATCH: throwing(raw.PATCH, unwrap),
    HEAD: throwing(raw.HEAD, unwrap),
    OPTIONS: throwing(raw.OPTIONS, unwrap),
    TRACE: throwing(raw.TRACE, unwrap),
    request: throwing(raw.request, unwrap),
    asGroupMember: (userId: number) => {
      // Built on the raw calls, so each call is checked once.
      const member = createGroupMemberClient(raw as Client<paths, Media>, userId);
      return { userId, GET: throwing(member.GET, unwrap), POST: throwing(member.POST, unwrap), PUT: throwing(member.PUT, unwrap) };
    },
  });
  return throwingClient as unknown as AdultWorkThrowingClient;
}

/** The result shape of every raw call. */
export interface CallResult<T> {
  data?: T | undefined;
  error?: unknown | undefined;
  response: Response;
}

/**
 * Turns a raw call's result into its data, or throws the AdultWorkApiError subclass for its status
 * (carrying operationId, method, path, status and the parsed body, credentials redacted).
 */
export async function unwrap<R extends CallResult<unknown>>(result: R | Promise<R>): Promise<Exclude<R["data"], undefined>> {
  const { data, error, response } = await result;
  if (response.ok && error === undefined) return data as Exclude<R["data"], undefined>;
  const call = calls.get(response);
  const redactor = call?.redactor ?? new Redactor();
  let path = call?.path;
  if (!path) {
    try {
      path = new URL(response.url).pathname;
    } catch {
      path = "(unknown path)";
    }
  }
  throw apiErrorFor(
    {
      operationId: call?.operationId,
      method: call?.method ?? "?",
      path,
      attempts: call?.attempts,
      status: response.status,
      statusText: response.statusText,
      body: error,
      headers: response.headers,
    },
    redactor,
  );
}
