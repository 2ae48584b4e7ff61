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
var no_file_exports = {};
__export(no_file_exports, {
  jsonLinesWriter: () => jsonLinesWriter
});
module.exports = __toCommonJS(no_file_exports);
var import_errors = require("../errors.js");
function jsonLinesWriter(file) {
  throw new import_errors.AdultWorkUsageError(`responseValidation({ file }) needs Node's file system; ${JSON.stringify(file)} cannot be written here: use onFinding instead`);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  jsonLinesWriter
});
//# sourceMappingURL=no-file.js.map
