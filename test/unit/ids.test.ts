// ID lists travel as one comma-separated string; the helpers build and read that form safely.
import { describe, expect, test } from "vitest";
import { AdultWorkUsageError, joinIds, splitIds } from "adultwork-api-client";
import { doc } from "../support/contract.js";

describe("ID lists", () => {
  test("joinIds builds the contract's IdList form from numbers, bigints and digit strings", () => {
    const joined = joinIds([123, 456n, "789"]);
    expect(joined).toBe("123,456,789");
    expect(joined).toMatch(new RegExp(doc.components.schemas.IdList.pattern));
    expect(joinIds(new Set([1, 2]))).toBe("1,2");
  });

  test("joinIds refuses what is not an ID, an empty list and more IDs than allowed", () => {
    for (const bad of [0, -1, 1.5, Number.NaN, "12a", "", " ", "0"]) expect(() => joinIds([bad]), String(bad)).toThrow(AdultWorkUsageError);
    expect(() => joinIds([])).toThrow(/at least one/);
    expect(() => joinIds([1, 2, 3, 4, 5], { max: 4 })).toThrow(/At most 4/);
    expect(joinIds([1, 2, 3, 4], { max: 4 })).toBe("1,2,3,4");
  });

  test("splitIds reads a list back, and refuses anything else", () => {
    expect(splitIds("18,100,141")).toEqual([18, 100, 141]);
    expect(splitIds(" 1, 2 ")).toEqual([1, 2]);
    expect(() => splitIds("1,,2")).toThrow(AdultWorkUsageError);
    expect(() => splitIds("99999999999999999999")).toThrow(/too large/);
  });
});
