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
var operations_exports = {};
__export(operations_exports, {
  isOperationId: () => isOperationId,
  operationIdFor: () => operationIdFor,
  operationInfo: () => operationInfo
});
module.exports = __toCommonJS(operations_exports);
var import_runtime_operations = require("../generated/runtime-operations.js");
const byRoute = /* @__PURE__ */ new Map();
for (const id of Object.keys(import_runtime_operations.runtimeOperations)) {
  const op = import_runtime_operations.runtimeOperations[id];
  let paths = byRoute.get(op.method);
  if (!paths) byRoute.set(op.method, paths = /* @__PURE__ */ new Map());
  paths.set(op.path, id);
}
function isOperationId(id) {
  return typeof id === "string" && Object.hasOwn(import_runtime_operations.runtimeOperations, id);
}
function operationInfo(id) {
  return import_runtime_operations.runtimeOperations[id];
}
function operationIdFor(method, path) {
  return (byRoute.get(method) ?? byRoute.get(method.toUpperCase()))?.get(path);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  isOperationId,
  operationIdFor,
  operationInfo
});
//# sourceMappingURL=operations.js.map
