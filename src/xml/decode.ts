// Decodes .NET DataContract XML into the JSON value a schema shape describes. saxes reads the XML (a
// strict, namespace-aware parser: malformed or truncated documents, undefined entities and characters
// XML forbids are errors); this module builds a small tree from its events, maps it onto the shape
// and refuses whatever does not fit.
import { SaxesParser, type SaxesTagNS } from "saxes";
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

/** An element as the decoder reads it: its local name, whether it is nil, and its content in order. */
interface Element {
  name: string;
  /** `i:nil="true"` (or `i:isnil="true"`, as the docs' sample writes it): the value is null. */
  nil: boolean;
  children: Child[];
}
/** Text (entities already decoded by the parser), a CDATA section, or an element. */
type Child = string | Cdata | Element;
interface Cdata {
  cdata: string;
}

/** Element names .NET's DataContractSerializer gives bare values (namespace .../2003/10/Serialization/). */
const PRIMITIVES = new Set([
  "anyType", "anyURI", "base64Binary", "boolean", "byte", "char", "dateTime", "decimal", "double", "duration",
  "float", "guid", "int", "long", "QName", "short", "string", "unsignedByte", "unsignedInt", "unsignedLong", "unsignedShort",
]);

const INTEGER = /^[+-]?\d+(?:\.0*)?$/;
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const XML_SPACE = /^[ \t\n\r]+|[ \t\n\r]+$/g;
const BLANK = /^[ \t\n\r]*$/;
const ENTITY_DECLARATION = /<!ENTITY/;

/**
 * What does not fit, thrown inside the decoder (cheaply: no stack) and turned into an
 * AdultWorkXmlError at the top. Where it happened is collected on the way up, one element name per
 * level, so a document that fits builds no path string at all.
 */
class Mismatch {
  /** Element names from the failing element upwards. */
  readonly up: string[] = [];
  constructor(private readonly problem: string | ((at: string) => string)) {}

  /** The element's path below `base`, the path of the element that caught it last. */
  path(base: string): string {
    let out = base;
    for (let i = this.up.length - 1; i >= 0; i--) out += `/${this.up[i]}`;
    return out;
  }

  describe(at: string): string {
    return typeof this.problem === "string" ? this.problem : this.problem(at);
  }
}

/** A Mismatch about the child element `name` of the element being decoded. */
function below(name: string, problem: string): Mismatch {
  const m = new Mismatch(problem);
  m.up.push(name);
  return m;
}

const isElement = (c: Child): c is Element => typeof c === "object" && "name" in c;

function isNilTag(tag: SaxesTagNS): boolean {
  const attributes = tag.attributes;
  for (const key in attributes) {
    const a = attributes[key]!;
    if ((a.local === "nil" || a.local === "isnil") && (a.value === "true" || a.value === "1")) return true;
  }
  return false;
}

/** The error saxes reports, without its position prefix. */
const parserProblem = (err: unknown) => (err instanceof Error ? err.message : String(err)).replace(/^\d+:\d+: /, "").replace(/\.$/, "");

/** Reads a document into its root element; throws the parser's complaint as a string. */
export function readTree(xml: string, position = false): Element {
  const parser = new SaxesParser({ xmlns: true, position });
  const top: Element = { name: "", nil: false, children: [] };
  const stack: Element[] = [top];
  let open = top;
  parser.on("doctype", (doctype) => {
    // Only XML's own entities and character references are decoded; declared ones are never expanded.
    if (ENTITY_DECLARATION.test(doctype)) throw new DoctypeEntities();
  });
  parser.on("opentag", (tag) => {
    const el: Element = { name: tag.local, nil: isNilTag(tag), children: [] };
    open.children.push(el);
    stack.push(el);
    open = el;
  });
  parser.on("closetag", () => {
    stack.pop();
    open = stack[stack.length - 1]!;
  });
  parser.on("text", (text) => {
    // Blank text around the root is no content (saxes refuses any other text there).
    if (open !== top) open.children.push(text);
  });
  parser.on("cdata", (cdata) => open.children.push({ cdata }));
  parser.write(xml).close();
  // saxes guarantees exactly one root once close() has returned.
  return top.children.find(isElement)!;
}

