import { AdultWorkUsageError } from "./errors.js";
const MAX_TIMER_MS = 2 ** 31 - 1;
class LongTimer {
  current;
}
function startTimer(fn, ms) {
  if (!(ms > MAX_TIMER_MS)) return setTimeout(fn, ms > 0 ? ms : 0);
  const timer = new LongTimer();
  const due = Date.now() + ms;
  const step = () => {
    const left = due - Date.now();
    timer.current = left > 0 ? setTimeout(step, Math.min(left, MAX_TIMER_MS)) : void 0;
    if (left <= 0) fn();
  };
  timer.current = setTimeout(step, MAX_TIMER_MS);
  return timer;
}
function stopTimer(timer) {
  clearTimeout(timer instanceof LongTimer ? timer.current : timer);
}
function checkDurationMs(name, value, fallback, min = 1) {
  if (value === void 0) return fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > MAX_TIMER_MS) {
    throw new AdultWorkUsageError(`${name} must be an integer from ${min} to ${MAX_TIMER_MS} (milliseconds), got ${String(value)}`);
  }
  return value;
}
export {
  MAX_TIMER_MS,
  checkDurationMs,
  startTimer,
  stopTimer
};
//# sourceMappingURL=timers.js.map
