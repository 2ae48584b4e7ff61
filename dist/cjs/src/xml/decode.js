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
var decode_exports = {};
__export(decode_exports, {
  PARSER_OPTIONS: () => PARSER_OPTIONS,
  decodeXml: () => decodeXml
});
module.exports = __toCommonJS(decode_exports);
var import_fast_xml_parser = require("fast-xml-parser");
var import_errors = require("./errors.js");
const PARSER_OPTIONS = {
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  // Namespaces are ignored: elements and attributes are matched by local name.
  removeNSPrefix: true,
  // Strings keep their spaces; values are converted by the schema, not guessed by the parser.
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  // The five XML entities and character references are decoded here (the parser's own decoder
  // leaves &#xD; alone), and DOCTYPE-declared entities are never expanded.
  processEntities: false,
  cdataPropName: "#cdata",
  ignoreDeclaration: true,
  ignorePiTags: true
};
const parser = new import_fast_xml_parser.XMLParser(PARSER_OPTIONS);
const PRIMITIVES = /* @__PURE__ */ new Set([
  "anyType",
  "anyURI",
  "base64Binary",
  "boolean",
  "byte",
  "char",
  "dateTime",
  "decimal",
  "double",
  "duration",
  "float",
  "guid",
  "int",
  "long",
  "QName",
  "short",
  "string",
  "unsignedByte",
  "unsignedInt",
  "unsignedLong",
  "unsignedShort"
]);
const INTEGER = /^[+-]?\d+(?:\.0*)?$/;
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const XML_SPACE = /^[ \t\n\r]+|[ \t\n\r]+$/g;
const BLANK = /^[ \t\n\r]*$/;
const ENTITY = /&(?:#x([0-9a-fA-F]+);|#([0-9]+);|(amp|lt|gt|quot|apos);)?/g;
const NAMED = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
class Mismatch {
  constructor(path, problem) {
    this.path = path;
    this.problem = problem;
  }
  path;
  problem;
}
function asElement(node) {
  for (const key in node) {
    if (key === ":@") continue;
    if (key === "#text" || key === "#cdata") return void 0;
    return { name: key, attrs: node[":@"], children: node[key] };
  }
  return void 0;
}
const isXmlChar = (c) => c === 9 || c === 10 || c === 13 || c >= 32 && c <= 55295 || c >= 57344 && c <= 65533 || c >= 65536 && c <= 1114111;
function decodeEntities(text, path) {
  if (!text.includes("&")) return text;
  return text.replace(ENTITY, (match, hex, dec, name) => {
    if (name) return NAMED[name];
    if (hex || dec) {
      const code = hex ? Number.parseInt(hex, 16) : Number(dec);
      if (!isXmlChar(code)) throw new Mismatch(path, `character reference ${match} is not an XML character`);
      return String.fromCodePoint(code);
    }
    throw new Mismatch(path, "has an '&' that starts no XML entity (DOCTYPE entities are not supported)");
  });
}
const isNil = (el) => {
  const a = el.attrs;
  if (!a) return false;
  const v = a.nil ?? a.isnil;
  return v === "true" || v === "1";
};
const article = (kind) => /^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`;
class Decoder {
  names;
  redact;
  constructor(options) {
    this.names = options.names ?? "as-sent";
    this.redact = options.redact ?? ((t) => t);
  }
  /** A value from the document, quoted for a message: credentials removed first, then shortened. */
  quote(text) {
    const clean = this.redact(text);
    return JSON.stringify(clean.length > 40 ? `${clean.slice(0, 40)}\u2026` : clean);
  }
  element(shape, el, path, root) {
    if (root) this.checkRoot(shape, el, path);
    if (isNil(el)) {
      if (shape.nullable) return null;
      throw new Mismatch(path, `is nil (i:nil="true") but the schema does not allow null`);
    }
    switch (shape.kind) {
      case "any":
        return this.byShape(el, path);
      case "null":
        throw new Mismatch(path, 'must be nil (i:nil="true"): the schema allows only null');
      case "string":
      case "integer":
      case "number":
      case "boolean":
        return this.scalar(shape, el, path);
      case "object":
        return this.object(shape, el, path);
      case "array":
        return this.array(shape, el, path);
      case "union":
        return this.union(shape, el, path, root);
    }
  }
  checkRoot(shape, el, path) {
    const name = el.name;
    let expected;
    if (shape.kind === "object") {
      if (shape.xmlName ? name === shape.xmlName : !name.startsWith("ArrayOf")) return;
      expected = shape.xmlName ? `<${shape.xmlName}>` : "an object's element, not a list (ArrayOf\u2026)";
    } else if (shape.kind === "array") {
      const want = shape.xmlName ?? (shape.items.xmlName ? `ArrayOf${shape.items.xmlName}` : void 0);
      if (want ? name === want : name.startsWith("ArrayOf") && name.length > 7) return;
      expected = want ? `<${want}>` : "a list element (ArrayOf\u2026)";
    } else if (shape.kind === "string" || shape.kind === "integer" || shape.kind === "number" || shape.kind === "boolean") {
      if (shape.xmlName ? name === shape.xmlName : PRIMITIVES.has(name)) return;
      expected = shape.xmlName ? `<${shape.xmlName}>` : "a bare value such as <int>, <decimal>, <string> or <boolean>";
    } else {
      return;
    }
    throw new Mismatch(path, `unexpected root element <${name}>: expected ${expected}`);
  }
  text(el, path) {
    let out = "";
    for (const child of el.children) {
      const t = child["#text"];
      if (typeof t === "string") out += decodeEntities(t, path);
      else if (Array.isArray(child["#cdata"])) out += child["#cdata"][0]?.["#text"] ?? "";
      else throw new Mismatch(path, `expected a value, found the element <${asElement(child)?.name ?? "?"}>`);
    }
    return out;
  }
  /** The element children of an element; text between them must be blank. */
  children(el, path) {
    const out = [];
    for (const child of el.children) {
      const c = asElement(child);
      if (c) out.push(c);
      else {
        const t = child["#text"];
        if (typeof t !== "string") throw new Mismatch(path, "has CDATA text where only elements belong");
        if (!BLANK.test(t)) throw new Mismatch(path, `has text ${this.quote(t.replace(XML_SPACE, ""))} where only elements belong`);
      }
    }
    return out;
  }
  scalar(shape, el, path) {
    const raw = this.text(el, path);
    let value;
    if (shape.kind === "string") value = raw;
    else {
      const t = raw.replace(XML_SPACE, "");
      if (shape.kind === "boolean") {
        value = t === "true" || t === "1" ? true : t === "false" || t === "0" ? false : void 0;
      } else if (shape.kind === "integer" ? INTEGER.test(t) : NUMBER.test(t)) {
        const n = Number(t);
        value = Number.isFinite(n) ? n : void 0;
      }
      if (value === void 0) throw new Mismatch(path, `expected ${article(shape.kind)}, got ${this.quote(raw)}`);
    }
    if (shape.enum && !shape.enum.includes(value)) {
      throw new Mismatch(path, `${this.quote(String(value))} is not one of ${shape.enum.map((v) => JSON.stringify(v)).join(", ")}`);
    }
    return value;
  }
  object(shape, el, path) {
    const out = {};
    const seen = /* @__PURE__ */ new Set();
    let repeated;
    for (const c of this.children(el, path)) {
      const childPath = `${path}/${c.name}`;
      const prop = shape.byElement.get(c.name);
      if (prop) {
        if (seen.has(prop)) throw new Mismatch(childPath, `appears more than once, but ${prop.key} holds one value`);
        seen.add(prop);
        out[this.names === "schema" ? prop.key : c.name] = this.element(prop.shape, c, childPath, false);
      } else if (shape.additional) {
        const value = this.element(shape.additional, c, childPath, false);
        if (!Object.hasOwn(out, c.name)) out[c.name] = value;
        else if (repeated?.has(c.name)) out[c.name].push(value);
        else {
          out[c.name] = [out[c.name], value];
          (repeated ??= /* @__PURE__ */ new Set()).add(c.name);
        }
      } else {
        throw new Mismatch(childPath, "is not a property the schema allows");
      }
    }
    for (const prop of shape.required) {
      if (!seen.has(prop)) {
        throw new Mismatch(path, `lacks the element <${prop.key}>${prop.alias ? ` (or <${prop.alias}>)` : ""}, which the schema requires`);
      }
    }
    return out;
  }
  array(shape, el, path) {
    const items = this.children(el, path);
    const out = new Array(items.length);
    for (let i = 0; i < items.length; i++) {
      const c = items[i];
      out[i] = this.element(shape.items, c, `${path}/${c.name}[${i + 1}]`, false);
    }
    return out;
  }
  union(shape, el, path, root) {
    const problems = [];
    for (const branch of shape.branches) {
      try {
        return this.element(branch, el, path, root);
      } catch (err) {
        if (!(err instanceof Mismatch)) throw err;
        problems.push(`as ${article(branch.kind)}, ${err.path === path ? "" : `${err.path} `}${err.problem}`);
      }
    }
    throw new Mismatch(path, `fits none of the forms the schema allows (${problems.join("; ") || "it allows none"})`);
  }
  /** No schema: text becomes a string, children an object, an ArrayOf… element or repeated children a list. */
  byShape(el, path) {
    if (isNil(el)) return null;
    if (!el.children.some((c) => asElement(c) !== void 0)) {
      const text = this.text(el, path);
      return el.name.startsWith("ArrayOf") && BLANK.test(text) ? [] : text;
    }
    const kids = this.children(el, path);
    const list = el.name.startsWith("ArrayOf") || kids.length > 1 && kids.every((k) => k.name === kids[0].name);
    if (list) return kids.map((c, i) => this.byShape(c, `${path}/${c.name}[${i + 1}]`));
    return this.object({ kind: "object", nullable: true, xmlName: void 0, byElement: /* @__PURE__ */ new Map(), required: [], additional: ANY }, el, path);
  }
}
const ANY = { kind: "any", nullable: true, xmlName: void 0 };
function decodeXml(xml, shape, options = {}) {
  const redact = options.redact ?? ((t) => t);
  const fail = (elementPath, problem) => new import_errors.AdultWorkXmlError({ operationId: options.operationId, status: options.status, context: options.context, elementPath, problem });
  if (typeof xml !== "string") throw fail("", "the XML must be given as a string");
  const valid = import_fast_xml_parser.XMLValidator.validate(xml);
  if (valid !== true) {
    throw fail("", `the document is not well-formed XML (${redact(valid.err.msg.replace(/\.$/, ""))} at line ${valid.err.line}, column ${valid.err.col})`);
  }
  let nodes;
  try {
    nodes = parser.parse(xml);
  } catch (err) {
    throw fail("", `the document cannot be read as XML (${redact(err.message)})`);
  }
  const roots = nodes.map(asElement).filter((e) => e !== void 0);
  if (roots.length !== 1) throw fail("", roots.length ? `it has ${roots.length} root elements, XML allows one` : "it has no root element");
  const root = roots[0];
  try {
    return new Decoder(options).element(shape, root, `/${root.name}`, true);
  } catch (err) {
    if (err instanceof Mismatch) throw fail(err.path, err.problem);
    throw err;
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  PARSER_OPTIONS,
  decodeXml
});
//# sourceMappingURL=decode.js.map
