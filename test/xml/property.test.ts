// Property: for every response schema of the contract, any value the schema allows, written as a
// .NET DataContract server writes it (alphabetical elements, ArrayOf… lists, i:nil for null, either
// XML name the contract records), decodes back to that value. The schemas come from
// generated/openapi.json, so operations added to the spec are covered without a new test.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { createSchemaValidator, describeErrors } from "../../scripts/lib/contract.mjs";
import { deref, listOperations } from "../../scripts/lib/operations.mjs";
import { decodeXml } from "../../src/xml/decode.js";
import { ShapeCompiler } from "../../src/xml/shape.js";
import { sampleArbitrary, toDocument } from "../support/datacontract.js";
import { doc } from "../support/contract.js";

type Json = Record<string, any>;

/** Every distinct schema an answer of the contract can have, with where it was first seen. */
function responseSchemas(): { where: string; schema: unknown }[] {
  const seen = new Map<string, { where: string; schema: unknown }>();
  for (const { op } of listOperations(doc) as { op: Json }[]) {
    for (const [status, ref] of Object.entries(op.responses ?? {})) {
      for (const [type, media] of Object.entries((deref(doc, ref)?.content ?? {}) as Record<string, Json>)) {
        const key = JSON.stringify(media.schema ?? null);
        if (!seen.has(key)) seen.set(key, { where: `${op.operationId} ${status} ${type}`, schema: media.schema });
      }
    }
  }
  return [...seen.values()];
}

const schemas = responseSchemas();
const shapes = new ShapeCompiler(doc);
const validate = createSchemaValidator(doc);

describe("DataContract XML of every response schema decodes back to the value it was written from", () => {
  test("the contract has response schemas to check, typed and undocumented ones", () => {
    expect(schemas.length).toBeGreaterThan(3);
    expect(schemas.some((s) => s.where.startsWith("madeWebcamBookingDetails 200"))).toBe(true);
  });

  test.each(schemas.map((s) => [s.where, s.schema] as const))("%s", (_where, schema) => {
    const shape = shapes.compile(schema);
    fc.assert(
      fc.property(sampleArbitrary(doc, schema), fc.boolean(), (sample, pretty) => {
        // The generator itself must stay within the schema, or the property would prove nothing.
        expect(describeErrors(validate(schema ?? {}, sample.value))).toEqual([]);
        const { xml, expected } = toDocument(sample, pretty);
        // Keys as sent: an element written under its recorded XML name keeps that name...
        expect(decodeXml(xml, shape)).toEqual(expected);
        // ...and with names: "schema" the value is exactly the JSON value it was written from.
        expect(decodeXml(xml, shape, { names: "schema" })).toEqual(sample.value);
      }),
      { numRuns: 60 },
    );
  });
});
