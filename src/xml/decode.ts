// Decodes .NET DataContract XML into the JSON value a schema shape describes. saxes reads the XML (a
// strict parser: malformed or truncated documents, undefined entities and characters XML forbids are
// errors). Namespaces play no part in decoding (elements are matched by local name), so saxes does not
// resolve them: that is about a fifth of its time on DataContract XML, which declares a namespace on
// many elements. This module maps saxes's events onto the shape as they come, one frame per
// open element, and refuses whatever does not fit. Only where the shape cannot say in advance what an
// element is (alternatives, or no schema) is the element kept as a small tree and decoded when it closes.
import { SaxesParser, type SaxesAttributePlain } from "saxes";
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
  names?: XmlNames | undefined;
  /** Removes credentials from text quoted in an error message. */
  redact?: ((text: string) => string) | undefined;
  /** For error messages: the call the XML answers. */
  operationId?: string | undefined;
  status?: number | undefined;
  context?: string | undefined;
}

/** An element kept whole: where the shape offers alternatives, or has no schema. */
interface Element {
  /** Local name: elements and attributes are matched without their namespace. */
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

/** Thrown inside the decoder (cheaply: no stack) and turned into an AdultWorkXmlError at the top. */
class Mismatch {
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {}
}

/** Thrown when a DOCTYPE declares entities: only XML's own entities and character references are decoded. */
class DoctypeEntities {}

const ANY: Shape = { kind: "any", nullable: true, xmlName: undefined };

const isElement = (c: Child): c is Element => typeof c === "object" && "name" in c;

/** A name without its namespace prefix: elements and attributes are matched by local name. */
const local = (name: string) => name.slice(name.indexOf(":") + 1);

/** `i:nil="true"` (or `i:isnil="true"`, as the docs' sample writes it), whatever the prefix. */
function isNilAttribute(a: SaxesAttributePlain): boolean {
  if (a.value !== "true" && a.value !== "1") return false;
  const name = local(a.name);
  return name === "nil" || name === "isnil";
}

const article = (kind: string) => (/^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`);

const enum Kind {
  /** Above the root element: takes the one root saxes allows. */
  Document,
  /** A nil element: null, whatever it holds. */
  Nil,
  /** A value: its text (and CDATA), read as the shape's type. */
  Value,
  Object,
  Array,
  /** An element kept whole, decoded once it is complete (alternatives, or no schema). */
  Tree,
}

/**
 * One open element being decoded. Every frame has the same fields, so the decoder's calls on frames
 * stay monomorphic; its path (for messages) is built from its parents only when something does not
 * fit, so a document that fits builds no path string at all.
 */
interface Frame {
  kind: Kind;
  parent: Frame | undefined;
  /** This element's step in the path: its name, with its position in a list. */
  segment: string;
  shape: Shape;
  /** Document: the root's value; Value: the text so far; Object: the object; Array: the list. */
  value: any;
  /** Object: where the open child's value goes, and whether the schema lists that child. */
  key: string;
  listed: boolean;
  repeated: Set<string> | undefined;
  /** Tree: the element kept, and whether this frame is its top (the one that decodes it). */
  el: Element | undefined;
  top: boolean;
  root: boolean;
}

const frame = (kind: Kind, parent: Frame | undefined, segment: string, shape: Shape, value: unknown, el?: Element, root = false): Frame => ({
  kind,
  parent,
  segment,
  shape,
  value,
  key: "",
  listed: true,
  repeated: undefined,
  el,
  top: el !== undefined && parent !== undefined,
  root,
});

function pathOf(f: Frame): string {
  return f.parent ? `${pathOf(f.parent)}/${f.segment}` : "";
}

/** A property already given: under its name or under the other name the contract records for it. */
const has = (out: Record<string, unknown>, prop: PropertyShape) => Object.hasOwn(out, prop.key) || (prop.alias !== undefined && Object.hasOwn(out, prop.alias));

class Decoder {
  readonly names: XmlNames;
  private readonly redact: (text: string) => string;
  // A value element cannot hold another element, so at most one is open at a time, and a nil
  // element's frame holds nothing but its place: one frame of each serves every such element, which
  // spares the allocation for most elements of a document.
  private readonly valueFrame = frame(Kind.Value, undefined, "", ANY, "");
  private readonly nilFrame = frame(Kind.Nil, undefined, "", ANY, null);

  /** The shared frame `f`, placed at `parent`/`segment` for `shape`. */
  private reuse(f: Frame, parent: Frame, segment: string, shape: Shape, value: unknown): Frame {
    f.parent = parent;
    f.segment = segment;
    f.shape = shape;
    f.value = value;
    return f;
  }

  constructor(options: DecodeOptions) {
    this.names = options.names ?? "as-sent";
    this.redact = options.redact ?? ((t) => t);
  }

  /** A value from the document, quoted for a message: credentials removed first, then shortened. */
  quote(text: string): string {
    const clean = this.redact(text);
    return JSON.stringify(clean.length > 40 ? `${clean.slice(0, 40)}…` : clean);
  }

  /** The frame that decodes the element `name` as `shape`. */
  frameFor(shape: Shape, name: string, nil: boolean, parent: Frame, segment: string, root: boolean): Frame {
    if (root) this.checkRoot(shape, name, `/${name}`);
    if (nil) {
      if (shape.nullable) return this.reuse(this.nilFrame, parent, segment, shape, null);
      throw new Mismatch(`${pathOf(parent)}/${segment}`, `is nil (i:nil="true") but the schema does not allow null`);
    }
    switch (shape.kind) {
      case "null":
        throw new Mismatch(`${pathOf(parent)}/${segment}`, 'must be nil (i:nil="true"): the schema allows only null');
      case "string":
      case "integer":
      case "number":
      case "boolean":
        return this.reuse(this.valueFrame, parent, segment, shape, "");
      case "object":
        return frame(Kind.Object, parent, segment, shape, {});
      case "array":
        return frame(Kind.Array, parent, segment, shape, []);
      case "any":
      case "union":
        return frame(Kind.Tree, parent, segment, shape, undefined, { name, nil, children: [] }, root);
    }
  }

  /** A child element of `f` opens; returns the frame that decodes it. */
  open(f: Frame, name: string, nil: boolean): Frame {
    switch (f.kind) {
      case Kind.Document:
        return this.frameFor(f.shape, name, nil, f, name, true);
      case Kind.Nil:
        return f;
      case Kind.Value:
        throw new Mismatch(pathOf(f), `expected a value, found the element <${name}>`);
      case Kind.Object: {
        const shape = f.shape as ObjectShape;
        const prop = shape.byElement.get(name);
        if (prop) {
          if (has(f.value, prop)) throw new Mismatch(`${pathOf(f)}/${name}`, `appears more than once, but ${prop.key} holds one value`);
          f.key = this.names === "schema" ? prop.key : name;
          f.listed = true;
          return this.frameFor(prop.shape, name, nil, f, name, false);
        }
        if (!shape.additional) throw new Mismatch(`${pathOf(f)}/${name}`, "is not a property the schema allows");
        f.key = name;
        f.listed = false;
        return this.frameFor(shape.additional, name, nil, f, name, false);
      }
      case Kind.Array:
        return this.frameFor((f.shape as ArrayShape).items, name, nil, f, `${name}[${(f.value as unknown[]).length + 1}]`, false);
      case Kind.Tree: {
        const child: Element = { name, nil, children: [] };
        f.el!.children.push(child);
        return frame(Kind.Tree, undefined, "", f.shape, undefined, child);
      }
    }
  }

  text(f: Frame, text: string): void {
    switch (f.kind) {
      case Kind.Value:
        f.value += text;
        return;
      case Kind.Object:
      case Kind.Array:
        if (!BLANK.test(text)) throw new Mismatch(pathOf(f), `has text ${this.quote(text.replace(XML_SPACE, ""))} where only elements belong`);
        return;
      case Kind.Tree:
        f.el!.children.push(text);
        return;
      default:
      // Blank text around the root (saxes refuses any other), or inside a nil element: nothing.
    }
  }

  cdata(f: Frame, cdata: string): void {
    switch (f.kind) {
      case Kind.Value:
        f.value += cdata;
        return;
      case Kind.Object:
      case Kind.Array:
        throw new Mismatch(pathOf(f), "has CDATA text where only elements belong");
      case Kind.Tree:
        f.el!.children.push({ cdata });
        return;
      default:
    }
  }

  /** `f`'s element closes; returns its value. */
  close(f: Frame): unknown {
    switch (f.kind) {
      case Kind.Value:
        return this.scalar(f.shape as ScalarShape, f.value as string, f);
      case Kind.Object:
        for (const prop of (f.shape as ObjectShape).required) {
          if (!has(f.value, prop)) throw new Mismatch(pathOf(f), `lacks the element <${prop.key}>${prop.alias ? ` (or <${prop.alias}>)` : ""}, which the schema requires`);
        }
        return f.value;
      case Kind.Tree:
        if (!f.top) return undefined;
        return f.shape.kind === "union" ? this.union(f.shape, f.el!, f) : this.byShape(f.el!, pathOf(f));
      default:
        return f.value;
    }
  }

  /** The value of `f`'s child element that just closed. */
  accept(f: Frame, value: unknown): void {
    switch (f.kind) {
      case Kind.Document:
        f.value = value;
        return;
      case Kind.Object: {
        const out = f.value as Record<string, unknown>;
        const key = f.key;
        if (f.listed) out[key] = value;
        // An element the schema does not list that arrives more than once keeps every value.
        else if (!Object.hasOwn(out, key)) out[key] = value;
        else if (f.repeated?.has(key)) (out[key] as unknown[]).push(value);
        else {
          out[key] = [out[key], value];
          (f.repeated ??= new Set()).add(key);
        }
        return;
      }
      case Kind.Array:
        (f.value as unknown[]).push(value);
        return;
      default:
    }
  }

  /** Feeds a kept element's content to a frame, as the parser fed it the first time. */
  private replay(f: Frame, el: Element): void {
    for (const c of el.children) {
      if (typeof c === "string") this.text(f, c);
      else if (!isElement(c)) this.cdata(f, c.cdata);
      else {
        const child = this.open(f, c.name, c.nil);
        this.replay(child, c);
        this.accept(f, this.close(child));
      }
    }
  }

  private checkRoot(shape: Shape, name: string, path: string): void {
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

  private scalar(shape: ScalarShape, raw: string, f: Frame): unknown {
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
      if (value === undefined) throw new Mismatch(pathOf(f), `expected ${article(shape.kind)}, got ${this.quote(raw)}`);
    }
    if (shape.enum && !shape.enum.includes(value)) {
      throw new Mismatch(pathOf(f), `${this.quote(String(value))} is not one of ${shape.enum.map((v) => JSON.stringify(v)).join(", ")}`);
    }
    return value;
  }

  /** The first alternative the whole element fits, each tried on it from the start. */
  private union(shape: UnionShape, el: Element, f: Frame): unknown {
    const path = pathOf(f);
    const problems: string[] = [];
    for (const branch of shape.branches) {
      try {
        const g = this.frameFor(branch, el.name, el.nil, f.parent!, f.segment, f.root);
        this.replay(g, el);
        return this.close(g);
      } catch (err) {
        if (!(err instanceof Mismatch)) throw err;
        problems.push(`as ${article(branch.kind)}, ${err.path === path ? "" : `${err.path} `}${err.problem}`);
      }
    }
    throw new Mismatch(path, `fits none of the forms the schema allows (${problems.join("; ") || "it allows none"})`);
  }

  /** No schema: text becomes a string, children an object, an ArrayOf… element or repeated children a list. */
  private byShape(el: Element, path: string): unknown {
    if (el.nil) return null;
    const kids: Element[] = [];
    let text = "";
    for (const c of el.children) {
      if (typeof c === "string") text += c;
      else if (isElement(c)) kids.push(c);
      else if (kids.length) throw new Mismatch(path, "has CDATA text where only elements belong");
      else text += c.cdata;
    }
    if (!kids.length) return el.name.startsWith("ArrayOf") && BLANK.test(text) ? [] : text;
    for (const c of el.children) {
      if (typeof c === "string" && !BLANK.test(c)) throw new Mismatch(path, `has text ${this.quote(c.replace(XML_SPACE, ""))} where only elements belong`);
      if (typeof c === "object" && !isElement(c)) throw new Mismatch(path, "has CDATA text where only elements belong");
    }
    if (el.name.startsWith("ArrayOf") || (kids.length > 1 && kids.every((k) => k.name === kids[0]!.name))) {
      return kids.map((c, i) => this.byShape(c, `${path}/${c.name}[${i + 1}]`));
    }
    const out: Record<string, unknown> = {};
    const repeated = new Set<string>();
    for (const c of kids) {
      const value = this.byShape(c, `${path}/${c.name}`);
      // An element that arrives more than once keeps every value.
      if (!Object.hasOwn(out, c.name)) out[c.name] = value;
      else if (repeated.has(c.name)) (out[c.name] as unknown[]).push(value);
      else {
        out[c.name] = [out[c.name], value];
        repeated.add(c.name);
      }
    }
    return out;
  }
}

/** The options decoding parses with (exported for the benchmark, which times the parser alone). */
export const SAXES_OPTIONS = { xmlns: false, position: false } as const;

/** Parses XML text and decodes its root element as `shape` describes. */
export function decodeXml(xml: string, shape: Shape, options: DecodeOptions = {}): unknown {
  const redact = options.redact ?? ((t: string) => t);
  const fail = (elementPath: string, problem: string) =>
    new AdultWorkXmlError({ operationId: options.operationId, status: options.status, context: options.context, elementPath, problem });
  if (typeof xml !== "string") throw fail("", "the XML must be given as a string");
  const decoder = new Decoder(options);
  const top = frame(Kind.Document, undefined, "", shape, undefined);
  const stack: Frame[] = [top];
  let open = top;
  const parser = new SaxesParser(SAXES_OPTIONS);
  parser.on("doctype", (doctype) => {
    if (ENTITY_DECLARATION.test(doctype)) throw new DoctypeEntities();
  });
  // Attributes arrive before their element opens, and only for elements that have any: most have none.
  let nil = false;
  parser.on("attribute", (a) => {
    if (isNilAttribute(a)) nil = true;
  });
  parser.on("opentag", (tag) => {
    open = decoder.open(open, local(tag.name), nil);
    nil = false;
    stack.push(open);
  });
  parser.on("closetag", () => {
    const done = stack.pop()!;
    open = stack[stack.length - 1]!;
    decoder.accept(open, decoder.close(done));
  });
  parser.on("text", (text) => decoder.text(open, text));
  parser.on("cdata", (cdata) => decoder.cdata(open, cdata));
  try {
    parser.write(xml).close();
  } catch (err) {
    if (err instanceof DoctypeEntities) {
      throw fail("", "it declares entities in a DOCTYPE, which are never expanded: no XML entity but the five predefined ones and character references is decoded");
    }
    // Read the whole document again, tracking positions: a document that is not well-formed is
    // reported as such (even where decoding stopped at an element before the fault), and where.
    // A document that decodes never pays for this.
    let malformed: unknown;
    try {
      new SaxesParser({ ...SAXES_OPTIONS, position: true }).write(xml).close();
    } catch (again) {
      malformed = again;
    }
    if (malformed === undefined) {
      if (err instanceof Mismatch) throw fail(err.path, err.problem);
      throw err;
    }
    const message = malformed instanceof Error ? malformed.message : String(malformed);
    const at = /^(\d+):(\d+): /.exec(message);
    const problem = message.replace(/^\d+:\d+: /, "").replace(/\.$/, "");
    throw fail("", `the document is not well-formed XML (${redact(problem)}${at ? ` at line ${at[1]}, column ${at[2]}` : ""})`);
  }
  return top.value;
}
