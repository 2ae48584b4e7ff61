#!/usr/bin/env node
// Copies the response samples of the public docs (data, not prose) from the shared reference
// (../shared/api-reference/operations.json) into test/fixtures/docs-samples.json, so the tests can
// check the contract against them on a machine that only has this repository.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./lib/proc.mjs";

const source = process.argv[2] ?? join(ROOT, "..", "shared", "api-reference", "operations.json");
const operations = JSON.parse(readFileSync(source, "utf8"));
const samples = {};
for (const op of operations) {
  if (!op.sampleJson && !op.sampleXml) continue;
  samples[op.docSlug] = {
    json: op.sampleJson ?? null,
    // Set when the stored copy of the page cut the sample off (it is then not valid JSON).
    jsonNote: op.sampleJsonNote ?? null,
    xml: op.sampleXml ?? null,
  };
}
writeFileSync(join(ROOT, "test", "fixtures", "docs-samples.json"), JSON.stringify(samples, null, 2) + "\n");
console.log(`test/fixtures/docs-samples.json: ${Object.keys(samples).length} operations with samples.`);
