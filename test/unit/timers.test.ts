// The one timer implementation: a delay the platform's 32-bit timers cannot hold is chained, so it
// fires when it should, never after 1 ms. (Fake timers: no test can wait 24.8 days.)
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { MAX_TIMER_MS, startTimer, stopTimer } from "../../src/timers.js";

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("startTimer", () => {
  test("a delay within range fires on time", () => {
    const fn = vi.fn();
    startTimer(fn, 1_000);
    vi.advanceTimersByTime(999);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  test.each([MAX_TIMER_MS + 10, 2 ** 32 + 5, 3 * MAX_TIMER_MS])("%i ms fires then, not after 1 ms nor at the first link of the chain", (ms) => {
    const fn = vi.fn();
    startTimer(fn, ms);
    vi.advanceTimersByTime(1);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(MAX_TIMER_MS);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(ms - MAX_TIMER_MS - 2);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10 * MAX_TIMER_MS);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  test("stopTimer stops a chained timer at any link", () => {
    const fn = vi.fn();
    const timer = startTimer(fn, 2 * MAX_TIMER_MS);
    vi.advanceTimersByTime(MAX_TIMER_MS + 5);
    stopTimer(timer);
    vi.advanceTimersByTime(5 * MAX_TIMER_MS);
    expect(fn).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });

  test("a negative or NaN delay fires at once rather than never", () => {
    const fn = vi.fn();
    startTimer(fn, -5);
    startTimer(fn, Number.NaN);
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(2);
  });
});
