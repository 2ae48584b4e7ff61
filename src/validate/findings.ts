// Reads ajv's errors for one response body as drift findings: what kind of difference, where (a
// normalised JSON pointer), what the contract expects and what type or shape was seen, and how often.
// Every word of a finding comes from the contract, from JSON types or from masked shapes: never
// from a value of the body, and never from ajv's own messages (which quote enum members and data).
import type { ErrorObject } from "ajv";
import {
  INFERRED_REQUIRED,
  declaresProperty,
  describeSchemaType,
  isDateSchemaTitle,
  locate,
  propertySchema,
  schemaPathSegments,
  type SchemaNode,
} from "./schema.js";
import { dateShape, describeShape, jsonType, mergeShapes, safeKey, shapeOf, type DateForms, type Shape } from "./shape.js";

export type DriftKind =
  /** The body has a property its schema does not list: on partial schemas, a new fact. */
  | "unknown-property"
  | "type-mismatch"
  | "missing-required"
  /** A field the contract expects only by analogy (`x-aw-inferred-required`) is absent: the inference, not the API, may be wrong. */
  | "missing-inferred"
  /** A value outside the schema's `enum` (or `const`). */
  | "enum-mismatch"
  /** A date string not in the documented form (AwDateTime and the other Aw date schemas). */
  | "date-format"
  /** Any other constraint of the schema (minimum, pattern, maxLength...). */
  | "constraint"
  /** A JSON content type whose body does not parse. */
  | "invalid-json"
  | "undeclared-status"
  | "undeclared-content-type";

export interface DriftFinding {
  operationId: string;
  method: string;
  /** The documented path template. */
  path: string;
  /** The HTTP status the API answered. */
  status: number;
  kind: DriftKind;
  /** Where in the body, array items as `*` (so counts aggregate), map keys as `{key}`; "" is the body. */
  pointer: string;
  /** What the contract says, in its own terms (a type, a list, a pattern, the declared statuses). */
  expected: string;
  /** The JSON type, shape or masked date form seen. Never a value. */
  observed: string;
  /** How many times this finding occurred in the response. */
  count: number;
  /** The named schema (component title) the pointer lies in, when there is one. */
  schema?: string | undefined;
  /** That schema's, or the response's, `x-aw-docs`. */
  docs?: string | undefined;
  /** For unknown properties holding objects or arrays: their structure (names and types only). */
  shape?: Shape | undefined;
}

/** The part of a finding that the response context fills in. */
export type FindingCore = Omit<DriftFinding, "operationId" | "method" | "path" | "status" | "count">;

interface Context {
  root: unknown;
  body: unknown;
  forms: DateForms;
  secrets: readonly string[];
}

/** The value at an ajv instance path, read only to learn its type or shape. */
function valueAt(body: unknown, instancePath: string): unknown {
  let node = body;
  for (const raw of instancePath.split("/").slice(1)) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

const schemaText = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v));
function listText(values: unknown[]): string {
  const shown = values.slice(0, 20).map(schemaText).join(", ");
  return values.length > 20 ? `${shown}, … (${values.length} values)` : shown;
}

const isDateSchema = (node: unknown) => !!node && typeof node === "object" && isDateSchemaTitle((node as SchemaNode).title);
const DATE_FORMATS = new Set(["date", "date-time", "time"]);

/**
 * Drops what is only an echo of another error: the branches of a failed `anyOf`/`oneOf` that do not
 * fit the value's type (keeping the closest branch, or one type mismatch naming every branch), and
 * "unknown" properties that some branch does list (ajv counts a failed branch's properties as
 * unevaluated).
 */
