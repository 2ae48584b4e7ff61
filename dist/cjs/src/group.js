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
var group_exports = {};
__export(group_exports, {
  createGroupMemberClient: () => createGroupMemberClient
});
module.exports = __toCommonJS(group_exports);
var import_errors = require("./errors.js");
var import_operations = require("./operations.js");
function createGroupMemberClient(core, userId) {
  if (!Number.isSafeInteger(userId) || userId < 1) {
    throw new import_errors.AdultWorkUsageError(`asGroupMember needs a member's UserID (a positive integer), got ${String(userId)}`);
  }
  const route = (method) => (path, init = {}) => {
    const baseId = (0, import_operations.operationIdFor)(method, path);
    const variantId = baseId ? (0, import_operations.operationInfo)(baseId).groupVariant : null;
    if (!variantId) throw new import_errors.AdultWorkUsageError(`${method} ${path} has no group-manager form`);
    const variant = (0, import_operations.operationInfo)(variantId);
    const next = variant.groupUserIdIn === "query" ? { ...init, params: { ...init.params, query: { ...init.params?.query, UserID: userId } } } : { ...init, body: { ...init.body, UserID: userId } };
    return core[method](variant.path, next);
  };
  return { userId, GET: route("GET"), POST: route("POST"), PUT: route("PUT") };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  createGroupMemberClient
});
//# sourceMappingURL=group.js.map
