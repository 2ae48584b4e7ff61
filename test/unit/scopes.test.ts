// Scopes are read from the contract: what an operation needs, and the union for a set of them.
import { describe, expect, test } from "vitest";
import { operations, requiredScopes, scopesFor, type OperationId } from "adultwork-api-client";
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
