// The contract-to-client pipeline holds together: generated/ is current, the spec lints clean,
// everything type-checks strictly, and the reference docs build from the contract.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { buildDocs } from "../../scripts/docs.mjs";
import { ROOT, bin } from "../../scripts/lib/proc.mjs";
import { doc, operationIds, operationObject } from "../support/contract.js";

const node = (script: string, ...args: string[]) =>
  execFileSync(process.execPath, [join(ROOT, script), ...args], { cwd: ROOT, encoding: "utf8", stdio: "pipe" });

const tmp = mkdtempSync(join(tmpdir(), "aw-pipeline-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("pipeline", () => {
  test("generated/ is exactly what spec/ produces", () => {
    expect(node("scripts/generate.mjs", "--check")).toMatch(/up to date/);
  });

  test("dist/ is exactly what src/ and generated/ build to (a git install gets current code)", async () => {
    const { checkDist } = await import("../../scripts/build.mjs");
    expect(await checkDist()).toEqual([]);
  }, 120_000);

  test("the spec passes Redocly's strict rules and the example check with zero problems", () => {
    const out = node("scripts/lint.mjs");
    expect(out).toMatch(/0 errors, 0 warnings, 0 ignored/);
    expect(out).toMatch(/examples: \d+ checked, 0 invalid/);
  }, 60_000);

  test("sources, tests and examples type-check under strict TypeScript", () => {
    execFileSync(process.execPath, [bin("tsc"), "-p", "tsconfig.json"], { cwd: ROOT, stdio: "pipe" });
  }, 120_000);

  test("the reference docs build from the contract and name every operation", async () => {
    const html = readFileSync(await buildDocs(join(tmp, "index.html")), "utf8");
    expect(html).toContain(doc.info.title);
    for (const id of operationIds) {
      expect(html, id).toContain(`"operationId":"${id}"`);
      expect(html, id).toContain(operationObject(id).op.summary);
    }
  }, 60_000);
});

describe("README", () => {
  test("its coverage table is the one `npm run coverage` prints", async () => {
    const { coverageTable, readmeWithCoverage } = await import("../../scripts/coverage.mjs");
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    expect(readme).toBe(readmeWithCoverage(readme, coverageTable(doc)));
  });
});
