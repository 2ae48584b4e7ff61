// The property test's own model of the API's XML: fast-check values generated from a JSON Schema of
// the contract, each with the .NET DataContract XML a server would send for it. Written apart from
// src/xml (it reads the schemas itself), so a mistake in the decoder's schema reading is not mirrored.
import fc from "fast-check";
import { inlineSchema } from "../../scripts/lib/contract.mjs";

type Json = Record<string, any>;

/** A generated value: its JSON form, and how a DataContract server writes it as one element. */
export interface Sample {
  value: unknown;
  /** The XML element `name` holding the value, and what the decoder must return for it (keys as sent). */
  write(name: string, pretty: boolean, depth: number): { xml: string; expected: unknown };
  /** The element name DataContract gives this value at the root or as a list item. */
  rootName: string;
}

export const XSI = "http://www.w3.org/2001/XMLSchema-instance";
const PRIMITIVE_NAME: Record<string, string> = { integer: "int", number: "decimal", string: "string", boolean: "boolean" };

const escapeText = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r/g, "&#xD;");
const indent = (pretty: boolean, depth: number) => (pretty ? `\n${"  ".repeat(depth)}` : "");
const nil = (name: string) => `<${name} i:nil="true" />`;

/** Characters XML 1.0 cannot carry, which no DataContract server sends. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const NOT_XML_ONE = new RegExp(NOT_XML.source);
const tricky = fc.constantFrom("&", "<", ">", '"', "'", "\r", "\r\n", "\n", "\t", " ", "]]>", "&amp;", "é", "😀");
/** Strings a DataContract server can send; with length limits, one code point per unit so lengths are exact. */
function xmlString(opts: { minLength?: number; maxLength?: number } = {}): fc.Arbitrary<string> {
  if (opts.minLength === undefined && opts.maxLength === undefined) {
    return fc.array(fc.oneof(tricky, fc.string({ unit: "grapheme", maxLength: 3 })), { maxLength: 6 }).map((parts) => parts.join("").replace(NOT_XML, ""));
  }
  const unit = fc.oneof(fc.constantFrom("&", "<", ">", '"', "'", "\n", "\t", " ", "é"), fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 1 }));
  return fc
    .string({ unit, minLength: opts.minLength ?? 0, maxLength: Math.max(opts.maxLength ?? 12, opts.minLength ?? 0) })
    .filter((v) => !NOT_XML_ONE.test(v));
}

/** Merges allOf into one schema (properties, required, type, enum, items, xml), keeping anyOf/oneOf. */
function flatten(schema: Json): Json {
  if (!schema || typeof schema !== "object") return schema;
  if (!schema.allOf) return schema;
  const { allOf, ...rest } = schema;
  let out: Json = { ...rest };
  for (const part of allOf.map(flatten) as Json[]) {
    out = {
      ...part,
      ...out,
      properties: { ...(part.properties ?? {}), ...(out.properties ?? {}) },
      required: [...new Set([...(part.required ?? []), ...(out.required ?? [])])],
      xml: out.xml ?? part.xml,
    };
    if (out.type && part.type && out.type !== part.type) {
      const a = [out.type].flat();
      const b = [part.type].flat();
      out.type = a.filter((t: string) => b.includes(t) || (t === "integer" && b.includes("number")));
    }
  }
  if (!Object.keys(out.properties).length) delete out.properties;
  if (!out.required.length) delete out.required;
  if (!out.xml) delete out.xml;
  return out;
}

const typesOf = (s: Json): string[] =>
  s.type
    ? [s.type].flat()
    : s.properties
      ? ["object"]
      : s.items
        ? ["array"]
        : s.enum
          ? [...new Set((s.enum as unknown[]).map((v) => (v === null ? "null" : typeof v)))]
          : "const" in s
            ? [s.const === null ? "null" : typeof s.const]
            : [];

/** The element name DataContract gives a value of this schema at the root or as a list item. */
function rootNameOf(raw: Json | undefined): string {
  const s = flatten(raw ?? {});
  if (s.xml?.name) return s.xml.name;
  const branches: Json[] | undefined = s.oneOf ?? s.anyOf;
  if (branches) {
    const { oneOf: _o, anyOf: _a, ...base } = s;
    const first = branches.map((b) => flatten({ allOf: [base, b] })).find((b) => !typesOf(b).every((t) => t === "null"));
    return first ? rootNameOf(first) : "anyType";
  }
  const type = typesOf(s).find((t) => t !== "null");
  if (type === "array") return `ArrayOf${rootNameOf(s.items)}`;
  if (type && PRIMITIVE_NAME[type]) return PRIMITIVE_NAME[type]!;
  return s.title ?? (type ? "Root" : "anyType");
}

const isClosed = (s: Json) => s.additionalProperties === false || s.unevaluatedProperties === false;

function scalarSample(type: string, value: unknown, text: string, name?: string): Sample {
  return {
    value,
    rootName: name ?? PRIMITIVE_NAME[type]!,
    write: (el) => ({ xml: `<${el}>${text}</${el}>`, expected: value }),
  };
}

