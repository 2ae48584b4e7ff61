// Time: Retry-After is honoured (seconds or a date) unless it runs past the call's deadline, the
// overall timeout ends a call whatever retries are left, and the caller's AbortSignal ends it at once.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import {
  AdultWorkTimeoutError,
  AdultWorkUsageError,
  RateLimitError,
  createAdultWorkClient,
  unwrap,
  type AdultWorkClientOptions,
} from "adultwork-api-client";
import { faults, startFaultServer, type FaultServer } from "../support/fault-server.js";
import { ACCESS_TOKEN, caught, caughtSync, recordingLogger, scanForSecrets } from "../support/secrets.js";

scanForSecrets();

const PATH = "/v1/Webcam/MadeBookingDetails";
const BOOKING = { WebcamBookingID: 1 };

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

function client(extra: AdultWorkClientOptions = {}) {
  return createAdultWorkClient({ baseUrl: server.url, accessToken: ACCESS_TOKEN, retryDelayMs: 1, maxRetryDelayMs: 5, ...extra });
}
const getBooking = (c: ReturnType<typeof client>, init: { signal?: AbortSignal } = {}) =>
  unwrap(c.GET(PATH, { params: { query: { BookingID: 1 } }, ...init }));

describe("Retry-After", () => {
  test("in seconds: the retry waits that long", async () => {
    server.queue(faults.status(503, { "Retry-After": "1" }), faults.json(BOOKING));
    const { logger, events } = recordingLogger();
    await expect(getBooking(client({ logger }))).resolves.toEqual(BOOKING);
    expect(events.find((e) => e.type === "retry")).toMatchObject({ delayMs: 1000, reason: "HTTP 503" });
    const [first, second] = server.requests;
    // A lower bound only: a loaded machine can make the wait longer, never shorter.
    expect(second!.receivedAt - first!.receivedAt).toBeGreaterThanOrEqual(950);
  });

  test("as an HTTP date: the retry is not sent before that time", async () => {
    const at = Math.ceil(Date.now() / 1000) * 1000 + 2000;
    server.queue(faults.status(429, { "Retry-After": new Date(at).toUTCString() }), faults.json(BOOKING));
    await expect(getBooking(client())).resolves.toEqual(BOOKING);
    expect(server.requests[1]!.receivedAt).toBeGreaterThanOrEqual(at - 50);
  });

  test("past the call's deadline: not waited for; the 429 is returned at once as RateLimitError", async () => {
    server.queue(faults.status(429, { "Retry-After": "120" }), faults.json(BOOKING));
    const { logger, events } = recordingLogger();
    const err = await caught(getBooking(client({ timeoutMs: 10_000, logger })));
    // Had it waited, the call's 10 s deadline would have turned this into a timeout.
    expect(err).toBeInstanceOf(RateLimitError);
    expect(err).toMatchObject({ status: 429, attempts: 1 });
    expect(events.filter((e) => e.type === "retry")).toEqual([]);
    expect(server.count()).toBe(1);
  });
});

describe("timeouts", () => {
  test("the overall timeout ends the call even with retries left", async () => {
    for (let i = 0; i < 30; i++) server.queue(faults.noHeaders());
    const err = await caught(getBooking(client({ maxRetries: 20, attemptTimeoutMs: 200, timeoutMs: 2_000 })));
    expect(err).toBeInstanceOf(AdultWorkTimeoutError);
    expect(err).toMatchObject({ timeoutMs: 2_000, mayHaveBeenProcessed: true });
    expect(err.attempts).toBeGreaterThanOrEqual(2);
    expect(err.attempts).toBeLessThan(21);
    expect(server.count()).toBe(err.attempts);
  });

  test("a per-attempt timeout is retried, and the last attempt gets the rest of the call's time", async () => {
    server.queue(faults.stalledBody(), faults.json(BOOKING));
    const { logger, events } = recordingLogger();
    await expect(getBooking(client({ maxRetries: 1, attemptTimeoutMs: 300, timeoutMs: 20_000, logger }))).resolves.toEqual(BOOKING);
    expect(events.find((e) => e.type === "retry")).toMatchObject({ reason: "no response within 300 ms" });
    expect(server.count()).toBe(2);
  });

  test("options that make no sense are refused", () => {
    for (const bad of [{ maxRetries: -1 }, { timeoutMs: 0 }, { attemptTimeoutMs: Number.NaN }, { retryDelayMs: 1.5 }]) {
      expect(caughtSync(() => client(bad)), JSON.stringify(bad)).toBeInstanceOf(AdultWorkUsageError);
    }
  });
});

describe("the caller's AbortSignal", () => {
  test("aborting mid-request rejects with the caller's reason, without a retry", async () => {
    server.queue(faults.noHeaders(), faults.json(BOOKING));
    const controller = new AbortController();
    const reason = new Error("the user navigated away");
    const call = getBooking(client({ timeoutMs: 20_000 }), { signal: controller.signal });
    while (server.count() === 0) await new Promise((r) => setTimeout(r, 5));
    controller.abort(reason);
    expect(await caught(call)).toBe(reason);
    expect(server.count()).toBe(1);
  });

  test("aborting during the wait before a retry ends the call without sending again", async () => {
    server.queue(faults.status(503, { "Retry-After": "30" }), faults.json(BOOKING));
    const controller = new AbortController();
    const call = getBooking(client({ timeoutMs: 60_000, logger: (e) => e.type === "retry" && controller.abort() }), { signal: controller.signal });
    const err = await caught(call);
    expect(err).toBe(controller.signal.reason);
    expect(server.count()).toBe(1);
  });

  test("an already aborted signal sends nothing", async () => {
    const err = await caught(getBooking(client(), { signal: AbortSignal.abort() }));
    expect(err).toBeInstanceOf(DOMException);
    expect(err.name).toBe("AbortError");
    expect(server.count()).toBe(0);
  });
});
