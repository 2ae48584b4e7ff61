import { type OperationId } from "./operations.js";
/** An operation, optionally with the parameters it will be called with (they can narrow its scopes). */
export type ScopedCall = OperationId | {
    operationId: OperationId;
    params?: Record<string, unknown>;
};
/**
 * The scopes one operation needs: empty for public operations and those needing no extra scope.
 * For an operation whose bitmask parameter decides its scopes (GetDashboard's `Options`), pass the
 * parameters to get only the scopes of the bits set; without them, every bit's scope is returned.
 */
export declare function requiredScopes(operationId: OperationId, params?: Record<string, unknown>): readonly string[];
/**
 * Every scope needed to call all of `calls`, without duplicates and in a stable order: the value to
 * pass as `scope` when sending a member to the Unified Login. Operations whose scope the docs leave
 * unknown (`operations[id].scopesUnknown`) contribute none; check them before relying on the result.
 */
export declare function scopesFor(calls: Iterable<ScopedCall>): string[];
//# sourceMappingURL=scopes.d.ts.map