function jsonType(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  if (value === void 0) return "absent";
  return typeof value;
}
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]{0,63}$/;
const DATA_KEY = "{key}";
function safeKey(name, secrets = []) {
  if (!IDENTIFIER.test(name)) return DATA_KEY;
  for (const secret of secrets) if (name.includes(secret)) return DATA_KEY;
  return name;
}
const SAMPLE_ITEMS = 10;
function shapeOf(value, forms, secrets = [], depth = 4) {
  const type = jsonType(value);
  if (type === "string") {
    const form = forms.find(([, re]) => re.test(value))?.[0];
    return form ? { type, form } : { type };
  }
  if (depth <= 0) return { type };
  if (type === "array") {
    const items = value.slice(0, SAMPLE_ITEMS).map((v) => shapeOf(v, forms, secrets, depth - 1));
    return items.length ? { type, items: items.reduce(mergeShapes) } : { type };
  }
  if (type === "object") {
    const properties = {};
    let n = 0;
    for (const [key, v] of Object.entries(value)) {
      if (++n > 100) break;
      const name = safeKey(key, secrets);
      const shape = shapeOf(v, forms, secrets, depth - 1);
      properties[name] = properties[name] ? mergeShapes(properties[name], shape) : shape;
    }
    return { type, properties };
  }
  return { type };
}
const typesOf = (s) => Array.isArray(s.type) ? s.type : [s.type];
function mergeShapes(a, b) {
  let types = [.../* @__PURE__ */ new Set([...typesOf(a), ...typesOf(b)])];
  if (types.includes("number")) types = types.filter((t) => t !== "integer");
  types.sort();
  const out = { type: types.length === 1 ? types[0] : types };
  if (a.form !== void 0 && a.form === b.form) out.form = a.form;
  else if (a.form !== void 0 && !typesOf(b).includes("string")) out.form = a.form;
  else if (b.form !== void 0 && !typesOf(a).includes("string")) out.form = b.form;
  if (a.properties || b.properties) {
    const properties = { ...a.properties };
    for (const [k, v] of Object.entries(b.properties ?? {})) properties[k] = properties[k] ? mergeShapes(properties[k], v) : v;
    out.properties = properties;
  }
  if (a.items && b.items) out.items = mergeShapes(a.items, b.items);
  else if (a.items ?? b.items) out.items = a.items ?? b.items;
  return out;
}
function describeShape(shape) {
  const base = typesOf(shape).map((t) => t === "array" && shape.items ? `array of ${describeShape(shape.items)}` : t === "string" && shape.form ? `string (${shape.form})` : t).join(" | ");
  return base;
}
function dateShape(value) {
  if (typeof value !== "string") return jsonType(value);
  if (!/^[0-9TZ:.,+\-/ ]{1,40}$/.test(value) || !/\d/.test(value)) return "string (not date-like)";
  return value.replace(/\d/g, "9");
}
export {
  DATA_KEY,
  dateShape,
  describeShape,
  jsonType,
  mergeShapes,
  safeKey,
  shapeOf
};
//# sourceMappingURL=shape.js.map
