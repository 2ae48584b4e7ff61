// The arithmetic of retrying, which no server is needed for: backoff with full jitter, Retry-After.
import { describe, expect, test } from "vitest";
import { RETRYABLE_STATUSES, backoffDelay, retryAfterMs } from "../../src/transport.js";

describe("backoffDelay", () => {
  test("full jitter: between 0 and the exponential step", () => {
    // random() = 0.999… gives (almost) the whole step, 0 gives no wait at all.
    expect([1, 2, 3, 4].map((retry) => backoffDelay(retry, 500, 8_000, () => 0.9999))).toEqual([499, 999, 1999, 3999]);
    expect(backoffDelay(3, 500, 8_000, () => 0)).toBe(0);
    expect(backoffDelay(2, 500, 8_000, () => 0.5)).toBe(500);
  });

  test("the step is capped", () => {
    expect(backoffDelay(10, 500, 8_000, () => 0.9999)).toBe(7999);
    expect(backoffDelay(60, 500, 8_000, () => 0.9999)).toBe(7999);
  });
});

describe("retryAfterMs", () => {
  const now = Date.parse("2026-03-01T10:00:00Z");

  test("delay-seconds", () => {
    expect(retryAfterMs("0", now)).toBe(0);
    expect(retryAfterMs("7", now)).toBe(7_000);
    expect(retryAfterMs(" 120 ", now)).toBe(120_000);
  });

  test("an HTTP date, relative to now; a past date means no wait", () => {
    expect(retryAfterMs("Sun, 01 Mar 2026 10:00:05 GMT", now)).toBe(5_000);
    expect(retryAfterMs("Sun, 01 Mar 2026 09:59:00 GMT", now)).toBe(0);
  });

  test("absent or unreadable: null, so the client's own backoff applies", () => {
    expect(retryAfterMs(null, now)).toBeNull();
    expect(retryAfterMs("soon", now)).toBeNull();
    expect(retryAfterMs("-5", now)).toBeNull();
  });
});

test("retried statuses: timeouts, rate limits and server failures, nothing that says the request is wrong", () => {
  expect([...RETRYABLE_STATUSES].sort()).toEqual([408, 429, 500, 502, 503, 504]);
});
