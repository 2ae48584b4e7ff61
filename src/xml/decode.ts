// Decodes .NET DataContract XML into the JSON value a schema shape describes. fast-xml-parser reads
// the XML; this module only maps its tree onto the shape and refuses whatever does not fit.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { AdultWorkXmlError } from "./errors.js";
import type { ArrayShape, ObjectShape, PropertyShape, ScalarShape, Shape, UnionShape } from "./shape.js";

/** How decoded objects name their properties. */
export type XmlNames = "as-sent" | "schema";

export interface DecodeOptions {
  /**
   * "as-sent" (default): keys are the element names the XML uses, so a documented difference between
   * the XML and the JSON form stays visible. "schema": an element the contract records under another
   * XML name (`xml.name`) gets its property's name, so the value matches the JSON form's keys.
   */
  names?: XmlNames;
  /** Removes credentials from text quoted in an error message. */
  redact?: (text: string) => string;
  /** For error messages: the call the XML answers. */
  operationId?: string | undefined;
  status?: number | undefined;
  context?: string | undefined;
}

// A tree node as fast-xml-parser's preserveOrder mode gives it: { tag: children, ":@": attributes },
// { "#text": text } or { "#cdata": [{ "#text": text }] }.
type XNode = Record<string, unknown>;
interface Element {
  name: string;
  attrs: Record<string, string> | undefined;
  children: XNode[];
}

/** fast-xml-parser's settings for DataContract XML (exported for the benchmark, which times the parser alone). */
export const PARSER_OPTIONS = {
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
  ignorePiTags: true,
} as const;
const parser = new XMLParser(PARSER_OPTIONS);

/** Element names .NET's DataContractSerializer gives bare values (namespace .../2003/10/Serialization/). */
const PRIMITIVES = new Set([
  "anyType", "anyURI", "base64Binary", "boolean", "byte", "char", "dateTime", "decimal", "double", "duration",
  "float", "guid", "int", "long", "QName", "short", "string", "unsignedByte", "unsignedInt", "unsignedLong", "unsignedShort",
]);

const INTEGER = /^[+-]?\d+(?:\.0*)?$/;
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const XML_SPACE = /^[ \t\n\r]+|[ \t\n\r]+$/g;
const BLANK = /^[ \t\n\r]*$/;
const ENTITY = /&(?:#x([0-9a-fA-F]+);|#([0-9]+);|(amp|lt|gt|quot|apos);)?/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Thrown inside the decoder (cheaply: no stack) and turned into an AdultWorkXmlError at the top. */
class Mismatch {
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {}
}

function asElement(node: XNode): Element | undefined {
  for (const key in node) {
    if (key === ":@") continue;
    if (key === "#text" || key === "#cdata") return undefined;
    return { name: key, attrs: node[":@"] as Record<string, string> | undefined, children: node[key] as XNode[] };
  }
  return undefined;
}

const isXmlChar = (c: number) =>
  c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);

function decodeEntities(text: string, path: string): string {
  if (!text.includes("&")) return text;
  return text.replace(ENTITY, (match, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (name) return NAMED[name]!;
    if (hex || dec) {
      const code = hex ? Number.parseInt(hex, 16) : Number(dec);
      if (!isXmlChar(code)) throw new Mismatch(path, `character reference ${match} is not an XML character`);
      return String.fromCodePoint(code);
    }
    throw new Mismatch(path, "has an '&' that starts no XML entity (DOCTYPE entities are not supported)");
  });
}

const isNil = (el: Element) => {
  const a = el.attrs;
  if (!a) return false;
  // The docs' sample writes i:isnil="true" beside the standard i:nil="true"; both mean null.
  const v = a.nil ?? a.isnil;
  return v === "true" || v === "1";
};

