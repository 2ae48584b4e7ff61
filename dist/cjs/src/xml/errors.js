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
var errors_exports = {};
__export(errors_exports, {
  AdultWorkXmlError: () => AdultWorkXmlError
});
module.exports = __toCommonJS(errors_exports);
var import_errors = require("../errors.js");
class AdultWorkXmlError extends import_errors.AdultWorkError {
  name = "AdultWorkXmlError";
  operationId;
  status;
  elementPath;
  problem;
  constructor(info) {
    const where = info.elementPath ? ` at ${info.elementPath}` : "";
    const what = info.context ?? info.operationId;
    super(`${what ? `${what}: ` : ""}the XML${info.status === void 0 ? "" : ` answer (HTTP ${info.status})`} cannot be decoded${where}: ${info.problem}`);
    this.operationId = info.operationId;
    this.status = info.status;
    this.elementPath = info.elementPath;
    this.problem = info.problem;
  }
}
(0, import_errors.brandErrorClasses)({ AdultWorkXmlError });
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  AdultWorkXmlError
});
//# sourceMappingURL=errors.js.map
