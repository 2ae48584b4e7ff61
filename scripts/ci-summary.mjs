#!/usr/bin/env node
// Prints the one line CI reads, "N passed, N failed", summed over vitest's JSON reports (one per
// run: each Node version). A run that produced no report (it crashed, or never started) counts as
// one failure.
import { existsSync, readFileSync } from "node:fs";

const files = process.argv.length > 2 ? process.argv.slice(2) : ["test-results/vitest.json"];
let passed = 0;
let failed = 0;
for (const file of files) {
  if (!existsSync(file)) {
    failed += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(file, "utf8"));
  passed += report.numPassedTests ?? 0;
  // Suites that failed to load have no test results but must still fail the run.
  failed += (report.numFailedTests ?? 0) + (report.testResults ?? []).filter((f) => f.status === "failed" && f.assertionResults?.length === 0).length;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
