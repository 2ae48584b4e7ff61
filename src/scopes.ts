// Which OAuth scopes the Unified Login must grant for a set of operations, read from the contract.
import { SCOPES, operationScopeFlags, operationScopeIndexes } from "../generated/operation-scopes.js";
import { AdultWorkUsageError } from "./errors.js";
import { isOperationId, type OperationId } from "./operations.js";

/** An operation, optionally with the parameters it will be called with (they can narrow its scopes). */
export type ScopedCall = OperationId | { operationId: OperationId; params?: Record<string, unknown> };

/**
 * The scopes one operation needs: empty for public operations and those needing no extra scope.
 * For an operation whose bitmask parameter decides its scopes (GetDashboard's `Options`), pass the
 * parameters to get only the scopes of the bits set; without them, every bit's scope is returned.
 */
export function requiredScopes(operationId: OperationId, params?: Record<string, unknown>): readonly string[] {
  if (!isOperationId(operationId)) throw new TypeError(`Unknown operationId: ${String(operationId)}`);
  const flags = operationScopeFlags[operationId];
  const value = flags ? params?.[flags.param] : undefined;
  if (!flags || value === undefined) return (operationScopeIndexes[operationId] ?? []).map((i) => SCOPES[i]!);
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    throw new AdultWorkUsageError(`${flags.param} of ${operationId} must be a non-negative integer bitmask`);
  }
  const known = Object.values(flags.flags).reduce((all, f) => all | f.value, 0);
  if ((value & ~known) !== 0) throw new AdultWorkUsageError(`${flags.param} of ${operationId} sets bits the contract does not define`);
  return [...new Set(Object.values(flags.flags).filter((f) => (value & f.value) !== 0).map((f) => f.scope))];
}

/**
 * Every scope needed to call all of `calls`, without duplicates and in a stable order: the value to
 * pass as `scope` when sending a member to the Unified Login. Operations whose scope the docs leave
 * unknown (`operations[id].scopesUnknown`) contribute none; check them before relying on the result.
 */
export function scopesFor(calls: Iterable<ScopedCall>): string[] {
  const all = new Set<string>();
  for (const call of calls) {
    const scopes = typeof call === "string" ? requiredScopes(call) : requiredScopes(call.operationId, call.params);
    for (const scope of scopes) all.add(scope);
  }
  return [...all].sort();
}
