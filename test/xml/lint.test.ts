// `npm run lint` holds XML examples to their schemas by decoding them with the client's decoder.
import { describe, expect, test } from "vitest";
import { checkExamples } from "../../scripts/lint.mjs";
import { doc } from "../support/contract.js";

type Json = Record<string, any>;

/** A copy of the contract whose XML example of Made Webcam Booking Details is `edit`ed. */
function withXmlExample(edit: (xml: string) => string): Json {
  const copy = structuredClone(doc) as Json;
  const example = copy.components.examples.MadeWebcamBookingDetailsXml;
  example.value = edit(example.value);
  return copy;
}

describe("the example check decodes XML examples and validates them against their schema", () => {
  test("the contract's own examples pass, XML ones included", () => {
    const { checked, problems } = checkExamples(doc);
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(0);
  });

  test("an XML example whose value does not fit its type is reported with the element", () => {
    const { problems } = checkExamples(withXmlExample((xml) => xml.replace("<Credits>10.0000</Credits>", "<Credits>ten</Credits>")));
    expect(problems.join("\n")).toMatch(/madeWebcamBookingDetails response 200 application\/xml .*\/WebcamBooking\/Credits: expected a number/);
  });

  test("an XML example that decodes but breaks a schema rule (a pattern) is reported", () => {
    const { problems } = checkExamples(withXmlExample((xml) => xml.replace("<CreateDate>2018-01-01T11:00</CreateDate>", "<CreateDate>yesterday</CreateDate>")));
    expect(problems.join("\n")).toMatch(/decoded, it does not fit the schema: \/CreateDate must match pattern/);
  });

  test("an XML example with an element the closed schema does not list is reported", () => {
    const { problems } = checkExamples(withXmlExample((xml) => xml.replace("<Duration>10</Duration>", "<Duration>10</Duration><Minutes>10</Minutes>")));
    expect(problems.join("\n")).toMatch(/must NOT have unevaluated properties: Minutes/);
  });

  test("a malformed XML example is reported", () => {
    const { problems } = checkExamples(withXmlExample((xml) => xml.replace("</WebcamBooking>", "")));
    expect(problems.join("\n")).toMatch(/not well-formed/);
  });
});
