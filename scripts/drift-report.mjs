#!/usr/bin/env node
// `npm run drift:report FILE [-- --out PATCH]` (tsx scripts/drift-report.mjs): reads the JSON-lines findings that response validation
// wrote (adultwork-api-client/validate, `file` option), prints them per operation and writes a
// suggested spec patch for a maintainer to check and apply by hand. spec/ is never changed here.
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { basename, dirname, extname, join, relative } from "node:path";
import { ROOT } from "./lib/proc.mjs";
// Run through tsx (see package.json), so the runtime's own shape merging is used, not a copy.
import { mergeShapes } from "../src/validate/shape.ts";

const SPEC = join(ROOT, "spec");

/** Parses the findings file; lines that are not findings of a known version are counted, not shown. */
export function readFindings(text) {
  const findings = [];
  let unreadable = 0;
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    let f;
    try {
      f = JSON.parse(line);
    } catch {
      unreadable++;
      continue;
    }
    const ok =
      f && f.v === 1 && typeof f.operationId === "string" && typeof f.kind === "string" && typeof f.pointer === "string" && Number.isInteger(f.count);
    if (ok) findings.push(f);
    else unreadable++;
  }
  return { findings, unreadable };
}

/** The findings summed per operation and per (kind, pointer, expected, observed). */
export function summarise(findings) {
  const ops = new Map();
  for (const f of findings) {
    const op = ops.get(f.operationId) ?? { operationId: f.operationId, method: f.method, path: f.path, responses: 0, rows: new Map() };
    ops.set(f.operationId, op);
    const key = [f.kind, f.pointer, f.expected, f.observed, f.status].join("\u0000");
    const row = op.rows.get(key) ?? { kind: f.kind, pointer: f.pointer, expected: f.expected, observed: f.observed, status: f.status, schema: f.schema, docs: f.docs, count: 0, responses: 0, shape: undefined };
    row.count += f.count;
    row.responses++;
    if (f.shape) row.shape = row.shape ? mergeShapes(row.shape, f.shape) : f.shape;
    op.rows.set(key, row);
  }
  // Responses per operation: the lines of one response share its `response` tag.
  const stamps = new Map();
  for (const f of findings) (stamps.get(f.operationId) ?? stamps.set(f.operationId, new Set()).get(f.operationId)).add(f.response ?? `${f.at}|${f.status}`);
  return [...ops.values()]
    .sort((a, b) => a.operationId.localeCompare(b.operationId))
    .map((op) => ({ ...op, responses: stamps.get(op.operationId)?.size ?? 0, rows: [...op.rows.values()].sort((a, b) => a.pointer.localeCompare(b.pointer) || a.kind.localeCompare(b.kind)) }));
}

/** An observed description (`string | null`, `array of object`, `string (AwDateTime)`) as a shape. */
function shapeFromObserved(observed) {
  const parts = observed.split(" | ").map((p) => {
    const date = /^string \((\w+)\)$/.exec(p);
    if (date) return { type: "string", form: date[1] };
    const array = /^array of (.+)$/.exec(p);
    if (array) return { type: "array", items: shapeFromObserved(array[1]) };
    return { type: p };
  });
  return parts.reduce((a, b) => mergeShapes(a, b));
}

function listYaml(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listYaml(join(dir, e.name)) : e.name.endsWith(".yaml") ? [join(dir, e.name)] : []));
}

/** Where in spec/ a named schema and an operation are written. */
function specIndex() {
  const schemas = new Map();
  for (const file of listYaml(join(SPEC, "components", "schemas"))) {
    const title = /^title:\s*(\S+)\s*$/m.exec(readFileSync(file, "utf8"))?.[1];
    schemas.set(title ?? basename(file, ".yaml"), file);
  }
  const operations = new Map();
  for (const file of listYaml(join(SPEC, "paths"))) {
    for (const m of readFileSync(file, "utf8").matchAll(/^\s*operationId:\s*(\S+)\s*$/gm)) operations.set(m[1], file);
  }
  return { schemas, operations };
}

/** A shape as a JSON Schema suggestion; date forms become references to the contract's date schemas. */
function schemaFor(shape, fromFile, index) {
  const types = Array.isArray(shape.type) ? shape.type : [shape.type];
  if (shape.form && index.schemas.has(shape.form)) {
    const ref = { $ref: relPath(fromFile, index.schemas.get(shape.form)) };
    return types.length === 1 ? ref : { anyOf: [ref, ...types.filter((t) => t !== "string").map((t) => ({ type: t }))] };
  }
  const out = { type: types.length === 1 ? types[0] : types };
  if (shape.properties) out.properties = Object.fromEntries(Object.entries(shape.properties).filter(([k]) => k !== "{key}").map(([k, v]) => [k, schemaFor(v, fromFile, index)]));
  if (shape.items) out.items = schemaFor(shape.items, fromFile, index);
  return out;
}

