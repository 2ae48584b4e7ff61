// Turns a response schema of the contract into one self-contained, closed JSON Schema for ajv, and
// reads ajv's schema paths back as normalised JSON pointers into the response body.

export type SchemaNode = { [keyword: string]: unknown };
type Doc = SchemaNode;

const COMPOSITION = ["allOf", "anyOf", "oneOf"] as const;
/**
 * Keywords that say nothing about validity; only `title` and `x-aw-docs` are kept, for findings, and
 * `x-aw-inferred-required`, which drift detection checks as a keyword of its own.
 */
const ANNOTATION = /^(description|examples?|externalDocs|deprecated|readOnly|writeOnly|xml|discriminator|\$comment|x-(?!aw-docs$|aw-inferred-required$).*)$/;

/** The contract's mark for fields a schema is expected to carry by analogy, not shown by the operation's page. */
export const INFERRED_REQUIRED = "x-aw-inferred-required";

/** The contract's date schemas (AwDateTime, AwDate, AwTimeOfDay...): strings in a documented date form. */
export const isDateSchemaTitle = (title: unknown): title is string => typeof title === "string" && /^Aw\w*(Date|Time)/.test(title);

/** How many times one reference may appear in its own ancestry before the schema stays open there. */
const MAX_RECURSION = 2;

const isObject = (v: unknown): v is SchemaNode => !!v && typeof v === "object" && !Array.isArray(v);

/** Follows a local `#/...` reference. */
export function resolvePointer(doc: Doc, ref: string): unknown {
  if (!ref.startsWith("#/")) throw new Error(`Only local references are supported: ${ref}`);
  let node: unknown = doc;
  for (const raw of ref.slice(2).split("/")) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    node = isObject(node) || Array.isArray(node) ? (node as Record<string, unknown>)[key] : undefined;
  }
  return node;
}

/** Follows references until a node without `$ref` (response objects, parameters, schemas). */
export function deref(doc: Doc, node: unknown): unknown {
  for (let seen = 0; isObject(node) && typeof node.$ref === "string"; seen++) {
    if (seen > 32) throw new Error("Reference cycle");
    node = resolvePointer(doc, node.$ref);
  }
  return node;
}

function objectLike(node: SchemaNode): boolean {
  const type = node.type;
  if (type === "object" || (Array.isArray(type) && type.includes("object")) || isObject(node.properties)) return true;
  return COMPOSITION.some((k) => Array.isArray(node[k]) && (node[k] as unknown[]).some((b) => isObject(b) && objectLike(b)));
}

/** True when a schema constrains nothing (the contract's "undocumented, any value" bodies). */
export function acceptsAnything(node: unknown): boolean {
  if (node === true) return true;
  if (!isObject(node)) return false;
  return Object.keys(node).every((k) => k === "title" || k === "x-aw-docs");
}

export interface InlineOptions {
  /**
   * Close every object that sits where a value is described (the body, a property, array items):
   * `unevaluatedProperties: false` unless the schema says what extra properties may be. Objects
   * inside `allOf`/`anyOf`/`oneOf` branches stay open, since their siblings list the rest.
   * `"where-documented"` closes only objects the docs describe whole: one marked `x-aw-docs:
   * partial` or `undocumented` stays open, as the contract's types leave it (fixtures use this).
   */
  closed?: boolean | "where-documented" | undefined;
  /**
   * Keep annotations (description, examples, xml, vendor extensions) beside the validating keywords.
   * Without it only `title` and `x-aw-docs` survive, which is what findings are named by.
   */
  annotations?: boolean | undefined;
}

/**
 * Returns a copy of `schema` with every local reference inlined: the one inliner of the project,
 * shared by drift detection (closed, no annotations), the lint step, the samples checks and fixture
 * validation. A recursive reference is followed one level deep (a parent inside its child is
 * checked), then left open.
 */
