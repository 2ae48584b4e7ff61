#!/usr/bin/env node
// `npm run build`: compiles src/ (and the generated operation table) to dist/ as ESM with
// declarations. tsc does not copy declaration-only inputs, so generated/schema.d.ts is copied
// beside the compiled operation table, where dist's declarations import it from. The Postman
// collection is written from the contract here too, so the package ships the one that matches it.
import { copyFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { ROOT, bin, run } from "./lib/proc.mjs";
import { COLLECTION_FILE, writePostmanCollection } from "./postman.mjs";

export function build() {
  rmSync(join(ROOT, "dist"), { recursive: true, force: true });
  run(process.execPath, [bin("tsc"), "-p", "tsconfig.build.json"]);
  copyFileSync(join(ROOT, "generated", "schema.d.ts"), join(ROOT, "dist", "generated", "schema.d.ts"));
  writePostmanCollection(join(ROOT, "dist", COLLECTION_FILE));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  build();
  console.log("dist/ built from src/ and generated/, with the Postman collection.");
}
