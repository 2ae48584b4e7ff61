// Time that cannot overflow: a duration beyond what a platform timer holds (2^31-1 ms, about 24.8
// days) is refused, a Retry-After beyond the call's deadline is not waited for, and no expires_in,
// however odd, makes a token refresh on every call or never again.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import {
  AdultWorkUsageError,
  RateLimitError,
  createAdultWorkClient,
  createRefreshingTokenProvider,
  unwrap,
  type AdultWorkClientOptions,
} from "adultwork-api-client";
import { postgresTokenStore } from "adultwork-api-client/postgres";
import { redisCacheStore, redisTokenStore } from "adultwork-api-client/redis";
import { faults, startFaultServer, type FaultServer } from "../support/fault-server.js";
import { ACCESS_TOKEN, CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN, caught, caughtSync, recordingLogger, scanForSecrets } from "../support/secrets.js";
import { acceptingCurrentToken, installTokenEndpoint, type TokenEndpoint } from "../support/token-endpoint.js";

scanForSecrets();

const PATH = "/v1/Webcam/MadeBookingDetails";
const MAX_TIMER_MS = 2 ** 31 - 1;

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const client = (extra: AdultWorkClientOptions = {}) => createAdultWorkClient({ baseUrl: server.url, accessToken: ACCESS_TOKEN, retryDelayMs: 1, ...extra });
const getBooking = (c = client()) => unwrap(c.GET(PATH, { params: { query: { BookingID: 1 } } }));

describe("durations beyond a platform timer", () => {
  test.each(["timeoutMs", "attemptTimeoutMs", "retryDelayMs", "maxRetryDelayMs"] as const)("%s above 2^31-1 ms is refused, naming the range", (name) => {
    for (const bad of [MAX_TIMER_MS + 1, 2 ** 40, Number.MAX_SAFE_INTEGER, Number.POSITIVE_INFINITY]) {
      const err = caughtSync(() => client({ [name]: bad }));
      expect(err, `${name}: ${bad}`).toBeInstanceOf(AdultWorkUsageError);
      expect(err.message).toContain(`${name} must be an integer from`);
      expect(err.message).toContain(String(MAX_TIMER_MS));
    }
    expect(() => client({ [name]: MAX_TIMER_MS })).not.toThrow();
  });

  test("the token and cache stores' durations have the same bound (one check, one timer module)", () => {
    const redis = { sendCommand: async () => null };
    const pool = { query: async () => ({ rows: [] }), connect: async () => ({}) };
    const makers: [string, (ms: number) => unknown][] = [
      ["commandTimeoutMs", (ms) => redisTokenStore({ client: redis, commandTimeoutMs: ms } as never)],
      ["lockTtlMs", (ms) => redisTokenStore({ client: redis, lockTtlMs: ms } as never)],
      ["lockWaitMs", (ms) => redisTokenStore({ client: redis, lockWaitMs: ms } as never)],
      ["commandTimeoutMs", (ms) => redisCacheStore({ client: redis, commandTimeoutMs: ms } as never)],
      ["lockTimeoutMs", (ms) => postgresTokenStore({ pool, lockTimeoutMs: ms } as never)],
      ["idleTimeoutMs", (ms) => postgresTokenStore({ pool, idleTimeoutMs: ms } as never)],
    ];
    for (const [name, make] of makers) {
      const err = caughtSync(() => make(MAX_TIMER_MS + 1));
      expect(err, name).toBeInstanceOf(AdultWorkUsageError);
      expect(err.message).toContain(`${name} must be an integer from 1 to ${MAX_TIMER_MS}`);
      expect(() => make(MAX_TIMER_MS), name).not.toThrow();
    }
  });

  test("a POST with the longest timeout allowed waits for a slow answer instead of timing out at once", async () => {
    server.queue({
      name: "an answer after 400 ms",
      answer: (_req, res) => setTimeout(() => faults.json({ ok: true }).answer(_req, res, server.requests[0]!), 400),
    });
    const c = client({ timeoutMs: MAX_TIMER_MS, attemptTimeoutMs: MAX_TIMER_MS });
    await expect(unwrap(c.POST("/v1/Webcam/CreateBooking", { body: { BookUserIDs: "1" } as never }))).resolves.toEqual({ ok: true });
    expect(server.count()).toBe(1);
  });

  test.each([
    ["in seconds, past the timer's range", String(Math.ceil(MAX_TIMER_MS / 1000) + 1)],
    ["in seconds, beyond any number", "9".repeat(400)],
    ["as a date in the year 9999", "Fri, 31 Dec 9999 23:59:59 GMT"],
  ])("a Retry-After %s is not waited for: the 429 is returned at once", async (_what, value) => {
    server.queue(faults.status(429, { "Retry-After": value }), faults.json({ ok: true }));
    const { logger, events } = recordingLogger();
    const started = Date.now();
    const err = await caught(getBooking(client({ logger, timeoutMs: MAX_TIMER_MS })));
    expect(err).toBeInstanceOf(RateLimitError);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(events.filter((e) => e.type === "retry")).toEqual([]);
    expect(server.count()).toBe(1);
  });
});

