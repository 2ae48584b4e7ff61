import { runtimeOperations } from "../generated/runtime-operations.js";
const byRoute = /* @__PURE__ */ new Map();
for (const id of Object.keys(runtimeOperations)) {
  const op = runtimeOperations[id];
  let paths = byRoute.get(op.method);
  if (!paths) byRoute.set(op.method, paths = /* @__PURE__ */ new Map());
  paths.set(op.path, id);
}
function isOperationId(id) {
  return typeof id === "string" && Object.hasOwn(runtimeOperations, id);
}
function operationInfo(id) {
  return runtimeOperations[id];
}
function operationIdFor(method, path) {
  return (byRoute.get(method) ?? byRoute.get(method.toUpperCase()))?.get(path);
}
export {
  isOperationId,
  operationIdFor,
  operationInfo
};
//# sourceMappingURL=operations.js.map
