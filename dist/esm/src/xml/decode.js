import { SaxesParser } from "saxes";
import { AdultWorkXmlError } from "./errors.js";
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
const ENTITY_DECLARATION = /<!ENTITY/;
class Mismatch {
  constructor(path, problem) {
    this.path = path;
    this.problem = problem;
  }
  path;
  problem;
}
class DoctypeEntities {
}
const ANY = { kind: "any", nullable: true, xmlName: void 0 };
const isElement = (c) => typeof c === "object" && "name" in c;
const local = (name) => name.slice(name.indexOf(":") + 1);
function isNilAttribute(a) {
  if (a.value !== "true" && a.value !== "1") return false;
  const name = local(a.name);
  return name === "nil" || name === "isnil";
}
const article = (kind) => /^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`;
var Kind = /* @__PURE__ */ ((Kind2) => {
  Kind2[Kind2["Document"] = 0] = "Document";
  Kind2[Kind2["Nil"] = 1] = "Nil";
  Kind2[Kind2["Value"] = 2] = "Value";
  Kind2[Kind2["Object"] = 3] = "Object";
  Kind2[Kind2["Array"] = 4] = "Array";
  Kind2[Kind2["Tree"] = 5] = "Tree";
  return Kind2;
})(Kind || {});
const frame = (kind, parent, segment, shape, value, el, root = false) => ({
  kind,
  parent,
  segment,
  shape,
  value,
  key: "",
  listed: true,
  repeated: void 0,
  el,
  top: el !== void 0 && parent !== void 0,
  root
});
function pathOf(f) {
  return f.parent ? `${pathOf(f.parent)}/${f.segment}` : "";
}
const has = (out, prop) => Object.hasOwn(out, prop.key) || prop.alias !== void 0 && Object.hasOwn(out, prop.alias);
class Decoder {
  names;
  redact;
  // A value element cannot hold another element, so at most one is open at a time, and a nil
  // element's frame holds nothing but its place: one frame of each serves every such element, which
  // spares the allocation for most elements of a document.
  valueFrame = frame(2 /* Value */, void 0, "", ANY, "");
  nilFrame = frame(1 /* Nil */, void 0, "", ANY, null);
  /** The shared frame `f`, placed at `parent`/`segment` for `shape`. */
  reuse(f, parent, segment, shape, value) {
    f.parent = parent;
    f.segment = segment;
    f.shape = shape;
    f.value = value;
    return f;
  }
  constructor(options) {
    this.names = options.names ?? "as-sent";
    this.redact = options.redact ?? ((t) => t);
  }
  /** A value from the document, quoted for a message: credentials removed first, then shortened. */
  quote(text) {
    const clean = this.redact(text);
    return JSON.stringify(clean.length > 40 ? `${clean.slice(0, 40)}\u2026` : clean);
  }
  /** The frame that decodes the element `name` as `shape`. */
  frameFor(shape, name, nil, parent, segment, root) {
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
        return frame(3 /* Object */, parent, segment, shape, {});
      case "array":
        return frame(4 /* Array */, parent, segment, shape, []);
      case "any":
      case "union":
        return frame(5 /* Tree */, parent, segment, shape, void 0, { name, nil, children: [] }, root);
    }
  }
  /** A child element of `f` opens; returns the frame that decodes it. */
  open(f, name, nil) {
    switch (f.kind) {
      case 0 /* Document */:
        return this.frameFor(f.shape, name, nil, f, name, true);
      case 1 /* Nil */:
        return f;
      case 2 /* Value */:
        throw new Mismatch(pathOf(f), `expected a value, found the element <${name}>`);
      case 3 /* Object */: {
        const shape = f.shape;
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
      case 4 /* Array */:
        return this.frameFor(f.shape.items, name, nil, f, `${name}[${f.value.length + 1}]`, false);
      case 5 /* Tree */: {
        const child = { name, nil, children: [] };
        f.el.children.push(child);
        return frame(5 /* Tree */, void 0, "", f.shape, void 0, child);
      }
    }
  }
  text(f, text) {
    switch (f.kind) {
      case 2 /* Value */:
        f.value += text;
        return;
      case 3 /* Object */:
      case 4 /* Array */:
        if (!BLANK.test(text)) throw new Mismatch(pathOf(f), `has text ${this.quote(text.replace(XML_SPACE, ""))} where only elements belong`);
        return;
      case 5 /* Tree */:
        f.el.children.push(text);
        return;
      default:
    }
  }
  cdata(f, cdata) {
    switch (f.kind) {
      case 2 /* Value */:
        f.value += cdata;
        return;
      case 3 /* Object */:
      case 4 /* Array */:
        throw new Mismatch(pathOf(f), "has CDATA text where only elements belong");
      case 5 /* Tree */:
        f.el.children.push({ cdata });
        return;
      default:
    }
  }
  /** `f`'s element closes; returns its value. */
  close(f) {
    switch (f.kind) {
      case 2 /* Value */:
        return this.scalar(f.shape, f.value, f);
      case 3 /* Object */:
        for (const prop of f.shape.required) {
          if (!has(f.value, prop)) throw new Mismatch(pathOf(f), `lacks the element <${prop.key}>${prop.alias ? ` (or <${prop.alias}>)` : ""}, which the schema requires`);
        }
        return f.value;
      case 5 /* Tree */:
        if (!f.top) return void 0;
        return f.shape.kind === "union" ? this.union(f.shape, f.el, f) : this.byShape(f.el, pathOf(f));
      default:
        return f.value;
    }
  }
  /** The value of `f`'s child element that just closed. */
  accept(f, value) {
    switch (f.kind) {
      case 0 /* Document */:
        f.value = value;
        return;
      case 3 /* Object */: {
        const out = f.value;
        const key = f.key;
        if (f.listed) out[key] = value;
        else if (!Object.hasOwn(out, key)) out[key] = value;
        else if (f.repeated?.has(key)) out[key].push(value);
        else {
          out[key] = [out[key], value];
          (f.repeated ??= /* @__PURE__ */ new Set()).add(key);
        }
        return;
      }
      case 4 /* Array */:
        f.value.push(value);
        return;
      default:
    }
  }
  /** Feeds a kept element's content to a frame, as the parser fed it the first time. */
  replay(f, el) {
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
  checkRoot(shape, name, path) {
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
  scalar(shape, raw, f) {
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
      if (value === void 0) throw new Mismatch(pathOf(f), `expected ${article(shape.kind)}, got ${this.quote(raw)}`);
    }
    if (shape.enum && !shape.enum.includes(value)) {
      throw new Mismatch(pathOf(f), `${this.quote(String(value))} is not one of ${shape.enum.map((v) => JSON.stringify(v)).join(", ")}`);
    }
    return value;
  }
  /** The first alternative the whole element fits, each tried on it from the start. */
  union(shape, el, f) {
    const path = pathOf(f);
    const problems = [];
    for (const branch of shape.branches) {
      try {
        const g = this.frameFor(branch, el.name, el.nil, f.parent, f.segment, f.root);
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
  byShape(el, path) {
    if (el.nil) return null;
    const kids = [];
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
    if (el.name.startsWith("ArrayOf") || kids.length > 1 && kids.every((k) => k.name === kids[0].name)) {
      return kids.map((c, i) => this.byShape(c, `${path}/${c.name}[${i + 1}]`));
    }
    const out = {};
    const repeated = /* @__PURE__ */ new Set();
    for (const c of kids) {
      const value = this.byShape(c, `${path}/${c.name}`);
      if (!Object.hasOwn(out, c.name)) out[c.name] = value;
      else if (repeated.has(c.name)) out[c.name].push(value);
      else {
        out[c.name] = [out[c.name], value];
        repeated.add(c.name);
      }
    }
    return out;
  }
}
const SAXES_OPTIONS = { xmlns: false, position: false };
function decodeXml(xml, shape, options = {}) {
  const redact = options.redact ?? ((t) => t);
  const fail = (elementPath, problem) => new AdultWorkXmlError({ operationId: options.operationId, status: options.status, context: options.context, elementPath, problem });
  if (typeof xml !== "string") throw fail("", "the XML must be given as a string");
  const decoder = new Decoder(options);
  const top = frame(0 /* Document */, void 0, "", shape, void 0);
  const stack = [top];
  let open = top;
  const parser = new SaxesParser(SAXES_OPTIONS);
  parser.on("doctype", (doctype) => {
    if (ENTITY_DECLARATION.test(doctype)) throw new DoctypeEntities();
  });
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
    const done = stack.pop();
    open = stack[stack.length - 1];
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
    let malformed;
    try {
      new SaxesParser({ ...SAXES_OPTIONS, position: true }).write(xml).close();
    } catch (again) {
      malformed = again;
    }
    if (malformed === void 0) {
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
export {
  SAXES_OPTIONS,
  decodeXml
};
//# sourceMappingURL=decode.js.map
