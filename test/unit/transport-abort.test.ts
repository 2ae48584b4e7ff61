// Timeouts end a call even when the fetch in use ignores its AbortSignal, and a body being read is
// cancelled directly: cases no server can produce, since undici always honours the signal.
import { describe, expect, test } from "vitest";
import { AdultWorkTimeoutError, createAdultWorkClient, unwrap } from "adultwork-api-client";
import { ACCESS_TOKEN, caught, scanForSecrets } from "../support/secrets.js";

scanForSecrets();

const PATH = "/v1/Webcam/MadeBookingDetails";
const options = { baseUrl: "http://127.0.0.1:9", accessToken: ACCESS_TOKEN, maxRetries: 0, timeoutMs: 200 };

describe("a fetch that ignores its signal", () => {
  test("one that never answers: the call still ends with AdultWorkTimeoutError", async () => {
    let calls = 0;
    const fetch = () => {
      calls++;
      return new Promise<Response>(() => undefined);
    };
    const c = createAdultWorkClient({ ...options, fetch });
    const err = await caught(unwrap(c.GET(PATH, { params: { query: { BookingID: 1 } } })));
    expect(err).toBeInstanceOf(AdultWorkTimeoutError);
    expect(err).toMatchObject({ timeoutMs: 200, attempts: 1, mayHaveBeenProcessed: true });
    expect(calls).toBe(1);
  });

  test("one whose body stalls: the call ends, and the body stream is cancelled with the timeout", async () => {
    let cancelled: unknown;
    const fetch = async () => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"Bookings": ['));
        },
        cancel(reason) {
          cancelled = reason;
        },
      });
      return new Response(body, { status: 200, headers: { "Content-Type": "application/json" } });
    };
    const c = createAdultWorkClient({ ...options, fetch });
    const err = await caught(unwrap(c.GET(PATH, { params: { query: { BookingID: 1 } } })));
    expect(err).toBeInstanceOf(AdultWorkTimeoutError);
    expect(cancelled).toBeInstanceOf(DOMException);
    expect((cancelled as DOMException).name).toBe("TimeoutError");
  });

  test("a per-attempt timeout is retried even so, and the retry's answer is returned", async () => {
    let calls = 0;
    const fetch = () => (++calls === 1 ? new Promise<Response>(() => undefined) : Promise.resolve(Response.json({ WebcamBookingID: 1 })));
    const c = createAdultWorkClient({ ...options, fetch, maxRetries: 1, retryDelayMs: 1, attemptTimeoutMs: 100, timeoutMs: 10_000 });
    await expect(unwrap(c.GET(PATH, { params: { query: { BookingID: 1 } } }))).resolves.toEqual({ WebcamBookingID: 1 });
    expect(calls).toBe(2);
  });
});
