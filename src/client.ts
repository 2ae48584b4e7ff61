// createAdultWorkClient: the typed openapi-fetch client, plus the credentials each operation needs.
import createClient, { type Client, type Middleware } from "openapi-fetch";
import type { paths } from "../generated/schema.js";
import { AdultWorkUsageError, Redactor, apiErrorFor, type CallInfo } from "./errors.js";
import { operationIdFor, operationInfo } from "./operations.js";
import { createGroupMemberClient, type GroupMemberClient } from "./group.js";
import { createTransport } from "./transport.js";
import { checkFormatOptions, formatMiddleware, type FormatOptions } from "./format.js";

/** The only API host the public docs name. */
export const SANDBOX_BASE_URL = "https://api-sandbox.adultwork.com";

/** A Unified Login access token, or a function that returns the current one. */
export type AccessToken = string | (() => string | Promise<string>);

export interface AdultWorkClientOptions extends FormatOptions {
  /** API host; defaults to the sandbox. Must be https unless it is a loopback address. */
  baseUrl?: string;
  /** The member's access token, for operations that act for a member. */
  accessToken?: AccessToken;
  /** The developer API key, for public operations (sent as the `apiKey` query parameter). */
  apiKey?: string;
  /** The fetch to send requests with; defaults to the platform's. */
  fetch?: typeof globalThis.fetch;
  /** Give up on a call after this many milliseconds (default 30 000). */
  timeoutMs?: number;
  /** Extra headers for every request. */
  headers?: Record<string, string>;
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

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/** Parses and checks a base URL: credentials only ever travel over https (or to this machine). */
export function checkBaseUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new AdultWorkUsageError(`baseUrl is not an absolute URL: ${JSON.stringify(value)}`);
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && LOOPBACK.test(url.hostname))) {
    throw new AdultWorkUsageError(`baseUrl must use https (plain http is allowed only for loopback hosts): ${url.origin}`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new AdultWorkUsageError("baseUrl must not carry a query, fragment or credentials");
  }
  return url.href.replace(/\/+$/, "");
}

export function createAdultWorkClient(options: AdultWorkClientOptions = {}): AdultWorkClient {
  const baseUrl = checkBaseUrl(options.baseUrl ?? SANDBOX_BASE_URL);
  const redactor = new Redactor();
  redactor.add(options.apiKey);
  const { accessToken, apiKey } = options;
  if (typeof accessToken === "string") redactor.add(accessToken);
  checkFormatOptions(options);

  const core = createClient<paths, Media>({
    baseUrl,
    fetch: createTransport({ fetch: options.fetch, timeoutMs: options.timeoutMs }),
    headers: { Accept: "application/json", ...options.headers },
  });

  const credentials: Middleware = {
    async onRequest({ request, schemaPath }) {
      const id = operationIdFor(request.method, schemaPath);
      const op = id ? operationInfo(id) : undefined;
      if (op?.security === "user" && accessToken !== undefined) {
        const token = typeof accessToken === "string" ? accessToken : await accessToken();
        redactor.add(token);
        // Capital B: RFC 6750's spelling, which strict servers (and Prism) require.
        if (token) request.headers.set("Authorization", `Bearer ${token}`);
      } else if (op?.security === "apiKey" && apiKey) {
        const url = new URL(request.url);
        url.searchParams.set(op.apiKeyParam ?? "apiKey", apiKey);
        return new Request(url, request);
      }
      return undefined;
    },
    onResponse({ request, response, schemaPath }) {
      calls.set(response, { operationId: operationIdFor(request.method, schemaPath), method: request.method, path: schemaPath, redactor });
      return undefined;
    },
  };
  // Formats: `format` is read before credentials may replace the Request; XML is decoded before
  // credentials records the response, so unwrap() finds the decoded one.
  core.use(formatMiddleware(options), credentials);
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
    status: response.status,
    statusText: redactor.text(response.statusText),
    body: redactor.value(error),
    headers: response.headers,
  });
}
