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
var oauth_exports = {};
__export(oauth_exports, {
  MAX_TOKEN_LIFETIME_MS: () => MAX_TOKEN_LIFETIME_MS,
  MIN_TOKEN_LIFETIME_MS: () => MIN_TOKEN_LIFETIME_MS,
  authorizeUrl: () => authorizeUrl,
  exchangeCode: () => exchangeCode,
  generateState: () => generateState,
  parseAuthorizationCallback: () => parseAuthorizationCallback,
  refreshTokens: () => refreshTokens,
  statesMatch: () => statesMatch,
  tokenLifetimeMs: () => tokenLifetimeMs
});
module.exports = __toCommonJS(oauth_exports);
var import_operations = require("../generated/operations.js");
var import_errors = require("./errors.js");
var import_operations2 = require("./operations.js");
var import_scopes = require("./scopes.js");
var import_transport = require("./transport.js");
function generateState() {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
function statesMatch(expected, received) {
  if (typeof received !== "string" || !expected) return false;
  const a = new TextEncoder().encode(expected);
  const b = new TextEncoder().encode(received);
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}
function authorizeUrl(options) {
  const { clientId, redirectUri, responseType = "code" } = options;
  if (!clientId) throw new import_errors.AdultWorkUsageError("authorizeUrl needs the project's clientId");
  if (responseType !== "code" && responseType !== "token") {
    throw new import_errors.AdultWorkUsageError(`responseType must be "code" or "token", got ${JSON.stringify(responseType)}`);
  }
  (0, import_transport.requireSecureUrl)(redirectUri, "redirectUri");
  const url = (0, import_transport.requireSecureUrl)(options.authorizationUrl ?? import_operations.unifiedLogin.authorizationUrl, "authorizationUrl");
  const state = options.state ?? generateState();
  if (!state) throw new import_errors.AdultWorkUsageError("state must not be empty");
  const scopes = /* @__PURE__ */ new Set([...(0, import_scopes.scopesFor)(options.operations ?? []), ...options.scopes ?? []]);
  url.searchParams.set("response_type", responseType);
  url.searchParams.set("client_id", clientId);
  url.searchParams.set("redirect_uri", redirectUri);
  if (scopes.size) url.searchParams.set("scope", [...scopes].sort().join(" "));
  url.searchParams.set("state", state);
  return { url: url.href, state };
}
function parseAuthorizationCallback(callback, expectedState) {
  let params;
  if (callback instanceof URLSearchParams) params = callback;
  else {
    let url;
    try {
      url = new URL(callback);
    } catch {
      throw new import_errors.AdultWorkUsageError("parseAuthorizationCallback needs the absolute callback URL");
    }
    params = url.hash.length > 1 ? new URLSearchParams(url.hash.slice(1)) : url.searchParams;
  }
  const state = params.get("state");
  if (!statesMatch(expectedState, state)) {
    throw new import_errors.OAuthError({ error: "state_mismatch", description: "the callback's state is not the one this login was started with" });
  }
  const redactor = new import_errors.Redactor();
  redactor.add(params.get("code"));
  redactor.add(params.get("access_token"));
  if (params.get("status") === "cancelled") return { status: "cancelled", state };
  const error = params.get("error");
  if (error) {
    throw new import_errors.OAuthError({ error: redactor.text(error), description: redactor.text(params.get("error_description") ?? "") || void 0 });
  }
  const accessToken = params.get("access_token");
  if (accessToken) {
    return { status: "token", accessToken, tokenType: params.get("token_type") ?? "bearer", expiresIn: seconds(params.get("expires_in")), state };
  }
  const code = params.get("code");
  if (!code) throw new import_errors.OAuthError({ error: "missing_code", description: "the callback carries neither a code nor status=cancelled" });
  return { status: "authorized", code, state };
}
function seconds(value) {
  const n = number(value);
  return Number.isFinite(n) && n >= 0 ? n : void 0;
}
function number(value) {
  return typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : Number.NaN;
}
const MIN_TOKEN_LIFETIME_MS = 3e4;
const MAX_TOKEN_LIFETIME_MS = 864e5;
function tokenLifetimeMs(expiresIn) {
  const n = number(expiresIn);
  if (Number.isNaN(n)) return void 0;
  return Math.min(MAX_TOKEN_LIFETIME_MS, Math.max(MIN_TOKEN_LIFETIME_MS, n * 1e3));
}
async function exchangeCode(options) {
  if (!options.code) throw new import_errors.AdultWorkUsageError("exchangeCode needs the code from the callback");
  return requestTokens(options, { grant_type: "authorization_code", code: options.code, redirect_uri: options.redirectUri }, [options.code]);
}
async function refreshTokens(options) {
  if (!options.refreshToken) throw new import_errors.AdultWorkUsageError("refreshTokens needs a refresh token");
  return requestTokens(options, { grant_type: "refresh_token", refresh_token: options.refreshToken }, [options.refreshToken]);
}
async function requestTokens(options, grant, secrets) {
  const { clientId, clientSecret } = options;
  if (!clientId || !clientSecret) throw new import_errors.AdultWorkUsageError("The token endpoint needs the project's clientId and clientSecret");
  const tokenUrl = (0, import_transport.requireSecureUrl)(options.tokenUrl ?? import_operations.unifiedLogin.tokenUrl, "tokenUrl");
  const redactor = new import_errors.Redactor();
  for (const secret of [clientSecret, ...secrets]) redactor.add(secret);
  const send = (0, import_transport.createTransport)({
    baseUrl: tokenUrl.origin,
    fetch: options.fetch,
    timeoutMs: options.timeoutMs,
    maxRetries: options.maxRetries,
    retryDelayMs: options.retryDelayMs,
    maxRetryDelayMs: options.maxRetryDelayMs,
    maxResponseBytes: options.maxResponseBytes,
    redactor,
    logger: options.logger
  });
  const form = new URLSearchParams({ ...grant, client_id: clientId, client_secret: clientSecret });
  const response = await send(
    new Request(tokenUrl, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
      body: form
    })
  );
  const call = { operationId: (0, import_operations2.operationIdFor)("POST", tokenUrl.pathname), method: "POST", path: tokenUrl.pathname, attempts: (0, import_transport.attemptsOf)(response) };
  const text = await response.text();
  let body = text;
  try {
    body = JSON.parse(text);
  } catch {
  }
  const fields = body && typeof body === "object" ? body : {};
  if (!response.ok) {
    const error = typeof fields.error === "string" ? redactor.text(fields.error) : `http_${response.status}`;
    const description = typeof fields.error_description === "string" ? redactor.text(fields.error_description) : void 0;
    const Ctor = error === "refresh_token_has_expired" ? import_errors.RefreshTokenExpiredError : import_errors.OAuthError;
    throw new Ctor({ ...call, status: response.status, error, description, body: redactor.value(body) });
  }
  const accessToken = fields.access_token;
  if (typeof accessToken !== "string" || !accessToken) {
    throw new import_errors.InvalidResponseError({ ...call, status: response.status, contentType: redactor.text(response.headers.get("content-type") ?? "") || null, body: redactor.text(text), problem: "a token answer without access_token" });
  }
  const refreshToken = typeof fields.refresh_token === "string" && fields.refresh_token ? fields.refresh_token : void 0;
  const stated = number(fields.expires_in);
  const lifetimeMs = tokenLifetimeMs(fields.expires_in);
  const now = (options.now ?? Date.now)();
  return {
    accessToken,
    refreshToken,
    tokenType: typeof fields.token_type === "string" ? fields.token_type : "bearer",
    expiresIn: Number.isFinite(stated) ? stated : void 0,
    expiresAt: lifetimeMs === void 0 ? void 0 : now + lifetimeMs,
    scope: typeof fields.scope === "string" && fields.scope ? fields.scope.split(/[\s,]+/).filter(Boolean) : void 0
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  MAX_TOKEN_LIFETIME_MS,
  MIN_TOKEN_LIFETIME_MS,
  authorizeUrl,
  exchangeCode,
  generateState,
  parseAuthorizationCallback,
  refreshTokens,
  statesMatch,
  tokenLifetimeMs
});
//# sourceMappingURL=oauth.js.map