const relPath = (fromFile, toFile) => {
  const r = relative(dirname(fromFile), toFile).split("\\").join("/");
  return r.startsWith(".") ? r : `./${r}`;
};
const parentPointer = (p) => p.slice(0, p.lastIndexOf("/"));
const lastSegment = (p) => p.slice(p.lastIndexOf("/") + 1).replace(/~1/g, "/").replace(/~0/g, "~");
const seen = (row, ops) => `seen ${row.count} time${row.count === 1 ? "" : "s"} in ${row.responses} response${row.responses === 1 ? "" : "s"} of ${[...ops].sort().join(", ")}`;

/**
 * The suggested patch: new properties per schema file (marked `x-aw-drift-suggestion: true`, the
 * schema's `x-aw-docs: partial` kept), new responses per operation file, and everything else as a
 * list for a person to judge.
 */
export function suggestPatch(summary, index = specIndex()) {
  const targets = new Map();
  const responses = new Map();
  const review = [];
  for (const op of summary) {
    const opFile = index.operations.get(op.operationId);
    for (const row of op.rows) {
      if (row.kind === "unknown-property" && lastSegment(row.pointer) !== "{key}") {
        const schemaFile = row.schema ? index.schemas.get(row.schema) : undefined;
        const file = schemaFile ?? opFile;
        const at = parentPointer(row.pointer);
        const key = `${file ?? "(no file)"}\u0000${schemaFile ? row.schema : `${op.operationId} ${at}`}`;
        const t = targets.get(key) ?? { file, schema: schemaFile ? row.schema : undefined, operation: schemaFile ? undefined : op.operationId, at: new Set(), operations: new Set(), props: new Map() };
        targets.set(key, t);
        t.at.add(at === "" ? "(body)" : at);
        t.operations.add(op.operationId);
        const name = lastSegment(row.pointer);
        const prop = t.props.get(name) ?? { shape: undefined, count: 0, responses: 0, operations: new Set() };
        const shape = row.shape ?? shapeFromObserved(row.observed);
        prop.shape = prop.shape ? mergeShapes(prop.shape, shape) : shape;
        prop.count += row.count;
        prop.responses += row.responses;
        prop.operations.add(op.operationId);
        t.props.set(name, prop);
      } else if (row.kind === "undeclared-status") {
        const r = responses.get(op.operationId) ?? { file: opFile, statuses: new Map() };
        responses.set(op.operationId, r);
        r.statuses.set(row.observed, (r.statuses.get(row.observed) ?? 0) + row.count);
      } else {
        review.push({
          operation: op.operationId,
          status: row.status,
          kind: row.kind,
          pointer: row.pointer === "" ? "(body)" : row.pointer,
          expected: row.expected,
          observed: row.observed,
          seen: row.count,
          ...(row.schema && index.schemas.has(row.schema) ? { file: rel(index.schemas.get(row.schema)) } : opFile ? { file: rel(opFile) } : {}),
          hint: HINTS[row.kind] ?? "Check real responses before changing the contract.",
        });
      }
    }
  }
  const properties = [...targets.values()].map((t) => ({
    file: t.file ? rel(t.file) : "(not found in spec/)",
    ...(t.schema ? { schema: t.schema } : { operation: t.operation }),
    at: [...t.at].sort().join(", "),
    "x-aw-docs": "partial",
    properties: Object.fromEntries(
      [...t.props.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([name, p]) => [
        name,
        {
          ...schemaFor(p.shape, t.file ?? join(SPEC, "x.yaml"), index),
          description: `TODO: what this holds (${seen(p, p.operations)}).`,
          "x-aw-drift-suggestion": true,
        },
      ]),
    ),
  }));
  const newResponses = [...responses.entries()].map(([operation, r]) => ({
    file: r.file ? rel(r.file) : "(not found in spec/)",
    operation,
    responses: Object.fromEntries(
      [...r.statuses.entries()].map(([status, count]) => [status, { description: `TODO: when the API answers ${status} (seen ${count} time${count === 1 ? "" : "s"}).`, "x-aw-docs": "undocumented", "x-aw-drift-suggestion": true }]),
    ),
  }));
  return { properties, responses: newResponses, review };
}

