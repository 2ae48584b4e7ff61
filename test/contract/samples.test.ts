// The docs' own samples, checked against the bundled contract with ajv (JSON Schema 2020-12).
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { createSchemaValidator, describeErrors } from "../../scripts/lib/contract.mjs";
import { doc, operationObject } from "../support/contract.js";
import { deref } from "../../scripts/lib/operations.mjs";

const samples = JSON.parse(readFileSync(new URL("../fixtures/docs-samples.json", import.meta.url), "utf8"));
const validate = createSchemaValidator(doc);

function responseSchema(id: Parameters<typeof operationObject>[0]) {
  const { op } = operationObject(id);
  return deref(doc, op.responses["200"]).content["application/json"].schema;
}

describe("docs samples", () => {
  test("the complete Made Webcam Booking Details JSON sample fits its response schema exactly", () => {
    const sample = JSON.parse(samples.MadeWebcamBookingDetails.json);
    const schema = responseSchema("madeWebcamBookingDetails");
    expect(describeErrors(validate(schema, sample, { closed: true }))).toEqual([]);
    // and the contract would notice a sample that broke it
    expect(validate(schema, { ...sample, CreateDate: "2018-01-01T11:00:00Z" })).not.toEqual([]);
    expect(validate(schema, { ...sample, IsMultiple: true }, { closed: true })).not.toEqual([]);
  });
});
