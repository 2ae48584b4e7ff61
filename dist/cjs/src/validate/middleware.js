"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
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
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var middleware_exports = {};
__export(middleware_exports, {
  responseValidation: () => responseValidation
});
module.exports = __toCommonJS(middleware_exports);
var import_openapi = __toESM(require("../../../../generated/openapi.json"), 1);
var import_buffered_response = require("../buffered-response.js");
var import_errors = require("../errors.js");
var import_operations = require("../operations.js");
var import_checker = require("./checker.js");
var import_contract_error = require("./contract-error.js");
const MODES = ["off", "warn", "throw"];
let sharedChecker;
const bundledChecker = () => sharedChecker ??= (0, import_checker.createDriftChecker)(import_openapi.default);
function secretsOf(request, operationId) {
  const out = [...(0, import_errors.redactorOf)(request)?.known() ?? []];
  const auth = request.headers.get("authorization")?.replace(/^Bearer\s+/i, "");
  if (auth) out.push(auth);
  const param = (0, import_operations.operationInfo)(operationId).apiKeyParam;
  if (param) {
    const key = new URL(request.url).searchParams.get(param);
    if (key) out.push(key);
  }
  return out.filter((s) => s.length >= 6);
}
function responseValidation(options = {}) {
  const mode = options.validateResponses ?? "off";
  if (!MODES.includes(mode)) {
    throw new import_errors.AdultWorkUsageError(`validateResponses must be "off", "warn" or "throw", got ${JSON.stringify(mode)}`);
  }
  if (mode === "off") return { onResponse: () => void 0 };
  const { onFinding, file } = options;
  let write;
  const report = async (findings) => {
    for (const f of findings) {
      if (onFinding) {
        try {
          onFinding(f);
        } catch (err) {
          console.warn(`adultwork-api-client/validate: onFinding threw: ${err instanceof Error ? err.name : typeof err}`);
        }
      }
    }
    if (file) {
      try {
        write ??= (await import("#validate-file")).jsonLinesWriter(file);
        await write(findings);
      } catch (err) {
        console.warn(`adultwork-api-client/validate: cannot write findings to ${file}: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    if (!onFinding && !file) for (const f of findings) console.warn(`adultwork-api-client/validate: ${(0, import_contract_error.describeFinding)(f)}`);
  };
  const findingsOf = (request, operationId, status, contentType, body, parsed) => {
    let findings;
    try {
      findings = bundledChecker().check({ operationId, status, contentType, body, parsed, secrets: () => secretsOf(request, operationId) });
    } catch (err) {
      console.warn(`adultwork-api-client/validate: cannot check ${operationId}: ${err instanceof Error ? err.message : String(err)}`);
      return void 0;
    }
    return findings.length ? findings : void 0;
  };
  const settle = async (findings) => {
    if (!findings) return void 0;
    await report(findings);
    return mode === "throw" ? new import_contract_error.AdultWorkContractError(findings) : void 0;
  };
  const raise = async (findings) => {
    const err = await settle(findings);
    if (err) throw err;
    return void 0;
  };
  return {
    // Not async: a clean answer held by the transport is checked synchronously, and costs the call no
    // promise of its own.
    onResponse({ request, response, schemaPath }) {
      const operationId = (0, import_operations.operationIdFor)(request.method, schemaPath);
      if (!operationId) return void 0;
      const contentType = response.headers.get("content-type");
      if (response.status === 204 || request.method === "HEAD") {
        const findings = findingsOf(request, operationId, response.status, contentType, "");
        return findings && raise(findings);
      }
      const held = import_buffered_response.BufferedResponse.inspect(response);
      if (held) {
        const findings = findingsOf(request, operationId, response.status, contentType, held.text, held.parsed);
        return findings && raise(findings);
      }
      return response.clone().text().then((body) => {
        const findings = findingsOf(request, operationId, response.status, contentType, body);
        return findings && raise(findings);
      });
    },
    // A 2xx answer that is not the JSON asked for (an HTML page, a wrong content type) never reaches
    // onResponse: the transport turns it into InvalidResponseError. Its status and content type are
    // still facts about the API.
    async onError({ request, error, schemaPath }) {
      if (!(error instanceof import_errors.InvalidResponseError)) return void 0;
      const operationId = (0, import_operations.operationIdFor)(request.method, schemaPath);
      if (!operationId) return void 0;
      return await settle(findingsOf(request, operationId, error.status, error.contentType, error.body)) ?? void 0;
    }
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  responseValidation
});
//# sourceMappingURL=middleware.js.map
