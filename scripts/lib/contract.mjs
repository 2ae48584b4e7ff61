// JSON Schema checks over the bundled contract, shared by the lint step and the tests: validate a
// value against any schema of generated/openapi.json (ajv, JSON Schema 2020-12), and walk every
// example the contract carries.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { ROOT } from "./proc.mjs";
import { deref, listOperations } from "./operations.mjs";

export const BUNDLE_PATH = join(ROOT, "generated", "openapi.json");
export const loadBundle = (path = BUNDLE_PATH) => JSON.parse(readFileSync(path, "utf8"));

const COMPOSITION = ["allOf", "anyOf", "oneOf"];

/**
 * Returns a copy of `schema` with every local reference inlined. With `closed`, objects reject
 * properties their schema does not list (an example may not carry a field the contract omits),
 * the same strictness Redocly applies to examples.
 */
export function inlineSchema(doc, schema, { closed = false } = {}) {
  const walk = (node, depth, position) => {
    if (depth > 64) throw new Error("Schema nesting too deep (a reference cycle?)");
    if (Array.isArray(node)) return node.map((n) => walk(n, depth + 1, "other"));
    if (!node || typeof node !== "object") return node;
    let out = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref") continue;
      if (key === "properties" || key === "patternProperties" || key === "$defs") {
        out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, depth + 1, "value")]));
      } else if (COMPOSITION.includes(key)) {
        out[key] = value.map((v) => walk(v, depth + 1, "branch"));
      } else if (["items", "additionalProperties", "unevaluatedProperties", "contains", "not"].includes(key)) {
        out[key] = walk(value, depth + 1, "value");
      } else if (["if", "then", "else"].includes(key)) {
        out[key] = walk(value, depth + 1, "branch");
      } else if (key === "xml" || key.startsWith("x-") || key === "example" || key === "examples") {
        out[key] = value; // annotations: kept as they are
      } else {
        out[key] = walk(value, depth + 1, "other");
      }
    }
    if (typeof node.$ref === "string") {
      const target = walk(deref(doc, { $ref: node.$ref }), depth + 1, position);
      // A $ref beside other keywords applies both (OpenAPI 3.1): merge through allOf.
      out = Object.keys(out).length ? { allOf: [target], ...out } : target;
    }
    const objectLike =
      out.type === "object" || out.properties || COMPOSITION.some((k) => out[k]?.some((b) => b?.type === "object" || b?.properties || b?.allOf));
    if (closed && position === "value" && objectLike && !("additionalProperties" in out) && !("unevaluatedProperties" in out)) {
      out.unevaluatedProperties = false;
    }
    return out;
  };
  return walk(schema, 0, "value");
}

/** A validator over the contract's schemas: `validate(schema, value, opts)` returns ajv errors or []. */
export function createSchemaValidator(doc) {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats.default ? addFormats.default(ajv) : addFormats(ajv);
  const cache = new Map();
  return function validate(schema, value, { closed = false } = {}) {
    const key = JSON.stringify(schema) + closed;
    let fn = cache.get(key);
    if (!fn) {
      fn = ajv.compile(inlineSchema(doc, schema, { closed }));
      cache.set(key, fn);
    }
    return fn(value) ? [] : [...fn.errors];
  };
}

/** Formats ajv errors as one readable line each. */
export const describeErrors = (errors) =>
  errors.map((e) => `${e.instancePath || "(root)"} ${e.message}${e.params?.unevaluatedProperty ? `: ${e.params.unevaluatedProperty}` : ""}`);

/**
 * Every example the contract attaches to a request or response body: where it is, its media
 * type, the schema it must fit and its value.
 */
export function collectMediaExamples(doc) {
  const out = [];
  for (const { method, path, op } of listOperations(doc)) {
    const at = (where) => `${op.operationId} ${where}`;
    const body = deref(doc, op.requestBody);
    const media = [];
    for (const [type, m] of Object.entries(body?.content ?? {})) media.push({ where: at(`request ${type}`), type, m });
    for (const [status, resRef] of Object.entries(op.responses ?? {})) {
      const res = deref(doc, resRef);
      for (const [type, m] of Object.entries(res?.content ?? {})) media.push({ where: at(`response ${status} ${type}`), type, m, status });
    }
    for (const { where, type, m, status } of media) {
      const base = { operationId: op.operationId, method, path, status: status ?? null, mediaType: type, schema: m.schema };
      if ("example" in m) out.push({ ...base, where: `${where} example`, value: m.example });
      for (const [name, ex] of Object.entries(m.examples ?? {})) {
        const resolved = deref(doc, ex);
        if ("value" in resolved) out.push({ ...base, where: `${where} examples.${name}`, value: resolved.value });
      }
    }
  }
  return out;
}

export const isJsonMediaType = (type) => /^application\/(.+\+)?json(;|$)/.test(type);
export const isXmlMediaType = (type) => /^(application|text)\/(.+\+)?xml(;|$)/.test(type);
