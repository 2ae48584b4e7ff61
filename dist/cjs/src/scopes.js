"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var scopes_exports = {};
__export(scopes_exports, {
  requiredScopes: () => requiredScopes,
  scopesFor: () => scopesFor
});
module.exports = __toCommonJS(scopes_exports);
var import_operation_scopes = require("../generated/operation-scopes.js");
var import_errors = require("./errors.js");
var import_operations = require("./operations.js");
function requiredScopes(operationId, params) {
  if (!(0, import_operations.isOperationId)(operationId)) throw new TypeError(`Unknown operationId: ${String(operationId)}`);
  const flags = import_operation_scopes.operationScopeFlags[operationId];
  const value = flags ? params?.[flags.param] : void 0;
  if (!flags || value === void 0) return (import_operation_scopes.operationScopeIndexes[operationId] ?? []).map((i) => import_operation_scopes.SCOPES[i]);
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    throw new import_errors.AdultWorkUsageError(`${flags.param} of ${operationId} must be a non-negative integer bitmask`);
  }
  const known = Object.values(flags.flags).reduce((all, f) => all | f.value, 0);
  if ((value & ~known) !== 0) throw new import_errors.AdultWorkUsageError(`${flags.param} of ${operationId} sets bits the contract does not define`);
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
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  requiredScopes,
  scopesFor
});
//# sourceMappingURL=scopes.js.map
