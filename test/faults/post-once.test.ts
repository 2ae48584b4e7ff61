// A POST (CreateBooking: it books and spends credits) reaches the server exactly once whatever the
// fault, unless the request provably never left this machine; the server's own count proves it.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import {
  AdultWorkConnectionError,
  AdultWorkRedirectError,
  AdultWorkTimeoutError,
  InternalServerError,
  InvalidResponseError,
  RateLimitError,
  createAdultWorkClient,
  createRefreshingTokenProvider,
  unwrap,
  type AdultWorkClientOptions,
  type AdultWorkLogEvent,
} from "adultwork-api-client";
import { closedPort, faults, startFaultServer, type Fault, type FaultServer } from "../support/fault-server.js";
import { ACCESS_TOKEN, CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN, caught, recordingLogger, scanForSecrets } from "../support/secrets.js";
import { acceptingCurrentToken, installTokenEndpoint } from "../support/token-endpoint.js";
import { sampleRequest } from "../support/contract.js";

scanForSecrets();

const PATH = "/v1/Webcam/CreateBooking";
const BOOKING_REQUEST = sampleRequest("createWebcamBooking").body as Record<string, unknown>;
const CREATED = [{ WebcamBookingID: 77, UserID: 1 }];
const FAST: AdultWorkClientOptions = { retryDelayMs: 1, maxRetryDelayMs: 5, maxRetries: 2 };

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

type Client = ReturnType<typeof createAdultWorkClient>;
function client(extra: AdultWorkClientOptions = {}): Client {
  return createAdultWorkClient({ baseUrl: server.url, accessToken: ACCESS_TOKEN, ...FAST, ...extra });
}
const createBooking = (c: Client) => unwrap(c.POST(PATH, { body: BOOKING_REQUEST as never }));

interface Case {
  fault: () => Fault;
  error: new (...args: never[]) => Error;
  mayHaveBeenProcessed: boolean;
  options?: AdultWorkClientOptions;
}
// Every fault the suite can script, each followed by answers that would succeed if it were sent again.
const cases: Case[] = [
  { fault: () => faults.status(500), error: InternalServerError, mayHaveBeenProcessed: true },
  { fault: () => faults.badGateway(), error: InternalServerError, mayHaveBeenProcessed: true },
  { fault: () => faults.status(503, { "Retry-After": "0" }), error: InternalServerError, mayHaveBeenProcessed: true },
  { fault: () => faults.status(429, { "Retry-After": "0" }), error: RateLimitError, mayHaveBeenProcessed: false },
  { fault: () => faults.status(429, { "Retry-After": new Date(Date.now() - 5_000).toUTCString() }), error: RateLimitError, mayHaveBeenProcessed: false },
  { fault: () => faults.resetBeforeResponse(), error: AdultWorkConnectionError, mayHaveBeenProcessed: true },
  { fault: () => faults.resetAfterBody(), error: AdultWorkConnectionError, mayHaveBeenProcessed: true },
  // A POST may use the whole call's time, so the call's timeout is what ends these.
  { fault: () => faults.noHeaders(), error: AdultWorkTimeoutError, mayHaveBeenProcessed: true, options: { timeoutMs: 1_500, attemptTimeoutMs: 200 } },
  { fault: () => faults.stalledBody(), error: AdultWorkTimeoutError, mayHaveBeenProcessed: true, options: { timeoutMs: 1_500, attemptTimeoutMs: 200 } },
  { fault: () => faults.truncatedBody(), error: AdultWorkConnectionError, mayHaveBeenProcessed: true },
  { fault: () => faults.invalidJson(), error: InvalidResponseError, mayHaveBeenProcessed: true },
  { fault: () => faults.htmlPage(), error: InvalidResponseError, mayHaveBeenProcessed: true },
  { fault: () => faults.wrongContentType(), error: InvalidResponseError, mayHaveBeenProcessed: true },
];

