// The package as other teams get it: packed by npm, installed from the tarball into a fresh project,
// type-checked there under strict TypeScript and run against the mock API. Every entry of the
// exports map is type-checked and loaded, so a new entry needs no change here.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { operations } from "adultwork-api-client/operations";
import { ATTW_PROFILE, attwReport, npmEnv, packPackage, publintProblems } from "../../scripts/check-package.mjs";
import { ROOT } from "../../scripts/lib/proc.mjs";
import { doc, successExample } from "../support/contract.js";

const NAME = "adultwork-api-client";
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
const exportKeys = Object.keys(pkg.exports);
const codeEntries = exportKeys.filter((k) => !k.endsWith(".json"));
const specifierOf = (key: string) => (key === "." ? NAME : `${NAME}${key.slice(1)}`);
const typesVersion: string = JSON.parse(readFileSync(join(ROOT, "node_modules", "@types", "node", "package.json"), "utf8")).version;
const tscBin = join(ROOT, "node_modules", "typescript", "bin", "tsc");
const FIXTURES = join(ROOT, "test", "package", "consumer");
const prismUrl = inject("prismUrl");

let work = "";
let project = "";
let tarball = "";
let files: string[] = [];

/** Runs a command; on failure the error carries its whole output. */
function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): string {
  try {
    return execFileSync(cmd, args, { cwd, env, encoding: "utf8", stdio: "pipe", maxBuffer: 64 * 1024 * 1024 });
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${[cmd, ...args].join(" ")} failed: ${e.message}\n${e.stdout ?? ""}\n${e.stderr ?? ""}`);
  }
}

// What a consumer would reasonably turn on; skipLibCheck off so the package's declarations are checked too.
const STRICT = {
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  noImplicitOverride: true,
  skipLibCheck: false,
  target: "ES2022",
  lib: ["ES2023"],
  types: ["node"],
  noEmit: true,
};

/** Type-checks (or compiles, with `outDir`) `files` in the consumer project under `options`. */
function tsc(name: string, options: Record<string, unknown>, sources: string[]): string {
  const config = join(project, `tsconfig.${name}.json`);
  writeFileSync(config, JSON.stringify({ compilerOptions: { ...STRICT, ...options }, files: sources }, null, 2));
  return run(process.execPath, [tscBin, "-p", config], project);
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "aw-package-"));
  ({ tarball, files } = packPackage(work));
  project = join(work, "consumer");
  mkdirSync(project);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "aw-consumer", private: true, type: "module" }, null, 2));
  for (const f of ["consumer.ts", "consumer-cjs.cts", "consumer.cjs"]) copyFileSync(join(FIXTURES, f), join(project, f));
  // One import of every code entry: under strict TypeScript an entry without declarations fails.
  writeFileSync(
    join(project, "entries.ts"),
    codeEntries.map((k, i) => `import * as entry${i} from "${specifierOf(k)}";`).join("\n") +
      `\nexport const entries = [${codeEntries.map((_, i) => `entry${i}`).join(", ")}];\n`,
  );
  // The npm cache holds every dependency after `npm ci`, so this works offline.
  run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", tarball, `@types/node@${typesVersion}`], project, npmEnv());
}, 300_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("the published package", () => {
  test("the tarball holds the built code, its sources, the contract and the changelog, and nothing else", () => {
    const allowed = /^(package\.json|README\.md|CHANGELOG\.md|LICENSE(\.md)?|dist\/(src|generated)\/.+|dist\/adultwork\.postman_collection\.json|src\/.+\.ts|generated\/(openapi\.json|operations\.ts|runtime-operations\.ts))$/;
    expect(files.filter((f) => !allowed.test(f))).toEqual([]);
    expect(files).toContain("CHANGELOG.md");
    expect(files).toContain("README.md");
    // Every file the exports map points at is in the tarball.
    const targets = new Set<string>();
    const collect = (v: unknown): void => {
      if (typeof v === "string") targets.add(v.replace(/^\.\//, ""));
      else if (v && typeof v === "object") Object.values(v).forEach(collect);
    };
    collect(pkg.exports);
    expect([...targets].filter((t) => !files.includes(t))).toEqual([]);
  });

  test("every code entry names its declarations and a `default` target, so both import and require() find it", () => {
    for (const key of codeEntries) {
      // An entry with only an `import` condition is invisible to require(): Node matches `require` or `default`.
      const conditions = Object.keys(pkg.exports[key]);
      expect(conditions[0], `${key}: types first`).toBe("types");
      expect(conditions.at(-1), `${key}: default last`).toBe("default");
    }
  });

  test("publint finds nothing to fix, suggestions included", async () => {
    expect(await publintProblems(tarball)).toEqual([]);
  });

  test(`arethetypeswrong finds no problem for an ES module package (profile ${ATTW_PROFILE})`, () => {
    const { ok, output } = attwReport(tarball);
    expect(ok, output).toBe(true);
    for (const key of exportKeys) expect(output).toContain(`"${specifierOf(key)}"`);
  });
});

describe("a TypeScript project that installs the tarball", () => {
  test.each([
    ["node16", { module: "node16", moduleResolution: "node16" }],
    ["bundler", { module: "esnext", moduleResolution: "bundler" }],
  ])("type-checks its ES module code and every entry under strict TypeScript, moduleResolution %s", (name, options) => {
    tsc(name, options, ["consumer.ts", "entries.ts"]);
  }, 120_000);

  test("type-checks a CommonJS module that requires the package (module node20)", () => {
    tsc("cjs", { module: "node20", moduleResolution: "node16" }, ["consumer-cjs.cts"]);
  }, 120_000);

  test("runs against the mock API and receives the contract's answers, typed", () => {
    tsc("build", { module: "node16", moduleResolution: "node16", noEmit: false, outDir: "out" }, ["consumer.ts"]);
    const out = run(process.execPath, [join("out", "consumer.js")], project, { ...process.env, AW_BASE_URL: prismUrl });
    const example = successExample("madeWebcamBookingDetails")?.value as Record<string, unknown>;
    const groupExample = successExample("madeWebcamBookingDetailsAsGroupManager")?.value as Record<string, unknown>;
    expect(JSON.parse(out)).toEqual({
      bookingId: example.WebcamBookingID,
      sessionDate: example.SessionDate,
      isMultiple: example.IsMulitple,
      groupBookingId: groupExample.WebcamBookingID,
      refused: 401,
      scopes: [...operations.madeWebcamBookingDetails.scopes],
      operations: Object.keys(operations).length,
      contractPaths: Object.keys(doc.paths).length,
      openapi: doc.openapi,
    });
  }, 120_000);
});

describe("a CommonJS program that installs the tarball (require(esm), Node 20.19+)", () => {
  test("require() loads every exported entry, the same instance import() loads, and the client works", () => {
    const out = run(process.execPath, ["consumer.cjs"], project, { ...process.env, AW_BASE_URL: prismUrl });
    const { entries, bookingId } = JSON.parse(out);
    expect(Object.keys(entries).sort()).toEqual([...exportKeys].sort());
    for (const key of exportKeys) {
      const entry = entries[key];
      if (entry.kind === "json") expect(entry.sameValue, key).toBe(true);
      else {
        expect(entry.sameInstance, `${key}: require() and import() gave different module instances`).toBe(true);
        expect(entry.exports.length, `${key} exports nothing`).toBeGreaterThan(0);
      }
    }
    expect(entries["."].exports).toEqual(expect.arrayContaining(["createAdultWorkClient", "unwrap", "AdultWorkApiError"]));
    expect(bookingId).toBe((successExample("madeWebcamBookingDetails")?.value as Record<string, unknown>).WebcamBookingID);
  }, 60_000);
});
