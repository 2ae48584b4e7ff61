// Examples a UI can be built on: every JSON answer of a documented shape has one; the project's own
// values say so; the docs' samples are kept exactly; documented lists hold more than one item.
import { describe, expect, test } from "vitest";
import { collectMediaExamples } from "../../scripts/lib/contract.mjs";
import { deref, listOperations } from "../../scripts/lib/operations.mjs";
import { isUndocumentedSchema } from "../../scripts/lib/examples.mjs";
import { documentedItems } from "../../src/mock/contract.js";
import { inlineSchema } from "../../src/validate/schema.js";
import { doc } from "../support/contract.js";
import { reference, operationIdOf } from "../support/reference.js";

type Json = Record<string, any>;
const answers = listOperations(doc).flatMap(({ op }: Json) =>
  Object.entries(op.responses as Json)
    .filter(([status]) => /^2\d\d$/.test(status))
    .map(([status, ref]) => ({ id: op.operationId as string, status, media: (deref(doc, ref) as Json).content?.["application/json"] as Json | undefined }))
    .filter((a) => a.media?.schema),
);
const documented = answers.filter((a) => !isUndocumentedSchema(deref(doc, a.media!.schema)));

describe("response examples", () => {
  test("every JSON answer whose shape the docs give has an example", () => {
    const without = documented.filter(({ media }) => !("example" in media!) && !media!.examples).map((a) => `${a.id} ${a.status}`);
    expect(without).toEqual([]);
    expect(documented.length).toBeGreaterThan(60);
  });

  test("undocumented answers get no example: the mock does not make up a body the docs never showed", () => {
    const undocumented = answers.filter((a) => isUndocumentedSchema(deref(doc, a.media!.schema)));
    expect(undocumented.length).toBeGreaterThan(0);
    expect(undocumented.filter(({ media }) => "example" in media! || media!.examples).map((a) => a.id)).toEqual([]);
  });

  test("each example the project wrote is marked illustrative; the docs' samples carry no mark and are kept exactly", () => {
    const samples = collectMediaExamples(doc).filter((e: Json) => e.mediaType === "application/json" && e.status);
    const marked = samples.filter((e: Json) => e.where.endsWith("examples.illustrative"));
    expect(marked.length).toBeGreaterThan(50);
    for (const ex of collectMediaExamples(doc) as Json[]) {
      const name = ex.where.split("examples.")[1];
      if (!name) continue;
      const media = (deref(doc, listOperations(doc).find((o: Json) => o.op.operationId === ex.operationId)!.op.responses[ex.status ?? ""] ?? {}) as Json)?.content?.[ex.mediaType];
      const object = media ? (deref(doc, media.examples?.[name]) as Json) : undefined;
      if (name === "illustrative") expect(object?.["x-aw-example"], ex.where).toBe("illustrative");
      else if (object) expect(object["x-aw-example"], ex.where).toBeUndefined();
    }
    // The details page's sample, the one page read whole, is served as the docs published it.
    const details = reference.find((o) => operationIdOf(o.docSlug) === "madeWebcamBookingDetails")!;
    const served = samples.find((e: Json) => e.operationId === "madeWebcamBookingDetails" && e.mediaType === "application/json");
    expect(served?.value).toEqual(JSON.parse(details.sampleJson!));
  });

  test("every list in an illustrative example whose items the docs describe holds at least two; the others none", () => {
    const illustrative = collectMediaExamples(doc).filter((e: Json) => e.where.endsWith("examples.illustrative"));
    const wrong: string[] = [];
    let described = 0;
    const merged = (s: Json): Json => Object.assign({}, ...((s?.allOf as Json[] | undefined) ?? []).map(merged), s ?? {}, {
      properties: Object.assign({}, ...((s?.allOf as Json[] | undefined) ?? []).map((b) => merged(b).properties ?? {}), s?.properties ?? {}),
    });
    const walk = (value: unknown, schema: Json, at: string) => {
      const s = merged(schema);
      if (Array.isArray(value)) {
        const ok = documentedItems(s.items) ? value.length >= 2 : value.length === 0;
        if (documentedItems(s.items)) described++;
        if (!ok) wrong.push(`${at} (${value.length} items)`);
        value.forEach((v, i) => walk(v, s.items ?? {}, `${at}/${i}`));
      } else if (value && typeof value === "object") {
        for (const [k, v] of Object.entries(value)) walk(v, s.properties?.[k] ?? {}, `${at}/${k}`);
      }
    };
    for (const e of illustrative as Json[]) walk(e.value, inlineSchema(doc, e.schema) as Json, e.where);
    expect(wrong).toEqual([]);
    expect(described).toBeGreaterThan(0);
  });
});
