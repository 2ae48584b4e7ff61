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
var xml_exports = {};
__export(xml_exports, {
  AdultWorkXmlError: () => import_errors.AdultWorkXmlError,
  decodeOperationXml: () => import_support.decodeOperationXml,
  xmlSupport: () => import_support.xmlSupport
});
module.exports = __toCommonJS(xml_exports);
var import_support = require("./support.js");
var import_errors = require("./errors.js");
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  AdultWorkXmlError,
  decodeOperationXml,
  xmlSupport
});
//# sourceMappingURL=index.js.map
