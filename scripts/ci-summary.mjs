#!/usr/bin/env node
// Prints the one line CI reads, "N passed, N failed", from vitest's JSON report. A run that
// produced no report (it crashed, or never started) counts as one failure.
import { existsSync, readFileSync } from "node:fs";

const file = process.argv[2] ?? "test-results/vitest.json";
if (!existsSync(file)) {
  console.log("0 passed, 1 failed");
  process.exit(1);
}
const report = JSON.parse(readFileSync(file, "utf8"));
const passed = report.numPassedTests ?? 0;
// Suites that failed to load have no test results but must still fail the run.
const failed = (report.numFailedTests ?? 0) + (report.testResults ?? []).filter((f) => f.status === "failed" && f.assertionResults?.length === 0).length;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
