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
var format_exports = {};
__export(format_exports, {
  applyFormat: () => applyFormat,
  checkFormatOptions: () => checkFormatOptions
});
module.exports = __toCommonJS(format_exports);
var import_errors = require("./errors.js");
const ACCEPT = { json: "application/json", xml: "application/xml" };
const HOW_TO_ENABLE = 'XML needs the XML entry point: import { xmlSupport } from "adultwork-api-client/xml" and pass createAdultWorkClient({ xml: xmlSupport(), ... })';
function checkFormat(value, where, xml) {
  if (value === void 0) return void 0;
  if (value !== "json" && value !== "xml") {
    throw new import_errors.AdultWorkUsageError(`${where} must be "json" or "xml", got ${JSON.stringify(value) ?? String(value)}`);
  }
  if (value === "xml" && !xml) throw new import_errors.AdultWorkUsageError(`${where} is "xml", but XML decoding is not enabled. ${HOW_TO_ENABLE}`);
  return value;
}
function checkFormatOptions(options) {
  if (options.xml !== void 0 && (typeof options.xml?.decoder !== "function" || options.xml.format !== "xml")) {
    throw new import_errors.AdultWorkUsageError('the xml option takes the value of xmlSupport() from "adultwork-api-client/xml"');
  }
  checkFormat(options.format, "the format option", options.xml);
}
function applyFormat(request, options) {
  const perCall = checkFormat(request.format, "the call's format", options.xml);
  const format = perCall ?? options.format;
  if (format) request.headers.set("Accept", ACCEPT[format]);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  applyFormat,
  checkFormatOptions
});
//# sourceMappingURL=format.js.map
