#!/usr/bin/env node
// `npm run lint`: Redocly's strict rules (redocly.yaml) with zero errors, warnings or ignored
// problems, then every body example of the bundled contract checked against its schema.
import { spawnSync } from "node:child_process";
import { tsImport } from "tsx/esm/api";
import { ROOT, redoclyBin } from "./lib/proc.mjs";
import { bundleSpec } from "./generate.mjs";
import { withIllustrativeExamples } from "./lib/examples.mjs";
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

// XML examples are decoded by the client's own XML decoder (TypeScript, loaded through tsx so this
// script runs under plain node), so the check and the runtime can never disagree on what XML means.
const { ShapeCompiler } = await tsImport("../src/xml/shape.ts", import.meta.url);
const { decodeXml } = await tsImport("../src/xml/decode.ts", import.meta.url);

/**
 * Every body example against its schema: JSON examples as they are, XML examples once decoded.
 * XML elements the contract records under another name (`xml.name`) get their property's name,
 * so an XML example is held to the same closed schema as the JSON one. Returns the problems found.
 */
export function checkExamples(doc) {
  const validate = createSchemaValidator(doc);
  const shapes = new ShapeCompiler(doc);
  const problems = [];
  const examples = collectMediaExamples(doc);
  for (const ex of examples) {
    if (isJsonMediaType(ex.mediaType)) {
      const errors = ex.schema ? validate(ex.schema, ex.value, { closed: true }) : [];
      if (errors.length) problems.push(`${ex.where}: ${describeErrors(errors).join("; ")}`);
    } else if (isXmlMediaType(ex.mediaType)) {
      if (typeof ex.value !== "string") {
        problems.push(`${ex.where}: an XML example must be a string`);
        continue;
      }
      let value;
      try {
        value = decodeXml(ex.value, shapes.compile(ex.schema), { names: "schema", operationId: ex.operationId });
      } catch (err) {
        problems.push(`${ex.where}: ${err.message}`);
        continue;
      }
      const errors = ex.schema ? validate(ex.schema, value, { closed: true }) : [];
      if (errors.length) problems.push(`${ex.where}: decoded, it does not fit the schema: ${describeErrors(errors).join("; ")}`);
    }
  }
  return { checked: examples.length, problems };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const lintOk = redoclyLint();
  // The contract as generate.mjs writes it: the illustrative examples are checked like the docs' own.
  const { checked, problems } = checkExamples(withIllustrativeExamples(JSON.parse(bundleSpec())));
  for (const p of problems) console.error(`error example: ${p}`);
  console.log(`examples: ${checked} checked, ${problems.length} invalid.`);
  process.exit(lintOk && problems.length === 0 ? 0 : 1);
}