const HINTS = {
  "type-mismatch": "The API sends another type here: widen `type` (for example add the observed type) if the docs allow it, or report it as an API bug.",
  "missing-required": "The API leaves this out: drop it from `required` if it is really optional.",
  "enum-mismatch": "The API sends a value the list lacks. Findings never hold values: read one real response to learn it, then add it to `enum`.",
  "date-format": "Dates come in another form (digits shown as 9): widen the date schema's pattern or use another Aw date schema.",
  constraint: "A constraint of the schema does not hold for real answers: loosen it if the docs allow it.",
  "invalid-json": "The body did not parse although its content type says JSON.",
  "undeclared-content-type": "Add the content type to the response (with a schema if it is known) or report it as an API bug.",
  "unknown-property": "A property under a name that looks like data (or a credential): likely a map; describe it with additionalProperties.",
};

const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;
const rel = (file) => relative(ROOT, file).split("\\").join("/");

const PLAIN = /^[A-Za-z_$.(/][\w./ ()$-]*$/;
const RESERVED = /^(true|false|null|yes|no|on|off|~)$/i;
const yamlScalar = (v) =>
  typeof v === "string" ? (PLAIN.test(v) && !RESERVED.test(v) && !/[:#]\s|\s$/.test(v) ? v : JSON.stringify(v)) : JSON.stringify(v);
const yamlKey = (k) => (PLAIN.test(k) && !RESERVED.test(k) ? k : JSON.stringify(k));

/** A small YAML writer for plain data (objects, arrays, strings, numbers, booleans). */
export function toYaml(value, indent = "") {
  if (Array.isArray(value)) {
    if (!value.length) return " []";
    return value.map((v) => `\n${indent}-${v && typeof v === "object" ? toYaml(v, `${indent}  `).replace(/^\n\s*/, " ") : ` ${yamlScalar(v)}`}`).join("");
  }
  if (value && typeof value === "object") {
    const entries = Object.entries(value);
    if (!entries.length) return " {}";
    return entries.map(([k, v]) => `\n${indent}${yamlKey(k)}:${v && typeof v === "object" ? toYaml(v, `${indent}  `) : ` ${yamlScalar(v)}`}`).join("");
  }
  return ` ${yamlScalar(value)}`;
}

export function renderPatch(patch, source) {
  return `# Suggested contract changes from response validation findings (npm run drift:report ${source}).
# Nothing here has been applied. For each suggestion: check it against real responses and the
# docs, copy what holds into the named file under spec/, remove \`x-aw-drift-suggestion\`, write a
# real description, and keep (or set) \`x-aw-docs: partial\` on the schema: the docs do not list what
# the API sends there. Then run \`npm run lint && npm run generate && npm test\`.
${toYaml(patch).replace(/^\n/, "")}
`;
}

export function renderSummary(summary, unreadable) {
  const lines = [];
  for (const op of summary) {
    lines.push(`${op.operationId} (${op.method} ${op.path}): ${op.rows.length} finding${op.rows.length === 1 ? "" : "s"} in ${op.responses} response${op.responses === 1 ? "" : "s"}`);
    lines.push("  | status | kind | pointer | expected | observed | count |", "  | ---: | --- | --- | --- | --- | ---: |");
    for (const r of op.rows) lines.push(`  | ${r.status} | ${r.kind} | ${r.pointer || "(body)"} | ${r.expected.replace(/\|/g, "\\|")} | ${r.observed.replace(/\|/g, "\\|")} | ${r.count} |`);
    lines.push("");
  }
  if (!summary.length) lines.push("No findings.");
  if (unreadable) lines.push(`${unreadable} line${unreadable === 1 ? " was" : "s were"} not a finding and ${unreadable === 1 ? "was" : "were"} skipped.`);
  return lines.join("\n");
}

function main(argv) {
  const args = argv.slice(2);
  const outAt = args.indexOf("--out");
  const out = outAt >= 0 ? args.splice(outAt, 2)[1] : undefined;
  const [file] = args;
  if (!file || !existsSync(file)) {
    console.error("Usage: npm run drift:report FILE [-- --out PATCH.yaml]  (FILE: the JSON-lines file response validation wrote)");
    return 2;
  }
  const { findings, unreadable } = readFindings(readFileSync(file, "utf8"));
  const summary = summarise(findings);
  console.log(renderSummary(summary, unreadable));
  const patch = suggestPatch(summary);
  const target = out ?? join(dirname(file), `${basename(file, extname(file))}.spec-patch.yaml`);
  writeFileSync(target, renderPatch(patch, file));
  const props = patch.properties.reduce((n, t) => n + Object.keys(t.properties).length, 0);
  const responses = patch.responses.reduce((n, r) => n + Object.keys(r.responses).length, 0);
  console.log(
    `Suggested spec patch: ${target} (${plural(props, "new property", "new properties")}, ${plural(responses, "new response", "new responses")}, ` +
      `${patch.review.length} to review). spec/ was not changed.`,
  );
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv);
