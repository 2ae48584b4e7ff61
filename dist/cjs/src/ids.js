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
var ids_exports = {};
__export(ids_exports, {
  joinIds: () => joinIds,
  splitIds: () => splitIds
});
module.exports = __toCommonJS(ids_exports);
var import_errors = require("./errors.js");
function joinIds(ids, options = {}) {
  const out = [];
  for (const id of ids) {
    const text = typeof id === "string" ? id.trim() : String(id);
    const ok = typeof id === "number" && Number.isSafeInteger(id) && id > 0 || typeof id === "bigint" && id > 0n || typeof id === "string" && /^\d+$/.test(text) && !/^0+$/.test(text);
    if (!ok) throw new import_errors.AdultWorkUsageError(`Not an ID (a positive integer): ${JSON.stringify(typeof id === "bigint" ? text : id)}`);
    out.push(typeof id === "string" ? text.replace(/^0+/, "") : text);
  }
  if (out.length === 0) throw new import_errors.AdultWorkUsageError("An ID list needs at least one ID");
  if (options.max !== void 0 && out.length > options.max) {
    throw new import_errors.AdultWorkUsageError(`At most ${options.max} IDs are allowed here, got ${out.length}`);
  }
  return out.join(",");
}
function splitIds(list) {
  if (typeof list !== "string" || !/^\s*\d+\s*(,\s*\d+\s*)*$/.test(list)) {
    throw new import_errors.AdultWorkUsageError(`Not a comma-separated ID list: ${JSON.stringify(list)}`);
  }
  return list.split(",").map((s) => {
    const n = Number(s.trim());
    if (!Number.isSafeInteger(n)) throw new import_errors.AdultWorkUsageError(`ID too large for a JavaScript number: ${s.trim()}`);
    return n;
  });
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  joinIds,
  splitIds
});
//# sourceMappingURL=ids.js.map