describe("POST CreateBooking against a failing server", () => {
  test.each(cases.map((c) => [c.fault().name, c] as const))("%s: sent once, and the error says whether it may have been processed", async (_name, c) => {
    server.queue(c.fault(), faults.json(CREATED), faults.json(CREATED));
    const err = await caught(createBooking(client(c.options)));
    expect(err).toBeInstanceOf(c.error);
    expect(err).toMatchObject({ operationId: "createWebcamBooking", method: "POST", path: PATH, attempts: 1, mayHaveBeenProcessed: c.mayHaveBeenProcessed });
    expect(server.count("POST", PATH)).toBe(1);
  });

  test("the body was complete when the connection was reset after reading it", async () => {
    server.queue(faults.resetAfterBody(), faults.json(CREATED));
    const err = await caught(createBooking(client()));
    expect(err).toMatchObject({ mayHaveBeenProcessed: true });
    expect(server.count("POST", PATH)).toBe(1);
    expect(JSON.parse(server.requests[0]!.body)).toEqual(BOOKING_REQUEST);
  });

  test("a redirect to another origin: sent once, not followed, nothing reaches the other origin", async () => {
    const other = await startFaultServer();
    try {
      server.queue(faults.redirect(`${other.url}${PATH}`, 307));
      const err = await caught(createBooking(client()));
      expect(err).toBeInstanceOf(AdultWorkRedirectError);
      expect(err).toMatchObject({ status: 307, attempts: 1, mayHaveBeenProcessed: true });
      expect(server.count("POST", PATH)).toBe(1);
      expect(other.count()).toBe(0);
    } finally {
      await other.close();
    }
  });

  test("401, then success after a refresh: one refused request, then one accepted (a 401 was not processed)", async () => {
    const tokens = installTokenEndpoint(server, { accessToken: ACCESS_TOKEN, refreshToken: REFRESH_TOKEN });
    // The API already considers the stored token revoked: only a refreshed one is accepted.
    tokens.current = { ...tokens.current, accessToken: "revoked-before-the-call" };
    server.route(PATH, acceptingCurrentToken(tokens, CREATED));
    const saved: unknown[] = [];
    const provider = createRefreshingTokenProvider({
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      tokenUrl: tokens.url,
      tokens: { accessToken: ACCESS_TOKEN, refreshToken: REFRESH_TOKEN },
      onTokens: (set) => void saved.push(set),
    });
    await expect(createBooking(client({ accessToken: provider }))).resolves.toEqual(CREATED);
    const posts = server.requests.filter((r) => r.method === "POST" && r.path === PATH);
    expect(posts.map((r) => r.headers.authorization)).toEqual([`Bearer ${ACCESS_TOKEN}`, `Bearer ${tokens.issued[0]!.accessToken}`]);
    expect(posts.filter((r) => r.headers.authorization === `Bearer ${tokens.current.accessToken}`)).toHaveLength(1);
    expect(saved).toHaveLength(1);
  });

  test("a 401 that persists after the refresh is final: no second replay", async () => {
    const tokens = installTokenEndpoint(server, { accessToken: ACCESS_TOKEN, refreshToken: REFRESH_TOKEN });
    server.route(PATH, () => faults.status(401));
    const provider = createRefreshingTokenProvider({
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      tokenUrl: tokens.url,
      tokens: { accessToken: ACCESS_TOKEN, refreshToken: REFRESH_TOKEN },
      onTokens: () => undefined,
    });
    const err = await caught(createBooking(client({ accessToken: provider })));
    expect(err).toMatchObject({ name: "AuthenticationError", status: 401, attempts: 2, mayHaveBeenProcessed: false });
    expect(server.count("POST", PATH)).toBe(2);
    expect(tokens.issued).toHaveLength(1);
  });
});

describe("POST that provably never reached the server", () => {
  test("connection refused is retried, and the POST arrives exactly once when the server is up", async () => {
    const port = await closedPort();
    let late: FaultServer | undefined;
    const events: AdultWorkLogEvent[] = [];
    try {
      const c = client({
        baseUrl: `http://127.0.0.1:${port}`,
        maxRetries: 5,
        retryDelayMs: 50,
        maxRetryDelayMs: 100,
        logger: (event) => {
          events.push(event);
          // The server comes up while the client waits to retry; listen() binds before it returns.
          if (event.type === "retry" && !late) {
            late = {} as FaultServer;
            void startFaultServer(port).then((s) => {
              late = s;
              s.queue(faults.json(CREATED));
            });
          }
        },
      });
      await expect(createBooking(c)).resolves.toEqual(CREATED);
      expect(late!.count("POST", PATH)).toBe(1);
      expect(JSON.parse(late!.requests[0]!.body)).toEqual(BOOKING_REQUEST);
      const retries = events.filter((e) => e.type === "retry");
      expect(retries.length).toBeGreaterThanOrEqual(1);
      expect(retries[0]).toMatchObject({ reason: "ECONNREFUSED", operationId: "createWebcamBooking" });
    } finally {
      await late?.close?.();
    }
  });

  test("connection refused throughout: retried, then AdultWorkConnectionError with mayHaveBeenProcessed false", async () => {
    const port = await closedPort();
    const err = await caught(createBooking(client({ baseUrl: `http://127.0.0.1:${port}` })));
    expect(err).toBeInstanceOf(AdultWorkConnectionError);
    expect(err).not.toBeInstanceOf(AdultWorkTimeoutError);
    expect(err).toMatchObject({ attempts: 3, mayHaveBeenProcessed: false, operationId: "createWebcamBooking" });
    expect(err.message).toMatch(/never reached the server/);
  });

  test("a DNS failure is retried, then AdultWorkConnectionError with mayHaveBeenProcessed false", async () => {
    const { logger, events } = recordingLogger();
    // .invalid never resolves (RFC 6761).
    const err = await caught(createBooking(client({ baseUrl: "https://adultwork-fault-suite.invalid", logger })));
    expect(err).toBeInstanceOf(AdultWorkConnectionError);
    expect(err).toMatchObject({ attempts: 3, mayHaveBeenProcessed: false });
    const reasons = events.flatMap((e) => (e.type === "retry" ? [e.reason] : []));
    expect(reasons).toHaveLength(2);
    for (const reason of reasons) expect(reason).toMatch(/^(ENOTFOUND|EAI_AGAIN)$/);
  });
});
