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
var jsonl_file_exports = {};
__export(jsonl_file_exports, {
  LINE_VERSION: () => LINE_VERSION,
  jsonLinesWriter: () => jsonLinesWriter
});
module.exports = __toCommonJS(jsonl_file_exports);
var import_promises = require("node:fs/promises");
var import_node_path = require("node:path");
const LINE_VERSION = 1;
function jsonLinesWriter(file) {
  let queue = (0, import_promises.mkdir)((0, import_node_path.dirname)(file), { recursive: true }).then(() => void 0);
  const run = Math.random().toString(36).slice(2, 8);
  let responses = 0;
  return (findings) => {
    const at = (/* @__PURE__ */ new Date()).toISOString();
    const response = `${run}-${++responses}`;
    const text = findings.map((f) => JSON.stringify({ v: LINE_VERSION, at, response, ...f })).join("\n") + "\n";
    queue = queue.then(() => (0, import_promises.appendFile)(file, text, "utf8"));
    return queue;
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  LINE_VERSION,
  jsonLinesWriter
});
//# sourceMappingURL=jsonl-file.js.map
