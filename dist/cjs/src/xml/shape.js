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
var shape_exports = {};
__export(shape_exports, {
  SchemaShapeError: () => SchemaShapeError,
  ShapeCompiler: () => ShapeCompiler
});
module.exports = __toCommonJS(shape_exports);
class SchemaShapeError extends Error {
  name = "SchemaShapeError";
}
const TYPE_ORDER = ["null", "boolean", "integer", "number", "object", "array", "string"];
const isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
const emptyFacets = () => ({
  types: void 0,
  enum: void 0,
  properties: /* @__PURE__ */ new Map(),
  required: /* @__PURE__ */ new Set(),
  additional: void 0,
  items: void 0,
  alternatives: [],
  xmlName: void 0
});
function intersectTypes(a, b) {
  if (!a) return b && new Set(b);
  if (!b) return a;
  const out = /* @__PURE__ */ new Set();
  for (const t of a) {
    if (b.has(t)) out.add(t);
    else if (t === "integer" && b.has("number")) out.add("integer");
    else if (t === "number" && b.has("integer")) out.add("integer");
  }
  return out;
}
function mergeInto(target, source) {
  target.types = intersectTypes(target.types, source.types);
  if (source.enum) target.enum = target.enum ? target.enum.filter((v) => source.enum.includes(v)) : [...source.enum];
  for (const [k, v] of source.properties) if (!target.properties.has(k)) target.properties.set(k, v);
  for (const r of source.required) target.required.add(r);
  if (source.additional === false || target.additional === void 0 && source.additional !== void 0) {
    target.additional = source.additional;
  }
  target.items ??= source.items;
  target.alternatives.push(...source.alternatives);
  target.xmlName ??= source.xmlName;
}
class ShapeCompiler {
  constructor(doc) {
    this.doc = doc;
  }
  doc;
  memo = /* @__PURE__ */ new WeakMap();
  /** Follows a local reference. */
  resolve(ref) {
    if (!ref.startsWith("#/")) throw new SchemaShapeError(`Only local references are supported: ${ref}`);
    let node = this.doc;
    for (const part of ref.slice(2).split("/")) {
      const key = part.replace(/~1/g, "/").replace(/~0/g, "~");
      node = isObject(node) ? node[key] : void 0;
    }
    if (!isObject(node)) throw new SchemaShapeError(`Unresolvable reference ${ref}`);
    return node;
  }
  /** The shape of a schema node (an absent schema, `true` or `{}` decode by the XML's own shape). */
  compile(node, depth = 0) {
    if (node === void 0 || node === true) return { kind: "any", nullable: true, xmlName: void 0 };
    if (node === false) return { kind: "union", nullable: false, xmlName: void 0, branches: [] };
    if (!isObject(node)) throw new SchemaShapeError("A schema must be an object or a boolean");
    const cached = this.memo.get(node);
    if (cached) return cached;
    if (depth > 200) throw new SchemaShapeError("Schema nesting too deep (an unresolvable cycle?)");
    const shape = this.fromFacets(this.facets(node, 0), depth, node);
    this.memo.set(node, shape);
    return shape;
  }
  facets(node, depth) {
    if (depth > 64) throw new SchemaShapeError("Reference chain too deep (a cycle?)");
    const f = emptyFacets();
    const xml = node.xml;
    if (isObject(xml) && typeof xml.name === "string") f.xmlName = xml.name;
    const type = node.type;
    if (typeof type === "string") f.types = /* @__PURE__ */ new Set([type]);
    else if (Array.isArray(type)) f.types = new Set(type);
    if (Array.isArray(node.enum)) f.enum = [...node.enum];
    if ("const" in node) f.enum = [node.const];
    if (isObject(node.properties)) {
      for (const [k, v] of Object.entries(node.properties)) if (isObject(v)) f.properties.set(k, v);
    }
    if (Array.isArray(node.required)) {
      for (const r of node.required) if (typeof r === "string") f.required.add(r);
    }
    for (const key of ["additionalProperties", "unevaluatedProperties"]) {
      const v = node[key];
      if (v === false) f.additional = false;
      else if (isObject(v) && f.additional === void 0) f.additional = v;
    }
    if (isObject(node.items)) f.items = node.items;
    for (const key of ["anyOf", "oneOf"]) {
      const list = node[key];
      if (Array.isArray(list)) f.alternatives.push(list.filter(isObject));
    }
    if (typeof node.$ref === "string") mergeInto(f, this.facets(this.resolve(node.$ref), depth + 1));
    if (Array.isArray(node.allOf)) {
      for (const sub of node.allOf) if (isObject(sub)) mergeInto(f, this.facets(sub, depth + 1));
    }
    return f;
  }
  fromFacets(f, depth, node) {
    if (f.alternatives.length) {
      const [first, ...rest] = f.alternatives;
      const base = { ...f, properties: new Map(f.properties), required: new Set(f.required), alternatives: [] };
      const branches = first.map((branch) => {
        const merged = { ...base, properties: new Map(base.properties), required: new Set(base.required), alternatives: [...rest] };
        mergeInto(merged, this.facets(branch, 0));
        return this.fromFacets(merged, depth + 1, void 0);
      });
      return this.union(branches, f.xmlName);
    }
    const stated = f.types ?? this.inferTypes(f);
    if (!stated) return { kind: "any", nullable: true, xmlName: f.xmlName };
    const types = new Set(stated);
    if (f.enum?.includes(null)) types.add("null");
    const nullable = types.has("null");
    const nonNull = TYPE_ORDER.filter((t) => t !== "null" && types.has(t));
    const shapes = nonNull.map((t) => this.single(t, f, depth, node && nonNull.length === 1 ? node : void 0));
    if (shapes.length === 0) return { kind: "null", nullable: true, xmlName: f.xmlName };
    if (shapes.length === 1) {
      const only = shapes[0];
      only.nullable = nullable;
      return only;
    }
    return { kind: "union", nullable, xmlName: f.xmlName, branches: shapes };
  }
  inferTypes(f) {
    if (f.properties.size || f.required.size || f.additional !== void 0) return /* @__PURE__ */ new Set(["object"]);
    if (f.items) return /* @__PURE__ */ new Set(["array"]);
    if (f.enum) {
      const out = /* @__PURE__ */ new Set();
      for (const v of f.enum) {
        if (v === null) out.add("null");
        else if (typeof v === "boolean") out.add("boolean");
        else if (typeof v === "number") out.add(Number.isInteger(v) ? "integer" : "number");
        else if (typeof v === "string") out.add("string");
      }
      return out;
    }
    return void 0;
  }
  single(type, f, depth, node) {
    const xmlName = f.xmlName;
    switch (type) {
      case "object": {
        const shape = { kind: "object", nullable: false, xmlName, byElement: /* @__PURE__ */ new Map(), required: [], additional: null };
        if (node) this.memo.set(node, shape);
        for (const [key, propNode] of f.properties) {
          const xml = propNode.xml;
          const alias = isObject(xml) && typeof xml.name === "string" && xml.name !== key ? xml.name : void 0;
          const prop = { key, alias, shape: this.compile(propNode, depth + 1) };
          shape.byElement.set(key, prop);
          if (alias) shape.byElement.set(alias, prop);
          if (f.required.has(key)) shape.required.push(prop);
        }
        shape.additional = f.additional === false ? null : this.compile(f.additional, depth + 1);
        return shape;
      }
      case "array": {
        const shape = { kind: "array", nullable: false, xmlName, items: { kind: "any", nullable: true, xmlName: void 0 } };
        if (node) this.memo.set(node, shape);
        shape.items = this.compile(f.items, depth + 1);
        return shape;
      }
      default: {
        const values = f.enum?.filter((v) => v !== null);
        return { kind: type, nullable: false, xmlName, enum: values };
      }
    }
  }
  union(branches, xmlName) {
    const flat = [];
    let nullable = false;
    for (const b of branches) {
      if (b.kind === "null") nullable = true;
      else if (b.kind === "union") {
        nullable ||= b.nullable;
        flat.push(...b.branches);
      } else {
        nullable ||= b.nullable;
        flat.push(b);
      }
    }
    if (flat.some((b) => b.kind === "any")) return { kind: "any", nullable: true, xmlName };
    if (flat.length === 0) return { kind: "null", nullable: true, xmlName };
    if (flat.length === 1) return { ...flat[0], nullable, xmlName: xmlName ?? flat[0].xmlName };
    const rank = (s) => TYPE_ORDER.indexOf(s.kind);
    return { kind: "union", nullable, xmlName, branches: [...flat].sort((a, b) => rank(a) - rank(b)) };
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  SchemaShapeError,
  ShapeCompiler
});
//# sourceMappingURL=shape.js.map
