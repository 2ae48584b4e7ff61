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
var operation_table_exports = {};
__export(operation_table_exports, {
  operations: () => import_operations.operations,
  unifiedLogin: () => import_operations.unifiedLogin
});
module.exports = __toCommonJS(operation_table_exports);
var import_operations = require("../generated/operations.js");
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  operations,
  unifiedLogin
});
//# sourceMappingURL=operation-table.js.map
