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
var contract_error_exports = {};
__export(contract_error_exports, {
  AdultWorkContractError: () => AdultWorkContractError,
  describeFinding: () => describeFinding
});
module.exports = __toCommonJS(contract_error_exports);
var import_errors = require("../errors.js");
const where = (f) => f.pointer === "" ? "(body)" : f.pointer;
class AdultWorkContractError extends import_errors.AdultWorkCallError {
  name = "AdultWorkContractError";
  operationId;
  status;
  /** The first finding's pointer. */
  pointer;
  findings;
  constructor(findings) {
    const first = findings[0];
    if (!first) throw new TypeError("AdultWorkContractError needs at least one finding");
    const more = findings.length > 1 ? ` (and ${findings.length - 1} more finding${findings.length > 2 ? "s" : ""})` : "";
    super(
      `AdultWork API ${first.operationId} (${first.method} ${first.path}) answered HTTP ${first.status} outside its contract: ${first.kind} at ${where(first)}, expected ${first.expected}, observed ${first.observed}${more}`,
      first
    );
    this.operationId = first.operationId;
    this.status = first.status;
    this.pointer = first.pointer;
    this.findings = findings;
  }
}
const describeFinding = (f) => `${f.operationId} HTTP ${f.status}: ${f.kind} at ${where(f)}, expected ${f.expected}, observed ${f.observed}${f.count > 1 ? ` (\xD7${f.count})` : ""}`;
(0, import_errors.brandErrorClasses)({ AdultWorkContractError });
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  AdultWorkContractError,
  describeFinding
});
//# sourceMappingURL=contract-error.js.map