export function inlineSchema(doc: Doc, schema: unknown, { closed = false, annotations = true }: InlineOptions = {}): SchemaNode | boolean {
  const isAnnotation = (key: string) => ANNOTATION.test(key) || key === "title" || key === "x-aw-docs";
  const walk = (node: unknown, position: "value" | "branch" | "other", refs: readonly string[]): unknown => {
    if (Array.isArray(node)) return node.map((n) => walk(n, "other", refs));
    if (!isObject(node)) return node;
    let out: SchemaNode = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref") continue;
      if (ANNOTATION.test(key)) {
        if (annotations) out[key] = value; // kept as written: examples are data, not schemas
        continue;
      }
      if (key === "properties" || key === "patternProperties" || key === "dependentSchemas" || key === "$defs") {
        const pos = key === "dependentSchemas" ? "branch" : "value";
        out[key] = Object.fromEntries(Object.entries(value as SchemaNode).map(([k, v]) => [k, walk(v, pos, refs)]));
      } else if ((COMPOSITION as readonly string[]).includes(key)) {
        out[key] = (value as unknown[]).map((v) => walk(v, "branch", refs));
      } else if (key === "prefixItems") {
        out[key] = (value as unknown[]).map((v) => walk(v, "value", refs));
      } else if (["items", "additionalProperties", "unevaluatedProperties", "unevaluatedItems", "contains"].includes(key)) {
        out[key] = walk(value, "value", refs);
      } else if (["if", "then", "else"].includes(key)) {
        out[key] = walk(value, "branch", refs);
      } else if (key === "not" || key === "propertyNames") {
        out[key] = walk(value, "other", refs);
      } else {
        out[key] = value; // a keyword's own value (type, enum, pattern, required, title...)
      }
    }
    if (typeof node.$ref === "string") {
      const ref = node.$ref;
      const recursive = refs.filter((r) => r === ref).length >= MAX_RECURSION;
      if (!Object.keys(out).some((k) => !isAnnotation(k))) {
        // A reference with only annotations beside it: the target, closed where it stands.
        const target = recursive ? {} : walk(resolvePointer(doc, ref), position, [...refs, ref]);
        return isObject(target) ? { ...target, ...out } : target;
      }
      // A reference beside other keywords applies both (OpenAPI 3.1): the target becomes a branch.
      const target = recursive ? {} : walk(resolvePointer(doc, ref), "branch", [...refs, ref]);
      out = { allOf: [target], ...out };
    }
    // `required` beside a single allOf branch (how an operation requires more of a shared schema than
    // the schema itself does) is that branch with the extra names: merged, the branch keeps its title
    // and the object is closed where it stands, as a plain reference would be.
    const only = Array.isArray(out.allOf) && out.allOf.length === 1 ? out.allOf[0] : undefined;
    const sameType = (k: string) => k === "type" && JSON.stringify(out.type) === JSON.stringify(isObject(only) ? only.type : undefined);
    if (isObject(only) && Array.isArray(out.required) && Object.keys(out).every((k) => k === "allOf" || k === "required" || sameType(k) || isAnnotation(k))) {
      const { allOf: _allOf, required, ...rest } = out;
      const names = [...((only.required as unknown[] | undefined) ?? []), ...(required as unknown[])];
      out = { ...only, ...rest, required: [...new Set(names)] };
    }
    const open = closed === "where-documented" && (out["x-aw-docs"] === "partial" || out["x-aw-docs"] === "undocumented");
    if (closed && !open && position === "value" && objectLike(out) && !("additionalProperties" in out) && !("unevaluatedProperties" in out)) {
      out.unevaluatedProperties = false;
    }
    return out;
  };
  return walk(schema, "value", []) as SchemaNode | boolean;
}

/**
 * The schema drift detection checks answers against: inlined and closed, annotations dropped.
 * Partial schemas stay open in the contract, but here a property they do not list is exactly what
 * drift detection has to notice.
 */
export function closedSchema(doc: Doc, schema: unknown): SchemaNode | boolean {
  return inlineSchema(doc, schema, { closed: true, annotations: false });
}

