import openapiFetch, {} from "openapi-fetch";
import { AdultWorkUsageError, Redactor, apiErrorFor, attachRedactor, redactorOf } from "./errors.js";
import { operationIdFor, operationInfo } from "./operations.js";
import { createGroupMemberClient } from "./group.js";
import { CallRequest, attemptsOf, createTransport, isLoopbackHost, requireSecureUrl } from "./transport.js";
import { tokenProviderFrom } from "./auth.js";
import { guardCalls } from "./guard.js";
import { isHeaderSafe } from "./token-provider.js";
import { emit } from "./log.js";
import { applyFormat, checkFormatOptions } from "./format.js";
import { throwing } from "./throwing.js";
const CACHING_FETCH = /* @__PURE__ */ Symbol.for("adultwork-api-client.cachingFetch");
const createClient = typeof openapiFetch === "function" ? openapiFetch : openapiFetch.default;
const SANDBOX_BASE_URL = "https://api-sandbox.adultwork.com";
function checkHeaderValue(what, value) {
  if (value !== void 0 && (typeof value !== "string" || !isHeaderSafe(value))) {
    throw new AdultWorkUsageError(`${what} must be a string without line breaks, control characters or non-Latin-1 text`);
  }
}
const CALLS = /* @__PURE__ */ Symbol.for("adultwork-api-client.calls");
const calls = globalThis[CALLS] ??= /* @__PURE__ */ new WeakMap();
function checkBaseUrl(value, allowInsecureHttp = false) {
  let insecureOrigin;
  if (allowInsecureHttp) {
    try {
      const parsed = new URL(value);
      if (parsed.protocol === "http:") insecureOrigin = parsed.origin;
    } catch {
    }
  }
  const url = requireSecureUrl(value, "baseUrl", insecureOrigin);
  if (url.search || url.hash || url.username || url.password) {
    throw new AdultWorkUsageError("baseUrl must not carry a query, fragment or credentials");
  }
  return url.href.replace(/\/+$/, "");
}
function createAdultWorkClient(options = {}) {
  if (options.dangerouslyAllowInsecureHttp !== void 0 && typeof options.dangerouslyAllowInsecureHttp !== "boolean") {
    throw new AdultWorkUsageError("dangerouslyAllowInsecureHttp must be true or false");
  }
  const baseUrl = checkBaseUrl(options.baseUrl ?? SANDBOX_BASE_URL, options.dangerouslyAllowInsecureHttp === true);
  const baseHost = new URL(baseUrl);
  const insecureOrigin = baseHost.protocol === "http:" && !isLoopbackHost(baseHost.hostname) ? baseHost.origin : void 0;
  if (insecureOrigin) {
    emit(options.logger, {
      type: "warning",
      code: "insecure-http",
      message: `Plain http to ${insecureOrigin} was allowed by dangerouslyAllowInsecureHttp: tokens and the API key travel unencrypted to that host. Use it only for a mock.`
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
  redactor.link(redactorOf(tokens));
  const withCache = options.cache && options.cache[CACHING_FETCH];
  if (options.cache && !withCache) throw new AdultWorkUsageError("cache must come from createResponseCache()");
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
    ...insecureOrigin ? { insecureOrigin } : {}
  });
  class ClientRequest extends CallRequest {
  }
  attachRedactor(ClientRequest.prototype, redactor);
  const core = createClient({
    baseUrl,
    fetch: withCache ? withCache(transport, baseUrl) : transport,
    Request: ClientRequest,
    headers: { Accept: "application/json", ...options.headers }
  });
  const honourServers = !isLoopbackHost(baseHost.hostname) && !insecureOrigin;
  const credentials = {
    // Synchronous, and one middleware for format and credentials: openapi-fetch pays for each
    // middleware (and each promise) on every call. The format is read before the Request may be replaced.
    onRequest({ request, schemaPath }) {
      applyFormat(request, options);
      const id = operationIdFor(request.method, schemaPath);
      const op = id ? operationInfo(id) : void 0;
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
      if (!(request instanceof ClientRequest)) attachRedactor(request, redactor);
      return void 0;
    },
    onResponse({ request, response, schemaPath }) {
      calls.set(response, {
        operationId: operationIdFor(request.method, schemaPath),
        method: request.method,
        path: schemaPath,
        attempts: attemptsOf(response),
        redactor
      });
      return void 0;
    }
  };
  core.use(credentials);
  if (options.xml) core.use(options.xml.decoder({ redact: (text) => redactor.text(text) }));
  guardCalls(core, redactor, (response) => calls.get(response));
  if (!options.throwOnError) {
    return Object.assign(core, { asGroupMember: (userId) => createGroupMemberClient(core, userId) });
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
    asGroupMember: (userId) => {
      const member = createGroupMemberClient(raw, userId);
      return { userId, GET: throwing(member.GET, unwrap), POST: throwing(member.POST, unwrap), PUT: throwing(member.PUT, unwrap) };
    }
  });
  return throwingClient;
}
async function unwrap(result) {
  const { data, error, response } = await result;
  if (response.ok && error === void 0) return data;
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
      headers: response.headers
    },
    redactor
  );
}
export {
  SANDBOX_BASE_URL,
  checkBaseUrl,
  createAdultWorkClient,
  unwrap
};
//# sourceMappingURL=client.js.map
