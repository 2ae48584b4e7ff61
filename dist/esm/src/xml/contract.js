import bundled from "../../../../generated/openapi.json" with { type: "json" };
import { ShapeCompiler } from "./shape.js";
const doc = bundled;
const compiler = new ShapeCompiler(doc);
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
export {
  hasOperation,
  responseSchema,
  responseShape,
  successStatus
};
//# sourceMappingURL=contract.js.map
