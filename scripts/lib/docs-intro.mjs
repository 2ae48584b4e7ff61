// The generated parts of the reference's introduction, generated from the contract: the spec's
// info.description holds `<!-- generated: NAME -->` markers where the docs build puts them, so the
// facts stay in spec/ and the tables cannot drift from it.
import { coverageTable } from "../coverage.mjs";
import { buildOperationTable, deref, listOperations } from "./operations.mjs";

const MARKER = /<!-- generated: ([a-z-]+) -->/g;
const GROUP_SUFFIX = "AsGroupManager";

/** Redoc's anchor for an operation: #tag/<tag>/operation/<operationId>. */
export function operationAnchor(tag, operationId) {
  return `#tag/${encodeURIComponent(tag)}/operation/${encodeURIComponent(operationId)}`;
}

const oneLine = (text) => String(text).replace(/\s*\n\s*/g, " ").trim();
const firstSentence = (text = "") => oneLine(text.split(/(?<=\.)\s/)[0] ?? "");

function operationLinks(doc) {
  const tags = new Map(listOperations(doc).map(({ op }) => [op.operationId, op.tags?.[0] ?? "default"]));
  return (id) => `[${id}](${operationAnchor(tags.get(id), id)})`;
}

/**
 * Scope → the operations that need it, plus the operations that take another kind of credential.
 * A list rather than a table: Redoc sets the introduction in a narrow column.
 */
export function scopesList(doc) {
  const table = buildOperationTable(doc);
  const link = operationLinks(doc);
  const scheme = Object.values(doc.components?.securitySchemes ?? {}).map((s) => deref(doc, s)).find((s) => s?.type === "oauth2");
  const described = {};
  for (const flow of Object.values(scheme?.flows ?? {})) Object.assign(described, flow.scopes ?? {});
  const ids = Object.keys(table).sort();
  const mark = (id) => `${link(id)}${table[id].scopesInferred ? "\\*" : ""}`;
  const scopes = [...new Set([...Object.keys(described), ...ids.flatMap((id) => table[id].scopes)])].sort();
  const lines = scopes.map((s) => {
    const found = ids.filter((id) => table[id].scopes.includes(s));
    return `- \`${s}\`: ${oneLine(described[s] ?? "(not described by the docs)")} Needed by ${found.length ? found.map(mark).join(", ") : "no operation in this contract yet"}.`;
  });
  const byKind = (kind, pred) => {
    const found = ids.filter(pred);
    if (found.length) lines.push(`- ${kind}: ${found.map(link).join(", ")}.`);
  };
  byKind("**Any access token**, no extra scope", (id) => table[id].security === "user" && table[id].scopes.length === 0);
  byKind("**The API key** (`apiKey` query parameter), no member", (id) => table[id].security === "apiKey");
  byKind("**No credential**", (id) => table[id].security === "none");
  if (ids.some((id) => table[id].scopesInferred)) {
    lines.push("", "\\* The page's Scopes section could not be read; the scope is inferred from sibling operations.");
  }
  return lines.join("\n");
}

/** Every `$ref` target reachable from `node`, following references (each visited once). */
function referencedSchemas(doc, node, seen = new Set()) {
  if (Array.isArray(node)) node.forEach((n) => referencedSchemas(doc, n, seen));
  else if (node && typeof node === "object") {
    if (typeof node.$ref === "string" && !seen.has(node.$ref)) {
      seen.add(node.$ref);
      referencedSchemas(doc, deref(doc, { $ref: node.$ref }), seen);
    }
    for (const [k, v] of Object.entries(node)) if (k !== "$ref" && k !== "examples" && k !== "example") referencedSchemas(doc, v, seen);
  }
  return seen;
}

/** The date and time schemas (Aw…Date…/Aw…Time…): how each is written and which operations use it. */
export function dateFormsList(doc) {
  const names = Object.keys(doc.components?.schemas ?? {}).filter((n) => /^Aw\w*(Date|Time)/.test(n)).sort();
  const link = operationLinks(doc);
  const users = new Map(names.map((n) => [n, []]));
  for (const { op, item } of listOperations(doc)) {
    if (op.operationId.endsWith(GROUP_SUFFIX)) continue;
    const refs = referencedSchemas(doc, [op.parameters, item.parameters, op.requestBody, op.responses]);
    for (const n of names) if (refs.has(`#/components/schemas/${n}`)) users.get(n).push(op.operationId);
  }
  return names
    .map((n) => {
      const s = doc.components.schemas[n];
      const example = s.examples?.[0] ?? s.example;
      const used = users.get(n).sort();
      return `- \`${n}\`${example === undefined ? "" : `, like \`${example}\``}: ${firstSentence(s.description)} Used by ${used.length ? used.map(link).join(", ") : "no operation in this contract yet"}.`;
    })
    .join("\n");
}

/** The operations that page, with their page-size parameter and list property. */
export function pagingList(doc) {
  const table = buildOperationTable(doc);
  const link = operationLinks(doc);
  const lines = Object.keys(table)
    .sort()
    .filter((id) => table[id].paging && !id.endsWith(GROUP_SUFFIX))
    .map((id) => {
      const p = table[id].paging;
      const size = p.sizeParam ? `page size \`${p.sizeParam}\`` : "no page-size parameter";
      const list = p.itemsProperty ? `the list in \`${p.itemsProperty}\`` : "the list property not documented";
      return `- ${link(id)}: ${size}, ${list} (paging parameters in the ${p.in === "query" ? "query string" : "JSON body"}).`;
    });
  return [...lines, "", "Group-manager forms page the same way as the operation they mirror."].join("\n");
}

/** Every schema with `x-aw-inferred-required`, and the fields it is expected to carry by analogy only. */
export function inferredList(doc) {
  const lines = [];
  for (const [name, schema] of Object.entries(doc.components?.schemas ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
    const fields = schema["x-aw-inferred-required"];
    if (!Array.isArray(fields) || !fields.length) continue;
    lines.push(`- **${name}**: ${fields.map((f) => `\`${f}\``).join(", ")}.`);
  }
  return lines.length ? lines.join("\n") : "- None: every `required` field is shown by its operation's page.";
}

/** The generated sections, by marker name. `extra` adds sections only the caller knows (a link to a sibling file). */
export function generatedSections(doc, extra = {}) {
  return {
    scopes: () => scopesList(doc),
    "date-forms": () => dateFormsList(doc),
    paging: () => pagingList(doc),
    inferred: () => inferredList(doc),
    coverage: () => coverageTable(doc),
    ...extra,
  };
}

/**
 * The contract with its introduction completed: every marker replaced by its section. Throws on a
 * marker nobody generates, so a typo cannot leave a hole in the published page.
 */
export function withGeneratedIntro(doc, extra = {}) {
  const sections = generatedSections(doc, extra);
  const out = structuredClone(doc);
  out.info.description = doc.info.description.replace(MARKER, (_m, name) => {
    if (!sections[name]) throw new Error(`info.description has a marker no generator fills: ${name}`);
    return sections[name]();
  });
  return out;
}

/** The marker names info.description holds. */
export const markersIn = (doc) => [...doc.info.description.matchAll(MARKER)].map((m) => m[1]);
