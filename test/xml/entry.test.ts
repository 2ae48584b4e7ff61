// The XML code is its own entry point: `adultwork-api-client/xml` is built (in the committed dist/,
// which the pipeline test proves current) and runs under plain node in both module formats, and
// nothing the core entry imports reaches the XML parser.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { ROOT } from "../../scripts/lib/proc.mjs";
import { reference } from "../support/reference.js";

const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
/** A path of package.json's exports, in the repository. */
const built = (path: string) => join(ROOT, path);

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
    for (const condition of ["import", "require"]) {
      expect(Object.keys(pkg.exports["./xml"][condition])).toEqual(["types", "default"]);
      expect(existsSync(built(pkg.exports["./xml"][condition].types))).toBe(true);
      expect(existsSync(built(pkg.exports["./xml"][condition].default))).toBe(true);
      expect(existsSync(built(pkg.exports["."][condition].default))).toBe(true);
    }
  });

  test("the core entry never loads the XML parser or the xml modules", () => {
    const core = importGraph(built(pkg.exports["."].import.default));
    expect(core.packages).toContain("openapi-fetch");
    expect(core.packages).not.toContain("saxes");
    expect(core.files.filter((f) => f.includes(`${join("src", "xml")}`))).toEqual([]);
    expect(importGraph(built(pkg.exports["./xml"].import.default)).packages).toContain("saxes");
  });

  test("the runtime depends on openapi-fetch; the xml entry's parser (saxes) and the validate entry's ajv are optional peers", () => {
    expect(Object.keys(pkg.dependencies).sort()).toEqual(["openapi-fetch"]);
    expect(Object.keys(pkg.peerDependencies)).toEqual(expect.arrayContaining(["ajv", "ajv-formats", "saxes"]));
    for (const name of Object.keys(pkg.peerDependencies)) expect(pkg.peerDependenciesMeta[name]).toEqual({ optional: true });
    // The tests and the benchmark need it installed here.
    expect(pkg.devDependencies.saxes).toBe(pkg.peerDependencies.saxes);
  });

  test.each(["import", "require"])("the built entry (%s) runs under plain node and decodes the docs' XML sample", (condition) => {
    const seed = reference.find((op) => op.docSlug === "MadeWebcamBookingDetails")!.sampleXml!;
    const script = `
      const { decodeOperationXml } = await import(${JSON.stringify(built(pkg.exports["./xml"][condition].default))});
      process.stdout.write(JSON.stringify(decodeOperationXml("madeWebcamBookingDetails", process.env.XML)));`;
    const stdout = execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: ROOT, env: { ...process.env, XML: seed }, encoding: "utf8" });
    expect(JSON.parse(stdout)).toMatchObject({ Credits: 10, Client: { UserID: 123456 } });
  });
});
