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
var checker_exports = {};
__export(checker_exports, {
  createDriftChecker: () => createDriftChecker
});
module.exports = __toCommonJS(checker_exports);
var import__ = require("ajv/dist/2020.js");
var import_ajv_formats = __toESM(require("ajv-formats"), 1);
var import_schema = require("./schema.js");
var import_findings = require("./findings.js");
const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"];
const isJson = (mediaType) => /^application\/([\w.-]+\+)?json$/.test(mediaType);
function mediaTypeOf(header) {
  const essence = header?.split(";")[0]?.trim().toLowerCase();
  return essence && /^[\w.+-]+\/[\w.+-]+$/.test(essence) ? essence : void 0;
}
function matchesDeclared(declared, actual) {
  const d = declared.split(";")[0].trim().toLowerCase();
  if (d === actual || d === "*/*") return true;
  return d.endsWith("/*") && actual.startsWith(d.slice(0, -1));
}
function declaredKey(responses, status) {
  const exact = String(status);
  if (exact in responses) return exact;
  const range = Object.keys(responses).find((k) => k.toUpperCase() === `${exact[0]}XX`);
  return range ?? ("default" in responses ? "default" : void 0);
}
function inferredRequired(names, data) {
  const missing = names.filter((n) => typeof n === "string" && !Object.hasOwn(data, n));
  inferredRequired.errors = missing.map((missingProperty) => ({ keyword: import_schema.INFERRED_REQUIRED, message: "inferred field absent", params: { missingProperty } }));
  return missing.length === 0;
}
inferredRequired.errors = [];
function createDriftChecker(doc) {
  let ajv;
  let operations;
  const compiled = /* @__PURE__ */ new Map();
  let forms;
  const operationTable = () => {
    if (operations) return operations;
    operations = /* @__PURE__ */ new Map();
    for (const [path, item] of Object.entries(doc.paths ?? {})) {
      for (const method of METHODS) {
        const op = item[method];
        if (!op || typeof op.operationId !== "string") continue;
        operations.set(op.operationId, {
          method: method.toUpperCase(),
          path,
          docs: typeof op["x-aw-docs"] === "string" ? op["x-aw-docs"] : void 0,
          responses: op.responses ?? {}
        });
      }
    }
    return operations;
  };
  const dateForms = () => {
    if (forms) return forms;
    const out = [];
    for (const s of Object.values(doc.components?.schemas ?? {})) {
      if ((0, import_schema.isDateSchemaTitle)(s.title) && typeof s.pattern === "string") {
        try {
          out.push([s.title, new RegExp(s.pattern, "u")]);
        } catch {
        }
      }
    }
    return forms = out;
  };
  const compile = (key, schema, docs) => {
    let entry = compiled.get(key);
    if (entry) return entry;
    const root = (0, import_schema.closedSchema)(doc, schema);
    if ((0, import_schema.acceptsAnything)(root)) {
      entry = { validate: null, root, docs };
    } else {
      if (!ajv) {
        ajv = new import__.Ajv2020({ strict: false, allErrors: true, validateFormats: true });
        const plugin = import_ajv_formats.default.default ?? import_ajv_formats.default;
        plugin(ajv);
        ajv.addKeyword({ keyword: import_schema.INFERRED_REQUIRED, type: "object", schemaType: "array", errors: true, validate: inferredRequired });
      }
      try {
        entry = { validate: ajv.compile(root), root, docs };
      } catch (err) {
        compiled.set(key, { validate: null, root, docs });
        throw new Error(`the contract's schema for ${key} does not compile: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    compiled.set(key, entry);
    return entry;
  };
  const routes = /* @__PURE__ */ new Map();
  return {
    check(answer) {
      const { operationId, status, contentType, body, parsed } = answer;
      const op = operationTable().get(operationId);
      if (!op) return [];
      const known = body === "" ? void 0 : routes.get(`${operationId} ${status} ${contentType}`);
      if (known?.validate && parsed && known.validate(parsed.value)) return [];
      return full(op, answer, known);
    }
  };
  function full(op, { operationId, status, contentType, body, parsed, secrets = [] }, known) {
    const out = [];
    const add = (f) => out.push({ operationId, method: op.method, path: op.path, status, count: 1, ...f });
    const target = known ?? route(op);
    if (!target) return out;
    if (!known) routes.set(`${operationId} ${status} ${contentType}`, target);
    const { validate, root, docs } = target;
    if (!validate) return out;
    let data;
    if (parsed) data = parsed.value;
    else {
      try {
        data = JSON.parse(body);
      } catch {
        add({ kind: "invalid-json", pointer: "", expected: (0, import_schema.describeSchemaType)(root), observed: "a body that does not parse as JSON", ...docs ? { docs } : {} });
        return out;
      }
    }
    if (validate(data)) return out;
    const keys = typeof secrets === "function" ? secrets() : secrets;
    for (const f of (0, import_findings.findingsFromErrors)(validate.errors ?? [], { root, body: data, forms: dateForms(), secrets: keys })) {
      add({ ...f, ...f.docs === void 0 && docs ? { docs } : {} });
    }
    return out;
    function route(op2) {
      const statusKey = declaredKey(op2.responses, status);
      if (statusKey === void 0) {
        add({ kind: "undeclared-status", pointer: "", expected: Object.keys(op2.responses).join(", "), observed: String(status), ...op2.docs ? { docs: op2.docs } : {} });
        return void 0;
      }
      const response = (0, import_schema.deref)(doc, op2.responses[statusKey]);
      const content = response?.content ?? {};
      const docs2 = (typeof response?.["x-aw-docs"] === "string" ? response["x-aw-docs"] : void 0) ?? op2.docs;
      const declaredTypes = Object.keys(content);
      const mediaType = mediaTypeOf(contentType);
      if (body === "") {
        const schemas = declaredTypes.map((t) => content[t]?.schema).filter((s) => s !== void 0);
        if (schemas.length && !schemas.some((s) => (0, import_schema.acceptsAnything)((0, import_schema.closedSchema)(doc, s)))) {
          add({ kind: "type-mismatch", pointer: "", expected: (0, import_schema.describeSchemaType)((0, import_schema.closedSchema)(doc, schemas[0])), observed: "empty body", ...docs2 ? { docs: docs2 } : {} });
        }
        return void 0;
      }
      const declared = mediaType ? declaredTypes.find((t) => matchesDeclared(t, mediaType)) : void 0;
      if (declared === void 0) {
        add({
          kind: "undeclared-content-type",
          pointer: "",
          expected: declaredTypes.length ? declaredTypes.join(", ") : "no body",
          observed: mediaType ?? (contentType ? "unreadable content type" : "no content type"),
          ...docs2 ? { docs: docs2 } : {}
        });
        return void 0;
      }
      const media = content[declared];
      if (!isJson(mediaType) || !media || media.schema === void 0) return void 0;
      return compile(`${operationId} ${statusKey} ${declared}`, media.schema, docs2);
    }
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  createDriftChecker
});
//# sourceMappingURL=checker.js.map
