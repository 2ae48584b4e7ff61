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
var support_exports = {};
__export(support_exports, {
  decodeOperationXml: () => decodeOperationXml,
  xmlSupport: () => xmlSupport
});
module.exports = __toCommonJS(support_exports);
var import_errors = require("../errors.js");
var import_operations = require("../operations.js");
var import_contract = require("./contract.js");
var import_decode = require("./decode.js");
var import_errors2 = require("./errors.js");
const XML_MEDIA = /^(?:application|text)\/(?:[\w.+-]+\+)?xml\s*(?:;|$)/i;
function checkNames(names) {
  if (names === void 0) return "as-sent";
  if (names === "as-sent" || names === "schema") return names;
  throw new import_errors.AdultWorkUsageError(`names must be "as-sent" or "schema", got ${JSON.stringify(names) ?? String(names)}`);
}
function jsonResponse(original, json) {
  const headers = new Headers(original.headers);
  headers.set("Content-Type", "application/json; charset=utf-8");
  headers.delete("Content-Length");
  const res = new Response(json, { status: original.status, statusText: original.statusText, headers });
  Object.defineProperty(res, "url", { value: original.url });
  return res;
}
function xmlSupport(options = {}) {
  const names = checkNames(options.names);
  return {
    format: "xml",
    decoder({ redact }) {
      return {
        async onResponse({ request, response, schemaPath, options: call }) {
          if (call.parseAs !== "json" || !XML_MEDIA.test(response.headers.get("Content-Type") ?? "")) return void 0;
          const text = await response.text();
          if (!text.trim()) return jsonResponse(response, null);
          const operationId = (0, import_operations.operationIdFor)(request.method, schemaPath);
          try {
            const value = (0, import_decode.decodeXml)(text, (0, import_contract.responseShape)(operationId ?? "", response.status), {
              names,
              redact,
              operationId,
              status: response.status,
              context: `${operationId ? `${operationId} ` : ""}(${request.method} ${schemaPath})`
            });
            return jsonResponse(response, JSON.stringify(value));
          } catch (err) {
            if (response.ok || !(err instanceof import_errors2.AdultWorkXmlError)) throw err;
            return new Response(text, { status: response.status, statusText: response.statusText, headers: response.headers });
          }
        }
      };
    }
  };
}
function decodeOperationXml(operationId, xml, options = {}) {
  if (!(0, import_contract.hasOperation)(operationId)) throw new import_errors.AdultWorkUsageError(`Unknown operationId: ${String(operationId)}`);
  const status = options.status ?? (0, import_contract.successStatus)(operationId);
  return (0, import_decode.decodeXml)(xml, (0, import_contract.responseShape)(operationId, status), { names: checkNames(options.names), operationId, status });
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  decodeOperationXml,
  xmlSupport
});
//# sourceMappingURL=support.js.map
