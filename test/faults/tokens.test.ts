// Tokens that refresh themselves: ahead of expiry, once for any number of concurrent calls, again on
// a 401, with every rotated pair handed to onTokens (and stored) before the new access token is used.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import {
  AdultWorkError,
  AuthenticationError,
  OAuthError,
  RefreshTokenExpiredError,
  createAdultWorkClient,
  createRefreshingTokenProvider,
  exchangeCode,
  refreshTokens,
  unwrap,
  type RefreshingTokenProviderOptions,
  type TokenSet,
  type Logger,
} from "adultwork-api-client";
import { faults, startFaultServer, type FaultServer } from "../support/fault-server.js";
import { ACCESS_TOKEN, CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN, caught, newSecret, recordingLogger, scanForSecrets } from "../support/secrets.js";
import { acceptingCurrentToken, installTokenEndpoint, type TokenEndpoint } from "../support/token-endpoint.js";

scanForSecrets();

const PATH = "/v1/Webcam/MadeBookings";
const PAGE = { PageNumber: 1, PageCount: 1, Bookings: [] };

let server: FaultServer;
let endpoint: TokenEndpoint;
// The provider's clock: tests move it instead of waiting for tokens to expire.
let clock: number;

beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.reset();
  clock = Date.parse("2026-01-01T12:00:00Z");
  endpoint = installTokenEndpoint(server, { accessToken: ACCESS_TOKEN, refreshToken: REFRESH_TOKEN });
  server.route(PATH, acceptingCurrentToken(endpoint, PAGE));
});

function provider(extra: Partial<RefreshingTokenProviderOptions> = {}) {
  return createRefreshingTokenProvider({
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    tokenUrl: endpoint.url,
    tokens: { accessToken: ACCESS_TOKEN, refreshToken: REFRESH_TOKEN, expiresAt: clock + 3_600_000 },
    onTokens: () => undefined,
    now: () => clock,
    ...extra,
  });
}
function client(accessToken: ReturnType<typeof provider> | string, logger?: Logger) {
  return createAdultWorkClient({ baseUrl: server.url, accessToken, retryDelayMs: 1, maxRetryDelayMs: 5, logger });
}
const listBookings = (c: ReturnType<typeof client>) => unwrap(c.GET(PATH, { params: { query: { PageNumber: 1 } } }));
const apiRequests = () => server.requests.filter((r) => r.path === PATH);
const tokenRequests = () => server.requests.filter((r) => r.path === "/OAuth/token");

