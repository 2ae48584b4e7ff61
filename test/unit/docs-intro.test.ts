// The reference's introduction is completed from the contract: every marker in info.description is
// filled, and the generated parts name every operation and scope the contract has.
import { describe, expect, test } from "vitest";
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
});
