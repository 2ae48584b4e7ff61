// The package as other teams get it: packed by npm, installed from the tarball into a fresh project,
// type-checked there under every strict flag and every TypeScript `module` setting, and run against
// the mock API from ES modules and from CommonJS. Every entry of the exports map is type-checked and
// loaded, so a new entry needs no change here.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { operations } from "adultwork-api-client/operations";
import { attwReport, npmEnv, publintProblems } from "../../scripts/check-package.mjs";
import { ROOT } from "../../scripts/lib/proc.mjs";
import { doc, successExample } from "../support/contract.js";
import { codeEntries, exportKeys, installedVersion, peerSpecs, pkg, run, specifierOf, tsc, workspace, type Workspace } from "../support/consumer.js";

const FIXTURES = join(ROOT, "test", "package", "consumer");
const prismUrl = inject("prismUrl");

let ws: Workspace;
let project = "";
let files: string[] = [];

beforeAll(() => {
  ws = workspace("package");
  files = ws.tarball().files;
  project = ws.project("consumer", { type: "module" });
  for (const f of ["consumer.ts", "consumer-cjs.cts", "consumer.cjs", "readme-globals.d.ts"]) copyFileSync(join(FIXTURES, f), join(project, f));
  // One import of every code entry: under strict TypeScript an entry without declarations fails.
  const entries = (ext: string) =>
    codeEntries.map((k, i) => `import * as entry${i} from "${specifierOf(k)}";`).join("\n") +
    `\nexport const entries${ext} = [${codeEntries.map((_, i) => `entry${i}`).join(", ")}];\n`;
  writeFileSync(join(project, "entries.ts"), entries(""));
  writeFileSync(join(project, "entries-cjs.cts"), entries("Cjs"));
  writeReadmeSnippets(project);
  // @types/pg beside the peers: the README's token store example uses the app's own pg.Pool.
  ws.install(project, [ws.tarball().path, ...peerSpecs(), `@types/pg@${installedVersion("@types/pg")}`, `@types/node@${installedVersion("@types/node")}`]);
}, 300_000);

afterAll(() => ws?.remove());

