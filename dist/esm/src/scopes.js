import { SCOPES, operationScopeFlags, operationScopeIndexes } from "../generated/operation-scopes.js";
import { AdultWorkUsageError } from "./errors.js";
import { isOperationId } from "./operations.js";
function requiredScopes(operationId, params) {
  if (!isOperationId(operationId)) throw new TypeError(`Unknown operationId: ${String(operationId)}`);
  const flags = operationScopeFlags[operationId];
  const value = flags ? params?.[flags.param] : void 0;
  if (!flags || value === void 0) return (operationScopeIndexes[operationId] ?? []).map((i) => SCOPES[i]);
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    throw new AdultWorkUsageError(`${flags.param} of ${operationId} must be a non-negative integer bitmask`);
  }
  const known = Object.values(flags.flags).reduce((all, f) => all | f.value, 0);
  if ((value & ~known) !== 0) throw new AdultWorkUsageError(`${flags.param} of ${operationId} sets bits the contract does not define`);
  return [...new Set(Object.values(flags.flags).filter((f) => (value & f.value) !== 0).map((f) => f.scope))];
}
function scopesFor(calls) {
  const all = /* @__PURE__ */ new Set();
  for (const call of calls) {
    const scopes = typeof call === "string" ? requiredScopes(call) : requiredScopes(call.operationId, call.params);
    for (const scope of scopes) all.add(scope);
  }
  return [...all].sort();
}
export {
  requiredScopes,
  scopesFor
};
//# sourceMappingURL=scopes.js.map
