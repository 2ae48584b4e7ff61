// Server-side helpers for the Unified Login (OAuth 2.0): the authorize URL, the callback, and the
// token endpoint's two grants (authorization code, refresh token).
import { unifiedLogin } from "../generated/operations.js";
import { AdultWorkUsageError, InvalidResponseError, OAuthError, Redactor, RefreshTokenExpiredError } from "./errors.js";
import type { Logger } from "./log.js";
import { operationIdFor, type OperationId } from "./operations.js";
import { scopesFor } from "./scopes.js";
import { attemptsOf, createTransport, requireSecureUrl, type RetryOptions } from "./transport.js";

/** What the token endpoint hands out. */
export interface TokenSet {
  accessToken: string;
  /** The new refresh token: every refresh rotates it, and the old one stops working. */
  refreshToken: string | undefined;
  /** "bearer". */
  tokenType: string;
  /** The access token's lifetime in seconds, as the endpoint stated it. */
  expiresIn: number | undefined;
  /**
   * When the client treats the access token as expired, in milliseconds since the epoch (computed on
   * receipt, with the lifetime kept between 30 seconds and 24 hours: see `tokenLifetimeMs`).
   */
  expiresAt: number | undefined;
  /** The granted scopes, when the endpoint names them. */
  scope: string[] | undefined;
}