describe("the refreshing token provider", () => {
  test("a fresh token is used as it is, without asking the token endpoint", async () => {
    await expect(listBookings(client(provider()))).resolves.toEqual(PAGE);
    expect(tokenRequests()).toHaveLength(0);
    expect(apiRequests()[0]!.headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
  });

  test("a token about to expire is refreshed before the call (from expires_in), with the stored refresh token", async () => {
    const { logger, events } = recordingLogger();
    const p = provider({ tokens: { accessToken: ACCESS_TOKEN, refreshToken: REFRESH_TOKEN, expiresAt: clock + 30_000 } });
    await expect(listBookings(client(p, logger))).resolves.toEqual(PAGE);
    expect(endpoint.received).toHaveLength(1);
    expect(Object.fromEntries(endpoint.received[0]!)).toEqual({ grant_type: "refresh_token", refresh_token: REFRESH_TOKEN, client_id: CLIENT_ID, client_secret: CLIENT_SECRET });
    expect(apiRequests().map((r) => r.headers.authorization)).toEqual([`Bearer ${endpoint.issued[0]!.accessToken}`]);
    expect(events).toContainEqual({ type: "refresh", reason: "expiring" });
  });

  test("200 concurrent calls with an expiring token cause exactly one refresh, and onTokens sees every rotated pair in order", async () => {
    const saved: TokenSet[] = [];
    const p = provider({
      tokens: { accessToken: ACCESS_TOKEN, refreshToken: REFRESH_TOKEN, expiresAt: clock + 30_000 },
      onTokens: (set) => void saved.push(set),
    });
    const { logger, events } = recordingLogger();
    const c = client(p, logger);
    const round = () => Promise.all(Array.from({ length: 200 }, () => listBookings(c)));

    // Round 1: the stored token expires within the refresh margin.
    expect(await round()).toHaveLength(200);
    expect(endpoint.issued).toHaveLength(1);
    expect(new Set(apiRequests().map((r) => r.headers.authorization))).toEqual(new Set([`Bearer ${endpoint.issued[0]!.accessToken}`]));

    // Round 2: time passes until the refreshed token (expires_in 3600) is about to expire in turn.
    clock += 3_600_000 - 30_000;
    server.requests.length = 0;
    expect(await round()).toHaveLength(200);
    expect(endpoint.issued).toHaveLength(2);
    expect(new Set(apiRequests().map((r) => r.headers.authorization))).toEqual(new Set([`Bearer ${endpoint.issued[1]!.accessToken}`]));

    // Round 3: the API revokes the current token early; all 200 get 401 and share one refresh.
    endpoint.current = { ...endpoint.current, accessToken: newSecret("revoked") };
    server.requests.length = 0;
    expect(await round()).toHaveLength(200);
    expect(endpoint.issued).toHaveLength(3);
    expect(apiRequests().filter((r) => r.headers.authorization === `Bearer ${endpoint.issued[1]!.accessToken}`)).toHaveLength(200);
    expect(apiRequests().filter((r) => r.headers.authorization === `Bearer ${endpoint.issued[2]!.accessToken}`)).toHaveLength(200);

    // Each refresh sent the refresh token the previous one issued, and onTokens saw each pair, in order.
    expect(endpoint.received.map((form) => form.get("refresh_token"))).toEqual([REFRESH_TOKEN, endpoint.issued[0]!.refreshToken, endpoint.issued[1]!.refreshToken]);
    expect(saved.map((s) => [s.accessToken, s.refreshToken])).toEqual(endpoint.issued.map((pair) => [pair.accessToken, pair.refreshToken]));
    expect(saved.every((s) => s.tokenType === "bearer" && s.expiresIn === 3600)).toBe(true);
    expect(events.filter((e) => e.type === "refresh")).toEqual([
      { type: "refresh", reason: "expiring" },
      { type: "refresh", reason: "expiring" },
      { type: "refresh", reason: "rejected" },
    ]);
  });

  test("onTokens is awaited before the new access token is used", async () => {
    const timeline: string[] = [];
    let release!: () => void;
    const p = provider({
      tokens: { accessToken: ACCESS_TOKEN, refreshToken: REFRESH_TOKEN, expiresAt: clock },
      onTokens: () =>
        new Promise<void>((resolve) => {
          timeline.push("onTokens called");
          release = () => {
            timeline.push("onTokens resolved");
            resolve();
          };
        }),
    });
    server.route(PATH, (received) => {
      timeline.push(`API received ${received.headers.authorization === `Bearer ${endpoint.current.accessToken}` ? "the new token" : "another token"}`);
      return faults.json(PAGE);
    });
    const calls = Promise.all([listBookings(client(p)), listBookings(client(p))]);
    // Hold onTokens until the token endpoint has answered and a few more turns of I/O have passed.
    while (!timeline.includes("onTokens called")) await new Promise((r) => setTimeout(r, 5));
    for (let i = 0; i < 10; i++) await new Promise((r) => setImmediate(r));
    release();
    await calls;
    expect(timeline).toEqual(["onTokens called", "onTokens resolved", "API received the new token", "API received the new token"]);
  });

  test("when onTokens fails the call fails, the new pair is not used, and it is handed over again on the next call", async () => {
    const offered: TokenSet[] = [];
    let failing = true;
    const p = provider({
      tokens: { accessToken: ACCESS_TOKEN, refreshToken: REFRESH_TOKEN, expiresAt: clock },
      onTokens: (set) => {
        offered.push(set);
        // A storage error that quotes what it was given, as database drivers do.
        if (failing) throw new Error(`insert failed for ${set.refreshToken}`);
      },
    });
    const c = client(p);
    const err = await caught(listBookings(c));
    expect(err).toBeInstanceOf(AdultWorkError);
    expect(err.message).toMatch(/onTokens failed/);
    expect(apiRequests()).toHaveLength(0);

    failing = false;
    await expect(listBookings(c)).resolves.toEqual(PAGE);
    expect(endpoint.issued).toHaveLength(1);
    expect(offered.map((s) => s.refreshToken)).toEqual([endpoint.issued[0]!.refreshToken, endpoint.issued[0]!.refreshToken]);
    expect(apiRequests().map((r) => r.headers.authorization)).toEqual([`Bearer ${endpoint.issued[0]!.accessToken}`]);
  });

  test("refresh_token_has_expired is a RefreshTokenExpiredError, and the endpoint is not asked again", async () => {
    const p = provider({ tokens: { accessToken: ACCESS_TOKEN, refreshToken: newSecret("stale-refresh"), expiresAt: clock } });
    const c = client(p);
    const err = await caught(listBookings(c));
    expect(err).toBeInstanceOf(RefreshTokenExpiredError);
    expect(err).toBeInstanceOf(OAuthError);
    expect(err).toMatchObject({ error: "refresh_token_has_expired", status: 401, method: "POST", path: "/OAuth/token", attempts: 1, body: { error: "refresh_token_has_expired" } });
    const again = await caught(listBookings(c));
    expect(again).toBeInstanceOf(RefreshTokenExpiredError);
    expect(tokenRequests()).toHaveLength(1);
    expect(apiRequests()).toHaveLength(0);
  });

  test("another token endpoint failure is an OAuthError, with the echoed client secret redacted", async () => {
    const p = createRefreshingTokenProvider({
      clientId: CLIENT_ID,
      clientSecret: `${CLIENT_SECRET}-wrong`,
      tokenUrl: endpoint.url,
      tokens: { refreshToken: REFRESH_TOKEN },
      onTokens: () => undefined,
    });
    const err = await caught(listBookings(client(p)));
    expect(err).toBeInstanceOf(OAuthError);
    expect(err).not.toBeInstanceOf(RefreshTokenExpiredError);
    expect(err).toMatchObject({ error: "invalid_client", status: 401 });
    expect(err.description).toContain("[REDACTED]");
  });

  test("a token endpoint that fails after receiving the refresh is not asked again within the call", async () => {
    endpoint.faults.push(faults.status(503, { "Retry-After": "0" }));
    const p = provider({ tokens: { accessToken: ACCESS_TOKEN, refreshToken: REFRESH_TOKEN, expiresAt: clock } });
    const err = await caught(listBookings(client(p)));
    expect(err).toBeInstanceOf(OAuthError);
    expect(err).toMatchObject({ status: 503 });
    expect(tokenRequests()).toHaveLength(1);
  });
});

describe("401 without a refreshing provider", () => {
  test("a static token is not replayed: the 401 is final", async () => {
    endpoint.current = { ...endpoint.current, accessToken: newSecret("other") };
    const err = await caught(listBookings(client(ACCESS_TOKEN)));
    expect(err).toBeInstanceOf(AuthenticationError);
    expect(err).toMatchObject({ status: 401, attempts: 1 });
    expect(apiRequests()).toHaveLength(1);
  });

  test("an async getter is asked for the token on every attempt", async () => {
    server.route(PATH, () => faults.json(PAGE));
    server.queue(faults.status(503, { "Retry-After": "0" }));
    const handed: string[] = [];
    const getter = async () => {
      const token = newSecret("getter");
      handed.push(token);
      return token;
    };
    const c = createAdultWorkClient({ baseUrl: server.url, accessToken: getter, retryDelayMs: 1 });
    await expect(listBookings(c)).resolves.toEqual(PAGE);
    expect(apiRequests().map((r) => r.headers.authorization)).toEqual(handed.map((t) => `Bearer ${t}`));
    expect(handed).toHaveLength(2);
  });
});

describe("the token endpoint helpers", () => {
  test("exchangeCode trades a code for the member's tokens", async () => {
    const code = newSecret("code");
    endpoint.code = { value: code, redirectUri: "https://app.example/callback" };
    const set = await exchangeCode({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, code, redirectUri: "https://app.example/callback", tokenUrl: endpoint.url, now: () => clock });
    expect(set).toEqual({
      accessToken: endpoint.issued[0]!.accessToken,
      refreshToken: endpoint.issued[0]!.refreshToken,
      tokenType: "bearer",
      expiresIn: 3600,
      expiresAt: clock + 3_600_000,
      scope: undefined,
    });
    expect(Object.fromEntries(endpoint.received[0]!)).toEqual({
      grant_type: "authorization_code",
      code,
      redirect_uri: "https://app.example/callback",
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
    });
  });

  test("a code the endpoint refuses is an OAuthError that does not repeat the code", async () => {
    const code = newSecret("bad-code");
    const err = await caught(exchangeCode({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, code, redirectUri: "https://app.example/callback", tokenUrl: endpoint.url }));
    expect(err).toBeInstanceOf(OAuthError);
    expect(err).toMatchObject({ error: "invalid_grant", status: 400 });
  });

  test("refreshTokens returns the rotated pair", async () => {
    const set = await refreshTokens({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, refreshToken: REFRESH_TOKEN, tokenUrl: endpoint.url });
    expect(set.refreshToken).toBe(endpoint.issued[0]!.refreshToken);
    expect(set.refreshToken).not.toBe(REFRESH_TOKEN);
    const err = await caught(refreshTokens({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, refreshToken: REFRESH_TOKEN, tokenUrl: endpoint.url }));
    expect(err).toBeInstanceOf(RefreshTokenExpiredError);
  });

  test("a token URL that would send the client secret in clear text is refused", async () => {
    const err = await caught(refreshTokens({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, refreshToken: REFRESH_TOKEN, tokenUrl: "http://login.example.test/OAuth/token" }));
    expect(err.name).toBe("AdultWorkUsageError");
    expect(server.requests).toHaveLength(0);
  });
});
