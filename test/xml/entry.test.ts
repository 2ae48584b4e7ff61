// The XML code is its own entry point: `adultwork-api-client/xml` is built and runs under plain
// node, and nothing the core entry imports reaches the XML parser.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ROOT, bin } from "../../scripts/lib/proc.mjs";
import { reference } from "../support/reference.js";

const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
let out = "";

beforeAll(() => {
  // Inside the repository, so the built files resolve their dependencies from its node_modules.
  mkdirSync(join(ROOT, "test-results"), { recursive: true });
  out = mkdtempSync(join(ROOT, "test-results", "xml-entry-"));
  execFileSync(process.execPath, [bin("tsc"), "-p", "tsconfig.build.json", "--outDir", out], { cwd: ROOT, stdio: "pipe" });
}, 180_000);
afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

/** Where a path of package.json's exports lands in this build. */
const built = (path: string) => join(out, path.replace(/^\.\/dist\//, ""));

/** Every module a built module loads, following relative imports; bare specifiers are reported as they are. */
function importGraph(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const source = readFileSync(file, "utf8");
    for (const [, spec] of source.matchAll(/(?:^|\s)(?:import|export)\s[^;]*?from\s*["']([^"']+)["']|import\s*\(\s*["']([^"']+)["']|import\s+["']([^"']+)["']/g)) {
      if (!spec) continue;
      if (spec.startsWith(".")) visit(resolve(dirname(file), spec));
      else packages.add(spec);
    }
  };
  visit(entry);
  return { files: [...files], packages: [...packages] };
}

describe("the xml entry point", () => {
  test("package.json exports ./xml with types and import paths that the build produces", () => {
    expect(pkg.exports["./xml"]).toEqual({ types: "./dist/src/xml/index.d.ts", default: "./dist/src/xml/index.js" });
    expect(existsSync(built(pkg.exports["./xml"].types))).toBe(true);
    expect(existsSync(built(pkg.exports["./xml"].default))).toBe(true);
    expect(existsSync(built(pkg.exports["."].default))).toBe(true);
  });

  test("the core entry never loads the XML parser or the xml modules", () => {
    const core = importGraph(built(pkg.exports["."].default));
    expect(core.packages).toContain("openapi-fetch");
    expect(core.packages).not.toContain("saxes");
    expect(core.files.filter((f) => f.includes(`${join("src", "xml")}`))).toEqual([]);
    expect(importGraph(built(pkg.exports["./xml"].default)).packages).toContain("saxes");
  });

  test("the xml entry's parser, saxes, is an optional peer: installed only by those who use XML", () => {
    expect(Object.keys(pkg.dependencies)).not.toContain("saxes");
    expect(pkg.peerDependencies.saxes).toBeDefined();
    expect(pkg.peerDependenciesMeta.saxes).toEqual({ optional: true });
    // The tests and the benchmark need it installed here.
    expect(pkg.devDependencies.saxes).toBe(pkg.peerDependencies.saxes);
  });

  test("the built entry runs under plain node and decodes the docs' XML sample", () => {
    const seed = reference.find((op) => op.docSlug === "MadeWebcamBookingDetails")!.sampleXml!;
    const script = `
      const { decodeOperationXml } = await import(${JSON.stringify(built(pkg.exports["./xml"].default))});
      process.stdout.write(JSON.stringify(decodeOperationXml("madeWebcamBookingDetails", process.env.XML)));`;
    const stdout = execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: ROOT, env: { ...process.env, XML: seed }, encoding: "utf8" });
    expect(JSON.parse(stdout)).toMatchObject({ Credits: 10, Client: { UserID: 123456 } });
  });
});