function reduceErrors(errors: ErrorObject[], ctx: Context): ErrorObject[] {
  const kept = new Set(errors.filter((e) => e.keyword !== "if"));
  const composites = [...kept]
    .filter((e) => (e.keyword === "anyOf" || e.keyword === "oneOf") && !(e.params as { passingSchemas?: unknown }).passingSchemas)
    .sort((a, b) => a.schemaPath.length - b.schemaPath.length);
  // The errors inside each failed composite, found in one pass: a composite fails once per array
  // item, so membership needs both the schema path and the instance path of the composite.
  const keyOf = (schemaPath: string, instancePath: string) => `${schemaPath}\u0000${instancePath}`;
  const compositeKeys = new Set(composites.map((c) => keyOf(c.schemaPath, c.instancePath)));
  const members = new Map<string, ErrorObject[]>();
  if (composites.length) {
    for (const e of kept) {
      const segs = e.schemaPath.split("/");
      const inst = e.instancePath.split("/");
      for (let i = 0; i < segs.length - 1; i++) {
        if ((segs[i] !== "anyOf" && segs[i] !== "oneOf") || !/^\d+$/.test(segs[i + 1]!)) continue;
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
    const branches = new Map<string, ErrorObject[]>();
    for (const e of members.get(keyOf(c.schemaPath, c.instancePath)) ?? []) {
      if (!kept.has(e)) continue;
      const idx = e.schemaPath.slice(c.schemaPath.length + 1).split("/")[0]!;
      const list = branches.get(idx);
      if (list) list.push(e);
      else branches.set(idx, [e]);
    }
    const typeRejected = (errs: ErrorObject[]) => errs.some((e) => e.keyword === "type" && e.instancePath === c.instancePath);
    const fitting = [...branches.values()].filter((errs) => !typeRejected(errs)).sort((a, b) => a.length - b.length);
    const keep = new Set(fitting[0] ?? []);
    kept.delete(c);
    for (const e of [...branches.values()].flat()) if (!keep.has(e)) kept.delete(e);
    if (!fitting.length) {
      const loc = locate(ctx.root, schemaPathSegments(c.schemaPath));
      kept.add({ ...c, keyword: "type", params: { type: describeSchemaType(loc.node) } });
    }
  }
  const requiredMissing = new Set(
    [...kept].filter((e) => e.keyword === "required").map((e) => `${e.instancePath}\u0000${String((e.params as { missingProperty?: unknown }).missingProperty)}`),
  );
  return [...kept].filter((e) => {
    if (e.keyword === INFERRED_REQUIRED) return !requiredMissing.has(`${e.instancePath}\u0000${String((e.params as { missingProperty?: unknown }).missingProperty)}`);
    if (e.keyword !== "unevaluatedProperties" && e.keyword !== "additionalProperties") return true;
    const name = (e.params as { unevaluatedProperty?: string; additionalProperty?: string }).unevaluatedProperty ??
      (e.params as { additionalProperty?: string }).additionalProperty ?? "";
    const segs = schemaPathSegments(e.schemaPath);
    return !declaresProperty(locate(ctx.root, segs.slice(0, -1)).node, name);
  });
}

function toFinding(e: ErrorObject, ctx: Context): FindingCore {
  const segments = schemaPathSegments(e.schemaPath);
  const at = locate(ctx.root, segments.slice(0, -1));
  const value = valueAt(ctx.body, e.instancePath);
  const base = { pointer: at.pointer, ...(at.schema ? { schema: at.schema } : {}), ...(at.docs ? { docs: at.docs } : {}) };
  const node = (at.node ?? {}) as SchemaNode;
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case "unevaluatedProperties":
    case "additionalProperties": {
      const name = String(params.unevaluatedProperty ?? params.additionalProperty ?? "");
      const child = (value as Record<string, unknown> | undefined)?.[name];
      const shape = shapeOf(child, ctx.forms, ctx.secrets);
      return {
        ...base,
        kind: "unknown-property",
        pointer: `${at.pointer}/${safeKey(name, ctx.secrets)}`,
        expected: "not listed",
        observed: describeShape(shape),
        ...(shape.properties || shape.items ? { shape } : {}),
      };
    }
    case "required": {
      const name = String(params.missingProperty);
      return {
        ...base,
        kind: "missing-required",
        pointer: `${at.pointer}/${safeKey(name)}`,
        expected: `required ${describeSchemaType(propertySchema(node, name))}`,
        observed: "absent",
      };
    }
    case INFERRED_REQUIRED: {
      const name = String(params.missingProperty);
      return {
        ...base,
        kind: "missing-inferred",
        pointer: `${at.pointer}/${safeKey(name)}`,
        expected: `inferred ${describeSchemaType(propertySchema(node, name))}`,
        observed: "absent",
      };
    }
    case "type":
      return { ...base, kind: "type-mismatch", expected: typeof params.type === "string" ? params.type.split(",").join(" | ") : describeSchemaType(node), observed: jsonType(value) };
    case "enum":
      return { ...base, kind: "enum-mismatch", expected: `one of ${listText((node.enum as unknown[]) ?? [])}`, observed: `${jsonType(value)} not in the list` };
    case "const":
      return { ...base, kind: "enum-mismatch", expected: `exactly ${schemaText(node.const)}`, observed: `other ${jsonType(value)}` };
    case "pattern":
      if (isDateSchema(node)) {
        return { ...base, kind: "date-format", expected: `${String(node.title)} (${String(node.pattern)})`, observed: dateShape(value) };
      }
      return { ...base, kind: "constraint", expected: `pattern ${String(node.pattern)}`, observed: `${jsonType(value)} not matching` };
    case "format":
      if (DATE_FORMATS.has(String(node.format)) || isDateSchema(node)) {
        return { ...base, kind: "date-format", expected: `format ${String(node.format)}`, observed: dateShape(value) };
      }
      return { ...base, kind: "constraint", expected: `format ${String(node.format)}`, observed: `${jsonType(value)} not in that format` };
    case "oneOf":
      return { ...base, kind: "constraint", expected: "exactly one of the oneOf alternatives", observed: `${jsonType(value)} matching several` };
    default: {
      // Keywords with a scalar argument (minimum 1, maxLength 20) name it; subschemas are not spelled out.
      const arg = node[e.keyword];
      const rule = arg !== undefined && (arg === null || typeof arg !== "object" || (Array.isArray(arg) && arg.every((a) => typeof a !== "object"))) ? `${e.keyword} ${schemaText(arg)}` : e.keyword;
      return { ...base, kind: "constraint", expected: rule, observed: `${jsonType(value)} outside ${e.keyword}` };
    }
  }
}

/** The findings for one body that failed validation, equal findings counted together. */
export function findingsFromErrors(errors: ErrorObject[], ctx: Context): Array<FindingCore & { count: number }> {
  const byKey = new Map<string, FindingCore & { count: number }>();
  for (const e of reduceErrors(errors, ctx)) {
    const f = toFinding(e, ctx);
    const key = `${f.kind}\u0000${f.pointer}\u0000${f.expected}\u0000${f.observed}`;
    const seen = byKey.get(key);
    if (seen) {
      seen.count++;
      if (f.shape && seen.shape) seen.shape = mergeShapes(seen.shape, f.shape);
    } else byKey.set(key, { ...f, count: 1 });
  }
  return [...byKey.values()];
}
