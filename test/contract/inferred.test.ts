// The contract requires only what each operation's own docs page shows; fields expected by analogy
// carry x-aw-inferred-required, which drift detection reports as its own kind of finding.
import { describe, expect, test } from "vitest";
import { createDriftChecker } from "adultwork-api-client/validate";
import { deref, inlineSchema } from "../../src/validate/schema.js";
import { inferredList } from "../../scripts/lib/docs-intro.mjs";
import { doc, operationObject } from "../support/contract.js";
import { reference, operationIdOf } from "../support/reference.js";
import type { OperationId } from "adultwork-api-client";

const checker = createDriftChecker(doc);
const details = JSON.parse(reference.find((o) => o.docSlug === "MadeWebcamBookingDetails")!.sampleJson!) as Record<string, unknown>;
const check = (operationId: string, body: unknown) =>
  checker.check({ operationId, status: 200, contentType: "application/json", body: JSON.stringify(body) }).map((f) => `${f.kind} ${f.pointer}`);

/** The names a response's JSON schema requires, through the inliner (allOf branches included). */
function requiredOf(id: OperationId): Set<string> {
  const { op } = operationObject(id);
  const response = deref(doc, op.responses["200"]) as { content: Record<string, { schema: unknown }> };
  const schema = inlineSchema(doc, response.content["application/json"]!.schema) as Record<string, unknown>;
  const out = new Set<string>();
  const walk = (n: unknown) => {
    if (!n || typeof n !== "object") return;
    const node = n as Record<string, unknown>;
    for (const r of (node.required as string[] | undefined) ?? []) out.add(r);
    for (const b of (node.allOf as unknown[] | undefined) ?? []) walk(b);
  };
  walk(schema);
  return out;
}

/** Every property name the docs page of an operation shows: its response table and its JSON sample. */
function shownOn(id: string): Set<string> {
  const op = reference.find((o) => operationIdOf(o.docSlug) === id)!;
  const names = new Set(op.responseFields);
  for (const m of (op.sampleJson ?? "").matchAll(/"(\w+)"\s*:/g)) names.add(m[1]!);
  return names;
}

describe("required follows the docs page of each operation", () => {
  test.each(["acceptReceivedWebcamBooking", "cancelMadeWebcamBooking", "cancelReceivedWebcamBooking", "confirmMadeWebcamBooking", "rejectReceivedWebcamBooking", "rescheduleMadeWebcamBooking", "madeWebcamBookingDetails", "madeWebcamBookings", "getBookings"] as const)(
    "%s requires only fields its page shows",
    (id) => {
      const required = requiredOf(id);
      expect(required.size).toBeGreaterThan(0);
      const shown = shownOn(id);
      expect([...required].filter((r) => !shown.has(r))).toEqual([]);
    },
  );

  test("the webcam booking's nineteen fields are inferred, and only the details page requires them all", () => {
    const booking = doc.components.schemas.WebcamBooking;
    expect(booking.required).toBeUndefined();
    expect(booking["x-aw-inferred-required"]).toHaveLength(19);
    expect(requiredOf("madeWebcamBookingDetails").size).toBe(19);
    expect(requiredOf("acceptReceivedWebcamBooking").size).toBe(4);
    expect(doc.components.schemas.PageEnvelope.required).toBeUndefined();
  });

  test("no length or range constraint is left in a response schema the docs do not state", () => {
    const text = JSON.stringify(doc.components.schemas.PageEnvelope) + JSON.stringify(doc.components.schemas.RatingCounts);
    expect(text).not.toMatch(/"(minimum|maximum|minLength|maxLength)"/);
  });
});

test("the reference docs' introduction lists every inferred field", () => {
  const intro = inferredList(doc);
  expect(intro).toContain("**WebcamBooking**: `WebcamBookingID`");
  expect(intro).toContain("**PageEnvelope**: `PageCount`, `PageNumber`.");
  expect(doc.info.description).toContain("<!-- generated: inferred -->");
});

describe("drift detection tells an inference from a documented requirement", () => {
  const { Performer: _p, AcceptBy: _a, ...partial } = details;

  test("an action answer without an inferred field is reported as missing-inferred", () => {
    expect(check("acceptReceivedWebcamBooking", partial)).toEqual(["missing-inferred /AcceptBy", "missing-inferred /Performer"]);
  });

  test("the same answer from the details operation, whose page shows every field, is missing-required", () => {
    expect(check("madeWebcamBookingDetails", partial)).toEqual(["missing-required /AcceptBy", "missing-required /Performer"]);
  });

  test("the docs' own sample meets both", () => {
    expect(check("madeWebcamBookingDetails", details)).toEqual([]);
    expect(check("acceptReceivedWebcamBooking", details)).toEqual([]);
  });
});
