/** Where a wall-clock time is meant: an IANA zone name such as "Europe/London" or "UTC". */
export interface ZoneOption {
    timeZone: string;
}
/** `yyyy-MM-dd`: a calendar day (schema AwDate). */
export declare function formatAwDate(date: Date, options: ZoneOption): string;
/** `YYYY-MM-DD HH:MM`: a day and a minute, no seconds (schema AwDateTimeMinutes). Seconds are dropped. */
export declare function formatAwDateTimeMinutes(date: Date, options: ZoneOption): string;
/**
 * `YYYY-MM-dd HH:mm` on a quarter hour (schema AwQuarterHourDateTime, DirectCam shows). A time that is
 * not on :00, :15, :30 or :45 is refused rather than silently moved; `roundToQuarterHour` moves it.
 */
export declare function formatAwQuarterHourDateTime(date: Date, options: ZoneOption): string;
/** The instant moved onto a quarter hour (`"up"`, `"down"` or `"nearest"`; quarter hours are the same in every zone the API serves). */
export declare function roundToQuarterHour(date: Date, direction?: "up" | "down" | "nearest"): Date;
/** `dd-MM-YYYY`: a calendar day written day first (schema AwDayFirstDate, escort bookings). */
export declare function formatAwDayFirstDate(date: Date, options: ZoneOption): string;
/** `HH:mm`: a time of day on a 24-hour clock (schema AwTimeOfDay), sent beside a day-first date. */
export declare function formatAwTimeOfDay(date: Date, options: ZoneOption): string;
/**
 * Reads a date the API wrote in a response (`2018-01-01T11:00`, `2016-03-26T18:20:55.14`: no zone)
 * as a wall-clock time in `timeZone`. Where a clock change makes that time ambiguous, the earlier
 * instant is used; where it makes it not exist, the time is read with the offset in force just before.
 */
export declare function parseAwDateTime(text: string, options: ZoneOption): Date;
//# sourceMappingURL=dates.d.ts.map