// The docs' own JSON samples, checked against the bundled contract with ajv (JSON Schema 2020-12).
// Complete samples must fit their response schema exactly (no unlisted field). Samples the stored
// docs cut off are repaired (jsonrepair closes the brackets) and must fit with `required` ignored;
// a sample that cannot be repaired is reported as skipped with its reason.
import { jsonrepair } from "jsonrepair";
import { afterAll, describe, expect, test } from "vitest";
import { createSchemaValidator, describeErrors, inlineSchema } from "../../scripts/lib/contract.mjs";
import { deref } from "../../scripts/lib/operations.mjs";
import { doc, operationIds, operationObject } from "../support/contract.js";
import { operationIdOf, reference } from "../support/reference.js";
import type { OperationId } from "adultwork-api-client";

const validate = createSchemaValidator(doc);
const withSamples = reference.filter((op) => op.sampleJson);
const tally = { complete: 0, repaired: 0, skipped: [] as string[] };

function responseSchema(id: OperationId) {
  const { op } = operationObject(id);
  const key = Object.keys(op.responses).find((k) => /^2\d\d$/.test(k))!;
  return deref(doc, op.responses[key]).content["application/json"].schema;
}

/** The schema with every `required` list removed: a cut-off sample may lack later fields. */
function withoutRequired(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withoutRequired);
  if (!schema || typeof schema !== "object") return schema;
  return Object.fromEntries(Object.entries(schema).filter(([k]) => k !== "required").map(([k, v]) => [k, withoutRequired(v)]));
}

afterAll(() => {
  console.log(
    `docs samples: ${tally.complete} complete and ${tally.repaired} repaired samples validated, ${tally.skipped.length} skipped` +
      tally.skipped.map((s) => `\n  skipped ${s}`).join(""),
  );
});

describe("every JSON sample of the docs fits its operation's response schema", () => {
  test.each(withSamples.map((op) => [op.docSlug, op] as const))("%s", (_slug, op) => {
    const id = operationIdOf(op.docSlug) as OperationId;
    expect(operationIds, `${id} is not in the contract`).toContain(id);
    const schema = responseSchema(id);
    if (!op.sampleJsonNote) {
      const errors = validate(schema, JSON.parse(op.sampleJson!), { closed: true });
      expect(describeErrors(errors)).toEqual([]);
      tally.complete++;
      return;
    }
    let repaired: unknown;
    try {
      // A cut can leave a last key without its value; jsonrepair would invent `null` for it.
      const trimmed = op.sampleJson!.replace(/([{,]\s*)"[^"]*"?\s*:?\s*$/, "$1");
      repaired = JSON.parse(jsonrepair(trimmed));
    } catch (err) {
      tally.skipped.push(`${op.docSlug}: ${op.sampleJsonNote}; jsonrepair cannot rebuild it (${(err as Error).message})`);
      return;
    }
    const errors = validate(withoutRequired(inlineSchema(doc, schema)), repaired);
    expect(describeErrors(errors)).toEqual([]);
    tally.repaired++;
  });

  test("the check would notice a sample that breaks its schema", () => {
    const sample = JSON.parse(reference.find((o) => o.docSlug === "MadeWebcamBookingDetails")!.sampleJson!);
    const schema = responseSchema("madeWebcamBookingDetails");
    expect(validate(schema, { ...sample, CreateDate: "2018-01-01T11:00:00Z" })).not.toEqual([]);
    expect(validate(schema, { ...sample, IsMultiple: true }, { closed: true })).not.toEqual([]);
  });
});
