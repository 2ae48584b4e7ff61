// The validate entry point stays separate: the core entry never loads ajv, the validate entry
// loads nothing Node-only until a findings file is asked for (and then only under Node, through the
// package's "#validate-file" import), and the built entry runs in plain Node with the contract it
// ships. Read from the committed dist/ (the pipeline test proves it current), in both formats.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { ROOT } from "../../scripts/lib/proc.mjs";

const out = join(ROOT, "dist", "esm");
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));

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
    // The contract is the package's one copy at its root, not a copy inside dist/.
    expect(files).toContain(join(ROOT, "generated", "openapi.json"));
    expect(existsSync(join(out, "generated", "openapi.json"))).toBe(false);
    // The Node-only writer is reached only through import() of "#validate-file", which resolves to
    // it under Node and to a stub that refuses `file` everywhere else.
    expect(files.some((f) => f.endsWith("jsonl-file.js"))).toBe(false);
    expect(readFileSync(join(out, "src", "validate", "middleware.js"), "utf8")).toMatch(/await import\(["']#validate-file["']\)/);
    expect(pkg.imports["#validate-file"].node.import).toBe("./dist/esm/src/validate/jsonl-file.js");
    expect(pkg.imports["#validate-file"].default.import).toBe("./dist/esm/src/validate/no-file.js");
  });

  test.each(["esm", "cjs"])("the built validate entry (%s) runs in plain Node against the contract it ships", (format) => {
    const at = (path: string) => JSON.stringify(join(ROOT, "dist", format, path));
    const script = `
      const { createAdultWorkClient } = await import(${at("src/index.js")});
      const { responseValidation } = await import(${at("src/validate/index.js")});
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
    expect(pkg.exports["./validate"].import.default).toBe("./dist/esm/src/validate/index.js");
    expect(pkg.exports["./validate"].require.default).toBe("./dist/cjs/src/validate/index.js");
    for (const target of [pkg.exports["./validate"].import.default, pkg.exports["./validate"].require.default]) expect(existsSync(join(ROOT, target))).toBe(true);
    expect(pkg.files).toEqual(expect.arrayContaining(["dist", "generated/openapi.json"]));
  });
});
