// Compiles the contract's JSON Schemas (OpenAPI 3.1) into shapes: what each XML element must hold.
// Only what decoding needs survives: kinds, nullability, enums, properties with their XML names,
// required properties, whether unknown elements are allowed, array items and alternatives.

/** A JSON Schema node of the bundled contract (local `#/...` references only). */
export type SchemaNode = Record<string, unknown>;

interface ShapeBase {
  /** True when the schema allows null (sent as `i:nil="true"`). */
  nullable: boolean;
  /** The schema's `xml.name`, found through references: the root (or array item) element's name. */
  xmlName: string | undefined;
}
/** No type information (an undocumented body): decoded by the shape of the XML itself. */
export interface AnyShape extends ShapeBase {
  kind: "any";
}
export interface ScalarShape extends ShapeBase {
  kind: "string" | "integer" | "number" | "boolean";
  enum: readonly unknown[] | undefined;
}
/** Only null is allowed. */
export interface NullShape extends ShapeBase {
  kind: "null";
}
export interface PropertyShape {
  /** The property's name in the contract (and in JSON). */
  key: string;
  /** Another element name the contract records for it (the property's own `xml.name`). */
  alias: string | undefined;
  shape: Shape;
}
export interface ObjectShape extends ShapeBase {
  kind: "object";
  /** Properties by every element name they may arrive under (key and alias). */
  byElement: Map<string, PropertyShape>;
  required: PropertyShape[];
  /** How to decode elements the schema does not list; null when the schema forbids them. */
  additional: Shape | null;
}
export interface ArrayShape extends ShapeBase {
  kind: "array";
  items: Shape;
}
/** Several alternatives (anyOf/oneOf, or several types): the first that fits wins, most specific first. */
export interface UnionShape extends ShapeBase {
  kind: "union";
  branches: Shape[];
}
export type Shape = AnyShape | ScalarShape | NullShape | ObjectShape | ArrayShape | UnionShape;

export class SchemaShapeError extends Error {
  override name = "SchemaShapeError";
}

type TypeName = "null" | "boolean" | "integer" | "number" | "string" | "object" | "array";
const TYPE_ORDER: readonly TypeName[] = ["null", "boolean", "integer", "number", "object", "array", "string"];
const isObject = (v: unknown): v is SchemaNode => typeof v === "object" && v !== null && !Array.isArray(v);

/** Everything a schema node says once its references and allOf are merged. */
interface Facets {
  /** Allowed types; undefined when the schema does not constrain them. */
  types: Set<TypeName> | undefined;
  enum: unknown[] | undefined;
  properties: Map<string, SchemaNode>;
  required: Set<string>;
  /** undefined: not stated (open); false: closed; a node: the schema of other properties. */
  additional: SchemaNode | false | undefined;
  items: SchemaNode | undefined;
  /** anyOf/oneOf lists: each list is a set of alternatives that all must be satisfied together. */
  alternatives: SchemaNode[][];
  xmlName: string | undefined;
}

const emptyFacets = (): Facets => ({
  types: undefined,
  enum: undefined,
  properties: new Map(),
  required: new Set(),
  additional: undefined,
  items: undefined,
  alternatives: [],
  xmlName: undefined,
});

function intersectTypes(a: Set<TypeName> | undefined, b: Set<TypeName> | undefined): Set<TypeName> | undefined {
  if (!a) return b && new Set(b);
  if (!b) return a;
  const out = new Set<TypeName>();
  for (const t of a) {
    if (b.has(t)) out.add(t);
    else if (t === "integer" && b.has("number")) out.add("integer");
    else if (t === "number" && b.has("integer")) out.add("integer");
  }
  return out;
}

function mergeInto(target: Facets, source: Facets): void {
  target.types = intersectTypes(target.types, source.types);
  if (source.enum) target.enum = target.enum ? target.enum.filter((v) => source.enum!.includes(v)) : [...source.enum];
  for (const [k, v] of source.properties) if (!target.properties.has(k)) target.properties.set(k, v);
  for (const r of source.required) target.required.add(r);
  if (source.additional === false || (target.additional === undefined && source.additional !== undefined)) {
    target.additional = source.additional;
  }
  target.items ??= source.items;
  target.alternatives.push(...source.alternatives);
  target.xmlName ??= source.xmlName;
}

/** Compiles schemas of one OpenAPI document; shapes are cached per schema node. */
export class ShapeCompiler {
  private readonly memo = new WeakMap<SchemaNode, Shape>();

  constructor(private readonly doc: SchemaNode) {}

  /** Follows a local reference. */
  resolve(ref: string): SchemaNode {
    if (!ref.startsWith("#/")) throw new SchemaShapeError(`Only local references are supported: ${ref}`);
    let node: unknown = this.doc;
    for (const part of ref.slice(2).split("/")) {
      const key = part.replace(/~1/g, "/").replace(/~0/g, "~");
      node = isObject(node) ? node[key] : undefined;
    }
    if (!isObject(node)) throw new SchemaShapeError(`Unresolvable reference ${ref}`);
    return node;
  }

  /** The shape of a schema node (an absent schema, `true` or `{}` decode by the XML's own shape). */
  compile(node: unknown, depth = 0): Shape {
    if (node === undefined || node === true) return { kind: "any", nullable: true, xmlName: undefined };
    if (node === false) return { kind: "union", nullable: false, xmlName: undefined, branches: [] };
    if (!isObject(node)) throw new SchemaShapeError("A schema must be an object or a boolean");
    const cached = this.memo.get(node);
    if (cached) return cached;
    if (depth > 200) throw new SchemaShapeError("Schema nesting too deep (an unresolvable cycle?)");
    const shape = this.fromFacets(this.facets(node, 0), depth, node);
    this.memo.set(node, shape);
    return shape;
  }

