"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var timers_exports = {};
__export(timers_exports, {
  MAX_TIMER_MS: () => MAX_TIMER_MS,
  checkDurationMs: () => checkDurationMs,
  startTimer: () => startTimer,
  stopTimer: () => stopTimer
});
module.exports = __toCommonJS(timers_exports);
var import_errors = require("./errors.js");
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
    throw new import_errors.AdultWorkUsageError(`${name} must be an integer from ${min} to ${MAX_TIMER_MS} (milliseconds), got ${String(value)}`);
  }
  return value;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  MAX_TIMER_MS,
  checkDurationMs,
  startTimer,
  stopTimer
});
//# sourceMappingURL=timers.js.map
