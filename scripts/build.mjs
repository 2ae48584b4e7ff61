#!/usr/bin/env node
// `npm run dist`: builds dist/, the code the package runs, from src/ and generated/. dist/ is
// committed, so a git install needs no build step (npm 11 and pnpm 10 skip a git dependency's
// build scripts unless the consumer approves them). `--check` rebuilds beside it and fails when the
// committed dist/ differs. The Postman collection is written from the contract into dist/ too, so the
// package ships the one that matches its contract (and `--check` catches a stale one).
//
// Layout (one implementation, two module formats, one set of declarations):
//   dist/esm/   ES modules, for `import` and bundlers (keeps tree-shaking)
//   dist/cjs/   CommonJS, for `require`, Jest and node16 TypeScript; its package.json says
//               "commonjs", and it holds the only copy of the declarations
//   dist/esm/src/<entry>.d.ts   one-line stubs re-exporting an entry's declarations from dist/cjs,
//               so both formats see the same types (and TypeScript the right format for each)
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { ROOT, bin, run } from "./lib/proc.mjs";
import { COLLECTION_FILE, writePostmanCollection } from "./postman.mjs";

const esbuild = await import("esbuild");

/** Every TypeScript source that becomes a module of dist/. */
function sources() {
  const out = [];
  const walk = (dir) => {
    for (const name of readdirSync(join(ROOT, dir)).sort()) {
      const path = join(dir, name);
      if (statSync(join(ROOT, path)).isDirectory()) walk(path);
      else if (name.endsWith(".ts") && !name.endsWith(".d.ts")) out.push(path);
    }
  };
  walk("src");
  out.push(join("generated", "operations.ts"), join("generated", "runtime-operations.ts"), join("generated", "operation-scopes.ts"), join("generated", "operation-paging.ts"));
  return out;
}

/** The declaration file each code entry of the exports map names, relative to the root. */
export function entryDeclarations(pkg) {
  const out = [];
  for (const [key, value] of Object.entries(pkg.exports)) {
    if (typeof value !== "object" || !value.import) continue;
    out.push({ key, esm: value.import.types.replace(/^\.\//, ""), cjs: value.require.types.replace(/^\.\//, "") });
  }
  return out;
}

/**
 * The contract ships once, at generated/openapi.json. Sources import it relative to src/; their
 * built copies sit two folders deeper (dist/<format>/), so their import reaches two levels further up.
 */
function pointAtRootContract(outDir) {
  for (const format of ["esm", "cjs"]) {
    for (const file of listFiles(join(outDir, format, "src"))) {
      if (!file.endsWith(".js")) continue;
      const path = join(outDir, format, "src", file);
      const text = readFileSync(path, "utf8");
      const moved = text.replace(/(["'])((?:\.\.\/)+generated\/openapi\.json)\1/g, (_, q, rel) => `${q}../../${rel}${q}`);
      if (moved !== text) writeFileSync(path, moved);
    }
  }
}

export async function build(outDir = join(ROOT, "dist")) {
  rmSync(outDir, { recursive: true, force: true });
  const entryPoints = sources().map((s) => join(ROOT, s));
  const common = {
    entryPoints,
    outbase: ROOT,
    bundle: false,
    platform: "neutral",
    target: "es2022",
    sourcemap: "linked",
    sourcesContent: false, // the sources ship beside dist/
    tsconfig: join(ROOT, "tsconfig.build.json"),
    logLevel: "error",
    supported: { "import-attributes": true },
  };
  await esbuild.build({ ...common, outdir: join(outDir, "esm"), format: "esm" });
  // platform "node" adds the `0 && (module.exports = {...})` hint from which Node's ES module
  // loader learns a CommonJS file's named exports.
  // The mock command (src/mock/) is a Node ES module program, the package's `bin`: no CommonJS copy.
  const cjsEntryPoints = entryPoints.filter((e) => !e.startsWith(join(ROOT, "src", "mock") + "/"));
  await esbuild.build({ ...common, entryPoints: cjsEntryPoints, outdir: join(outDir, "cjs"), format: "cjs", platform: "node" });
  pointAtRootContract(outDir);
  writeFileSync(join(outDir, "cjs", "package.json"), `${JSON.stringify({ type: "commonjs" }, null, 2)}\n`);

  run(process.execPath, [bin("tsc"), "-p", "tsconfig.build.json", "--outDir", relative(ROOT, join(outDir, "cjs"))]);
  // tsc does not copy declaration-only inputs: the operation table's declarations import this one.
  copyFileSync(join(ROOT, "generated", "schema.d.ts"), join(outDir, "cjs", "generated", "schema.d.ts"));

  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
  const at = (path) => join(outDir, path.replace(/^dist\//, ""));
  for (const { esm, cjs } of entryDeclarations(pkg)) {
    const stub = at(esm);
    const target = at(cjs);
    if (!existsSync(target)) throw new Error(`${cjs} was not emitted`);
    let spec = relative(dirname(stub), target).replace(/\\/g, "/").replace(/\.d\.ts$/, ".js");
    if (!spec.startsWith(".")) spec = `./${spec}`;
    mkdirSync(dirname(stub), { recursive: true });
    writeFileSync(stub, `export * from "${spec}";\n`);
  }
  writePostmanCollection(join(outDir, COLLECTION_FILE));
}

/** Files under `dir`, relative to it, sorted. */
function listFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

/** Rebuilds into a sibling of dist/ (same depth, so source-map paths match) and lists what differs. */
export async function checkDist() {
  const fresh = join(ROOT, ".dist-check");
  try {
    await build(fresh);
    const committed = join(ROOT, "dist");
    const a = listFiles(committed);
    const b = listFiles(fresh);
    const problems = [];
    for (const f of b) if (!a.includes(f)) problems.push(`missing: dist/${f}`);
    for (const f of a) if (!b.includes(f)) problems.push(`stale: dist/${f} (no source builds it)`);
    for (const f of b) {
      if (a.includes(f) && !readFileSync(join(committed, f)).equals(readFileSync(join(fresh, f)))) problems.push(`out of date: dist/${f}`);
    }
    return problems;
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes("--check")) {
    const problems = await checkDist();
    for (const p of problems) console.error(p);
    if (problems.length) {
      console.error(`dist/ does not match src/ and generated/: run \`npm run dist\` and commit dist/.`);
      process.exitCode = 1;
    } else console.log("dist/ matches src/ and generated/.");
  } else {
    await build();
    console.log("dist/ built from src/ and generated/.");
  }
}
