// The copy of the contract the mock serves: the shipped contract, with a team's fixtures in place of
// its examples and, for dynamic answers, bounds that keep generated values plausible. The shipped
// contract itself is never changed: these bounds are the mock's choice, not facts of the API.
import { deref, inlineSchema, type SchemaNode } from "../validate/schema.js";
import { responseFor, type Fixture } from "./fixtures.js";

/** The most pages a dynamic answer claims: enough to page through, few enough to look real. */
export const DYNAMIC_MAX_PAGES = 20;
/** Upper bound of other generated integers (IDs, counts, credits) that the contract leaves open. */
const DYNAMIC_MAX_INTEGER = 100_000;

const isObject = (v: unknown): v is SchemaNode => !!v && typeof v === "object" && !Array.isArray(v);
const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"];

/** True when a body schema says nothing (an undocumented answer). */
const undocumented = (s: unknown) => s === true || (isObject(s) && Object.keys(s).every((k) => k === "title" || k === "description" || k.startsWith("x-")));

/**
 * True when a list's item schema (inlined) says what an item holds: a scalar type, or an object with
 * listed fields. Items the docs only name (`x-aw-docs: undocumented`, no field) get no made-up entries.
 */
export function documentedItems(items: unknown): boolean {
  if (!isObject(items) || undocumented(items) || items["x-aw-docs"] === "undocumented") return false;
  const merged: SchemaNode = Object.assign({}, ...((items.allOf as unknown[] | undefined) ?? []).filter(isObject), items);
  const types = Array.isArray(merged.type) ? merged.type : [merged.type];
  if (types.includes("object") || merged.properties) return isObject(merged.properties) && Object.keys(merged.properties).length > 0;
  return merged.type !== undefined || Array.isArray(merged.enum) || Array.isArray(merged.anyOf) || Array.isArray(merged.oneOf);
}

/**
 * Bounds for dynamic generation, in an inlined response schema: a page number of 1 with a page
 * count of 1 to 20 (a generated answer cannot know the page asked for, so page ≤ count holds only
 * at 1), page sizes of 1 to 100 (the documented range), no negative or huge integer elsewhere, and
 * two to five items in a list whose items are documented.
 */
function plausible(node: unknown, name = ""): unknown {
  if (Array.isArray(node)) return node.map((n) => plausible(n));
  if (!isObject(node)) return node;
  const out: SchemaNode = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === "properties" && isObject(v)) out[k] = Object.fromEntries(Object.entries(v).map(([p, s]) => [p, plausible(s, p)]));
    else if (k === "examples" || k === "example" || k === "enum" || k === "const") out[k] = v;
    else out[k] = plausible(v, k === "items" ? name : "");
  }
  const types = Array.isArray(out.type) ? out.type : [out.type];
  // A list whose items the docs describe shows a few of them, as the illustrative examples do.
  if (types.includes("array") && documentedItems(out.items)) {
    return { ...out, minItems: out.minItems ?? 2, maxItems: out.maxItems ?? 5 };
  }
  if (types.includes("integer") || types.includes("number")) {
    if (name === "PageNumber") return { ...out, minimum: 1, maximum: 1 };
    if (name === "PageCount") return { ...out, minimum: 1, maximum: DYNAMIC_MAX_PAGES };
    if (/PerPage$|^PageSize$/.test(name)) return { ...out, minimum: 1, maximum: 100 };
    return { ...out, minimum: out.minimum ?? 0, maximum: out.maximum ?? DYNAMIC_MAX_INTEGER };
  }
  return out;
}

export interface MockContractOptions {
  fixtures?: readonly Fixture[] | undefined;
  /** Shape the schemas for generated answers (Prism's `--dynamic`). */
  dynamic?: boolean | undefined;
}

/**
 * Builds the document Prism serves. A fixture replaces the examples of its operation and status
 * and pins the schema to its value (`const`), so it is what the mock answers in both modes; an
 * operation's own status is served by default, another one on `Prefer: code=<status>`.
 */
export function mockContract(doc: SchemaNode, { fixtures = [], dynamic = false }: MockContractOptions = {}): SchemaNode {
  const out = structuredClone(doc);
  const byOperation = new Map<string, Fixture[]>();
  for (const f of fixtures) byOperation.set(f.operationId, [...(byOperation.get(f.operationId) ?? []), f]);

  for (const item of Object.values((out.paths ?? {}) as Record<string, Record<string, unknown>>)) {
    for (const m of METHODS) {
      const op = item[m] as { operationId?: string; responses?: Record<string, unknown> } | undefined;
      if (!op?.responses) continue;
      // Each operation gets its own response objects: shared components must not carry one operation's fixture to another.
      for (const [status, ref] of Object.entries(op.responses)) op.responses[status] = structuredClone(deref(out, ref));
      for (const fixture of byOperation.get(op.operationId ?? "") ?? []) {
        const found = responseFor({ responses: op.responses }, fixture.status);
        if (!found) continue;
        const response = structuredClone(found.response) as { content?: Record<string, SchemaNode> };
        op.responses[String(fixture.status)] = response;
        for (const [type, media] of Object.entries(response.content ?? {})) {
          if (!/json/.test(type)) continue;
          delete media.example;
          media.examples = { fixture: { summary: `Fixture ${fixture.file}`, value: fixture.value } };
          media.schema = { const: fixture.value };
        }
      }
      if (!dynamic) continue;
      for (const response of Object.values(op.responses) as Array<{ content?: Record<string, SchemaNode> }>) {
        for (const [type, media] of Object.entries(response.content ?? {})) {
          if (!/json/.test(type) || !media.schema || isObject(media.schema) && "const" in media.schema) continue;
          const schema = deref(out, media.schema);
          // An undocumented body stays unknown: an empty object, never a made-up one (nor the schema itself).
          media.schema = undocumented(schema) ? { type: "object", maxProperties: 0 } : plausible(inlineSchema(out, media.schema));
        }
      }
    }
  }
  return out;
}