class DoctypeEntities {}

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

  /** Decodes the child element `el`, naming it `segment` in the path of whatever does not fit in it. */
  private child(shape: Shape, el: Element, segment: string): unknown {
    try {
      return this.element(shape, el, false);
    } catch (err) {
      if (err instanceof Mismatch) err.up.push(segment);
      throw err;
    }
  }

  element(shape: Shape, el: Element, root: boolean): unknown {
    if (root) this.checkRoot(shape, el);
    if (el.nil) {
      if (shape.nullable) return null;
      throw new Mismatch(`is nil (i:nil="true") but the schema does not allow null`);
    }
    switch (shape.kind) {
      case "any":
        return this.byShape(el);
      case "null":
        throw new Mismatch('must be nil (i:nil="true"): the schema allows only null');
      case "string":
      case "integer":
      case "number":
      case "boolean":
        return this.scalar(shape, el);
      case "object":
        return this.object(shape, el);
      case "array":
        return this.array(shape, el);
      case "union":
        return this.union(shape, el, root);
    }
  }

  private checkRoot(shape: Shape, el: Element): void {
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
    throw new Mismatch(`unexpected root element <${name}>: expected ${expected}`);
  }

  private text(el: Element): string {
    const children = el.children;
    // Most values are one run of text.
    if (children.length === 1 && typeof children[0] === "string") return children[0];
    let out = "";
    for (const child of children) {
      if (typeof child === "string") out += child;
      else if (!isElement(child)) out += child.cdata;
      else throw new Mismatch(`expected a value, found the element <${child.name}>`);
    }
    return out;
  }

  /** The element children of an element; text between them must be blank. */
  private children(el: Element): Element[] {
    const out: Element[] = [];
    for (const child of el.children) {
      if (typeof child === "string") {
        if (!BLANK.test(child)) throw new Mismatch(`has text ${this.quote(child.replace(XML_SPACE, ""))} where only elements belong`);
      } else if (isElement(child)) out.push(child);
      else throw new Mismatch("has CDATA text where only elements belong");
    }
    return out;
  }

  private scalar(shape: ScalarShape, el: Element): unknown {
    const raw = this.text(el);
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
      if (value === undefined) throw new Mismatch(`expected ${article(shape.kind)}, got ${this.quote(raw)}`);
    }
    if (shape.enum && !shape.enum.includes(value)) {
      throw new Mismatch(`${this.quote(String(value))} is not one of ${shape.enum.map((v) => JSON.stringify(v)).join(", ")}`);
    }
    return value;
  }

  private object(shape: ObjectShape, el: Element): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const seen = new Set<PropertyShape>();
    let repeated: Set<string> | undefined;
    for (const c of this.children(el)) {
      const prop = shape.byElement.get(c.name);
      if (prop) {
        if (seen.has(prop)) throw below(c.name, `appears more than once, but ${prop.key} holds one value`);
        seen.add(prop);
        out[this.names === "schema" ? prop.key : c.name] = this.child(prop.shape, c, c.name);
      } else if (shape.additional) {
        const value = this.child(shape.additional, c, c.name);
        // An element the schema does not list that arrives more than once keeps every value.
        if (!Object.hasOwn(out, c.name)) out[c.name] = value;
        else if (repeated?.has(c.name)) (out[c.name] as unknown[]).push(value);
        else {
          out[c.name] = [out[c.name], value];
          (repeated ??= new Set()).add(c.name);
        }
      } else {
        throw below(c.name, "is not a property the schema allows");
      }
    }
    for (const prop of shape.required) {
      if (!seen.has(prop)) throw new Mismatch(`lacks the element <${prop.key}>${prop.alias ? ` (or <${prop.alias}>)` : ""}, which the schema requires`);
    }
    return out;
  }

  private array(shape: ArrayShape, el: Element): unknown[] {
    const items = this.children(el);
    const out = new Array<unknown>(items.length);
    for (let i = 0; i < items.length; i++) {
      const c = items[i]!;
      out[i] = this.child(shape.items, c, `${c.name}[${i + 1}]`);
    }
    return out;
  }

  private union(shape: UnionShape, el: Element, root: boolean): unknown {
    const failures: [Shape, Mismatch][] = [];
    for (const branch of shape.branches) {
      try {
        return this.element(branch, el, root);
      } catch (err) {
        if (!(err instanceof Mismatch)) throw err;
        failures.push([branch, err]);
      }
    }
    // Worded once the union's own path is known: each branch's complaint names the element it is about.
    throw new Mismatch((at) => {
      const problems = failures.map(([branch, m]) => {
        const where = m.path(at);
        return `as ${article(branch.kind)}, ${where === at ? "" : `${where} `}${m.describe(where)}`;
      });
      return `fits none of the forms the schema allows (${problems.join("; ") || "it allows none"})`;
    });
  }

  /** No schema: text becomes a string, children an object, an ArrayOf… element or repeated children a list. */
  private byShape(el: Element): unknown {
    if (el.nil) return null;
    if (!el.children.some(isElement)) {
      const text = this.text(el);
      return el.name.startsWith("ArrayOf") && BLANK.test(text) ? [] : text;
    }
    const kids = this.children(el);
    const list = el.name.startsWith("ArrayOf") || (kids.length > 1 && kids.every((k) => k.name === kids[0]!.name));
    if (list) return kids.map((c, i) => this.child(ANY, c, `${c.name}[${i + 1}]`));
    return this.object({ kind: "object", nullable: true, xmlName: undefined, byElement: new Map(), required: [], additional: ANY }, el);
  }
}

const ANY: Shape = { kind: "any", nullable: true, xmlName: undefined };

/** Parses XML text and decodes its root element as `shape` describes. */
export function decodeXml(xml: string, shape: Shape, options: DecodeOptions = {}): unknown {
  const redact = options.redact ?? ((t: string) => t);
  const fail = (elementPath: string, problem: string) =>
    new AdultWorkXmlError({ operationId: options.operationId, status: options.status, context: options.context, elementPath, problem });
  if (typeof xml !== "string") throw fail("", "the XML must be given as a string");
  let root: Element;
  try {
    root = readTree(xml);
  } catch (first) {
    if (first instanceof DoctypeEntities) throw fail("", "it declares entities in a DOCTYPE, which are never expanded: no XML entity but the five predefined ones and character references is decoded");
    // Read again, this time tracking positions, to say where: a document that parses never pays for it.
    let located = first;
    try {
      readTree(xml, true);
    } catch (err) {
      located = err;
    }
    const at = located instanceof Error ? /^(\d+):(\d+): /.exec(located.message) : null;
    throw fail("", `the document is not well-formed XML (${redact(parserProblem(located))}${at ? ` at line ${at[1]}, column ${at[2]}` : ""})`);
  }
  try {
    return new Decoder(options).element(shape, root, true);
  } catch (err) {
    if (!(err instanceof Mismatch)) throw err;
    err.up.push(root.name);
    const elementPath = err.path("");
    throw fail(elementPath, err.describe(elementPath));
  }
}
