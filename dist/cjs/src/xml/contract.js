"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
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
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var contract_exports = {};
__export(contract_exports, {
  hasOperation: () => hasOperation,
  responseSchema: () => responseSchema,
  responseShape: () => responseShape,
  successStatus: () => successStatus
});
module.exports = __toCommonJS(contract_exports);
var import_openapi = __toESM(require("../../../../generated/openapi.json"), 1);
var import_shape = require("./shape.js");
const doc = import_openapi.default;
const compiler = new import_shape.ShapeCompiler(doc);
const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"];
let byOperationId;
const shapes = /* @__PURE__ */ new Map();
const isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function operation(operationId) {
  if (!byOperationId) {
    byOperationId = /* @__PURE__ */ new Map();
    for (const item of Object.values(doc.paths ?? {})) {
      for (const method of METHODS) {
        const op = item[method];
        if (isObject(op) && typeof op.operationId === "string") byOperationId.set(op.operationId, op);
      }
    }
  }
  return byOperationId.get(operationId);
}
const deref = (node) => isObject(node) && typeof node.$ref === "string" ? compiler.resolve(node.$ref) : node;
const hasOperation = (operationId) => operation(operationId) !== void 0;
function successStatus(operationId) {
  const responses = operation(operationId)?.responses;
  const key = isObject(responses) ? Object.keys(responses).find((k) => /^2\d\d$/.test(k)) : void 0;
  return key ? Number(key) : 200;
}
function responseSchema(operationId, status) {
  const responses = operation(operationId)?.responses;
  if (!isObject(responses)) return void 0;
  const response = deref(responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default);
  const content = isObject(response) && isObject(response.content) ? response.content : {};
  const media = content["application/xml"] ?? content["application/json"] ?? Object.values(content)[0];
  return media?.schema;
}
function responseShape(operationId, status) {
  const key = `${operationId} ${status}`;
  let shape = shapes.get(key);
  if (!shape) {
    shape = compiler.compile(responseSchema(operationId, status));
    shapes.set(key, shape);
  }
  return shape;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  hasOperation,
  responseSchema,
  responseShape,
  successStatus
});
//# sourceMappingURL=contract.js.map
