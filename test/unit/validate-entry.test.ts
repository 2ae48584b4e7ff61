// The validate entry point stays separate: the core entry never loads ajv, the validate entry
// loads nothing Node-only until a findings file is asked for, and the built entry runs in plain Node
// with the contract it ships.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ROOT, bin } from "../../scripts/lib/proc.mjs";

const out = join(ROOT, "test-results", `validate-entry-${process.pid}`);

/** Every module the built `entry` loads through static imports (dynamic `import()` excluded). */
function staticGraph(entry: string): { files: string[]; bare: string[] } {
  const files = new Set<string>();
  const bare = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    if (!file.endsWith(".js")) return;
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+["']([^"']+)["']|^\s*import\s+["']([^"']+)["']/gm)) {
      const spec = (m[1] ?? m[2])!;
      if (spec.startsWith(".")) visit(resolve(dirname(file), spec));
      else bare.add(spec);
    }
  };
  visit(entry);
  return { files: [...files], bare: [...bare] };
}

beforeAll(() => {
  execFileSync(process.execPath, [bin("tsc"), "-p", "tsconfig.build.json", "--outDir", out], { cwd: ROOT, stdio: "pipe" });
}, 120_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("entry points", () => {
  test("the core entry never loads ajv, the validate modules or the contract document", () => {
    const { files, bare } = staticGraph(join(out, "src", "index.js"));
    expect(files.length).toBeGreaterThan(3);
    expect(bare.filter((s) => /ajv/.test(s))).toEqual([]);
    expect(files.filter((f) => f.includes(`${join("src", "validate")}`) || f.endsWith("openapi.json"))).toEqual([]);
  });

  test("the validate entry uses ajv and the shipped contract, and no Node module until a file is configured", () => {
    const { files, bare } = staticGraph(join(out, "src", "validate", "index.js"));
    expect(bare).toEqual(expect.arrayContaining(["ajv/dist/2020.js", "ajv-formats"]));
    expect(bare.filter((s) => s.startsWith("node:"))).toEqual([]);
    expect(files).toContain(join(out, "generated", "openapi.json"));
    expect(existsSync(join(out, "generated", "openapi.json"))).toBe(true);
    // The Node-only writer exists, reached only through import().
    expect(files.some((f) => f.endsWith("jsonl-file.js"))).toBe(false);
    expect(readFileSync(join(out, "src", "validate", "middleware.js"), "utf8")).toMatch(/await import\(JSONL_FILE_MODULE\)/);
  });

  test("the built validate entry bundles for the browser: no bundler follows it to node:fs", async () => {
    const { build } = await import("esbuild");
    const result = await build({
      entryPoints: [join(out, "src", "validate", "index.js")],
      bundle: true,
      platform: "browser",
      format: "esm",
      write: false,
      logLevel: "silent",
      absWorkingDir: ROOT,
    });
    expect(result.errors).toEqual([]);
    expect(result.outputFiles[0]!.text).not.toMatch(/["']node:/);
  });

  test("the built validate entry runs in plain Node against the contract it ships", () => {
    const script = `
      const { createAdultWorkClient } = await import(${JSON.stringify(join(out, "src", "index.js"))});
      const { responseValidation } = await import(${JSON.stringify(join(out, "src", "validate", "index.js"))});
      const findings = [];
      const fetch = async () => new Response(JSON.stringify({ PageCount: 1, PageNumber: 1, Bookings: [] }), { headers: { "content-type": "application/json" } });
      const aw = createAdultWorkClient({ baseUrl: "http://127.0.0.1:9", accessToken: "built-entry-token", fetch });
      aw.use(responseValidation({ validateResponses: "warn", onFinding: (f) => findings.push(f) }));
      await aw.GET("/v1/Webcam/MadeBookings", { params: { query: {} } });
      console.log(JSON.stringify(findings.map((f) => [f.operationId, f.kind, f.pointer, f.observed])));
    `;
    const stdout = execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: ROOT, encoding: "utf8" });
    expect(JSON.parse(stdout)).toEqual([["madeWebcamBookings", "unknown-property", "/Bookings", "array"]]);
  });

  test("package.json exposes the validate entry and ships what it imports", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    expect(pkg.exports["./validate"]).toEqual({ types: "./dist/src/validate/index.d.ts", default: "./dist/src/validate/index.js" });
    expect(pkg.exports["."]).toBeDefined();
    expect(Object.keys(pkg.dependencies)).toEqual(expect.arrayContaining(["ajv", "ajv-formats", "openapi-fetch"]));
    expect(pkg.files).toEqual(expect.arrayContaining(["dist/src", "dist/generated"]));
  });
});
