"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
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
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var client_exports = {};
__export(client_exports, {
  SANDBOX_BASE_URL: () => SANDBOX_BASE_URL,
  checkBaseUrl: () => checkBaseUrl,
  createAdultWorkClient: () => createAdultWorkClient,
  unwrap: () => unwrap
});
module.exports = __toCommonJS(client_exports);
var import_openapi_fetch = __toESM(require("openapi-fetch"), 1);
var import_errors = require("./errors.js");
var import_operations = require("./operations.js");
var import_group = require("./group.js");
var import_transport = require("./transport.js");
var import_auth = require("./auth.js");
var import_guard = require("./guard.js");
var import_token_provider = require("./token-provider.js");
var import_log = require("./log.js");
var import_format = require("./format.js");
var import_throwing = require("./throwing.js");
const CACHING_FETCH = /* @__PURE__ */ Symbol.for("adultwork-api-client.cachingFetch");
const createClient = typeof import_openapi_fetch.default === "function" ? import_openapi_fetch.default : import_openapi_fetch.default.default;
const SANDBOX_BASE_URL = "https://api-sandbox.adultwork.com";
function checkHeaderValue(what, value) {
  if (value !== void 0 && (typeof value !== "string" || !(0, import_token_provider.isHeaderSafe)(value))) {
    throw new import_errors.AdultWorkUsageError(`${what} must be a string without line breaks, control characters or non-Latin-1 text`);
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
  const url = (0, import_transport.requireSecureUrl)(value, "baseUrl", insecureOrigin);
  if (url.search || url.hash || url.username || url.password) {
    throw new import_errors.AdultWorkUsageError("baseUrl must not carry a query, fragment or credentials");
  }
  return url.href.replace(/\/+$/, "");
}
function createAdultWorkClient(options = {}) {
  if (options.dangerouslyAllowInsecureHttp !== void 0 && typeof options.dangerouslyAllowInsecureHttp !== "boolean") {
    throw new import_errors.AdultWorkUsageError("dangerouslyAllowInsecureHttp must be true or false");
  }
  const baseUrl = checkBaseUrl(options.baseUrl ?? SANDBOX_BASE_URL, options.dangerouslyAllowInsecureHttp === true);
  const baseHost = new URL(baseUrl);
  const insecureOrigin = baseHost.protocol === "http:" && !(0, import_transport.isLoopbackHost)(baseHost.hostname) ? baseHost.origin : void 0;
  if (insecureOrigin) {
    (0, import_log.emit)(options.logger, {
      type: "warning",
      code: "insecure-http",
      message: `Plain http to ${insecureOrigin} was allowed by dangerouslyAllowInsecureHttp: tokens and the API key travel unencrypted to that host. Use it only for a mock.`
    });
  }
  const redactor = new import_errors.Redactor();
  redactor.add(options.apiKey);
  const { accessToken, apiKey } = options;
  if (typeof accessToken === "string") redactor.add(accessToken);
  checkHeaderValue("apiKey", apiKey);
  if (typeof accessToken === "string") checkHeaderValue("accessToken", accessToken);
  for (const [name, value] of Object.entries(options.headers ?? {})) checkHeaderValue(`The value of header ${JSON.stringify(redactor.text(name))}`, value);
  (0, import_format.checkFormatOptions)(options);
  const tokens = (0, import_auth.tokenProviderFrom)(accessToken);
  redactor.link((0, import_errors.redactorOf)(tokens));
  const withCache = options.cache && options.cache[CACHING_FETCH];
  if (options.cache && !withCache) throw new import_errors.AdultWorkUsageError("cache must come from createResponseCache()");
  const transport = (0, import_transport.createTransport)({
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
  class ClientRequest extends import_transport.CallRequest {
  }
  (0, import_errors.attachRedactor)(ClientRequest.prototype, redactor);
  const core = createClient({
    baseUrl,
    fetch: withCache ? withCache(transport, baseUrl) : transport,
    Request: ClientRequest,
    headers: { Accept: "application/json", ...options.headers }
  });
  const honourServers = !(0, import_transport.isLoopbackHost)(baseHost.hostname) && !insecureOrigin;
  const credentials = {
    // Synchronous, and one middleware for format and credentials: openapi-fetch pays for each
    // middleware (and each promise) on every call. The format is read before the Request may be replaced.
    onRequest({ request, schemaPath }) {
      (0, import_format.applyFormat)(request, options);
      const id = (0, import_operations.operationIdFor)(request.method, schemaPath);
      const op = id ? (0, import_operations.operationInfo)(id) : void 0;
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
      if (!(request instanceof ClientRequest)) (0, import_errors.attachRedactor)(request, redactor);
      return void 0;
    },
    onResponse({ request, response, schemaPath }) {
      calls.set(response, {
        operationId: (0, import_operations.operationIdFor)(request.method, schemaPath),
        method: request.method,
        path: schemaPath,
        attempts: (0, import_transport.attemptsOf)(response),
        redactor
      });
      return void 0;
    }
  };
  core.use(credentials);
  if (options.xml) core.use(options.xml.decoder({ redact: (text) => redactor.text(text) }));
  (0, import_guard.guardCalls)(core, redactor, (response) => calls.get(response));
  if (!options.throwOnError) {
    return Object.assign(core, { asGroupMember: (userId) => (0, import_group.createGroupMemberClient)(core, userId) });
  }
  const raw = { ...core };
  const throwingClient = Object.assign(core, {
    GET: (0, import_throwing.throwing)(raw.GET, unwrap),
    PUT: (0, import_throwing.throwing)(raw.PUT, unwrap),
    POST: (0, import_throwing.throwing)(raw.POST, unwrap),
    DELETE: (0, import_throwing.throwing)(raw.DELETE, unwrap),
    PATCH: (0, import_throwing.throwing)(raw.PATCH, unwrap),
    HEAD: (0, import_throwing.throwing)(raw.HEAD, unwrap),
    OPTIONS: (0, import_throwing.throwing)(raw.OPTIONS, unwrap),
    TRACE: (0, import_throwing.throwing)(raw.TRACE, unwrap),
    request: (0, import_throwing.throwing)(raw.request, unwrap),
    asGroupMember: (userId) => {
      const member = (0, import_group.createGroupMemberClient)(raw, userId);
      return { userId, GET: (0, import_throwing.throwing)(member.GET, unwrap), POST: (0, import_throwing.throwing)(member.POST, unwrap), PUT: (0, import_throwing.throwing)(member.PUT, unwrap) };
    }
  });
  return throwingClient;
}
async function unwrap(result) {
  const { data, error, response } = await result;
  if (response.ok && error === void 0) return data;
  const call = calls.get(response);
  const redactor = call?.redactor ?? new import_errors.Redactor();
  let path = call?.path;
  if (!path) {
    try {
      path = new URL(response.url).pathname;
    } catch {
      path = "(unknown path)";
    }
  }
  throw (0, import_errors.apiErrorFor)(
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
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  SANDBOX_BASE_URL,
  checkBaseUrl,
  createAdultWorkClient,
  unwrap
});
//# sourceMappingURL=client.js.map