/** Each ```ts block of the README, as its own module: what the README shows must compile. */
function writeReadmeSnippets(dir: string): string[] {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const blocks = [...readme.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
  const names = blocks.map((block, i) => {
    const name = `readme-${String(i + 1).padStart(2, "0")}.ts`;
    // A block that imports nothing still has to be a module (top-level await, no global leaks).
    writeFileSync(join(dir, name), /^\s*(import|export)\s/m.test(block) ? block : `${block}\nexport {};\n`);
    return name;
  });
  writeFileSync(join(dir, "readme-snippets.json"), JSON.stringify(names));
  return names;
}

describe("the published package", () => {
  test("the tarball holds the built code, its sources, the contract and the changelog, each file once", () => {
    const allowed = /^(package\.json|README\.md|CHANGELOG\.md|LICENSE(\.md)?|dist\/(esm|cjs)\/.+|dist\/adultwork\.postman_collection\.json|src\/.+\.ts|generated\/(openapi\.json|operations\.ts|runtime-operations\.ts|operation-scopes\.ts|operation-paging\.ts))$/;
    expect(files.filter((f) => !allowed.test(f))).toEqual([]);
    expect(files).toEqual(expect.arrayContaining(["CHANGELOG.md", "README.md", "LICENSE", "generated/openapi.json"]));
    // Every file the exports map points at is in the tarball.
    const targets = new Set<string>();
    const collect = (v: unknown): void => {
      if (typeof v === "string") targets.add(v.replace(/^\.\//, ""));
      else if (v && typeof v === "object") Object.values(v).forEach(collect);
    };
    collect(pkg.exports);
    expect([...targets].filter((t) => !files.includes(t))).toEqual([]);
    // No content twice (the contract once, not once per build).
    const installed = join(project, "node_modules", "adultwork-api-client");
    const byHash = new Map<string, string[]>();
    for (const f of files) {
      const hash = createHash("sha256").update(readFileSync(join(installed, f))).digest("hex");
      byHash.set(hash, [...(byHash.get(hash) ?? []), f]);
    }
    expect([...byHash.values()].filter((same) => same.length > 1)).toEqual([]);
    expect(files.filter((f) => f.endsWith("openapi.json"))).toEqual(["generated/openapi.json"]);
  });

  test("every code entry has an `import` and a `require` target, each with its declarations first", () => {
    for (const key of codeEntries) {
      const entry = pkg.exports[key] as Record<string, Record<string, string>>;
      expect(Object.keys(entry), key).toEqual(["import", "require"]);
      for (const condition of ["import", "require"]) expect(Object.keys(entry[condition]!), `${key} ${condition}`).toEqual(["types", "default"]);
    }
  });

  test("publint finds nothing to fix, suggestions included", async () => {
    expect(await publintProblems(ws.tarball().path)).toEqual([]);
  });

  test("arethetypeswrong finds no problem in any column: node10, node16 from CommonJS and from ES modules, bundlers", () => {
    const { ok, output } = attwReport(ws.tarball().path);
    expect(ok, output).toBe(true);
    for (const key of exportKeys) expect(output).toContain(`"${specifierOf(key)}"`);
  });

  test("`npm publish --dry-run` is clean: no warning but the one about not being logged in", () => {
    // --ignore-scripts: prepublishOnly runs the whole suite, this one among it.
    const res = spawnSync("npm", ["publish", "--dry-run", "--ignore-scripts", "--loglevel", "warn"], { cwd: ROOT, env: npmEnv(), encoding: "utf8" });
    expect(res.status, res.stderr).toBe(0);
    const warnings = `${res.stdout}\n${res.stderr}`.split("\n").filter((l) => /npm (warn|error)/i.test(l) && !/requires you to be logged in/.test(l));
    expect(warnings).toEqual([]);
  });
});

describe("a TypeScript project that installs the tarball, with every strict flag on", () => {
  test.each([
    ["node16", { module: "node16", moduleResolution: "node16" }],
    ["node20", { module: "node20", moduleResolution: "node16" }],
    ["nodenext", { module: "nodenext", moduleResolution: "nodenext" }],
    ["bundler", { module: "esnext", moduleResolution: "bundler" }],
  ])("type-checks ES module code importing every entry, `module: %s`", (name, options) => {
    tsc(project, `esm-${name}`, options, ["consumer.ts", "entries.ts"]);
  }, 120_000);

  test.each([
    ["node16", { module: "node16", moduleResolution: "node16" }],
    ["node20", { module: "node20", moduleResolution: "node16" }],
    ["nodenext", { module: "nodenext", moduleResolution: "nodenext" }],
  ])("type-checks CommonJS code requiring every entry, `module: %s`", (name, options) => {
    tsc(project, `cjs-${name}`, options, ["consumer-cjs.cts", "entries-cjs.cts"]);
  }, 120_000);

  test("every exported `…Options` type takes `undefined` for each optional field (exactOptionalPropertyTypes)", () => {
    // The names come from the installed declarations, through TypeScript's own view of each entry.
    const program = ts.createProgram([join(project, "entries.ts")], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, noEmit: true });
    const checker = program.getTypeChecker();
    const lines = ["type RejectsUndefined<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? (undefined extends T[K] ? never : K) : never }[keyof T];"];
    let checked = 0;
    codeEntries.forEach((key, i) => {
      const resolved = ts.resolveModuleName(specifierOf(key), join(project, "entries.ts"), program.getCompilerOptions(), ts.sys, undefined, undefined, ts.ModuleKind.ESNext);
      const file = resolved.resolvedModule && program.getSourceFile(resolved.resolvedModule.resolvedFileName);
      const moduleSymbol = file && checker.getSymbolAtLocation(file);
      expect(moduleSymbol, key).toBeDefined();
      lines.push(`import type * as E${i} from "${specifierOf(key)}";`);
      for (const sym of checker.getExportsOfModule(moduleSymbol!)) {
        if (!/Options$/.test(sym.name)) continue;
        const target = sym.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(sym) : sym;
        if (!(target.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias))) continue;
        const t = `E${i}.${sym.name}`;
        lines.push(`export const ok${checked++}: [RejectsUndefined<${t}>] extends [never] ? true : { field: RejectsUndefined<${t}>; of: "${sym.name}" } = true;`);
      }
    });
    expect(checked).toBeGreaterThan(5);
    writeFileSync(join(project, "options-check.ts"), `${lines.join("\n")}\n`);
    tsc(project, "options", { module: "nodenext", moduleResolution: "nodenext", noUnusedLocals: false }, ["options-check.ts"]);
  }, 120_000);

  test("type-checks every TypeScript example of the README", () => {
    const snippets: string[] = JSON.parse(readFileSync(join(project, "readme-snippets.json"), "utf8"));
    expect(snippets.length).toBeGreaterThan(5);
    // Examples read process.env.X as people write it; every other strict flag stays on.
    tsc(project, "readme", { module: "nodenext", moduleResolution: "nodenext", noUnusedLocals: false, noPropertyAccessFromIndexSignature: false }, [
      "readme-globals.d.ts",
      ...snippets,
    ]);
  }, 120_000);

  test("runs against the mock API and receives the contract's answers, typed", () => {
    tsc(project, "build", { module: "node16", moduleResolution: "node16", noEmit: false, outDir: "out" }, ["consumer.ts"]);
    const out = run(process.execPath, [join("out", "consumer.js")], project, { ...process.env, AW_BASE_URL: prismUrl });
    const example = successExample("madeWebcamBookingDetails")?.value as Record<string, unknown>;
    const groupExample = successExample("madeWebcamBookingDetailsAsGroupManager")?.value as Record<string, unknown>;
    expect(JSON.parse(out)).toEqual({
      bookingId: example.WebcamBookingID,
      sessionDate: example.SessionDate,
      isMultiple: example.IsMulitple,
      groupBookingId: groupExample.WebcamBookingID,
      thrownBookingId: example.WebcamBookingID,
      refused: 401,
      thrownRefused: 401,
      scopes: [...operations.madeWebcamBookingDetails.scopes],
      operations: Object.keys(operations).length,
      contractPaths: Object.keys(doc.paths).length,
      openapi: doc.openapi,
    });
  }, 120_000);
});

describe(`a CommonJS program that installs the tarball (Node ${process.versions.node})`, () => {
  test("require() loads every entry, the same names import() loads, and the client works", () => {
    const out = run(process.execPath, ["consumer.cjs"], project, { ...process.env, AW_BASE_URL: prismUrl });
    const { entries, bookingId, crossBuild } = JSON.parse(out);
    expect(Object.keys(entries).sort()).toEqual([...exportKeys].sort());
    for (const key of exportKeys) {
      const entry = entries[key];
      if (entry.kind === "json") expect(entry.sameValue, key).toBe(true);
      else {
        expect(entry.required.length, `${key} exports nothing`).toBeGreaterThan(0);
        expect(entry.required, `${key}: require() and import() export different names`).toEqual(entry.imported);
      }
    }
    expect(entries["."].required).toEqual(expect.arrayContaining(["createAdultWorkClient", "unwrap", "AdultWorkApiError"]));
    expect(bookingId).toBe((successExample("madeWebcamBookingDetails")?.value as Record<string, unknown>).WebcamBookingID);
    // An error thrown by the ES module build is an instance of the CommonJS build's classes, and back.
    expect(crossBuild).toEqual({
      esmErrorIsCjsClass: true,
      cjsErrorIsEsmClass: true,
      esmErrorIsCjsBase: true,
      notOtherStatus: false,
      xmlErrorIsCjsBase: true,
      unwrapAcrossBuilds: "madeWebcamBookingDetails",
    });
  }, 60_000);
});
