// The client reads compact copies of the operation table at run time: the core's (method, path,
// security, group pairing, server), the scopes and the paging, each in a module of its own. Together
// they must say exactly what the full table says about every field the runtime uses, for every
// operation in the contract, group-manager forms (derived from their base row) included.
import { describe, expect, test } from "vitest";
import { operations, type OperationId } from "adultwork-api-client/operations";
import { operationPaging } from "../../generated/operation-paging.js";
import { SCOPES, operationScopeFlags, operationScopeIndexes } from "../../generated/operation-scopes.js";
import { runtimeOperations } from "../../generated/runtime-operations.js";
import { isOperationId, operationIdFor, operationInfo } from "../../src/operations.js";

const ids = Object.keys(operations) as OperationId[];
const CORE_FIELDS = ["method", "path", "security", "apiKeyParam", "idempotent", "groupVariant", "groupUserIdIn", "server", "responseBody"] as const;

describe("the runtime operation tables", () => {
  test("the core's has exactly the operations of the full table, and the others no operation it lacks", () => {
    expect(Object.keys(runtimeOperations).sort()).toEqual([...ids].sort());
    for (const id of [...Object.keys(operationPaging), ...Object.keys(operationScopeIndexes), ...Object.keys(operationScopeFlags)]) expect(ids).toContain(id);
    expect(ids.filter((id) => id.endsWith("AsGroupManager")).length).toBeGreaterThan(0);
  });

  test.each(ids)("%s: every field the runtime reads matches the full table", (id) => {
    const full = operations[id] as Record<string, unknown>;
    const runtime = operationInfo(id) as Record<string, unknown>;
    for (const field of CORE_FIELDS) expect(runtime[field], field).toEqual(full[field]);
    expect((operationScopeIndexes[id] ?? []).map((i) => SCOPES[i])).toEqual(full.scopes);
    expect(operationScopeFlags[id] ?? null).toEqual(full.scopeFlags);
    expect(operationPaging[id] ?? null).toEqual(full.paging);
    expect(operationIdFor(full.method as string, full.path as string)).toBe(id);
    expect(isOperationId(id)).toBe(true);
  });

  test("unknown names and routes are not operations", () => {
    expect(isOperationId("noSuchOperation")).toBe(false);
    expect(isOperationId("toString")).toBe(false);
    expect(operationIdFor("GET", "/v1/NoSuchPath")).toBeUndefined();
  });
});
