// The API's date forms. Requests take several zone-less forms (which one depends on the operation)
// and responses write zone-less ISO-like stamps; the docs never say which time zone is meant, so every
// helper here takes the zone from the caller instead of assuming one.
import { AdultWorkUsageError } from "./errors.js";

/** Where a wall-clock time is meant: an IANA zone name such as "Europe/London" or "UTC". */
export interface ZoneOption {
  timeZone: string;
}

interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
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
        second: "2-digit",
      });
    } catch {
      throw new AdultWorkUsageError(`Unknown time zone: ${JSON.stringify(timeZone)} (use an IANA name such as "Europe/London")`);
    }
    formatters.set(timeZone, f);
  }
  return f;
}

function checkZone(options: ZoneOption | undefined): string {
  if (!options || typeof options.timeZone !== "string" || !options.timeZone) {
    throw new AdultWorkUsageError("A time zone is required: the API's dates carry none, so say which one you mean ({ timeZone: \"Europe/London\" })");
  }
  return options.timeZone;
}

/** The wall-clock fields of an instant in a zone. */
function wallTime(date: Date, timeZone: string): WallTime {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) throw new AdultWorkUsageError("Not a valid Date");
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(date)) if (p.type !== "literal") parts[p.type] = Number(p.value);
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
    second: parts.second!,
    millisecond: date.getUTCMilliseconds(),
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** `yyyy-MM-dd`: a calendar day (schema AwDate). */
export function formatAwDate(date: Date, options: ZoneOption): string {
  const t = wallTime(date, checkZone(options));
  return `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}`;
}

/** `YYYY-MM-DD HH:MM`: a day and a minute, no seconds (schema AwDateTimeMinutes). Seconds are dropped. */
export function formatAwDateTimeMinutes(date: Date, options: ZoneOption): string {
  const t = wallTime(date, checkZone(options));
  return `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)} ${pad(t.hour)}:${pad(t.minute)}`;
}

/**
 * `YYYY-MM-dd HH:mm` on a quarter hour (schema AwQuarterHourDateTime, DirectCam shows). A time that is
 * not on :00, :15, :30 or :45 is refused rather than silently moved; `roundToQuarterHour` moves it.
 */
export function formatAwQuarterHourDateTime(date: Date, options: ZoneOption): string {
  const t = wallTime(date, checkZone(options));
  if (t.minute % 15 !== 0 || t.second !== 0 || t.millisecond !== 0) {
    throw new AdultWorkUsageError(
      `DirectCam times must fall on a quarter hour (:00, :15, :30, :45); got ${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}. Use roundToQuarterHour() first.`,
    );
  }
  return formatAwDateTimeMinutes(date, options);
}

/** The instant moved onto a quarter hour (`"up"`, `"down"` or `"nearest"`; quarter hours are the same in every zone the API serves). */
export function roundToQuarterHour(date: Date, direction: "up" | "down" | "nearest" = "nearest"): Date {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) throw new AdultWorkUsageError("Not a valid Date");
  const step = 15 * 60 * 1000;
  const round = direction === "up" ? Math.ceil : direction === "down" ? Math.floor : Math.round;
  return new Date(round(date.getTime() / step) * step);
}

/** `dd-MM-YYYY`: a calendar day written day first (schema AwDayFirstDate, escort bookings). */
export function formatAwDayFirstDate(date: Date, options: ZoneOption): string {
  const t = wallTime(date, checkZone(options));
  return `${pad(t.day)}-${pad(t.month)}-${pad(t.year, 4)}`;
}

/** `HH:mm`: a time of day on a 24-hour clock (schema AwTimeOfDay), sent beside a day-first date. */
export function formatAwTimeOfDay(date: Date, options: ZoneOption): string {
  const t = wallTime(date, checkZone(options));
  return `${pad(t.hour)}:${pad(t.minute)}`;
}

const AW_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?$/;

/**
 * Reads a date the API wrote in a response (`2018-01-01T11:00`, `2016-03-26T18:20:55.14`: no zone)
 * as a wall-clock time in `timeZone`. Where a clock change makes that time ambiguous, the earlier
 * instant is used; where it makes it not exist, the time is read with the offset in force just before.
 */
export function parseAwDateTime(text: string, options: ZoneOption): Date {
  const timeZone = checkZone(options);
  const m = typeof text === "string" ? AW_DATE_TIME.exec(text) : null;
  if (!m) throw new AdultWorkUsageError(`Not an API date-time (expected yyyy-MM-ddTHH:mm[:ss[.fff]] without a zone): ${JSON.stringify(text)}`);
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map((v) => Number(v ?? 0)) as [number, number, number, number, number, number];
  const millisecond = m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0;
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) {
    throw new AdultWorkUsageError(`Not a valid date-time: ${JSON.stringify(text)}`);
  }
  // The wall time read as if it were UTC; then corrected by the zone's offset at that instant.
  const asUtc = new Date(0);
  asUtc.setUTCFullYear(year, month - 1, day); // setUTCFullYear keeps years below 100 (DateTime.MinValue is year 1)
  asUtc.setUTCHours(hour, minute, second, millisecond);
  if (asUtc.getUTCDate() !== day) throw new AdultWorkUsageError(`Not a valid date-time: ${JSON.stringify(text)}`);
  const wall = asUtc.getTime();
  const offsetAt = (instant: number) => {
    const t = wallTime(new Date(instant), timeZone);
    const w = new Date(0);
    w.setUTCFullYear(t.year, t.month - 1, t.day);
    w.setUTCHours(t.hour, t.minute, t.second, new Date(instant).getUTCMilliseconds());
    return w.getTime() - instant;
  };
  // Two candidates cover clock changes: the offsets in force a day before and a day after.
  const candidates = [...new Set([offsetAt(wall - 86_400_000), offsetAt(wall + 86_400_000)])]
    .map((offset) => wall - offset)
    .filter((instant) => instant + offsetAt(instant) === wall)
    .sort((a, b) => a - b);
  return new Date(candidates[0] ?? wall - offsetAt(wall - 86_400_000));
}