/** Random, URL-safe, 256 bits: the `state` that ties a callback to the login this app started. */
export function generateState(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** Compares two states in time that does not depend on where they differ. */
export function statesMatch(expected: string, received: string | null | undefined): boolean {
  if (typeof received !== "string" || !expected) return false;
  const a = new TextEncoder().encode(expected);
  const b = new TextEncoder().encode(received);
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

export interface AuthorizeUrlOptions {
  clientId: string;
  /** Where the Unified Login sends the member back; must be the one registered for the project. */
  redirectUri: string;
  /** "code" (server side, the default) or "token" (implicit grant, the token comes back in the fragment). */
  responseType?: "code" | "token" | undefined;
  /** The operations the app will call: their scopes are requested (see `scopesFor`). */
  operations?: Iterable<OperationId> | undefined;
  /** Scopes to request besides those of `operations`. */
  scopes?: Iterable<string> | undefined;
  /** Defaults to a fresh `generateState()`. */
  state?: string | undefined;
  /** Defaults to the contract's Unified Login authorize URL. */
  authorizationUrl?: string | undefined;
}

/**
 * The URL to send a member to for the Unified Login, and the `state` to keep (in the session) until
 * the member comes back.
 */
export function authorizeUrl(options: AuthorizeUrlOptions): { url: string; state: string } {
  const { clientId, redirectUri, responseType = "code" } = options;
  if (!clientId) throw new AdultWorkUsageError("authorizeUrl needs the project's clientId");
  if (responseType !== "code" && responseType !== "token") {
    throw new AdultWorkUsageError(`responseType must be "code" or "token", got ${JSON.stringify(responseType)}`);
  }
  // The code (or token) travels to this URI: it must not cross the network in clear text.
  requireSecureUrl(redirectUri, "redirectUri");
  const url = requireSecureUrl(options.authorizationUrl ?? unifiedLogin.authorizationUrl, "authorizationUrl");
  const state = options.state ?? generateState();
  if (!state) throw new AdultWorkUsageError("state must not be empty");
  const scopes = new Set([...scopesFor(options.operations ?? []), ...(options.scopes ?? [])]);
  url.searchParams.set("response_type", responseType);
  url.searchParams.set("client_id", clientId);
  url.searchParams.set("redirect_uri", redirectUri);
  if (scopes.size) url.searchParams.set("scope", [...scopes].sort().join(" "));
  url.searchParams.set("state", state);
  return { url: url.href, state };
}

export type AuthorizationCallback =
  /** Authorization-code flow: exchange `code` with `exchangeCode`. */
  | { status: "authorized"; code: string; state: string }
  /** Implicit flow: the token itself came back (in the fragment). */
  | { status: "token"; accessToken: string; tokenType: string; expiresIn: number | undefined; state: string }
  /** The member cancelled the login (`status=cancelled`, with an empty code). */
  | { status: "cancelled"; state: string };

/**
 * Reads the URL the Unified Login sent the member back to. The state is checked first: a callback
 * this app did not start is an OAuthError ("state_mismatch"), whatever else it carries.
 */
export function parseAuthorizationCallback(callback: string | URL | URLSearchParams, expectedState: string): AuthorizationCallback {
  let params: URLSearchParams;
  if (callback instanceof URLSearchParams) params = callback;
  else {
    let url: URL;
    try {
      url = new URL(callback);
    } catch {
      throw new AdultWorkUsageError("parseAuthorizationCallback needs the absolute callback URL");
    }
    // The implicit flow answers in the fragment, the code flow in the query.
    params = url.hash.length > 1 ? new URLSearchParams(url.hash.slice(1)) : url.searchParams;
  }
  const state = params.get("state");
  if (!statesMatch(expectedState, state)) {
    throw new OAuthError({ error: "state_mismatch", description: "the callback's state is not the one this login was started with" });
  }
  const redactor = new Redactor();
  redactor.add(params.get("code"));
  redactor.add(params.get("access_token"));
  if (params.get("status") === "cancelled") return { status: "cancelled", state: state! };
  const error = params.get("error");
  if (error) {
    throw new OAuthError({ error: redactor.text(error), description: redactor.text(params.get("error_description") ?? "") || undefined });
  }
  const accessToken = params.get("access_token");
  if (accessToken) {
    return { status: "token", accessToken, tokenType: params.get("token_type") ?? "bearer", expiresIn: seconds(params.get("expires_in")), state: state! };
  }
  const code = params.get("code");
  if (!code) throw new OAuthError({ error: "missing_code", description: "the callback carries neither a code nor status=cancelled" });
  return { status: "authorized", code, state: state! };
}

function seconds(value: unknown): number | undefined {
  const n = number(value);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

function number(value: unknown): number {
  return typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : Number.NaN;
}

/** The shortest and longest lifetime the client gives an access token, whatever `expires_in` says. */
export const MIN_TOKEN_LIFETIME_MS = 30_000;
export const MAX_TOKEN_LIFETIME_MS = 86_400_000;

/**
 * How long the client uses an access token before refreshing it, from `expires_in` (seconds):
 * undefined when none is stated. 0, a negative or a tiny value would make every call refresh, and a
 * huge one would mean never refreshing ahead, so the stated lifetime is kept within 30 s and 24 h; a
 * token the API refuses earlier is still refreshed on its 401.
 */
export function tokenLifetimeMs(expiresIn: unknown): number | undefined {
  const n = number(expiresIn);
  if (Number.isNaN(n)) return undefined;
  return Math.min(MAX_TOKEN_LIFETIME_MS, Math.max(MIN_TOKEN_LIFETIME_MS, n * 1000));
}

export interface TokenEndpointOptions extends Pick<RetryOptions, "timeoutMs" | "maxRetries" | "retryDelayMs" | "maxRetryDelayMs" | "maxResponseBytes"> {
  clientId: string;
  clientSecret: string;
  /** Defaults to the contract's Unified Login token URL. */
  tokenUrl?: string | undefined;
  fetch?: typeof globalThis.fetch | undefined;
  logger?: Logger | undefined;
  /** The clock, in milliseconds since the epoch (for `expiresAt`). */
  now?: (() => number) | undefined;
}

/** Exchanges the code from an authorization-code callback for the member's tokens. */
export async function exchangeCode(options: TokenEndpointOptions & { code: string; redirectUri: string }): Promise<TokenSet> {
  if (!options.code) throw new AdultWorkUsageError("exchangeCode needs the code from the callback");
  return requestTokens(options, { grant_type: "authorization_code", code: options.code, redirect_uri: options.redirectUri }, [options.code]);
}

/**
 * Trades a refresh token for a new pair. The old refresh token stops working: store the new one
 * before using the new access token. `refresh_token_has_expired` throws RefreshTokenExpiredError.
 */
export async function refreshTokens(options: TokenEndpointOptions & { refreshToken: string }): Promise<TokenSet> {
  if (!options.refreshToken) throw new AdultWorkUsageError("refreshTokens needs a refresh token");
  return requestTokens(options, { grant_type: "refresh_token", refresh_token: options.refreshToken }, [options.refreshToken]);
}

async function requestTokens(options: TokenEndpointOptions, grant: Record<string, string>, secrets: string[]): Promise<TokenSet> {
  const { clientId, clientSecret } = options;
  if (!clientId || !clientSecret) throw new AdultWorkUsageError("The token endpoint needs the project's clientId and clientSecret");
  const tokenUrl = requireSecureUrl(options.tokenUrl ?? unifiedLogin.tokenUrl, "tokenUrl");
  const redactor = new Redactor();
  for (const secret of [clientSecret, ...secrets]) redactor.add(secret);
  // Never retried once it may have arrived: a refresh that was processed has already rotated the
  // refresh token, and sending the old one again would only be refused.
  const send = createTransport({
    baseUrl: tokenUrl.origin,
    fetch: options.fetch,
    timeoutMs: options.timeoutMs,
    maxRetries: options.maxRetries,
    retryDelayMs: options.retryDelayMs,
    maxRetryDelayMs: options.maxRetryDelayMs,
    maxResponseBytes: options.maxResponseBytes,
    redactor,
    logger: options.logger,
  });
  const form = new URLSearchParams({ ...grant, client_id: clientId, client_secret: clientSecret });
  const response = await send(
    new Request(tokenUrl, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
      body: form,
    }),
  );
  const call = { operationId: operationIdFor("POST", tokenUrl.pathname), method: "POST", path: tokenUrl.pathname, attempts: attemptsOf(response) };
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON: kept as text.
  }
  const fields = (body && typeof body === "object" ? body : {}) as Record<string, unknown>;
  if (!response.ok) {
    const error = typeof fields.error === "string" ? redactor.text(fields.error) : `http_${response.status}`;
    const description = typeof fields.error_description === "string" ? redactor.text(fields.error_description) : undefined;
    const Ctor = error === "refresh_token_has_expired" ? RefreshTokenExpiredError : OAuthError;
    throw new Ctor({ ...call, status: response.status, error, description, body: redactor.value(body) });
  }
  const accessToken = fields.access_token;
  if (typeof accessToken !== "string" || !accessToken) {
    throw new InvalidResponseError({ ...call, status: response.status, contentType: redactor.text(response.headers.get("content-type") ?? "") || null, body: redactor.text(text), problem: "a token answer without access_token" });
  }
  const refreshToken = typeof fields.refresh_token === "string" && fields.refresh_token ? fields.refresh_token : undefined;
  const stated = number(fields.expires_in);
  const lifetimeMs = tokenLifetimeMs(fields.expires_in);
  const now = (options.now ?? Date.now)();
  return {
    accessToken,
    refreshToken,
    tokenType: typeof fields.token_type === "string" ? fields.token_type : "bearer",
    expiresIn: Number.isFinite(stated) ? stated : undefined,
    expiresAt: lifetimeMs === undefined ? undefined : now + lifetimeMs,
    scope: typeof fields.scope === "string" && fields.scope ? fields.scope.split(/[\s,]+/).filter(Boolean) : undefined,
  };
}