/** Splits an ajv schema path (`#/properties/A~1B/items/type`) into its segments. */
export function schemaPathSegments(schemaPath: string): string[] {
  return schemaPath
    .replace(/^#\/?/, "")
    .split("/")
    .filter((s) => s !== "")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

const escapePointer = (s: string) => s.replace(/~/g, "~0").replace(/\//g, "~1");

/** What a walk along a schema path learns: the node reached, its body pointer and the nearest named schema. */
export interface SchemaLocation {
  node: unknown;
  /** JSON pointer into the body, array items as `*` and map entries as `{key}`. */
  pointer: string;
  /** Title of the nearest enclosing named schema (a component of the contract). */
  schema: string | undefined;
  /** The nearest `x-aw-docs` on the way. */
  docs: string | undefined;
}

/**
 * Walks `segments` (schema keywords and names) down from `root`. The body pointer comes from the
 * schema, never from the body: array indexes and map keys cannot reach a finding this way.
 */
export function locate(root: unknown, segments: readonly string[]): SchemaLocation {
  let node: unknown = root;
  let pointer = "";
  const named = (n: unknown) => {
    if (!isObject(n)) return;
    if (typeof n.title === "string") loc.schema = n.title;
    if (typeof n["x-aw-docs"] === "string") loc.docs = n["x-aw-docs"];
  };
  const loc: SchemaLocation = { node, pointer, schema: undefined, docs: undefined };
  named(node);
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    const here = isObject(node) ? node : {};
    if (seg === "properties" && i + 1 < segments.length) {
      const name = segments[++i]!;
      pointer += `/${escapePointer(name)}`;
      node = (here.properties as SchemaNode | undefined)?.[name];
    } else if (seg === "patternProperties" && i + 1 < segments.length) {
      const name = segments[++i]!;
      pointer += "/{key}";
      node = (here.patternProperties as SchemaNode | undefined)?.[name];
    } else if (seg === "prefixItems" && i + 1 < segments.length) {
      const idx = segments[++i]!;
      pointer += `/${idx}`;
      node = (here.prefixItems as unknown[] | undefined)?.[Number(idx)];
    } else if ((COMPOSITION as readonly string[]).includes(seg) && i + 1 < segments.length) {
      node = (here[seg] as unknown[] | undefined)?.[Number(segments[++i])];
    } else if (seg === "dependentSchemas" && i + 1 < segments.length) {
      node = (here.dependentSchemas as SchemaNode | undefined)?.[segments[++i]!];
    } else if (seg === "items" || seg === "contains" || seg === "unevaluatedItems") {
      pointer += "/*";
      node = here[seg];
    } else if (seg === "additionalProperties" || seg === "unevaluatedProperties" || seg === "propertyNames") {
      pointer += "/{key}";
      node = here[seg];
    } else if (seg === "if" || seg === "then" || seg === "else" || seg === "not") {
      node = here[seg];
    } else {
      break; // a keyword's own value: the walk has reached the schema that failed
    }
    named(node);
  }
  loc.node = node;
  loc.pointer = pointer;
  return loc;
}

/** The property names an object schema lists, through its composition branches. */
export function declaresProperty(node: unknown, name: string, depth = 0): boolean {
  if (!isObject(node) || depth > 16) return false;
  if (isObject(node.properties) && Object.hasOwn(node.properties, name)) return true;
  if (isObject(node.patternProperties)) {
    for (const re of Object.keys(node.patternProperties)) {
      try {
        if (new RegExp(re, "u").test(name)) return true;
      } catch {
        /* a pattern JavaScript cannot read lists nothing */
      }
    }
  }
  for (const k of [...COMPOSITION, "then", "else"]) {
    const sub = node[k];
    const list = Array.isArray(sub) ? sub : sub === undefined ? [] : [sub];
    if (list.some((b) => declaresProperty(b, name, depth + 1))) return true;
  }
  return false;
}

/** The schema a listed property has, through composition branches. */
export function propertySchema(node: unknown, name: string, depth = 0): unknown {
  if (!isObject(node) || depth > 16) return undefined;
  if (isObject(node.properties) && Object.hasOwn(node.properties, name)) return node.properties[name];
  for (const k of COMPOSITION) {
    for (const b of (node[k] as unknown[] | undefined) ?? []) {
      const found = propertySchema(b, name, depth + 1);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** The types a schema allows, as text: `integer`, `string | null`, `AwDateTime | null`. */
export function describeSchemaType(node: unknown, depth = 0): string {
  if (node === true || depth > 8) return "any";
  if (node === false) return "nothing";
  if (!isObject(node)) return "any";
  const parts = new Set<string>();
  const type = node.type;
  if (isDateSchemaTitle(node.title) && type === "string") parts.add(node.title);
  else if (typeof type === "string") parts.add(type);
  else if (Array.isArray(type)) for (const t of type) parts.add(String(t));
  for (const k of ["anyOf", "oneOf"]) for (const b of (node[k] as unknown[] | undefined) ?? []) for (const t of describeSchemaType(b, depth + 1).split(" | ")) parts.add(t);
  if (!parts.size) for (const b of (node.allOf as unknown[] | undefined) ?? []) for (const t of describeSchemaType(b, depth + 1).split(" | ")) if (t !== "any") parts.add(t);
  if (!parts.size && Array.isArray(node.enum)) for (const v of node.enum) parts.add(v === null ? "null" : Number.isInteger(v) ? "integer" : typeof v);
  if (!parts.size && isObject(node.properties)) parts.add("object");
  return parts.size ? [...parts].join(" | ") : "any";
}
