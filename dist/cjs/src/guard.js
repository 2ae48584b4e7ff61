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
var guard_exports = {};
__export(guard_exports, {
  guardCalls: () => guardCalls
});
module.exports = __toCommonJS(guard_exports);
var import_errors = require("./errors.js");
var import_operations = require("./operations.js");
const METHODS = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"];
function describeBuildFailure(err, redactor) {
  if (err instanceof URIError) return "a parameter value cannot be encoded in a URL (it holds a lone surrogate)";
  if (err instanceof TypeError && /header/i.test(err.message)) return "a header name or value holds characters HTTP does not allow (a line break, a control character or non-Latin-1 text)";
  if (err instanceof Error) return `the request could not be built (${redactor.text(err.name)}: ${redactor.text(err.message)})`;
  return `the request could not be built (${typeof err} thrown)`;
}
function guardCalls(core, redactor, callOf) {
  const calls = core;
  const guarded = (method, path, init, send) => {
    let answer;
    const tracker = {
      onResponse({ response }) {
        answer = response;
        return void 0;
      }
    };
    return send({ ...init, middleware: [...init?.middleware ?? [], tracker] }).catch((err) => {
      if (err instanceof import_errors.AdultWorkError) throw err;
      if (init?.signal?.aborted && err === init.signal.reason) throw err;
      const info = (answer && callOf(answer)) ?? { operationId: (0, import_operations.operationIdFor)(method, path), method, path };
      if (!answer) throw new import_errors.AdultWorkUsageError(`${info.method} ${info.path}: ${describeBuildFailure(err, redactor)}; nothing was sent`);
      const contentType = answer.headers.get("content-type");
      throw new import_errors.InvalidResponseError({
        ...info,
        status: answer.status,
        contentType: contentType === null ? null : redactor.text(contentType),
        body: "",
        // The parser's message quotes the body, which may hold personal data: only its kind is named.
        problem: `a body that could not be read as asked (${err instanceof Error ? redactor.text(err.name) : typeof err})`
      });
    });
  };
  for (const method of METHODS) {
    const original = calls[method];
    if (typeof original !== "function") continue;
    calls[method] = (path, init) => guarded(method, path, init, (next) => original.call(core, path, next));
  }
  const request = calls.request;
  calls.request = (method, path, init) => guarded(String(method).toUpperCase(), path, init, (next) => request.call(core, method, path, next));
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  guardCalls
});
//# sourceMappingURL=guard.js.map
