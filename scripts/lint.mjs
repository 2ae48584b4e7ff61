#!/usr/bin/env node
// `npm run lint`: Redocly's strict rules (redocly.yaml) with zero errors, warnings or ignored
// problems, then every body example of the bundled contract checked against its schema.
import { spawnSync } from "node:child_process";
import { XMLValidator } from "fast-xml-parser";
import { ROOT, redoclyBin } from "./lib/proc.mjs";
import { bundleSpec } from "./generate.mjs";
import { collectMediaExamples, createSchemaValidator, describeErrors, isJsonMediaType, isXmlMediaType } from "./lib/contract.mjs";

function redoclyLint() {
  const res = spawnSync(process.execPath, [redoclyBin(), "lint", "--format", "json", "--max-problems", "1000"], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, REDOCLY_TELEMETRY: "off" },
  });
  let report;
  try {
    report = JSON.parse(res.stdout);
  } catch {
    throw new Error(`redocly lint gave no report:\n${res.stdout}\n${res.stderr}`);
  }
  const { errors, warnings, ignored } = report.totals;
  for (const p of report.problems) {
    const loc = p.location?.[0];
    console.error(`${p.severity} ${p.ruleId}: ${p.message}\n    at ${loc?.source?.ref ?? loc?.source ?? "?"} ${loc?.pointer ?? ""}`);
  }
  console.log(`redocly lint: ${errors} errors, ${warnings} warnings, ${ignored} ignored.`);
  return errors + warnings + ignored === 0;
}

/** The XML samples are checked here for well-formedness; the xml entry's tests decode them. */
function checkExamples(doc) {
  const validate = createSchemaValidator(doc);
  const problems = [];
  const examples = collectMediaExamples(doc);
  for (const ex of examples) {
    if (isJsonMediaType(ex.mediaType)) {
      const errors = ex.schema ? validate(ex.schema, ex.value, { closed: true }) : [];
      if (errors.length) problems.push(`${ex.where}: ${describeErrors(errors).join("; ")}`);
    } else if (isXmlMediaType(ex.mediaType)) {
      const ok = typeof ex.value === "string" ? XMLValidator.validate(ex.value) : { err: { msg: "an XML example must be a string" } };
      if (ok !== true) problems.push(`${ex.where}: not well-formed XML (${ok.err.msg})`);
    }
  }
  for (const p of problems) console.error(`error example: ${p}`);
  console.log(`examples: ${examples.length} checked, ${problems.length} invalid.`);
  return problems.length === 0;
}

const lintOk = redoclyLint();
const examplesOk = checkExamples(JSON.parse(bundleSpec()));
process.exit(lintOk && examplesOk ? 0 : 1);
