// JSON Schema checks over the bundled contract, shared by the lint step and the tests: validate a
// value against any schema of generated/openapi.json (ajv, JSON Schema 2020-12), and walk every
// example the contract carries.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { tsImport } from "tsx/esm/api";
import { ROOT } from "./proc.mjs";
import { deref, listOperations } from "./operations.mjs";

export const BUNDLE_PATH = join(ROOT, "generated", "openapi.json");
export const loadBundle = (path = BUNDLE_PATH) => JSON.parse(readFileSync(path, "utf8"));

// The project's one JSON-Schema inliner lives with the validator entry (src/validate/schema.ts), so
// lint, the tests, drift detection and fixture validation cannot disagree about what a schema means.
const { inlineSchema } = await tsImport("../../src/validate/schema.ts", import.meta.url);
export { inlineSchema };

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
