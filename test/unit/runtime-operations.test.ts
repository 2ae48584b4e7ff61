// The client reads a compact copy of the operation table at run time; it must say exactly what the
// full table says about every field the runtime uses, for every operation in the contract.
import { describe, expect, test } from "vitest";
import { operations, type OperationId } from "adultwork-api-client/operations";
import { runtimeOperations } from "../../generated/runtime-operations.js";
import { isOperationId, operationIdFor, operationInfo } from "../../src/operations.js";

const ids = Object.keys(operations) as OperationId[];
const FIELDS = ["method", "path", "security", "apiKeyParam", "idempotent", "scopes", "scopeFlags", "paging", "groupVariant", "groupUserIdIn", "server", "responseBody"] as const;

describe("the runtime operation table", () => {
  test("has exactly the operations of the full table", () => {
    expect(Object.keys(runtimeOperations).sort()).toEqual([...ids].sort());
  });

  test.each(ids)("%s: every field the runtime reads matches the full table", (id) => {
    const full = operations[id] as Record<string, unknown>;
    const runtime = operationInfo(id) as Record<string, unknown>;
    for (const field of FIELDS) expect(runtime[field], field).toEqual(full[field]);
    expect(operationIdFor(full.method as string, full.path as string)).toBe(id);
    expect(isOperationId(id)).toBe(true);
  });

  test("unknown names and routes are not operations", () => {
    expect(isOperationId("noSuchOperation")).toBe(false);
    expect(isOperationId("toString")).toBe(false);
    expect(operationIdFor("GET", "/v1/NoSuchPath")).toBeUndefined();
  });
});
