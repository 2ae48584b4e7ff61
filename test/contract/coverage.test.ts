// Every operation the public docs describe is in the contract, at its documented method and path,
// with its group-manager form where the docs give one.
import { describe, expect, test } from "vitest";
import { operations, type OperationId, type OperationInfo } from "adultwork-api-client/operations";
import { methodsOf, operationIdOf, reference } from "../support/reference.js";

const byRoute = new Map(Object.entries(operations).map(([id, op]) => [`${op.method} ${op.path}`, id]));

describe("coverage of the documented API", () => {
  test.each(reference.map((op) => [op.docSlug, op] as const))("%s is in the contract", (_slug, ref) => {
    for (const method of methodsOf(ref)) {
      const id = byRoute.get(`${method} ${ref.path}`);
      expect(id, `${method} ${ref.path} is missing`).toBeDefined();
      expect(id!.startsWith(operationIdOf(ref.docSlug)), `${id} is not named after ${ref.docSlug}`).toBe(true);
      if (ref.groupManagerPath) {
        const variant = operations[id as OperationId].groupVariant as OperationId | null;
        expect(variant, `${id} has no group-manager form`).not.toBeNull();
        expect(operations[variant!].path).toBe(ref.groupManagerPath);
      }
    }
  });

  test("the Unified Login token endpoint is in the contract, on the login host", () => {
    const token = Object.values(operations as Record<string, OperationInfo>).find((op) => op.path === "/OAuth/token");
    expect(token?.method).toBe("POST");
    expect(token?.server).toBe("https://platform.adultwork.com");
  });
});
