// The drift checker on contracts shaped like the ones the API's docs produce: status ranges, open
// bodies, alternatives, recursion and a schema that does not compile.
import { describe, expect, test } from "vitest";
import { createDriftChecker } from "adultwork-api-client/validate";

const json = (schema: unknown) => ({ description: "x", content: { "application/json": { schema } } });
const contract = {
  openapi: "3.1.0",
  paths: {
    "/v1/Thing": {
      get: {
        operationId: "getThing",
        "x-aw-docs": "partial",
        responses: {
          "200": json({ $ref: "#/components/schemas/Thing" }),
          "4XX": json({ title: "UndocumentedBody" }),
          default: { description: "anything else, no body" },
        },
      },
      post: {
        operationId: "postThing",
        responses: { "200": { description: "x", content: { "application/*": { schema: { type: "object", properties: { Id: { type: "integer" } } } } } } },
      },
      put: { operationId: "putThing", responses: { "200": json({ type: "string", pattern: "(?<" }) } },
    },
  },
  components: {
    schemas: {
      Thing: {
        title: "Thing",
        type: "object",
        required: ["Id"],
        properties: {
          Id: { type: "integer" },
          When: { anyOf: [{ $ref: "#/components/schemas/AwDateTime" }, { type: "null" }] },
          Result: { oneOf: [{ $ref: "#/components/schemas/Leaf" }, { type: "array", items: { $ref: "#/components/schemas/Leaf" } }] },
          Parent: { $ref: "#/components/schemas/Thing" },
          History: { type: "array", items: { anyOf: [{ $ref: "#/components/schemas/AwDateTime" }, { type: "null" }] } },
        },
      },
      Leaf: { title: "Leaf", type: "object", required: ["Ok"], properties: { Ok: { type: "boolean" }, Note: { type: ["string", "null"] } } },
      AwDateTime: { title: "AwDateTime", type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}$" },
    },
  },
};

const check = (operationId: string, status: number, body: unknown, contentType = "application/json") =>
  createDriftChecker(contract).check({ operationId, status, contentType, body: typeof body === "string" ? body : JSON.stringify(body) });
const brief = (fs: ReturnType<typeof check>) => fs.map((f) => `${f.kind} ${f.pointer || "(body)"}: ${f.expected} / ${f.observed} ×${f.count}`).sort();

describe("drift checker", () => {
  test("a status falls under its exact code, then its range, then default", () => {
    expect(check("getThing", 404, { Anything: "goes" })).toEqual([]);
    expect(brief(check("getThing", 500, ""))).toEqual([]);
    expect(brief(check("getThing", 500, { a: 1 }))).toEqual(["undeclared-content-type (body): no body / application/json ×1"]);
  });

  test("a content type matches a declared wildcard", () => {
    expect(check("postThing", 200, { Id: 1 }, "application/vnd.aw+json; charset=utf-8")).toEqual([]);
    expect(brief(check("postThing", 200, { Id: 1, New: true }, "application/problem+json"))).toEqual(["unknown-property /New: not listed / boolean ×1"]);
  });

  test("an empty or unparseable body where an object is promised is a finding", () => {
    expect(brief(check("getThing", 200, ""))).toEqual(["type-mismatch (body): object / empty body ×1"]);
    expect(brief(check("getThing", 200, "{not json"))).toEqual(["invalid-json (body): object / a body that does not parse as JSON ×1"]);
  });

  test("alternatives report the branch that fits the value's type, not every branch", () => {
    const findings = check("getThing", 200, { Id: 1, When: "01/02/2031", Result: [{ Ok: "yes" }, { Ok: true, Extra: 1 }] });
    expect(brief(findings)).toEqual([
      "date-format /When: AwDateTime (^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}$) / 99/99/9999 ×1",
      "type-mismatch /Result/*/Ok: boolean / string ×1",
      "unknown-property /Result/*/Extra: not listed / integer ×1",
    ].sort());
    expect(brief(check("getThing", 200, { Id: 1, When: 5, Result: "no" }))).toEqual([
      "type-mismatch /Result: object | array / string ×1",
      "type-mismatch /When: AwDateTime | null / integer ×1",
    ]);
  });

  test("alternatives inside array items are judged item by item, and counted together", () => {
    expect(brief(check("getThing", 200, { Id: 1, History: ["2031-01-02T03:04", "2031-01-02 03:04", null, "2031-01-02 03:05", 7] }))).toEqual([
      "date-format /History/*: AwDateTime (^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}$) / 9999-99-99 99:99 ×2",
      "type-mismatch /History/*: AwDateTime | null / integer ×1",
    ]);
  });

  test("a property listed by a branch that failed is not called unknown", () => {
    expect(brief(check("getThing", 200, { Id: 1, Result: { Ok: 1, Note: "x" } }))).toEqual(["type-mismatch /Result/Ok: boolean / integer ×1"]);
  });

  test("a recursive schema is followed once, then left open", () => {
    expect(brief(check("getThing", 200, { Id: 1, Parent: { Id: "x", Surprise: 1, Parent: { Anything: 1 } } }))).toEqual([
      "type-mismatch /Parent/Id: integer / string ×1",
      "unknown-property /Parent/Surprise: not listed / integer ×1",
    ]);
  });

  test("a schema that does not compile is reported once, then skipped", () => {
    const checker = createDriftChecker(contract);
    const input = { operationId: "putThing", status: 200, contentType: "application/json", body: '"x"' };
    expect(() => checker.check(input)).toThrow(/putThing 200 application\/json does not compile/);
    expect(checker.check(input)).toEqual([]);
  });

  test("an operation the contract does not have gives no finding", () => {
    expect(check("noSuchOperation", 200, {})).toEqual([]);
  });
});

describe("drift checker constraints", () => {
  const doc = {
    openapi: "3.1.0",
    paths: {
      "/v1/C": {
        get: {
          operationId: "getC",
          responses: {
            "200": json({
              type: "object",
              properties: {
                Page: { type: "integer", minimum: 1 },
                Ids: { type: "string", pattern: "^\\d+(,\\d+)*$" },
                Either: { oneOf: [{ type: "integer" }, { type: "number" }] },
              },
            }),
          },
        },
      },
    },
  };
  test("other constraints name their keyword and the schema's argument, never the value", () => {
    const findings = createDriftChecker(doc).check({ operationId: "getC", status: 200, contentType: "application/json", body: JSON.stringify({ Page: 0, Ids: "1, 2", Either: 3 }) });
    expect(brief(findings)).toEqual([
      "constraint /Either: exactly one of the oneOf alternatives / integer matching several ×1",
      "constraint /Ids: pattern ^\\d+(,\\d+)*$ / string not matching ×1",
      "constraint /Page: minimum 1 / integer outside minimum ×1",
    ]);
  });
});
