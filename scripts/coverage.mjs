#!/usr/bin/env node
// `npm run coverage`: how much of the API the contract covers, by category, as a Markdown table:
// operations, group-manager variants, and how completely the docs describe their success answers.
// `--write` puts the table into README.md between its coverage markers.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./lib/proc.mjs";
import { loadBundle } from "./lib/contract.mjs";
import { deref, listOperations } from "./lib/operations.mjs";

const LEVELS = ["complete", "partial", "undocumented"];

/** How completely the docs describe an operation's success answer. */
export function responseDocs(doc, op) {
  const key = Object.keys(op.responses ?? {}).find((k) => /^2\d\d$/.test(k));
  const res = key ? deref(doc, op.responses[key]) : null;
  if (!res) return "undocumented";
  if (res["x-aw-docs"]) return res["x-aw-docs"];
  const schemas = Object.values(res.content ?? {}).map((m) => deref(doc, m.schema));
  const levels = schemas.map((s) => s?.["x-aw-docs"]).filter(Boolean);
  return levels.includes("undocumented") ? "undocumented" : levels.includes("partial") ? "partial" : "complete";
}

export function coverageRows(doc) {
  const rows = new Map();
  for (const { op } of listOperations(doc)) {
    const tag = op.tags?.[0] ?? "(untagged)";
    const row = rows.get(tag) ?? { tag, operations: 0, groupVariants: 0, complete: 0, partial: 0, undocumented: 0 };
    if (op.operationId.endsWith("AsGroupManager")) row.groupVariants++;
    else {
      row.operations++;
      row[responseDocs(doc, op)]++;
    }
    rows.set(tag, row);
  }
  return [...rows.values()].sort((a, b) => a.tag.localeCompare(b.tag));
}

export function coverageTable(doc) {
  const rows = coverageRows(doc);
  const total = rows.reduce((t, r) => {
    for (const k of ["operations", "groupVariants", ...LEVELS]) t[k] += r[k];
    return t;
  }, { tag: "**Total**", operations: 0, groupVariants: 0, complete: 0, partial: 0, undocumented: 0 });
  const line = (r) => `| ${r.tag} | ${r.operations} | ${r.groupVariants} | ${r.complete} | ${r.partial} | ${r.undocumented} |`;
  return [
    "| Category | Operations | Group-manager variants | Responses fully documented | Partly documented | Not documented |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
    ...rows.map(line),
    line(total),
  ].join("\n");
}

const START = "<!-- coverage:start (npm run coverage -- --write) -->";
const END = "<!-- coverage:end -->";

/** README.md with its coverage block replaced by `table`. */
export function readmeWithCoverage(readme, table) {
  const i = readme.indexOf(START);
  const j = readme.indexOf(END);
  if (i < 0 || j < i) throw new Error("README.md has no coverage markers");
  return `${readme.slice(0, i + START.length)}\n${table}\n${readme.slice(j)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const table = coverageTable(loadBundle());
  if (process.argv.includes("--write")) {
    const path = join(ROOT, "README.md");
    writeFileSync(path, readmeWithCoverage(readFileSync(path, "utf8"), table));
    console.log("README.md coverage table updated.");
  } else {
    console.log(table);
  }
}
