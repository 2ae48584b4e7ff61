// What the reference page shows a reader, derived from the contract when the docs are built (the
// contract itself is unchanged): prose without hard-wrapped lines, and date fields as one line that
// names their form and links to the introduction's list of date forms.
const DATE_SCHEMA = /^#\/components\/schemas\/(Aw\w*(?:Date|Time)\w*)$/;
/** Redoc's anchor for the introduction's "Dates and times" section. */
export const DATE_FORMS_ANCHOR = "#section/dates-and-times";

const BLOCK_START = /^\s*(?:[-*+]\s|\d+[.)]\s|#|\||>|```|~~~|<)/;

/**
 * Joins the lines of each Markdown paragraph with a space, as Markdown itself reads them. The spec's
 * prose is wrapped at 100 columns; Redoc's search index joins those lines with nothing, so its
 * snippets read "newest firstunless". Lists, headings, tables, quotes, HTML and code stay as they are.
 */
export function unwrapParagraphs(markdown) {
  const lines = String(markdown).split("\n");
  const out = [];
  let fenced = false;
  for (const line of lines) {
    const fence = /^\s*(```|~~~)/.test(line);
    const prev = out.length ? out[out.length - 1] : null;
    const joinable =
      !fenced &&
      !fence &&
      prev !== null &&
      prev.trim() !== "" &&
      line.trim() !== "" &&
      !BLOCK_START.test(line) &&
      !/^\s*(\||#|```|~~~)/.test(prev) &&
      !/( {2}|\\)$/.test(prev);
    if (joinable) out[out.length - 1] = `${prev.trimEnd()} ${line.trim()}`;
    else out.push(line);
    if (fence) fenced = !fenced;
  }
  return out.join("\n");
}

/** The date schema a node stands for, and whether it may be null: `$ref` to an Aw date, or anyOf [that, null]. */
function dateForm(node) {
  if (!node || typeof node !== "object") return null;
  const named = (n) => (typeof n?.$ref === "string" ? DATE_SCHEMA.exec(n.$ref)?.[1] ?? null : null);
  if (named(node)) return { name: named(node), nullable: false };
  const branches = node.anyOf ?? node.oneOf;
  if (Array.isArray(branches) && branches.length === 2) {
    const date = branches.find(named);
    const nul = branches.find((b) => b?.type === "null" && Object.keys(b).length === 1);
    if (date && nul) return { name: named(date), nullable: true };
  }
  return null;
}

/**
 * "Like `2018-01-01T11:00`, or null; see the date forms.": one line in place of the whole definition
 * (Redoc already shows the form's name beside the type).
 */
function dateLine(doc, { name, nullable }) {
  const s = doc.components.schemas[name];
  const example = s.examples?.[0] ?? s.example;
  const like = example === undefined ? `A \`${name}\`` : `Like \`${example}\``;
  return `${like}${nullable ? ", or null" : ""}; see the [date forms](${DATE_FORMS_ANCHOR}).`;
}

function compactDate(doc, node, form) {
  const { $ref: _ref, anyOf: _anyOf, oneOf: _oneOf, description, ...rest } = node;
  const s = doc.components.schemas[form.name];
  const own = description ? `${description.trim()} ` : "";
  return {
    ...rest,
    title: form.name,
    type: form.nullable ? [s.type, "null"] : s.type,
    description: `${own}${dateLine(doc, form)}`,
    ...(s.examples ? { examples: s.examples } : {}),
  };
}

/**
 * The contract as the page shows it: every description's paragraphs on one line, and every date
 * property, parameter and item as a compact schema naming its form (the date schemas' own
 * definitions and the validators keep the full pattern; only the page is shorter).
 */
export function forReaders(doc) {
  const out = structuredClone(doc);
  const dateDefinitions = new Set(Object.keys(out.components?.schemas ?? {}).filter((n) => DATE_SCHEMA.test(`#/components/schemas/${n}`)));
  const walk = (node, key) => {
    if (Array.isArray(node)) return node.map((n) => walk(n, null));
    if (!node || typeof node !== "object") return node;
    if (key === "example" || key === "examples" || key === "x-codeSamples") return node;
    const form = dateForm(node);
    if (form) return compactDate(out, node, form);
    // A parameter: the line goes with its own description, which Redoc shows above the schema's.
    if (typeof node.in === "string" && node.schema && dateForm(node.schema)) {
      const f = dateForm(node.schema);
      const { description, ...schema } = compactDate(out, node.schema, f);
      return { ...walk({ ...node, schema: undefined }, null), schema, description: `${node.description ? `${unwrapParagraphs(node.description).trim()} ` : ""}${dateLine(out, f)}` };
    }
    const result = {};
    for (const [k, v] of Object.entries(node)) {
      if (v === undefined) continue;
      result[k] = k === "description" && typeof v === "string" ? unwrapParagraphs(v) : walk(v, k);
    }
    return result;
  };
  const schemas = out.components?.schemas ?? {};
  const walked = walk(out, null);
  // The date forms' own definitions stay whole: they are what the lines stand for.
  for (const name of dateDefinitions) walked.components.schemas[name] = { ...schemas[name], description: unwrapParagraphs(schemas[name].description ?? "") };
  return walked;
}
