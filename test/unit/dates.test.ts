// The API's date forms, written from a Date in a zone the caller names and read back the same way.
import { describe, expect, test } from "vitest";
import {
  AdultWorkUsageError,
  formatAwDate,
  formatAwDateTimeMinutes,
  formatAwDayFirstDate,
  formatAwQuarterHourDateTime,
  formatAwTimeOfDay,
  parseAwDateTime,
  roundToQuarterHour,
} from "adultwork-api-client";
import { doc } from "../support/contract.js";

// 2018-07-01 21:05:09.250 UTC: summer time in London (UTC+1), the previous day's evening in Los Angeles.
const instant = new Date(Date.UTC(2018, 6, 1, 21, 5, 9, 250));
const pattern = (name: string) => new RegExp(doc.components.schemas[name].pattern);

describe("request date forms", () => {
  test("each helper writes its form in the named zone, matching the contract's pattern", () => {
    const london = { timeZone: "Europe/London" };
    expect(formatAwDate(instant, london)).toBe("2018-07-01");
    expect(formatAwDate(instant, { timeZone: "America/Los_Angeles" })).toBe("2018-07-01");
    expect(formatAwDate(instant, { timeZone: "Asia/Tokyo" })).toBe("2018-07-02");
    expect(formatAwDateTimeMinutes(instant, london)).toBe("2018-07-01 22:05");
    expect(formatAwDayFirstDate(instant, london)).toBe("01-07-2018");
    expect(formatAwTimeOfDay(instant, london)).toBe("22:05");
    expect(formatAwTimeOfDay(instant, { timeZone: "UTC" })).toBe("21:05");

    expect(formatAwDate(instant, london)).toMatch(pattern("AwDate"));
    expect(formatAwDateTimeMinutes(instant, london)).toMatch(pattern("AwDateTimeMinutes"));
    expect(formatAwDayFirstDate(instant, london)).toMatch(pattern("AwDayFirstDate"));
    expect(formatAwTimeOfDay(instant, london)).toMatch(pattern("AwTimeOfDay"));
  });

  test("DirectCam's quarter-hour form refuses other minutes instead of moving them silently", () => {
    expect(() => formatAwQuarterHourDateTime(instant, { timeZone: "UTC" })).toThrow(AdultWorkUsageError);
    const rounded = roundToQuarterHour(instant, "up");
    expect(rounded.toISOString()).toBe("2018-07-01T21:15:00.000Z");
    expect(roundToQuarterHour(instant, "down").toISOString()).toBe("2018-07-01T21:00:00.000Z");
    expect(roundToQuarterHour(instant).toISOString()).toBe("2018-07-01T21:00:00.000Z");
    // Quarter hours hold in zones with half-hour offsets too.
    expect(formatAwQuarterHourDateTime(rounded, { timeZone: "Asia/Kolkata" })).toBe("2018-07-02 02:45");
    expect(formatAwQuarterHourDateTime(rounded, { timeZone: "UTC" })).toMatch(pattern("AwQuarterHourDateTime"));
  });

  test("a zone is required and must exist; the Date must be valid", () => {
    expect(() => formatAwDate(instant, undefined as never)).toThrow(/time zone is required/);
    expect(() => formatAwDate(instant, { timeZone: "Mars/Olympus" })).toThrow(/Unknown time zone/);
    expect(() => formatAwDate(new Date(Number.NaN), { timeZone: "UTC" })).toThrow(/valid Date/);
  });
});

describe("response dates", () => {
  test("a zone-less stamp is read as wall-clock time in the named zone", () => {
    expect(parseAwDateTime("2018-01-01T11:00", { timeZone: "UTC" }).toISOString()).toBe("2018-01-01T11:00:00.000Z");
    expect(parseAwDateTime("2018-07-01T11:00", { timeZone: "Europe/London" }).toISOString()).toBe("2018-07-01T10:00:00.000Z");
    expect(parseAwDateTime("2016-03-26T18:20:55.14", { timeZone: "Europe/London" }).toISOString()).toBe("2016-03-26T18:20:55.140Z");
    expect(parseAwDateTime("2018-01-01T11:00", { timeZone: "Asia/Kolkata" }).toISOString()).toBe("2018-01-01T05:30:00.000Z");
    // .NET's DateTime.MinValue, which the API may use for "no date": year 1 stays year 1.
    expect(parseAwDateTime("0001-01-01T00:00:00", { timeZone: "UTC" }).getUTCFullYear()).toBe(1);
  });

  test("clock changes: an ambiguous time is the earlier instant, a skipped time uses the offset before", () => {
    // London fell back at 02:00 BST on 2018-10-28: 01:30 happened twice.
    expect(parseAwDateTime("2018-10-28T01:30", { timeZone: "Europe/London" }).toISOString()).toBe("2018-10-28T00:30:00.000Z");
    // London sprang forward at 01:00 GMT on 2018-03-25: 01:30 never happened.
    expect(parseAwDateTime("2018-03-25T01:30", { timeZone: "Europe/London" }).toISOString()).toBe("2018-03-25T01:30:00.000Z");
  });

  test("formatting and parsing are inverse at minute precision", () => {
    for (const timeZone of ["UTC", "Europe/London", "America/New_York", "Australia/Adelaide"]) {
      const text = formatAwDateTimeMinutes(instant, { timeZone }).replace(" ", "T");
      expect(parseAwDateTime(text, { timeZone }).getTime()).toBe(Date.UTC(2018, 6, 1, 21, 5));
    }
  });

  test("anything but the API's form is refused", () => {
    for (const bad of ["2018-01-01T11:00Z", "2018-01-01 11:00", "2018-02-30T11:00", "2018-13-01T00:00", ""]) {
      expect(() => parseAwDateTime(bad, { timeZone: "UTC" }), bad).toThrow(AdultWorkUsageError);
    }
  });
});
