// Size: an answer is read only up to maxResponseBytes decoded bytes. The count runs while the body
// streams (after decompression, so a small compressed bomb is caught too), the read stops at once,
// and the call ends in ResponseTooLargeError without a retry.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { ResponseTooLargeError, AdultWorkUsageError, createAdultWorkClient, refreshTokens, unwrap, type AdultWorkClientOptions } from "adultwork-api-client";
import { compressionBomb, faults, startFaultServer, type FaultServer } from "../support/fault-server.js";
import { ACCESS_TOKEN, CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN, caught, caughtSync, recordingLogger, scanForSecrets } from "../support/secrets.js";

scanForSecrets();

const PATH = "/v1/Webcam/MadeBookingDetails";
const MiB = 1024 * 1024;

let server: FaultServer;
let gzipBomb: Buffer;
let brBomb: Buffer;
beforeAll(async () => {
  server = await startFaultServer();
  // Half a megabyte that expands to 520 MB, as in the report; and a brotli one of under a kilobyte.
  [gzipBomb, brBomb] = await Promise.all([compressionBomb("gzip", 520 * MiB), compressionBomb("br", 256 * MiB)]);
}, 60_000);
afterAll(() => server.close());
beforeEach(() => server.reset());

const client = (extra: AdultWorkClientOptions = {}) => createAdultWorkClient({ baseUrl: server.url, accessToken: ACCESS_TOKEN, retryDelayMs: 1, ...extra });
const getBooking = (c = client()) => unwrap(c.GET(PATH, { params: { query: { BookingID: 1 } } }));
const createBooking = (c = client()) => unwrap(c.POST("/v1/Webcam/CreateBooking", { body: { BookUserIDs: "1" } as never }));

/** Runs `call` while sampling the resident set size, and returns the peak growth over the start. */
async function peakGrowth(call: () => Promise<unknown>): Promise<{ growth: number; error: unknown }> {
  globalThis.gc?.();
  const start = process.memoryUsage().rss;
  let peak = start;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 2);
  let error: unknown;
  try {
    await call();
  } catch (err) {
    error = err;
  } finally {
    clearInterval(sampler);
  }
  peak = Math.max(peak, process.memoryUsage().rss);
  return { growth: peak - start, error };
}

describe("compressed bombs", () => {
  test("a gzip answer of half a megabyte that expands to 520 MB stops at the default limit, with memory to match", async () => {
    expect(gzipBomb.length).toBeLessThan(MiB);
    server.queue(faults.compressed("gzip", gzipBomb));
    const { growth, error } = await peakGrowth(() => caught(getBooking()).then((err) => Promise.reject(err)));
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error).toMatchObject({ status: 200, maxResponseBytes: 32 * MiB, attempts: 1, operationId: "madeWebcamBookingDetails" });
    // Unbounded, this took the process past 1 GB; the limit holds it near 32 MiB of chunks.
    expect(growth).toBeLessThan(160 * MiB);
    expect(server.count()).toBe(1);
  });

  test("a brotli bomb under a small limit stops there", async () => {
    server.queue(faults.compressed("br", brBomb));
    const err = await caught(getBooking(client({ maxResponseBytes: MiB })));
    expect(err).toBeInstanceOf(ResponseTooLargeError);
    expect(err.maxResponseBytes).toBe(MiB);
    expect(err.message).toMatch(/larger than maxResponseBytes \(1048576 bytes\)/);
  });
});