describe("expires_in that would cause a refresh storm, or no refresh at all", () => {
  const LIST = "/v1/Webcam/MadeBookings";
  const PAGE = { PageNumber: 1, PageCount: 1, Bookings: [] };
  let endpoint: TokenEndpoint;
  let clock: number;
  beforeEach(() => {
    clock = Date.parse("2026-01-01T12:00:00Z");
    endpoint = installTokenEndpoint(server, { accessToken: ACCESS_TOKEN, refreshToken: REFRESH_TOKEN });
    server.route(LIST, acceptingCurrentToken(endpoint, PAGE));
  });

  /** A client whose stored token has expired, so its first call refreshes and gets `expires_in`. */
  function expiredClient() {
    const tokens = createRefreshingTokenProvider({
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      tokenUrl: endpoint.url,
      tokens: { accessToken: ACCESS_TOKEN, refreshToken: REFRESH_TOKEN, expiresAt: clock - 1 },
      onTokens: () => undefined,
      now: () => clock,
    });
    return createAdultWorkClient({ baseUrl: server.url, accessToken: tokens, retryDelayMs: 1 });
  }
  const list = (c: ReturnType<typeof expiredClient>) => unwrap(c.GET(LIST, { params: { query: { PageNumber: 1 } } }));
  async function calls(c: ReturnType<typeof expiredClient>, n: number) {
    for (let i = 0; i < n; i++) await list(c);
  }
  /** The token endpoint answers the next refresh with this raw `expires_in` text, then as usual. */
  function nextExpiresIn(raw: string) {
    endpoint.faults.push({
      name: `expires_in ${raw}`,
      answer: (req, res, received) => {
        const pair = { accessToken: `${ACCESS_TOKEN}-r1`, refreshToken: `${REFRESH_TOKEN}-r1` };
        endpoint.current = pair;
        endpoint.issued.push(pair);
        endpoint.received.push(new URLSearchParams(received.body));
        const text = `{"access_token":"${pair.accessToken}","token_type":"bearer","refresh_token":"${pair.refreshToken}","expires_in":${raw}}`;
        faults.raw(200, { "Content-Type": "application/json" }, text).answer(req, res, received);
      },
    });
  }

  test.each(["0", "-3600", '"0"', "0.001"])("expires_in %s: one refresh for many calls, and another once the shortest lifetime has passed", async (raw) => {
    nextExpiresIn(raw);
    const c = expiredClient();
    await calls(c, 25);
    expect(endpoint.issued).toHaveLength(1);
    // Not "never": the token is refreshed again within the 30 s the client gives it at least.
    clock += 30_000;
    await calls(c, 5);
    expect(endpoint.issued).toHaveLength(2);
  });

  test.each(["1e12", "1e400", "9007199254740993"])("expires_in %s (absurdly long): refreshed again within a day, not never", async (raw) => {
    nextExpiresIn(raw);
    const c = expiredClient();
    await calls(c, 10);
    expect(endpoint.issued).toHaveLength(1);
    clock += 23 * 3_600_000;
    await calls(c, 3);
    expect(endpoint.issued).toHaveLength(1);
    clock += 3_600_000;
    await calls(c, 3);
    expect(endpoint.issued).toHaveLength(2);
  });

  test.each(['"soon"', "null", "true"])("expires_in %s (unreadable) is no stated expiry: no refresh ahead, one on the API's 401", async (raw) => {
    nextExpiresIn(raw);
    const c = expiredClient();
    await calls(c, 10);
    expect(endpoint.issued).toHaveLength(1);
    clock += 365 * 86_400_000;
    await calls(c, 3);
    expect(endpoint.issued).toHaveLength(1);
    // The API refuses the token: exactly one refresh, and the call goes through.
    endpoint.current = { ...endpoint.current, accessToken: `${ACCESS_TOKEN}-revoked` };
    await calls(c, 3);
    expect(endpoint.issued).toHaveLength(2);
  });

  test.each([Number.NaN, Number.POSITIVE_INFINITY, "1700000000000"])("a stored expiresAt that is not a time (%s) is refused", (expiresAt) => {
    const err = caughtSync(() =>
      createRefreshingTokenProvider({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, tokens: { refreshToken: REFRESH_TOKEN, expiresAt: expiresAt as number }, onTokens: () => undefined }),
    );
    expect(err).toBeInstanceOf(AdultWorkUsageError);
  });
});
