// One JSON-Schema inliner serves lint, the samples checks, drift detection and fixture validation:
// the scripts' export is the validator entry's function, and its two modes differ only as documented.
import { describe, expect, test } from "vitest";
import { inlineSchema as scriptsInline, loadBundle } from "../../scripts/lib/contract.mjs";
import { closedSchema, inlineSchema } from "../../src/validate/schema.js";

const doc = loadBundle();
const schema = { $ref: "#/components/schemas/WebcamBooking" };

describe("the shared inliner", () => {
  test("the scripts and the validator entry inline the contract identically", () => {
    expect(scriptsInline(doc, schema, { closed: true })).toEqual(inlineSchema(doc, schema, { closed: true }));
    expect(scriptsInline(doc, schema)).toEqual(inlineSchema(doc, schema));
  });

  test("drift detection's closed schema is the inliner with annotations dropped", () => {
    const closed = closedSchema(doc, schema) as Record<string, unknown>;
    expect(closed).toEqual(inlineSchema(doc, schema, { closed: true, annotations: false }));
    expect(closed.unevaluatedProperties).toBe(false);
    expect(JSON.stringify(closed)).not.toContain('"description"');
    expect(JSON.stringify(inlineSchema(doc, schema))).toContain('"description"');
    expect(JSON.stringify(inlineSchema(doc, schema))).not.toContain("$ref");
  });
});