const article = (kind: string) => (/^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`);

class Decoder {
  private readonly names: XmlNames;
  private readonly redact: (text: string) => string;

  constructor(options: DecodeOptions) {
    this.names = options.names ?? "as-sent";
    this.redact = options.redact ?? ((t) => t);
  }

  /** A value from the document, quoted for a message: credentials removed first, then shortened. */
  private quote(text: string): string {
    const clean = this.redact(text);
    return JSON.stringify(clean.length > 40 ? `${clean.slice(0, 40)}…` : clean);
  }

  element(shape: Shape, el: Element, path: string, root: boolean): unknown {
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

  private checkRoot(shape: Shape, el: Element, path: string): void {
    const name = el.name;
    let expected: string | undefined;
    if (shape.kind === "object") {
      if (shape.xmlName ? name === shape.xmlName : !name.startsWith("ArrayOf")) return;
      expected = shape.xmlName ? `<${shape.xmlName}>` : "an object's element, not a list (ArrayOf…)";
    } else if (shape.kind === "array") {
      const want = shape.xmlName ?? (shape.items.xmlName ? `ArrayOf${shape.items.xmlName}` : undefined);
      if (want ? name === want : name.startsWith("ArrayOf") && name.length > 7) return;
      expected = want ? `<${want}>` : "a list element (ArrayOf…)";
    } else if (shape.kind === "string" || shape.kind === "integer" || shape.kind === "number" || shape.kind === "boolean") {
      if (shape.xmlName ? name === shape.xmlName : PRIMITIVES.has(name)) return;
      expected = shape.xmlName ? `<${shape.xmlName}>` : "a bare value such as <int>, <decimal>, <string> or <boolean>";
    } else {
      return;
    }
    throw new Mismatch(path, `unexpected root element <${name}>: expected ${expected}`);
  }

  private text(el: Element, path: string): string {
    let out = "";
    for (const child of el.children) {
      const t = child["#text"];
      if (typeof t === "string") out += decodeEntities(t, path);
      else if (Array.isArray(child["#cdata"])) out += ((child["#cdata"] as XNode[])[0]?.["#text"] as string | undefined) ?? "";
      else throw new Mismatch(path, `expected a value, found the element <${asElement(child)?.name ?? "?"}>`);
    }
    return out;
  }

  /** The element children of an element; text between them must be blank. */
  private children(el: Element, path: string): Element[] {
    const out: Element[] = [];
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

  private scalar(shape: ScalarShape, el: Element, path: string): unknown {
    const raw = this.text(el, path);
    let value: unknown;
    if (shape.kind === "string") value = raw;
    else {
      const t = raw.replace(XML_SPACE, "");
      if (shape.kind === "boolean") {
        value = t === "true" || t === "1" ? true : t === "false" || t === "0" ? false : undefined;
      } else if (shape.kind === "integer" ? INTEGER.test(t) : NUMBER.test(t)) {
        const n = Number(t);
        value = Number.isFinite(n) ? n : undefined;
      }
      if (value === undefined) throw new Mismatch(path, `expected ${article(shape.kind)}, got ${this.quote(raw)}`);
    }
    if (shape.enum && !shape.enum.includes(value)) {
      throw new Mismatch(path, `${this.quote(String(value))} is not one of ${shape.enum.map((v) => JSON.stringify(v)).join(", ")}`);
    }
    return value;
  }

  private object(shape: ObjectShape, el: Element, path: string): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const seen = new Set<PropertyShape>();
    let repeated: Set<string> | undefined;
    for (const c of this.children(el, path)) {
      const childPath = `${path}/${c.name}`;
      const prop = shape.byElement.get(c.name);
      if (prop) {
        if (seen.has(prop)) throw new Mismatch(childPath, `appears more than once, but ${prop.key} holds one value`);
        seen.add(prop);
        out[this.names === "schema" ? prop.key : c.name] = this.element(prop.shape, c, childPath, false);
      } else if (shape.additional) {
        const value = this.element(shape.additional, c, childPath, false);
        // An element the schema does not list that arrives more than once keeps every value.
        if (!Object.hasOwn(out, c.name)) out[c.name] = value;
        else if (repeated?.has(c.name)) (out[c.name] as unknown[]).push(value);
        else {
          out[c.name] = [out[c.name], value];
          (repeated ??= new Set()).add(c.name);
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

  private array(shape: ArrayShape, el: Element, path: string): unknown[] {
    const items = this.children(el, path);
    const out = new Array<unknown>(items.length);
    for (let i = 0; i < items.length; i++) {
      const c = items[i]!;
      out[i] = this.element(shape.items, c, `${path}/${c.name}[${i + 1}]`, false);
    }
    return out;
  }

  private union(shape: UnionShape, el: Element, path: string, root: boolean): unknown {
    const problems: string[] = [];
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
  private byShape(el: Element, path: string): unknown {
    if (isNil(el)) return null;
    if (!el.children.some((c) => asElement(c) !== undefined)) {
      const text = this.text(el, path);
      return el.name.startsWith("ArrayOf") && BLANK.test(text) ? [] : text;
    }
    const kids = this.children(el, path);
    const list = el.name.startsWith("ArrayOf") || (kids.length > 1 && kids.every((k) => k.name === kids[0]!.name));
    if (list) return kids.map((c, i) => this.byShape(c, `${path}/${c.name}[${i + 1}]`));
    return this.object({ kind: "object", nullable: true, xmlName: undefined, byElement: new Map(), required: [], additional: ANY }, el, path);
  }
}

const ANY: Shape = { kind: "any", nullable: true, xmlName: undefined };

/** Parses XML text and decodes its root element as `shape` describes. */
export function decodeXml(xml: string, shape: Shape, options: DecodeOptions = {}): unknown {
  const redact = options.redact ?? ((t: string) => t);
  const fail = (elementPath: string, problem: string) =>
    new AdultWorkXmlError({ operationId: options.operationId, status: options.status, context: options.context, elementPath, problem });
  if (typeof xml !== "string") throw fail("", "the XML must be given as a string");
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw fail("", `the document is not well-formed XML (${redact(valid.err.msg.replace(/\.$/, ""))} at line ${valid.err.line}, column ${valid.err.col})`);
  }
  let nodes: XNode[];
  try {
    nodes = parser.parse(xml) as XNode[];
  } catch (err) {
    throw fail("", `the document cannot be read as XML (${redact((err as Error).message)})`);
  }
  const roots = nodes.map(asElement).filter((e): e is Element => e !== undefined);
  if (roots.length !== 1) throw fail("", roots.length ? `it has ${roots.length} root elements, XML allows one` : "it has no root element");
  const root = roots[0]!;
  try {
    return new Decoder(options).element(shape, root, `/${root.name}`, true);
  } catch (err) {
    if (err instanceof Mismatch) throw fail(err.path, err.problem);
    throw err;
  }
}