const nullSample = (rootName: string): Sample => ({ value: null, rootName, write: (el) => ({ xml: nil(el), expected: null }) });

function stringArbitrary(s: Json): fc.Arbitrary<string> {
  if (s.pattern) {
    try {
      return fc.stringMatching(new RegExp(s.pattern)).filter((v) => !NOT_XML_ONE.test(v));
    } catch (err) {
      if (s.examples?.length) return fc.constantFrom(...(s.examples as string[]));
      throw new Error(`The property test cannot generate strings matching ${s.pattern}: ${(err as Error).message}`);
    }
  }
  switch (s.format) {
    case "date-time":
      return fc.date({ min: new Date("1970-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }).map((d) => d.toISOString());
    case "date":
      return fc.date({ min: new Date("1970-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    case "uri":
    case "url":
    case "uri-reference":
      return fc.webUrl();
    case "email":
      return fc.emailAddress();
    case "uuid":
      return fc.uuid();
    case "ipv4":
      return fc.ipV4();
    case "hostname":
      return fc.domain();
    case undefined:
      return xmlString({ minLength: s.minLength, maxLength: s.maxLength });
    default:
      if (s.examples?.length) return fc.constantFrom(...(s.examples as string[]));
      throw new Error(`The property test has no generator for strings of format ${s.format}`);
  }
}

/** Formats a number as a DataContract server might: plain, exponent, or decimal with four places. */
const numberText = (n: number) =>
  fc.constantFrom("plain", "fixed").map((style) =>
    Object.is(n, -0) ? "-0" : style === "fixed" && Number.isInteger(n) && Math.abs(n) < 1e15 ? n.toFixed(4) : String(n),
  );

function scalarArbitrary(type: string, s: Json, name: string | undefined): fc.Arbitrary<Sample> {
  if (s.enum || "const" in s) {
    const fits = (v: unknown) => (type === "integer" ? Number.isInteger(v) : type === "number" ? typeof v === "number" : typeof v === type);
    const values = ("const" in s ? [s.const] : s.enum).filter(fits);
    return fc.constantFrom(...values).map((v) => scalarSample(type, v, typeof v === "string" ? escapeText(v) : String(v), name));
  }
  switch (type) {
    case "boolean":
      return fc.boolean().map((b) => scalarSample(type, b, String(b), name));
    case "integer": {
      const min = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : -(2 ** 31));
      const max = s.maximum ?? (s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - 1 : 2 ** 31 - 1);
      return fc.integer({ min, max }).map((n) => scalarSample(type, n, String(n), name));
    }
    case "number": {
      const min = s.minimum ?? s.exclusiveMinimum;
      const max = s.maximum ?? s.exclusiveMaximum;
      return fc
        .double({ noNaN: true, noDefaultInfinity: true, ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) })
        .filter((n) => (s.exclusiveMinimum === undefined || n > s.exclusiveMinimum) && (s.exclusiveMaximum === undefined || n < s.exclusiveMaximum))
        .chain((n) => numberText(n).map((text) => scalarSample(type, n, text, name)));
    }
    default:
      return fc
        .tuple(stringArbitrary(s), fc.boolean())
        .map(([v, cdata]) =>
          scalarSample(type, v, cdata && !v.includes("]]>") && !v.includes("\r") && v !== "" ? `<![CDATA[${v}]]>` : escapeText(v), name),
        );
  }
}

/** Values a schema-less (undocumented) element round-trips as: strings, nulls, objects, and lists named ArrayOf…. */
const safeName = fc.stringMatching(/^[A-Z][A-Za-z0-9]{0,6}$/).filter((n) => !n.startsWith("ArrayOf"));

function unknownArbitrary(depth: number): fc.Arbitrary<Sample> {
  const leaf = fc.oneof(
    { weight: 4, arbitrary: xmlString().map((v) => scalarSample("string", v, escapeText(v), "string")) },
    { weight: 1, arbitrary: fc.constant(nullSample("anyType")) },
  );
  if (depth <= 0) return leaf;
  const child = unknownArbitrary(depth - 1);
  const list = fc.array(child, { maxLength: 3 }).map((items) => listSample(items, "anyType"));
  const object = fc
    .uniqueArray(fc.tuple(safeName, fc.oneof(child, list)), { minLength: 1, maxLength: 4, selector: ([n, s]) => keyFor(n, s) })
    .map((entries) => objectSample(entries.map(([n, s]) => ({ name: keyFor(n, s), sample: s })), "Root"));
  // A list round-trips only under an ArrayOf… name, which `object` gives it; an untyped element that
  // carries its property's name (such as `Profile`) cannot be told apart from an empty string.
  return fc.oneof({ weight: 3, arbitrary: leaf }, { weight: 1, arbitrary: object });
}
const keyFor = (name: string, s: Sample) => (Array.isArray(s.value) ? `ArrayOf${name}` : name);

function listSample(items: Sample[], itemName: string | undefined): Sample {
  return {
    value: items.map((i) => i.value),
    rootName: `ArrayOf${itemName ?? "anyType"}`,
    write(el, pretty, depth) {
      if (!items.length) return { xml: `<${el} />`, expected: [] };
      const parts = items.map((item) => item.write(Array.isArray(item.value) ? item.rootName : (itemName ?? item.rootName), pretty, depth + 1));
      return {
        xml: `<${el}>${parts.map((p) => indent(pretty, depth + 1) + p.xml).join("")}${indent(pretty, depth)}</${el}>`,
        expected: parts.map((p) => p.expected),
      };
    },
  };
}

function objectSample(members: { name: string; key?: string; sample: Sample }[], rootName: string): Sample {
  // DataContract writes members in alphabetical (ordinal) order of their element names.
  const sorted = [...members].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return {
    value: Object.fromEntries(members.map((m) => [m.key ?? m.name, m.sample.value])),
    rootName,
    write(el, pretty, depth) {
      const parts = sorted.map((m) => ({ name: m.name, ...m.sample.write(m.name, pretty, depth + 1) }));
      return {
        xml: parts.length
          ? `<${el}>${parts.map((p) => indent(pretty, depth + 1) + p.xml).join("")}${indent(pretty, depth)}</${el}>`
          : `<${el} />`,
        expected: Object.fromEntries(parts.map((p) => [p.name, p.expected])),
      };
    },
  };
}

/** An arbitrary of samples for `schema`, a schema of the bundled document `doc`. */
export function sampleArbitrary(doc: Json, schema: unknown, maxDepth = 4): fc.Arbitrary<Sample> {
  const build = (raw: Json | boolean | undefined, depth: number, nullName?: string): fc.Arbitrary<Sample> => {
    if (raw === undefined || typeof raw === "boolean") return unknownArbitrary(Math.min(2, depth));
    const s = flatten(raw);
    const rootName = rootNameOf(s);
    const branches: Json[] | undefined = s.oneOf ?? s.anyOf;
    if (branches) {
      const { oneOf: _o, anyOf: _a, ...base } = s;
      return fc.oneof(...branches.map((b) => build(flatten({ allOf: [base, b] }), depth, rootName)));
    }
    const types = typesOf(s);
    if (!types.length) return unknownArbitrary(Math.min(2, depth));
    const options = types.map((type): fc.Arbitrary<Sample> => {
      if (type === "null") return fc.constant(nullSample(nullName ?? rootName));
      if (type === "array") {
        const itemName = rootNameOf(s.items);
        if (depth <= 0) return fc.constant({ ...listSample([], itemName), rootName });
        return fc
          .array(build(s.items, depth - 1), { minLength: s.minItems ?? 0, maxLength: Math.min(s.maxItems ?? 3, 3) })
          .map((list) => ({ ...listSample(list, itemName), rootName }));
      }
      if (type === "object") {
        const required = new Set<string>(s.required ?? []);
        const members = Object.entries((s.properties ?? {}) as Record<string, Json>).map(([key, prop]) => {
          const alias: string | undefined = prop.xml?.name && prop.xml.name !== key ? prop.xml.name : undefined;
          const member = fc
            .tuple(build(prop, depth - 1), alias ? fc.boolean() : fc.constant(false))
            .map(([sample, useAlias]) => ({ name: useAlias ? alias! : key, key, sample }));
          if (required.has(key)) return member;
          return depth <= 0 ? fc.constant(undefined) : fc.option(member, { nil: undefined });
        });
        const extras =
          isClosed(s) || depth <= 1
            ? fc.constant([] as [string, Sample][])
            : fc.uniqueArray(fc.tuple(safeName.map((n) => `Extra${n}`), unknownArbitrary(1)), {
                maxLength: 2,
                selector: ([n, x]) => keyFor(n, x),
              });
        return fc.tuple(fc.tuple(...members), extras).map(([known, extra]) =>
          objectSample(
            [
              ...known.filter((m): m is NonNullable<typeof m> => m !== undefined),
              ...extra.map(([n, x]) => ({ name: keyFor(n, x), sample: x })),
            ],
            rootName,
          ),
        );
      }
      return scalarArbitrary(type, s, rootName);
    });
    return options.length === 1 ? options[0]! : fc.oneof(...options);
  };
  return build(inlineSchema(doc, schema) as Json, maxDepth);
}

/** The document a server sends for a sample: its root element, with the XML Schema instance namespace. */
export function toDocument(sample: Sample, pretty: boolean): { xml: string; expected: unknown } {
  const root = sample.rootName;
  const { xml, expected } = sample.write(root, pretty, 0);
  // The i: prefix is declared on the root, as DataContract does.
  const open = `<${root}`;
  return { xml: `${open} xmlns:i="${XSI}"${xml.slice(open.length)}`, expected };
}
