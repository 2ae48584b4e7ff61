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
var findings_exports = {};
__export(findings_exports, {
  findingsFromErrors: () => findingsFromErrors
});
module.exports = __toCommonJS(findings_exports);
var import_schema = require("./schema.js");
var import_shape = require("./shape.js");
function valueAt(body, instancePath) {
  let node = body;
  for (const raw of instancePath.split("/").slice(1)) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (node === null || typeof node !== "object") return void 0;
    node = node[key];
  }
  return node;
}
const schemaText = (v) => typeof v === "string" ? v : JSON.stringify(v);
function listText(values) {
  const shown = values.slice(0, 20).map(schemaText).join(", ");
  return values.length > 20 ? `${shown}, \u2026 (${values.length} values)` : shown;
}
const isDateSchema = (node) => !!node && typeof node === "object" && (0, import_schema.isDateSchemaTitle)(node.title);
const DATE_FORMATS = /* @__PURE__ */ new Set(["date", "date-time", "time"]);
function reduceErrors(errors, ctx) {
  const kept = new Set(errors.filter((e) => e.keyword !== "if"));
  const composites = [...kept].filter((e) => (e.keyword === "anyOf" || e.keyword === "oneOf") && !e.params.passingSchemas).sort((a, b) => a.schemaPath.length - b.schemaPath.length);
  const keyOf = (schemaPath, instancePath) => `${schemaPath}\0${instancePath}`;
  const compositeKeys = new Set(composites.map((c) => keyOf(c.schemaPath, c.instancePath)));
  const members = /* @__PURE__ */ new Map();
  if (composites.length) {
    for (const e of kept) {
      const segs = e.schemaPath.split("/");
      const inst = e.instancePath.split("/");
      for (let i = 0; i < segs.length - 1; i++) {
        if (segs[i] !== "anyOf" && segs[i] !== "oneOf" || !/^\d+$/.test(segs[i + 1])) continue;
        const schemaPath = segs.slice(0, i + 1).join("/");
        for (let j = 1; j <= inst.length; j++) {
          const key = keyOf(schemaPath, inst.slice(0, j).join("/"));
          if (!compositeKeys.has(key)) continue;
          const list = members.get(key);
          if (list) list.push(e);
          else members.set(key, [e]);
        }
      }
    }
  }
  for (const c of composites) {
    if (!kept.has(c)) continue;
    const branches = /* @__PURE__ */ new Map();
    for (const e of members.get(keyOf(c.schemaPath, c.instancePath)) ?? []) {
      if (!kept.has(e)) continue;
      const idx = e.schemaPath.slice(c.schemaPath.length + 1).split("/")[0];
      const list = branches.get(idx);
      if (list) list.push(e);
      else branches.set(idx, [e]);
    }
    const typeRejected = (errs) => errs.some((e) => e.keyword === "type" && e.instancePath === c.instancePath);
    const fitting = [...branches.values()].filter((errs) => !typeRejected(errs)).sort((a, b) => a.length - b.length);
    const keep = new Set(fitting[0] ?? []);
    kept.delete(c);
    for (const e of [...branches.values()].flat()) if (!keep.has(e)) kept.delete(e);
    if (!fitting.length) {
      const loc = (0, import_schema.locate)(ctx.root, (0, import_schema.schemaPathSegments)(c.schemaPath));
      kept.add({ ...c, keyword: "type", params: { type: (0, import_schema.describeSchemaType)(loc.node) } });
    }
  }
  const requiredMissing = new Set(
    [...kept].filter((e) => e.keyword === "required").map((e) => `${e.instancePath}\0${String(e.params.missingProperty)}`)
  );
  return [...kept].filter((e) => {
    if (e.keyword === import_schema.INFERRED_REQUIRED) return !requiredMissing.has(`${e.instancePath}\0${String(e.params.missingProperty)}`);
    if (e.keyword !== "unevaluatedProperties" && e.keyword !== "additionalProperties") return true;
    const name = e.params.unevaluatedProperty ?? e.params.additionalProperty ?? "";
    const segs = (0, import_schema.schemaPathSegments)(e.schemaPath);
    return !(0, import_schema.declaresProperty)((0, import_schema.locate)(ctx.root, segs.slice(0, -1)).node, name);
  });
}
function toFinding(e, ctx) {
  const segments = (0, import_schema.schemaPathSegments)(e.schemaPath);
  const at = (0, import_schema.locate)(ctx.root, segments.slice(0, -1));
  const value = valueAt(ctx.body, e.instancePath);
  const base = { pointer: at.pointer, ...at.schema ? { schema: at.schema } : {}, ...at.docs ? { docs: at.docs } : {} };
  const node = at.node ?? {};
  const params = e.params;
  switch (e.keyword) {
    case "unevaluatedProperties":
    case "additionalProperties": {
      const name = String(params.unevaluatedProperty ?? params.additionalProperty ?? "");
      const child = value?.[name];
      const shape = (0, import_shape.shapeOf)(child, ctx.forms, ctx.secrets);
      return {
        ...base,
        kind: "unknown-property",
        pointer: `${at.pointer}/${(0, import_shape.safeKey)(name, ctx.secrets)}`,
        expected: "not listed",
        observed: (0, import_shape.describeShape)(shape),
        ...shape.properties || shape.items ? { shape } : {}
      };
    }
    case "required": {
      const name = String(params.missingProperty);
      return {
        ...base,
        kind: "missing-required",
        pointer: `${at.pointer}/${(0, import_shape.safeKey)(name)}`,
        expected: `required ${(0, import_schema.describeSchemaType)((0, import_schema.propertySchema)(node, name))}`,
        observed: "absent"
      };
    }
    case import_schema.INFERRED_REQUIRED: {
      const name = String(params.missingProperty);
      return {
        ...base,
        kind: "missing-inferred",
        pointer: `${at.pointer}/${(0, import_shape.safeKey)(name)}`,
        expected: `inferred ${(0, import_schema.describeSchemaType)((0, import_schema.propertySchema)(node, name))}`,
        observed: "absent"
      };
    }
    case "type":
      return { ...base, kind: "type-mismatch", expected: typeof params.type === "string" ? params.type.split(",").join(" | ") : (0, import_schema.describeSchemaType)(node), observed: (0, import_shape.jsonType)(value) };
    case "enum":
      return { ...base, kind: "enum-mismatch", expected: `one of ${listText(node.enum ?? [])}`, observed: `${(0, import_shape.jsonType)(value)} not in the list` };
    case "const":
      return { ...base, kind: "enum-mismatch", expected: `exactly ${schemaText(node.const)}`, observed: `other ${(0, import_shape.jsonType)(value)}` };
    case "pattern":
      if (isDateSchema(node)) {
        return { ...base, kind: "date-format", expected: `${String(node.title)} (${String(node.pattern)})`, observed: (0, import_shape.dateShape)(value) };
      }
      return { ...base, kind: "constraint", expected: `pattern ${String(node.pattern)}`, observed: `${(0, import_shape.jsonType)(value)} not matching` };
    case "format":
      if (DATE_FORMATS.has(String(node.format)) || isDateSchema(node)) {
        return { ...base, kind: "date-format", expected: `format ${String(node.format)}`, observed: (0, import_shape.dateShape)(value) };
      }
      return { ...base, kind: "constraint", expected: `format ${String(node.format)}`, observed: `${(0, import_shape.jsonType)(value)} not in that format` };
    case "oneOf":
      return { ...base, kind: "constraint", expected: "exactly one of the oneOf alternatives", observed: `${(0, import_shape.jsonType)(value)} matching several` };
    default: {
      const arg = node[e.keyword];
      const rule = arg !== void 0 && (arg === null || typeof arg !== "object" || Array.isArray(arg) && arg.every((a) => typeof a !== "object")) ? `${e.keyword} ${schemaText(arg)}` : e.keyword;
      return { ...base, kind: "constraint", expected: rule, observed: `${(0, import_shape.jsonType)(value)} outside ${e.keyword}` };
    }
  }
}
function findingsFromErrors(errors, ctx) {
  const byKey = /* @__PURE__ */ new Map();
  for (const e of reduceErrors(errors, ctx)) {
    const f = toFinding(e, ctx);
    const key = `${f.kind}\0${f.pointer}\0${f.expected}\0${f.observed}`;
    const seen = byKey.get(key);
    if (seen) {
      seen.count++;
      if (f.shape && seen.shape) seen.shape = (0, import_shape.mergeShapes)(seen.shape, f.shape);
    } else byKey.set(key, { ...f, count: 1 });
  }
  return [...byKey.values()];
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  findingsFromErrors
});
//# sourceMappingURL=findings.js.map
