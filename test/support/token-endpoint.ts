// A Unified Login token endpoint on a fault server: it rotates the refresh token on every refresh,
// refuses an old one with 401 {"error":"refresh_token_has_expired"}, and remembers what it was sent.
// Like the stricter OAuth servers, a refresh token presented a second time revokes the whole chain:
// the pair issued for it stops working too, so a double spend cannot hide behind a retry.
import { faults, type Fault, type FaultServer, type ReceivedRequest } from "./fault-server.js";
import { CLIENT_ID, CLIENT_SECRET, newSecret } from "./secrets.js";

export const TOKEN_PATH = "/OAuth/token";

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
}

export interface TokenEndpoint {
  readonly url: string;
  /** The pair the endpoint currently honours. */
  current: TokenPair;
  /** Every pair issued, in order. */
  readonly issued: TokenPair[];
  /** Every request to the endpoint, parsed, in order. */
  readonly received: URLSearchParams[];
  /** Faults to answer the next token requests with, before the normal answer. */
  readonly faults: Fault[];
  /** The `expires_in` of the next pairs (seconds). */
  expiresIn: number;
  /** The code `authorization_code` accepts, and the redirect URI it must come with. */
  code: { value: string; redirectUri: string } | undefined;
  /** Refresh tokens that were spent, in order: presenting one again revokes the chain. */
  readonly spent: string[];
  /** How many times a spent refresh token came back (each revoked the chain). */
  reuses: number;
  /**
   * When it returns true for a refresh request, the request is parked in `held` without being
   * processed: nothing rotates until `answer()` is called (never, if its sender is killed first).
   */
  hold: ((form: URLSearchParams, received: ReceivedRequest) => boolean) | undefined;
  readonly held: { form: URLSearchParams; received: ReceivedRequest; answer(): void }[];
}

export function installTokenEndpoint(server: FaultServer, initial: TokenPair): TokenEndpoint {
  const endpoint: TokenEndpoint = {
    url: `${server.url}${TOKEN_PATH}`,
    current: initial,
    issued: [],
    received: [],
    faults: [],
    expiresIn: 3600,
    code: undefined,
    spent: [],
    reuses: 0,
    hold: undefined,
    held: [],
  };
  const issue = (): Fault => {
    const pair = { accessToken: newSecret("access"), refreshToken: newSecret("refresh") };
    endpoint.current = pair;
    endpoint.issued.push(pair);
    return faults.json({ access_token: pair.accessToken, token_type: "bearer", expires_in: endpoint.expiresIn, refresh_token: pair.refreshToken });
  };
  server.route(TOKEN_PATH, (received: ReceivedRequest): Fault => {
    const fault = endpoint.faults.shift();
    if (fault) return fault;
    // The answer depends on the body, which is read before a fault answers.
    return {
      name: "token endpoint",
      answer(req, res, r) {
        const form = new URLSearchParams(r.body);
        endpoint.received.push(form);
        if (form.get("grant_type") === "refresh_token" && endpoint.hold?.(form, r)) {
          endpoint.held.push({ form, received: r, answer: () => decide().answer(req, res, r) });
          return;
        }
        decide().answer(req, res, r);
        function decide(): Fault {
          if (r.method !== "POST" || !String(r.headers["content-type"]).startsWith("application/x-www-form-urlencoded")) {
            return faults.json({ error: "invalid_request" }, 400);
          }
          if (form.get("client_id") !== CLIENT_ID || form.get("client_secret") !== CLIENT_SECRET) {
            // Echoes what it was sent, as a careless server might: the client must redact it.
            return faults.json({ error: "invalid_client", error_description: `unknown client ${form.get("client_id")}/${form.get("client_secret")}` }, 401);
          }
          if (form.get("grant_type") === "refresh_token") {
            const presented = form.get("refresh_token") ?? "";
            if (endpoint.spent.includes(presented)) {
              // Reuse: whoever holds the pair issued for this token may be an attacker. Revoke it all.
              endpoint.reuses += 1;
              endpoint.current = { accessToken: newSecret("revoked-access"), refreshToken: newSecret("revoked-refresh") };
              return faults.json({ error: "refresh_token_has_expired" }, 401);
            }
            if (presented !== endpoint.current.refreshToken) return faults.json({ error: "refresh_token_has_expired" }, 401);
            endpoint.spent.push(presented);
            return issue();
          }
          if (form.get("grant_type") === "authorization_code") {
            const ok = endpoint.code && form.get("code") === endpoint.code.value && form.get("redirect_uri") === endpoint.code.redirectUri;
            if (!ok) return faults.json({ error: "invalid_grant", error_description: `code ${form.get("code")} is not valid` }, 400);
            endpoint.code = undefined;
            return issue();
          }
          return faults.json({ error: "unsupported_grant_type" }, 400);
        }
      },
    };
  });
  return endpoint;
}

/** An API answer that accepts only the endpoint's current access token, and 401s any other. */
export function acceptingCurrentToken(endpoint: TokenEndpoint, body: unknown = { ok: true }) {
  return (received: ReceivedRequest): Fault =>
    received.headers.authorization === `Bearer ${endpoint.current.accessToken}` ? faults.json(body) : faults.json({ Message: "Authorization has been denied for this request." }, 401);
}
