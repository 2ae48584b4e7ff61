// What a finding may say about a body value: its JSON type, a structural shape or a masked date form,
// never the value itself (bodies carry names, e-mail addresses and phone numbers).

/** A JSON Schema-like description of a value's structure: types and property names only. */
export interface Shape {
  type: string | string[];
  /** For strings that fit one of the contract's date forms: that schema's title. */
  form?: string | undefined;
  properties?: Record<string, Shape> | undefined;
  items?: Shape | undefined;
}

/** The JSON type of a value, with integers told apart from other numbers. */
export function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  if (value === undefined) return "absent";
  return typeof value;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]{0,63}$/;
/** Stands in for a property name that may itself be data (an e-mail address, a number, a credential). */
export const DATA_KEY = "{key}";

/**
 * A property name as a finding may carry it. Names are facts about the API, but an object used as
 * a map can key its entries by data: only identifier-like names that hold no known secret pass.
 */
export function safeKey(name: string, secrets: readonly string[] = []): string {
  if (!IDENTIFIER.test(name)) return DATA_KEY;
  for (const secret of secrets) if (name.includes(secret)) return DATA_KEY;
  return name;
}

/** Tests a string against the contract's date forms (title → pattern) and names the first that fits. */
export type DateForms = ReadonlyArray<readonly [title: string, pattern: RegExp]>;

/** Array items a shape looks at: enough to see optional fields, cheap on long lists. */
const SAMPLE_ITEMS = 10;

/**
 * The structure of a value, for properties the contract does not list: nested property names and
 * types, as deep as `depth`. The first array items are merged into one shape.
 */
export function shapeOf(value: unknown, forms: DateForms, secrets: readonly string[] = [], depth = 4): Shape {
  const type = jsonType(value);
  if (type === "string") {
    const form = forms.find(([, re]) => re.test(value as string))?.[0];
    return form ? { type, form } : { type };
  }
  if (depth <= 0) return { type };
  if (type === "array") {
    const items = (value as unknown[]).slice(0, SAMPLE_ITEMS).map((v) => shapeOf(v, forms, secrets, depth - 1));
    return items.length ? { type, items: items.reduce(mergeShapes) } : { type };
  }
  if (type === "object") {
    const properties: Record<string, Shape> = {};
    let n = 0;
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      if (++n > 100) break;
      const name = safeKey(key, secrets);
      const shape = shapeOf(v, forms, secrets, depth - 1);
      properties[name] = properties[name] ? mergeShapes(properties[name], shape) : shape;
    }
    return { type, properties };
  }
  return { type };
}

const typesOf = (s: Shape) => (Array.isArray(s.type) ? s.type : [s.type]);

/** The union of two shapes: types joined (integer folds into number), properties and items merged. */
export function mergeShapes(a: Shape, b: Shape): Shape {
  let types = [...new Set([...typesOf(a), ...typesOf(b)])];
  if (types.includes("number")) types = types.filter((t) => t !== "integer");
  types.sort();
  const out: Shape = { type: types.length === 1 ? types[0]! : types };
  if (a.form !== undefined && a.form === b.form) out.form = a.form;
  else if (a.form !== undefined && !typesOf(b).includes("string")) out.form = a.form;
  else if (b.form !== undefined && !typesOf(a).includes("string")) out.form = b.form;
  if (a.properties || b.properties) {
    const properties: Record<string, Shape> = { ...a.properties };
    for (const [k, v] of Object.entries(b.properties ?? {})) properties[k] = properties[k] ? mergeShapes(properties[k], v) : v;
    out.properties = properties;
  }
  if (a.items && b.items) out.items = mergeShapes(a.items, b.items);
  else if (a.items ?? b.items) out.items = a.items ?? b.items;
  return out;
}

/** A one-line name for a shape: `string`, `string (AwDateTime)`, `array of object`, `integer | null`. */
export function describeShape(shape: Shape): string {
  const base = typesOf(shape)
    .map((t) => (t === "array" && shape.items ? `array of ${describeShape(shape.items)}` : t === "string" && shape.form ? `string (${shape.form})` : t))
    .join(" | ");
  return base;
}

/**
 * The form of a string that should have been a date, every digit written as 9: `9999-99-99 99:99:99`
 * says how the API writes dates without saying which date. A string with letters other than the
 * ISO 8601 `T` and `Z` is not shown at all, only called not date-like.
 */
export function dateShape(value: unknown): string {
  if (typeof value !== "string") return jsonType(value);
  if (!/^[0-9TZ:.,+\-/ ]{1,40}$/.test(value) || !/\d/.test(value)) return "string (not date-like)";
  return value.replace(/\d/g, "9");
}
