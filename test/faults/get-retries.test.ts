// A GET survives as many faults as it has retries, and fails with the error type of the fault when
// there are more; faults that a retry cannot fix are reported at once. All against a real server.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import {
  AdultWorkConnectionError,
  AdultWorkRedirectError,
  AdultWorkTimeoutError,
  InternalServerError,
  InvalidResponseError,
  RateLimitError,
  createAdultWorkClient,
  unwrap,
  type AdultWorkClientOptions,
} from "adultwork-api-client";
import { faults, startFaultServer, type Fault, type FaultServer } from "../support/fault-server.js";
import { ACCESS_TOKEN, caught, recordingLogger, scanForSecrets } from "../support/secrets.js";

scanForSecrets();

const PATH = "/v1/Webcam/MadeBookingDetails";
const BOOKING = { WebcamBookingID: 1, Status: "Confirmed" };
// Small backoff so the suite is quick; no fake timers around real sockets.
const FAST: AdultWorkClientOptions = { retryDelayMs: 1, maxRetryDelayMs: 5, maxRetries: 2 };
// Hanging faults: each retryable attempt gets 500 ms, the call 5 s in all.
const HANGING: AdultWorkClientOptions = { ...FAST, attemptTimeoutMs: 500, timeoutMs: 5_000 };

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

function client(extra: AdultWorkClientOptions = {}) {
  return createAdultWorkClient({ baseUrl: server.url, accessToken: ACCESS_TOKEN, ...FAST, ...extra });
}
const getBooking = (c: ReturnType<typeof client>) => unwrap(c.GET(PATH, { params: { query: { BookingID: 1 } } }));

interface RetryableCase {
  fault: () => Fault;
  error: new (...args: never[]) => Error;
  options?: AdultWorkClientOptions;
  mayHaveBeenProcessed: boolean;
}

const retryable: RetryableCase[] = [
  { fault: () => faults.status(500), error: InternalServerError, mayHaveBeenProcessed: true },
  { fault: () => faults.badGateway(), error: InternalServerError, mayHaveBeenProcessed: true },
  { fault: () => faults.status(503, { "Retry-After": "0" }), error: InternalServerError, mayHaveBeenProcessed: true },
  { fault: () => faults.status(504), error: InternalServerError, mayHaveBeenProcessed: true },
  { fault: () => faults.status(429, { "Retry-After": "0" }), error: RateLimitError, mayHaveBeenProcessed: false },
  { fault: () => faults.status(429, { "Retry-After": new Date(Date.now() - 5_000).toUTCString() }), error: RateLimitError, mayHaveBeenProcessed: false },
  { fault: () => faults.resetBeforeResponse(), error: AdultWorkConnectionError, mayHaveBeenProcessed: true },
  { fault: () => faults.resetAfterBody(), error: AdultWorkConnectionError, mayHaveBeenProcessed: true },
  { fault: () => faults.truncatedBody(), error: AdultWorkConnectionError, mayHaveBeenProcessed: true },
  { fault: () => faults.noHeaders(), error: AdultWorkTimeoutError, options: HANGING, mayHaveBeenProcessed: true },
  { fault: () => faults.stalledBody(), error: AdultWorkTimeoutError, options: HANGING, mayHaveBeenProcessed: true },
];

describe("GET against a failing server", () => {
  describe.each(retryable.map((c) => [c.fault().name, c] as const))("%s", (_name, c) => {
    test("succeeds when the faults are no more than the retries (2 faults, then the answer)", async () => {
      server.queue(c.fault(), c.fault(), faults.json(BOOKING));
      const { logger, events } = recordingLogger();
      await expect(getBooking(client({ ...c.options, logger }))).resolves.toEqual(BOOKING);
      expect(server.count("GET", PATH)).toBe(3);
      expect(events.filter((e) => e.type === "retry")).toHaveLength(2);
    });

    test("fails with its error type, after 1 + maxRetries attempts, when the faults outlast the retries", async () => {
      server.queue(c.fault(), c.fault(), c.fault(), faults.json(BOOKING));
      const err = await caught(getBooking(client(c.options)));
      expect(err).toBeInstanceOf(c.error);
      expect(err).toMatchObject({ operationId: "madeWebcamBookingDetails", method: "GET", path: PATH, attempts: 3, mayHaveBeenProcessed: c.mayHaveBeenProcessed });
      expect(server.count("GET", PATH)).toBe(3);
    });
  });

  test("with maxRetries 0, one fault is final", async () => {
    server.queue(faults.status(503, { "Retry-After": "0" }), faults.json(BOOKING));
    const err = await caught(getBooking(client({ maxRetries: 0 })));
    expect(err).toBeInstanceOf(InternalServerError);
    expect(err).toMatchObject({ status: 503, attempts: 1 });
    expect(server.count()).toBe(1);
  });

  test("a status that says the request is wrong (400, 403, 404) is not retried", async () => {
    for (const status of [400, 403, 404]) {
      server.reset();
      server.queue(faults.status(status), faults.json(BOOKING));
      const err = await caught(getBooking(client()));
      expect(err).toMatchObject({ status, attempts: 1 });
      expect(server.count()).toBe(1);
    }
  });

  describe.each([
    [faults.invalidJson().name, faults.invalidJson, "application/json"],
    [faults.htmlPage().name, faults.htmlPage, "text/html; charset=utf-8"],
    [faults.wrongContentType().name, faults.wrongContentType, "text/plain"],
  ] as const)("%s", (_name, fault, contentType) => {
    test("is reported at once as InvalidResponseError (a retry would get the same answer)", async () => {
      server.queue(fault(), faults.json(BOOKING));
      const err = await caught(getBooking(client()));
      expect(err).toBeInstanceOf(InvalidResponseError);
      expect(err).toMatchObject({ status: 200, contentType, attempts: 1, operationId: "madeWebcamBookingDetails", path: PATH });
      expect(server.count()).toBe(1);
    });
  });

  test("a redirect to another origin is refused, and that origin receives nothing", async () => {
    const other = await startFaultServer();
    try {
      server.queue(faults.redirect(`${other.url}${PATH}?BookingID=1`));
      const err = await caught(getBooking(client()));
      expect(err).toBeInstanceOf(AdultWorkRedirectError);
      expect(err).toMatchObject({ status: 302, location: `${other.url}${PATH}`, attempts: 1 });
      expect(server.count()).toBe(1);
      expect(other.count()).toBe(0);
    } finally {
      await other.close();
    }
  });
});
