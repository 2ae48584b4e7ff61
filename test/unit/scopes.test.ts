// Scopes are read from the contract: what an operation needs, and the union for a set of them.
import { describe, expect, test } from "vitest";
import { requiredScopes, scopesFor, type OperationId } from "adultwork-api-client";
import { operations } from "adultwork-api-client/operations";
import { doc, operationObject } from "../support/contract.js";

describe("scopes", () => {
  test("requiredScopes is the scope list of the operation's security requirement in the contract", () => {
    for (const id of Object.keys(operations) as OperationId[]) {
      const security = operationObject(id).op.security ?? doc.security ?? [];
      const fromSpec = security.flatMap((req: Record<string, string[]>) => req.UnifiedLogin ?? []);
      expect(requiredScopes(id), id).toEqual(fromSpec);
    }
  });

  test("scopesFor joins several operations' scopes without duplicates, in a stable order", () => {
    expect(scopesFor(["madeWebcamBookings", "madeWebcamBookingDetails", "createWebcamBooking"])).toEqual(["account_webcam_bookings"]);
    expect(scopesFor([])).toEqual([]);
  });

  test("an unknown operationId is an error, not an empty scope list", () => {
    expect(() => requiredScopes("noSuchOperation" as OperationId)).toThrow(/Unknown operationId/);
  });
});

describe("bitmask scopes", () => {
  test("GetDashboard needs only the scopes of the Options bits set, read from x-aw-flags", () => {
    expect(requiredScopes("getDashboard", { Options: 1 })).toEqual(["account_communications"]);
    expect(requiredScopes("getDashboard", { Options: 2 + 4 + 8 })).toEqual(["account_escort_bookings", "account_credits_history", "profile_blacklist"]);
    expect(requiredScopes("getDashboard")).toHaveLength(5);
    expect(scopesFor([{ operationId: "getDashboard", params: { Options: 16 } }, "getEmail"])).toEqual(["account_communications", "profile_hotlist"]);
  });

  test("a value with bits the contract does not define is refused", () => {
    expect(() => requiredScopes("getDashboard", { Options: 32 })).toThrow(/does not define/);
    expect(() => requiredScopes("getDashboard", { Options: "1" })).toThrow(/bitmask/);
  });

  test("operations whose scope the docs leave unknown say so instead of claiming none is needed", () => {
    expect((operations as Record<string, { scopesUnknown: boolean }>).updateAccount?.scopesUnknown).toBe(true);
    expect(requiredScopes("updateAccount")).toEqual([]);
  });
});
