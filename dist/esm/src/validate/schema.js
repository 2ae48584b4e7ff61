const COMPOSITION = ["allOf", "anyOf", "oneOf"];
const ANNOTATION = /^(description|examples?|externalDocs|deprecated|readOnly|writeOnly|xml|discriminator|\$comment|x-(?!aw-docs$|aw-inferred-required$).*)$/;
const INFERRED_REQUIRED = "x-aw-inferred-required";
const isDateSchemaTitle = (title) => typeof title === "string" && /^Aw\w*(Date|Time)/.test(title);
const MAX_RECURSION = 2;
const isObject = (v) => !!v && typeof v === "object" && !Array.isArray(v);
function resolvePointer(doc, ref) {
  if (!ref.startsWith("#/")) throw new Error(`Only local references are supported: ${ref}`);
  let node = doc;
  for (const raw of ref.slice(2).split("/")) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    node = isObject(node) || Array.isArray(node) ? node[key] : void 0;
  }
  return node;
}
function deref(doc, node) {
  for (let seen = 0; isObject(node) && typeof node.$ref === "string"; seen++) {
    if (seen > 32) throw new Error("Reference cycle");
    node = resolvePointer(doc, node.$ref);
  }
  return node;
}
function objectLike(node) {
  const type = node.type;
  if (type === "object" || Array.isArray(type) && type.includes("object") || isObject(node.properties)) return true;
  return COMPOSITION.some((k) => Array.isArray(node[k]) && node[k].some((b) => isObject(b) && objectLike(b)));
}
function acceptsAnything(node) {
  if (node === true) return true;
  if (!isObject(node)) return false;
  return Object.keys(node).every((k) => k === "title" || k === "x-aw-docs");
}
function inlineSchema(doc, schema, { closed = false, annotations = true } = {}) {
  const isAnnotation = (key) => ANNOTATION.test(key) || key === "title" || key === "x-aw-docs";
  const walk = (node, position, refs) => {
    if (Array.isArray(node)) return node.map((n) => walk(n, "other", refs));
    if (!isObject(node)) return node;
    let out = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref") continue;
      if (ANNOTATION.test(key)) {
        if (annotations) out[key] = value;
        continue;
      }
      if (key === "properties" || key === "patternProperties" || key === "dependentSchemas" || key === "$defs") {
        const pos = key === "dependentSchemas" ? "branch" : "value";
        out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, pos, refs)]));
      } else if (COMPOSITION.includes(key)) {
        out[key] = value.map((v) => walk(v, "branch", refs));
      } else if (key === "prefixItems") {
        out[key] = value.map((v) => walk(v, "value", refs));
      } else if (["items", "additionalProperties", "unevaluatedProperties", "unevaluatedItems", "contains"].includes(key)) {
        out[key] = walk(value, "value", refs);
      } else if (["if", "then", "else"].includes(key)) {
        out[key] = walk(value, "branch", refs);
      } else if (key === "not" || key === "propertyNames") {
        out[key] = walk(value, "other", refs);
      } else {
        out[key] = value;
      }
    }
    if (typeof node.$ref === "string") {
      const ref = node.$ref;
      const recursive = refs.filter((r) => r === ref).length >= MAX_RECURSION;
      if (!Object.keys(out).some((k) => !isAnnotation(k))) {
        const target2 = recursive ? {} : walk(resolvePointer(doc, ref), position, [...refs, ref]);
        return isObject(target2) ? { ...target2, ...out } : target2;
      }
      const target = recursive ? {} : walk(resolvePointer(doc, ref), "branch", [...refs, ref]);
      out = { allOf: [target], ...out };
    }
    const only = Array.isArray(out.allOf) && out.allOf.length === 1 ? out.allOf[0] : void 0;
    const sameType = (k) => k === "type" && JSON.stringify(out.type) === JSON.stringify(isObject(only) ? only.type : void 0);
    if (isObject(only) && Array.isArray(out.required) && Object.keys(out).every((k) => k === "allOf" || k === "required" || sameType(k) || isAnnotation(k))) {
      const { allOf: _allOf, required, ...rest } = out;
      const names = [...only.required ?? [], ...required];
      out = { ...only, ...rest, required: [...new Set(names)] };
    }
    const open = closed === "where-documented" && (out["x-aw-docs"] === "partial" || out["x-aw-docs"] === "undocumented");
    if (closed && !open && position === "value" && objectLike(out) && !("additionalProperties" in out) && !("unevaluatedProperties" in out)) {
      out.unevaluatedProperties = false;
    }
    return out;
  };
  return walk(schema, "value", []);
}
function closedSchema(doc, schema) {
  return inlineSchema(doc, schema, { closed: true, annotations: false });
}
function schemaPathSegments(schemaPath) {
  return schemaPath.replace(/^#\/?/, "").split("/").filter((s) => s !== "").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
const escapePointer = (s) => s.replace(/~/g, "~0").replace(/\//g, "~1");
function locate(root, segments) {
  let node = root;
  let pointer = "";
  const named = (n) => {
    if (!isObject(n)) return;
    if (typeof n.title === "string") loc.schema = n.title;
    if (typeof n["x-aw-docs"] === "string") loc.docs = n["x-aw-docs"];
  };
  const loc = { node, pointer, schema: void 0, docs: void 0 };
  named(node);
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i];
    const here = isObject(node) ? node : {};
    if (seg === "properties" && i + 1 < segments.length) {
      const name = segments[++i];
      pointer += `/${escapePointer(name)}`;
      node = here.properties?.[name];
    } else if (seg === "patternProperties" && i + 1 < segments.length) {
      const name = segments[++i];
      pointer += "/{key}";
      node = here.patternProperties?.[name];
    } else if (seg === "prefixItems" && i + 1 < segments.length) {
      const idx = segments[++i];
      pointer += `/${idx}`;
      node = here.prefixItems?.[Number(idx)];
    } else if (COMPOSITION.includes(seg) && i + 1 < segments.length) {
      node = here[seg]?.[Number(segments[++i])];
    } else if (seg === "dependentSchemas" && i + 1 < segments.length) {
      node = here.dependentSchemas?.[segments[++i]];
    } else if (seg === "items" || seg === "contains" || seg === "unevaluatedItems") {
      pointer += "/*";
      node = here[seg];
    } else if (seg === "additionalProperties" || seg === "unevaluatedProperties" || seg === "propertyNames") {
      pointer += "/{key}";
      node = here[seg];
    } else if (seg === "if" || seg === "then" || seg === "else" || seg === "not") {
      node = here[seg];
    } else {
      break;
    }
    named(node);
  }
  loc.node = node;
  loc.pointer = pointer;
  return loc;
}
function declaresProperty(node, name, depth = 0) {
  if (!isObject(node) || depth > 16) return false;
  if (isObject(node.properties) && Object.hasOwn(node.properties, name)) return true;
  if (isObject(node.patternProperties)) {
    for (const re of Object.keys(node.patternProperties)) {
      try {
        if (new RegExp(re, "u").test(name)) return true;
      } catch {
      }
    }
  }
  for (const k of [...COMPOSITION, "then", "else"]) {
    const sub = node[k];
    const list = Array.isArray(sub) ? sub : sub === void 0 ? [] : [sub];
    if (list.some((b) => declaresProperty(b, name, depth + 1))) return true;
  }
  return false;
}
function propertySchema(node, name, depth = 0) {
  if (!isObject(node) || depth > 16) return void 0;
  if (isObject(node.properties) && Object.hasOwn(node.properties, name)) return node.properties[name];
  for (const k of COMPOSITION) {
    for (const b of node[k] ?? []) {
      const found = propertySchema(b, name, depth + 1);
      if (found !== void 0) return found;
    }
  }
  return void 0;
}
function describeSchemaType(node, depth = 0) {
  if (node === true || depth > 8) return "any";
  if (node === false) return "nothing";
  if (!isObject(node)) return "any";
  const parts = /* @__PURE__ */ new Set();
  const type = node.type;
  if (isDateSchemaTitle(node.title) && type === "string") parts.add(node.title);
  else if (typeof type === "string") parts.add(type);
  else if (Array.isArray(type)) for (const t of type) parts.add(String(t));
  for (const k of ["anyOf", "oneOf"]) for (const b of node[k] ?? []) for (const t of describeSchemaType(b, depth + 1).split(" | ")) parts.add(t);
  if (!parts.size) {
    for (const b of node.allOf ?? []) for (const t of describeSchemaType(b, depth + 1).split(" | ")) if (t !== "any") parts.add(t);
  }
  if (!parts.size && Array.isArray(node.enum)) for (const v of node.enum) parts.add(v === null ? "null" : Number.isInteger(v) ? "integer" : typeof v);
  if (!parts.size && isObject(node.properties)) parts.add("object");
  return parts.size ? [...parts].join(" | ") : "any";
}
export {
  INFERRED_REQUIRED,
  acceptsAnything,
  closedSchema,
  declaresProperty,
  deref,
  describeSchemaType,
  inlineSchema,
  isDateSchemaTitle,
  locate,
  propertySchema,
  resolvePointer,
  schemaPathSegments
};
//# sourceMappingURL=schema.js.map