  private facets(node: SchemaNode, depth: number): Facets {
    if (depth > 64) throw new SchemaShapeError("Reference chain too deep (a cycle?)");
    const f = emptyFacets();
    const xml = node.xml;
    if (isObject(xml) && typeof xml.name === "string") f.xmlName = xml.name;
    const type = node.type;
    if (typeof type === "string") f.types = new Set([type as TypeName]);
    else if (Array.isArray(type)) f.types = new Set(type as TypeName[]);
    if (Array.isArray(node.enum)) f.enum = [...node.enum];
    if ("const" in node) f.enum = [node.const];
    if (isObject(node.properties)) {
      for (const [k, v] of Object.entries(node.properties)) if (isObject(v)) f.properties.set(k, v);
    }
    if (Array.isArray(node.required)) for (const r of node.required) if (typeof r === "string") f.required.add(r);
    for (const key of ["additionalProperties", "unevaluatedProperties"] as const) {
      const v = node[key];
      if (v === false) f.additional = false;
      else if (isObject(v) && f.additional === undefined) f.additional = v;
    }
    if (isObject(node.items)) f.items = node.items;
    for (const key of ["anyOf", "oneOf"] as const) {
      const list = node[key];
      if (Array.isArray(list)) f.alternatives.push(list.filter(isObject));
    }
    if (typeof node.$ref === "string") mergeInto(f, this.facets(this.resolve(node.$ref), depth + 1));
    if (Array.isArray(node.allOf)) for (const sub of node.allOf) if (isObject(sub)) mergeInto(f, this.facets(sub, depth + 1));
    return f;
  }

  private fromFacets(f: Facets, depth: number, node: SchemaNode | undefined): Shape {
    if (f.alternatives.length) {
      // Each anyOf/oneOf list multiplies out with what the schema says beside it.
      const [first, ...rest] = f.alternatives;
      const base: Facets = { ...f, properties: new Map(f.properties), required: new Set(f.required), alternatives: [] };
      const branches = first!.map((branch) => {
        const merged: Facets = { ...base, properties: new Map(base.properties), required: new Set(base.required), alternatives: [...rest] };
        mergeInto(merged, this.facets(branch, 0));
        return this.fromFacets(merged, depth + 1, undefined);
      });
      return this.union(branches, f.xmlName);
    }
    const stated = f.types ?? this.inferTypes(f);
    if (!stated) return { kind: "any", nullable: true, xmlName: f.xmlName };
    const types = new Set(stated);
    if (f.enum?.includes(null)) types.add("null");
    const nullable = types.has("null");
    const nonNull = TYPE_ORDER.filter((t): t is Exclude<TypeName, "null"> => t !== "null" && types.has(t));
    const shapes = nonNull.map((t) => this.single(t, f, depth, node && nonNull.length === 1 ? node : undefined));
    if (shapes.length === 0) return { kind: "null", nullable: true, xmlName: f.xmlName };
    if (shapes.length === 1) {
      const only = shapes[0]!;
      only.nullable = nullable;
      return only;
    }
    return { kind: "union", nullable, xmlName: f.xmlName, branches: shapes };
  }

  private inferTypes(f: Facets): Set<TypeName> | undefined {
    if (f.properties.size || f.required.size || f.additional !== undefined) return new Set(["object"]);
    if (f.items) return new Set(["array"]);
    if (f.enum) {
      const out = new Set<TypeName>();
      for (const v of f.enum) {
        if (v === null) out.add("null");
        else if (typeof v === "boolean") out.add("boolean");
        else if (typeof v === "number") out.add(Number.isInteger(v) ? "integer" : "number");
        else if (typeof v === "string") out.add("string");
      }
      return out;
    }
    return undefined;
  }

  private single(type: Exclude<TypeName, "null">, f: Facets, depth: number, node: SchemaNode | undefined): Shape {
    const xmlName = f.xmlName;
    switch (type) {
      case "object": {
        const shape: ObjectShape = { kind: "object", nullable: false, xmlName, byElement: new Map(), required: [], additional: null };
        // Registered before the properties are compiled, so a schema that contains itself terminates.
        if (node) this.memo.set(node, shape);
        for (const [key, propNode] of f.properties) {
          const xml = propNode.xml;
          const alias = isObject(xml) && typeof xml.name === "string" && xml.name !== key ? xml.name : undefined;
          const prop: PropertyShape = { key, alias, shape: this.compile(propNode, depth + 1) };
          shape.byElement.set(key, prop);
          if (alias) shape.byElement.set(alias, prop);
          if (f.required.has(key)) shape.required.push(prop);
        }
        shape.additional = f.additional === false ? null : this.compile(f.additional, depth + 1);
        return shape;
      }
      case "array": {
        const shape: ArrayShape = { kind: "array", nullable: false, xmlName, items: { kind: "any", nullable: true, xmlName: undefined } };
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

  private union(branches: Shape[], xmlName: string | undefined): Shape {
    const flat: Shape[] = [];
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
    if (flat.length === 1) return { ...flat[0]!, nullable, xmlName: xmlName ?? flat[0]!.xmlName } as Shape;
    const rank = (s: Shape) => TYPE_ORDER.indexOf(s.kind as TypeName);
    return { kind: "union", nullable, xmlName, branches: [...flat].sort((a, b) => rank(a) - rank(b)) };
  }
}
