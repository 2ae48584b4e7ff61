// Which OAuth scopes the Unified Login must grant for a set of operations, read from the contract.
import { operations, type OperationId } from "./operations.js";

/** The scopes one operation needs (empty for public operations and those needing no extra scope). */
export function requiredScopes(operationId: OperationId): readonly string[] {
  const op = operations[operationId];
  if (!op) throw new TypeError(`Unknown operationId: ${String(operationId)}`);
  return op.scopes;
}

/**
 * Every scope needed to call all of `operationIds`, without duplicates and in a stable order:
 * the value to pass as `scope` when sending a member to the Unified Login.
 */
export function scopesFor(operationIds: Iterable<OperationId>): string[] {
  const all = new Set<string>();
  for (const id of operationIds) for (const scope of requiredScopes(id)) all.add(scope);
  return [...all].sort();
}
