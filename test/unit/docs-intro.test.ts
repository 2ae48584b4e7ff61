// The reference's introduction is completed from the contract: every marker in info.description is
// filled, and the generated parts name every operation and scope the contract has.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { ROOT } from "../../scripts/lib/proc.mjs";
import { markersIn, withGeneratedIntro } from "../../scripts/lib/docs-intro.mjs";
import { unifiedLoginOf } from "../../scripts/lib/operations.mjs";
import { doc, operationIds } from "../support/contract.js";

describe("the generated introduction", () => {
  const intro: string = withGeneratedIntro(doc, { postman: () => "POSTMAN-LINK" }).info.description;

  test("fills every marker the spec's introduction holds, and only those", () => {
    expect(markersIn(doc)).toEqual(expect.arrayContaining(["scopes", "date-forms", "paging", "coverage", "postman"]));
    expect(intro).not.toMatch(/<!-- generated:/);
    expect(intro).toContain("POSTMAN-LINK");
  });

  test("names every operation and every Unified Login scope in the scopes list", () => {
    const scopes = intro.slice(intro.indexOf("## Scopes"), intro.indexOf("## Group managers"));
    for (const id of operationIds) expect(scopes, id).toContain(`[${id}](#tag/`);
    for (const scope of unifiedLoginOf(doc).scopes) expect(scopes, scope).toContain(`\`${scope}\``);
  });

  test("refuses a marker no generator fills, rather than publishing a hole", () => {
    const broken = structuredClone(doc);
    broken.info.description += "\n<!-- generated: nothing-makes-this -->\n";
    expect(() => withGeneratedIntro(broken, { postman: () => "" })).toThrow(/nothing-makes-this/);
  });

  test("first steps start the mock from the installed package, on the port the client is then pointed at, with no clone", () => {
    const { name } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    const steps = intro.slice(intro.indexOf("## First steps"), intro.indexOf("## Authentication"));
    expect(steps).toContain(`\`npm install ${name}\``);
    const port = /`npx (\S+) mock --port (\d+)`/.exec(steps);
    expect(port?.[1]).toBe(name);
    expect(steps).toContain(`http://127.0.0.1:${port?.[2]}`);
    expect(steps).toContain(`baseUrl: "http://127.0.0.1:${port?.[2]}"`);
    expect(steps).not.toMatch(/npm run mock|clone|repository/i);
  });
});
