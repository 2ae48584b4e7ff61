// Looks up the generated operation table by what openapi-fetch knows about a call (method and path).
import { operations, type OperationId, type OperationInfo } from "../generated/operations.js";

export { operations };
export type { OperationId, OperationInfo };

// Method, then path: looking up a path needs no string built per call.
const byRoute = new Map<string, Map<string, OperationId>>();
for (const id of Object.keys(operations) as OperationId[]) {
  const op = operations[id];
  let paths = byRoute.get(op.method);
  if (!paths) byRoute.set(op.method, (paths = new Map()));
  paths.set(op.path, id);
}

/** The table entry of one operation, typed as the general OperationInfo (for code that reads it at run time). */
export function operationInfo(id: OperationId): OperationInfo {
  return operations[id];
}

/** The operationId served by `method` on the documented `path`, if the contract has one. */
export function operationIdFor(method: string, path: string): OperationId | undefined {
  return (byRoute.get(method) ?? byRoute.get(method.toUpperCase()))?.get(path);
}
