// The one place the client starts timers and checks durations. The platform's timers hold a signed
// 32-bit count of milliseconds: a longer delay fires after 1 ms, so a longer one is run as a chain.
import { AdultWorkUsageError } from "./errors.js";

/** The longest delay one platform timer can hold (about 24.8 days). */
export const MAX_TIMER_MS = 2 ** 31 - 1;

class LongTimer {
  current: ReturnType<typeof setTimeout> | undefined;
}

/** A running timer, as startTimer returns it. */
export type Timer = ReturnType<typeof setTimeout> | LongTimer;

/** Calls `fn` after `ms` milliseconds (at once for a negative or NaN delay), however long that is. */
export function startTimer(fn: () => void, ms: number): Timer {
  // The common case costs what setTimeout costs: no wrapper, no closure.
  if (!(ms > MAX_TIMER_MS)) return setTimeout(fn, ms > 0 ? ms : 0);
  const timer = new LongTimer();
  const due = Date.now() + ms;
  const step = () => {
    const left = due - Date.now();
    timer.current = left > 0 ? setTimeout(step, Math.min(left, MAX_TIMER_MS)) : undefined;
    if (left <= 0) fn();
  };
  timer.current = setTimeout(step, MAX_TIMER_MS);
  return timer;
}

export function stopTimer(timer: Timer | undefined): void {
  clearTimeout(timer instanceof LongTimer ? timer.current : timer);
}

/**
 * A duration option, checked: an integer of milliseconds from `min` up to what one timer holds, or
 * `fallback` when it is left out. Anything else is a usage error naming the option, so no wait is
 * ever cut short by an overflow.
 */
export function checkDurationMs(name: string, value: number | undefined, fallback: number, min = 1): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > MAX_TIMER_MS) {
    throw new AdultWorkUsageError(`${name} must be an integer from ${min} to ${MAX_TIMER_MS} (milliseconds), got ${String(value)}`);
  }
  return value;
}

