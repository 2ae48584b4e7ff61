#!/usr/bin/env node
// `npm run docs`: builds the published reference, docs/index.html, from the bundled contract.
// Redoc's scripts are embedded (--inlineBundle) so the page works offline and behind firewalls.
import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { ROOT, redoclyBin, run } from "./lib/proc.mjs";

export function buildDocs(output = join(ROOT, "docs", "index.html"), spec = join(ROOT, "generated", "openapi.json")) {
  mkdirSync(dirname(resolve(output)), { recursive: true });
  run(process.execPath, [redoclyBin(), "build-docs", spec, "--output", output, "--inlineBundle", "--title", "AdultWork.com REST API v1 reference"]);
  return output;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = buildDocs(process.argv[2]);
  console.log(`Reference docs written to ${out}`);
}
