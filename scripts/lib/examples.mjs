// Illustrative examples for the bundled contract: every JSON answer whose shape the docs give but
// that carries no example gets one, assembled from the values the spec already holds (property
// examples, enums, defaults, date forms), so a mock answers with data a screen can show. Lists whose
// items the docs describe hold two; lists of items the docs only name stay empty. Each example is
// marked `x-aw-example: illustrative`; the docs' own samples are never touched.
import { deref, listOperations } from "./operations.mjs";
import { tsImport } from "tsx/esm/api";
import { inlineSchema } from "./contract.mjs";

// The same rule the mock's dynamic answers use for which lists get items.
const { documentedItems } = await tsImport("../../src/mock/contract.ts", import.meta.url);

export const ILLUSTRATIVE = "illustrative";
/** How many items an illustrative list holds: enough for a UI to show a list, not a single row. */
const LIST_ITEMS = 2;
const MAX_DEPTH = 6;

const isObject = (v) => !!v && typeof v === "object" && !Array.isArray(v);

/** The schema with its allOf branches merged (the contract uses allOf to extend, never to restrict). */
function flatten(s) {
  if (!isObject(s) || !Array.isArray(s.allOf)) return s;
  const { allOf, ...rest } = s;
  const out = { ...rest };
  for (const b of allOf.map(flatten)) {
    if (!isObject(b)) continue;
    for (const [k, v] of Object.entries(b)) {
      if (k === "properties") out.properties = { ...(out.properties ?? {}), ...v };
      else if (k === "required") out.required = [...new Set([...(out.required ?? []), ...v])];
      else if (!(k in out)) out[k] = v;
    }
  }
  return out;
}

const typesOf = (s) => (Array.isArray(s.type) ? s.type : s.type ? [s.type] : s.properties ? ["object"] : []);

/**
 * A value for `schema` (inlined), or undefined when the schema gives nothing to build one from.
 * `index` is the position in an enclosing list: integers with an example are offset by it, and enums
 * step through their members, so two list items are told apart (distinct IDs, varied statuses).
 */
export function illustrativeValue(schema, index = 0, depth = 0, name = "") {
  const s = flatten(schema);
  if (!isObject(s) || depth > MAX_DEPTH) return undefined;
  if ("const" in s) return s.const;
  if (Array.isArray(s.enum) && s.enum.length) {
    const members = s.enum.filter((v) => v !== null);
    return members.length ? members[index % members.length] : null;
  }
  const given = Array.isArray(s.examples) && s.examples.length ? s.examples[0] : "example" in s ? s.example : "default" in s ? s.default : undefined;
  const branches = s.anyOf ?? s.oneOf;
  if (given === undefined && Array.isArray(branches)) {
    // The first branch that is not null: a screen shows the value, not its absence.
    for (const b of branches) {
      const v = illustrativeValue(b, index, depth + 1, name);
      if (v !== undefined && v !== null) return v;
    }
    return undefined;
  }
  const types = typesOf(s).filter((t) => t !== "null");
  const type = types[0];
  if (given !== undefined) {
    return type === "integer" && Number.isSafeInteger(given) && !s.maximum ? given + index : given;
  }
  if (type === "object") {
    const out = {};
    for (const [key, prop] of Object.entries(s.properties ?? {})) {
      const v = illustrativeValue(prop, index, depth + 1, key);
      if (v !== undefined) out[key] = v;
    }
    for (const name of s.required ?? []) if (!(name in out)) return undefined; // cannot be built honestly
    return out;
  }
  if (type === "array") {
    if (!documentedItems(s.items)) return []; // items the docs only name: no made-up entries
    const items = [];
    for (let i = 0; i < LIST_ITEMS; i++) {
      const v = illustrativeValue(s.items, i, depth + 1, name);
      if (v === undefined) return [];
      items.push(v);
    }
    return items;
  }
  if (type === "boolean") return index % 2 === 0;
  // IDs look like IDs (and differ between list items); other numbers stay small.
  if (type === "integer") return s.minimum ?? (/I[Dd]s?$/.test(name) ? 100001 + index : 1 + index);
  if (type === "number") return s.minimum ?? 10 + index;
  // A free string with no pattern or format: a placeholder that names its field, as a UI would show it.
  if (type === "string" && !s.pattern && !s.format) {
    if (/e-?mail/i.test(name) && !/ID$/.test(name)) return `member${index + 1}@example.com`;
    return `${name || "Example"} ${index + 1}`;
  }
  return undefined;
}

/** True when the docs give nothing about a body (the contract's "undocumented, any value" schemas). */
export const isUndocumentedSchema = (schema) => isObject(schema) && Object.keys(schema).every((k) => k === "title" || k === "description" || k === "x-aw-docs");

/**
 * Returns a copy of the bundled contract in which every JSON answer of a documented shape without an
 * example has one, named `illustrative` and marked `x-aw-example: illustrative`. Answers the docs
 * leave undocumented stay without one.
 */
export function withIllustrativeExamples(doc) {
  const out = structuredClone(doc);
  for (const { op } of listOperations(out)) {
    for (const [status, ref] of Object.entries(op.responses ?? {})) {
      if (!/^2\d\d$/.test(status)) continue;
      const response = deref(out, ref);
      const media = response?.content?.["application/json"];
      if (!media || "example" in media || media.examples || !media.schema) continue;
      const resolved = deref(out, media.schema);
      if (isUndocumentedSchema(resolved)) continue;
      const value = illustrativeValue(inlineSchema(out, media.schema));
      if (value === undefined) continue;
      media.examples = {
        illustrative: {
          summary: "Illustrative values (this project's, not the docs')",
          "x-aw-example": ILLUSTRATIVE,
          value,
        },
      };
    }
  }
  return out;
}