describe("bodies read while they stream", () => {
  test("a body that never ends is cut off just past the limit, and the connection is closed", async () => {
    let sent = -1;
    const closed = new Promise<void>((resolve) =>
      server.queue(
        faults.endlessBody((bytes) => {
          sent = bytes;
          resolve();
        }),
      ),
    );
    const err = await caught(getBooking(client({ maxResponseBytes: 2 * MiB })));
    expect(err).toBeInstanceOf(ResponseTooLargeError);
    await closed;
    // What the socket buffers held when the client hung up, and no more: not the 2 GiB on offer.
    expect(sent).toBeGreaterThan(2 * MiB);
    expect(sent).toBeLessThan(32 * MiB);
  });

  test("a body of exactly maxResponseBytes is read; one byte more is refused", async () => {
    const limit = 64 * 1024;
    const exact = JSON.stringify("a".repeat(limit - 2));
    server.queue(faults.raw(200, { "Content-Type": "application/json" }, exact), faults.raw(200, { "Content-Type": "application/json" }, JSON.stringify("a".repeat(limit - 1))));
    const c = client({ maxResponseBytes: limit });
    await expect(getBooking(c)).resolves.toBe("a".repeat(limit - 2));
    expect(await caught(getBooking(c))).toBeInstanceOf(ResponseTooLargeError);
  });

  test("a declared Content-Length over the limit is refused before the body is read", async () => {
    server.queue(faults.raw(200, { "Content-Type": "application/json", "Content-Length": String(4 * MiB) }, Buffer.alloc(4 * MiB, 0x20)));
    const err = await caught(getBooking(client({ maxResponseBytes: MiB })));
    expect(err).toBeInstanceOf(ResponseTooLargeError);
  });

  test("answers within the limit are untouched", async () => {
    server.queue(faults.json({ WebcamBookingID: 7, Note: "x".repeat(100_000) }));
    await expect(getBooking()).resolves.toMatchObject({ WebcamBookingID: 7 });
  });
});

describe("never retried", () => {
  test("a POST whose answer is too large is sent once, and may have been processed", async () => {
    server.queue(faults.compressed("gzip", gzipBomb));
    const { logger, events } = recordingLogger();
    const err = await caught(createBooking(client({ maxResponseBytes: MiB, logger })));
    expect(err).toBeInstanceOf(ResponseTooLargeError);
    expect(err).toMatchObject({ status: 200, mayHaveBeenProcessed: true, attempts: 1 });
    expect(server.count("POST")).toBe(1);
    expect(events.filter((e) => e.type === "retry")).toEqual([]);
    expect(events.at(-1)).toMatchObject({ type: "error", error: err });
  });

  test("a GET is not retried either: the same request would get the same answer", async () => {
    server.fallback = () => faults.compressed("br", brBomb);
    const err = await caught(getBooking(client({ maxResponseBytes: MiB, maxRetries: 3 })));
    expect(err).toBeInstanceOf(ResponseTooLargeError);
    expect(server.count()).toBe(1);
  });

  test("an oversized refusal (a 4xx) says the request was not processed", async () => {
    server.queue(faults.compressed("gzip", gzipBomb, 400));
    const err = await caught(createBooking(client({ maxResponseBytes: MiB })));
    expect(err).toBeInstanceOf(ResponseTooLargeError);
    expect(err).toMatchObject({ status: 400, mayHaveBeenProcessed: false });
    expect(server.count()).toBe(1);
  });
});

test("the token endpoint's answer is bounded too (default, or its own maxResponseBytes), and the refresh is not sent again", async () => {
  server.fallback = () => faults.compressed("gzip", gzipBomb);
  const err = await caught(refreshTokens({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, refreshToken: REFRESH_TOKEN, tokenUrl: `${server.url}/OAuth/token`, maxResponseBytes: 64 * 1024 }));
  expect(err).toBeInstanceOf(ResponseTooLargeError);
  expect(err).toMatchObject({ maxResponseBytes: 64 * 1024, mayHaveBeenProcessed: true });
  expect(server.count()).toBe(1);
});

test("maxResponseBytes that make no sense are refused", () => {
  for (const bad of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, "10" as unknown as number]) {
    const err = caughtSync(() => client({ maxResponseBytes: bad }));
    expect(err, String(bad)).toBeInstanceOf(AdultWorkUsageError);
    expect(err.mayHaveBeenProcessed).toBe(false);
  }
});
