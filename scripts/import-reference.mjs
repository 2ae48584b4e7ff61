#!/usr/bin/env node
// Copies the facts the tests check the contract against (each documented operation's method, path,
// group-manager path, response field names and response samples; data, not prose) from the shared reference
// (../shared/api-reference/operations.json, or the path given) into test/fixtures/reference.json,
// so the suite runs on a machine that has only this repository.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./lib/proc.mjs";

const source = process.argv[2] ?? join(ROOT, "..", "shared", "api-reference", "operations.json");
const operations = JSON.parse(readFileSync(source, "utf8")).map((op) => ({
  docSlug: op.docSlug,
  category: op.category,
  method: op.method,
  path: op.path,
  groupManagerPath: op.groupManagerPath ?? null,
  sampleJson: op.sampleJson ?? null,
  // Set when the stored copy of the page cut the sample off (it is then not valid JSON as it stands).
  sampleJsonNote: op.sampleJsonNote ?? null,
  sampleXml: op.sampleXml ?? null,
  // The names in the page's response table (names only): what `required` may list for the operation.
  responseFields: (op.response?.fields ?? []).map((f) => f.name),
}));
writeFileSync(join(ROOT, "test", "fixtures", "reference.json"), JSON.stringify(operations, null, 2) + "\n");
console.log(`test/fixtures/reference.json: ${operations.length} documented operations.`);
