// Looks up the generated operation table by what openapi-fetch knows about a call (method and path).
// At run time it reads the compact table (generated/runtime-operations.ts); types come from the full
// one (generated/operations.ts), which the "adultwork-api-client/operations" entry exports.
import type { OperationId, OperationInfo, operations } from "../generated/operations.js";
import { runtimeOperations, type RuntimeOperation } from "../generated/runtime-operations.js";

export type { OperationId, OperationInfo, RuntimeOperation, operations };

// Method, then path: looking up a path needs no string built per call.
const byRoute = new Map<string, Map<string, OperationId>>();
for (const id of Object.keys(runtimeOperations) as OperationId[]) {
  const op = runtimeOperations[id]!;
  let paths = byRoute.get(op.method);
  if (!paths) byRoute.set(op.method, (paths = new Map()));
  paths.set(op.path, id);
}

/** True when the contract has an operation with this operationId. */
export function isOperationId(id: unknown): id is OperationId {
  return typeof id === "string" && Object.hasOwn(runtimeOperations, id);
}

/** What the runtime knows about one operation. */
export function operationInfo(id: OperationId): RuntimeOperation {
  return runtimeOperations[id]!;
}

/** The operationId served by `method` on the documented `path`, if the contract has one. */
export function operationIdFor(method: string, path: string): OperationId | undefined {
  return (byRoute.get(method) ?? byRoute.get(method.toUpperCase()))?.get(path);
}
