import { AdultWorkUsageError } from "./errors.js";
const formatters = /* @__PURE__ */ new Map();
function formatterFor(timeZone) {
  let f = formatters.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat("en-US", {
        timeZone,
        hourCycle: "h23",
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
        hour: "2-digit",
        minute: "2-digit",
        second: "2-digit"
      });
    } catch {
      throw new AdultWorkUsageError(`Unknown time zone: ${JSON.stringify(timeZone)} (use an IANA name such as "Europe/London")`);
    }
    formatters.set(timeZone, f);
  }
  return f;
}
function checkZone(options) {
  if (!options || typeof options.timeZone !== "string" || !options.timeZone) {
    throw new AdultWorkUsageError(`A time zone is required: the API's dates carry none, so say which one you mean ({ timeZone: "Europe/London" })`);
  }
  return options.timeZone;
}
function wallTime(date, timeZone) {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) throw new AdultWorkUsageError("Not a valid Date");
  const parts = {};
  for (const p of formatterFor(timeZone).formatToParts(date)) if (p.type !== "literal") parts[p.type] = Number(p.value);
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    hour: parts.hour,
    minute: parts.minute,
    second: parts.second,
    millisecond: date.getUTCMilliseconds()
  };
}
const pad = (n, width = 2) => String(n).padStart(width, "0");
function formatAwDate(date, options) {
  const t = wallTime(date, checkZone(options));
  return `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}`;
}
function formatAwDateTimeMinutes(date, options) {
  const t = wallTime(date, checkZone(options));
  return `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)} ${pad(t.hour)}:${pad(t.minute)}`;
}
function formatAwQuarterHourDateTime(date, options) {
  const t = wallTime(date, checkZone(options));
  if (t.minute % 15 !== 0 || t.second !== 0 || t.millisecond !== 0) {
    throw new AdultWorkUsageError(
      `DirectCam times must fall on a quarter hour (:00, :15, :30, :45); got ${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}. Use roundToQuarterHour() first.`
    );
  }
  return formatAwDateTimeMinutes(date, options);
}
function roundToQuarterHour(date, direction = "nearest") {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) throw new AdultWorkUsageError("Not a valid Date");
  const step = 15 * 60 * 1e3;
  const round = direction === "up" ? Math.ceil : direction === "down" ? Math.floor : Math.round;
  return new Date(round(date.getTime() / step) * step);
}
function formatAwDayFirstDate(date, options) {
  const t = wallTime(date, checkZone(options));
  return `${pad(t.day)}-${pad(t.month)}-${pad(t.year, 4)}`;
}
function formatAwTimeOfDay(date, options) {
  const t = wallTime(date, checkZone(options));
  return `${pad(t.hour)}:${pad(t.minute)}`;
}
const AW_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?$/;
function parseAwDateTime(text, options) {
  const timeZone = checkZone(options);
  const m = typeof text === "string" ? AW_DATE_TIME.exec(text) : null;
  if (!m) throw new AdultWorkUsageError(`Not an API date-time (expected yyyy-MM-ddTHH:mm[:ss[.fff]] without a zone): ${JSON.stringify(text)}`);
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map((v) => Number(v ?? 0));
  const millisecond = m[7] ? Math.floor(Number(`0.${m[7]}`) * 1e3) : 0;
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) {
    throw new AdultWorkUsageError(`Not a valid date-time: ${JSON.stringify(text)}`);
  }
  const asUtc = /* @__PURE__ */ new Date(0);
  asUtc.setUTCFullYear(year, month - 1, day);
  asUtc.setUTCHours(hour, minute, second, millisecond);
  if (asUtc.getUTCDate() !== day) throw new AdultWorkUsageError(`Not a valid date-time: ${JSON.stringify(text)}`);
  const wall = asUtc.getTime();
  const offsetAt = (instant) => {
    const t = wallTime(new Date(instant), timeZone);
    const w = /* @__PURE__ */ new Date(0);
    w.setUTCFullYear(t.year, t.month - 1, t.day);
    w.setUTCHours(t.hour, t.minute, t.second, new Date(instant).getUTCMilliseconds());
    return w.getTime() - instant;
  };
  const candidates = [.../* @__PURE__ */ new Set([offsetAt(wall - 864e5), offsetAt(wall + 864e5)])].map((offset) => wall - offset).filter((instant) => instant + offsetAt(instant) === wall).sort((a, b) => a - b);
  return new Date(candidates[0] ?? wall - offsetAt(wall - 864e5));
}
export {
  formatAwDate,
  formatAwDateTimeMinutes,
  formatAwDayFirstDate,
  formatAwQuarterHourDateTime,
  formatAwTimeOfDay,
  parseAwDateTime,
  roundToQuarterHour
};
//# sourceMappingURL=dates.js.map
