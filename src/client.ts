// createAdultWorkClient: the typed openapi-fetch client, plus the credentials each operation needs.
import createClient, { type Client, type Middleware } from "openapi-fetch";
import type { paths } from "../generated/schema.js";
import { AdultWorkUsageError, Redactor, apiErrorFor, attachRedactor, type CallInfo } from "./errors.js";
import { operationIdFor, operationInfo } from "./operations.js";
import { createGroupMemberClient, type GroupMemberClient } from "./group.js";
import { attemptsOf, createTransport, isLoopbackHost, requireSecureUrl, type RetryOptions } from "./transport.js";
import { tokenProviderFrom, type AccessToken } from "./auth.js";
import { emit, type Logger } from "./log.js";
import { applyFormat, checkFormatOptions, type FormatOptions } from "./format.js";

/** The only API host the public docs name. */
export const SANDBOX_BASE_URL = "https://api-sandbox.adultwork.com";

export type { AccessToken };

export interface AdultWorkClientOptions extends RetryOptions, FormatOptions {
  /** API host; defaults to the sandbox. Must be https unless it is a loopback address. */
  baseUrl?: string;
  /**
   * The member's access token, for operations that act for a member: a string, a function returning
   * the current one, or a TokenProvider such as `createRefreshingTokenProvider(...)`.
   */
  accessToken?: AccessToken;
  /** The developer API key, for public operations (sent as the `apiKey` query parameter). */
  apiKey?: string;
  /** The fetch to send requests with; defaults to the platform's. */
  fetch?: typeof globalThis.fetch;
  /** Extra headers for every request. */
  headers?: Record<string, string>;
  /** Receives what the client does (requests, retries, refreshes, errors), with no credential in it. */
  logger?: Logger;
  /**
   * Lets `baseUrl` be plain http to a host that is not this machine: a mock in docker-compose or a CI
   * service container (`http://mock:4010`). Requests then go to that origin only: operations the
   * contract places on another host are sent there too, and a per-call URL elsewhere must still be
   * https. The logger receives one `insecure-http` warning. Never set it for the real API.
   */
  dangerouslyAllowInsecureHttp?: boolean;
}

/** Responses are typed from the JSON form of the contract. */
export type Media = "application/json";
export type AdultWorkClient = Client<paths, Media> & {
  /** The same typed calls, made as a group manager on behalf of member `userId`. */
  asGroupMember(userId: number): GroupMemberClient;
};

interface CallRecord extends CallInfo {
  redactor: Redactor;
}
// What each response belongs to, so `unwrap` can build a complete error from the result alone.
const calls = new WeakMap<Response, CallRecord>();

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

export function createAdultWorkClient(options: AdultWorkClientOptions = {}): AdultWorkClient {
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
  checkFormatOptions(options);

  const core = createClient<paths, Media>({
    baseUrl,
    // The transport sets the access token on each attempt: a retry or a 401 replay may need a new one.
    fetch: createTransport({
      baseUrl,
      fetch: options.fetch,
      timeoutMs: options.timeoutMs,
      attemptTimeoutMs: options.attemptTimeoutMs,
      maxRetries: options.maxRetries,
      retryDelayMs: options.retryDelayMs,
      maxRetryDelayMs: options.maxRetryDelayMs,
      tokens: tokenProviderFrom(accessToken),
      redactor,
      logger: options.logger,
      ...(insecureOrigin ? { insecureOrigin } : {}),
    }),
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
        const moved = new Request(new URL(url.pathname + url.search, op.server), request);
        attachRedactor(moved, redactor);
        return moved;
      }
      if (op?.security === "apiKey" && apiKey) {
        const url = new URL(request.url);
        url.searchParams.set(op.apiKeyParam ?? "apiKey", apiKey);
        const signed = new Request(url, request);
        attachRedactor(signed, redactor);
        return signed;
      }
      attachRedactor(request, redactor);
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

  return Object.assign(core, {
    asGroupMember: (userId: number) => createGroupMemberClient(core, userId),
  });
}

/** The result shape of every raw call. */
export interface CallResult<T> {
  data?: T;
  error?: unknown;
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
  throw apiErrorFor({
    operationId: call?.operationId,
    method: call?.method ?? "?",
    path,
    attempts: call?.attempts,
    status: response.status,
    statusText: redactor.text(response.statusText),
    body: redactor.value(error),
    headers: response.headers,
  });
}
