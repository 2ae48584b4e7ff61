import { deref, inlineSchema } from "../validate/schema.js";
import { responseFor } from "./fixtures.js";
const DYNAMIC_MAX_PAGES = 20;
const DYNAMIC_MAX_INTEGER = 1e5;
const isObject = (v) => !!v && typeof v === "object" && !Array.isArray(v);
const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"];
const undocumented = (s) => s === true || isObject(s) && Object.keys(s).every((k) => k === "title" || k === "description" || k.startsWith("x-"));
function documentedItems(items) {
  if (!isObject(items) || undocumented(items) || items["x-aw-docs"] === "undocumented") return false;
  const merged = Object.assign({}, ...(items.allOf ?? []).filter(isObject), items);
  const types = Array.isArray(merged.type) ? merged.type : [merged.type];
  if (types.includes("object") || merged.properties) return isObject(merged.properties) && Object.keys(merged.properties).length > 0;
  return merged.type !== void 0 || Array.isArray(merged.enum) || Array.isArray(merged.anyOf) || Array.isArray(merged.oneOf);
}
function plausible(node, name = "") {
  if (Array.isArray(node)) return node.map((n) => plausible(n));
  if (!isObject(node)) return node;
  const out = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === "properties" && isObject(v)) out[k] = Object.fromEntries(Object.entries(v).map(([p, s]) => [p, plausible(s, p)]));
    else if (k === "examples" || k === "example" || k === "enum" || k === "const") out[k] = v;
    else out[k] = plausible(v, k === "items" ? name : "");
  }
  const types = Array.isArray(out.type) ? out.type : [out.type];
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
function mockContract(doc, { fixtures = [], dynamic = false } = {}) {
  const out = structuredClone(doc);
  const byOperation = /* @__PURE__ */ new Map();
  for (const f of fixtures) byOperation.set(f.operationId, [...byOperation.get(f.operationId) ?? [], f]);
  for (const item of Object.values(out.paths ?? {})) {
    for (const m of METHODS) {
      const op = item[m];
      if (!op?.responses) continue;
      for (const [status, ref] of Object.entries(op.responses)) op.responses[status] = structuredClone(deref(out, ref));
      for (const fixture of byOperation.get(op.operationId ?? "") ?? []) {
        const found = responseFor({ responses: op.responses }, fixture.status);
        if (!found) continue;
        const response = structuredClone(found.response);
        op.responses[String(fixture.status)] = response;
        for (const [type, media] of Object.entries(response.content ?? {})) {
          if (!/json/.test(type)) continue;
          delete media.example;
          media.examples = { fixture: { summary: `Fixture ${fixture.file}`, value: fixture.value } };
          media.schema = { const: fixture.value };
        }
      }
      if (!dynamic) continue;
      for (const response of Object.values(op.responses)) {
        for (const [type, media] of Object.entries(response.content ?? {})) {
          if (!/json/.test(type) || !media.schema || isObject(media.schema) && "const" in media.schema) continue;
          const schema = deref(out, media.schema);
          media.schema = undocumented(schema) ? { type: "object", maxProperties: 0 } : plausible(inlineSchema(out, media.schema));
        }
      }
    }
  }
  return out;
}
export {
  DYNAMIC_MAX_PAGES,
  documentedItems,
  mockContract
};
//# sourceMappingURL=contract.js.map
