// XML decode throughput against JSON.parse of the same payload (`npm run bench:xml`). Not a test:
// the numbers depend on the machine. `benchXml()` returns them for a combined benchmark to call.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { decodeXml, readTree } from "../src/xml/decode.js";
import { ShapeCompiler } from "../src/xml/shape.js";

type Json = Record<string, any>;

export interface XmlBenchRow {
  payload: string;
  xmlBytes: number;
  jsonBytes: number;
  /** Full decode: well-formedness check, parse, schema mapping. */
  xmlOpsPerSec: number;
  /** The parser alone (saxes reading the document into the decoder's tree, no schema mapping), to show where the time goes. */
  parserOpsPerSec: number;
  jsonOpsPerSec: number;
  /** How many times longer an XML decode takes than JSON.parse of the same value. */
  ratio: number;
}

const doc: Json = JSON.parse(readFileSync(new URL("../generated/openapi.json", import.meta.url), "utf8"));
const compiler = new ShapeCompiler(doc);
const example = (name: string): unknown => doc.components.examples[name].value;

/** Runs `fn` repeatedly for about `ms` milliseconds (after a warm-up) and returns calls per second. */
function opsPerSec(fn: () => unknown, ms: number): number {
  for (let i = 0; i < 50; i++) fn();
  let calls = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let i = 0; i < 20; i++) fn();
    calls += 20;
    elapsed = performance.now() - start;
  }
  return (calls * 1000) / elapsed;
}

function payloads(): { name: string; xml: string; json: string; schema: unknown; check(v: unknown): boolean }[] {
  const xml = example("MadeWebcamBookingDetailsXml") as string;
  const json = example("MadeWebcamBookingDetailsJson");
  const inner = xml.slice(xml.indexOf(">") + 1, xml.lastIndexOf("</WebcamBooking>"));
  const list = (n: number) => ({
    name: `${n} webcam bookings`,
    xml: `<ArrayOfWebcamBooking xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://schemas.datacontract.org/2004/07/API.Models.Webcam.Made">${`<WebcamBooking>${inner}</WebcamBooking>`.repeat(n)}</ArrayOfWebcamBooking>`,
    json: JSON.stringify(Array.from({ length: n }, () => json), null, 4),
    schema: { type: "array", items: { $ref: "#/components/schemas/WebcamBooking" } },
    check: (v: unknown) => Array.isArray(v) && v.length === n,
  });
  return [
    {
      name: "1 webcam booking (the docs' sample)",
      xml,
      json: JSON.stringify(json, null, 4),
      schema: { $ref: "#/components/schemas/WebcamBooking" },
      check: (v: unknown) => (v as Json).Credits === 10,
    },
    list(100),
    list(1000),
  ];
}

/** Measures every payload; about 3 × `durationMs` each. */
export function benchXml({ durationMs = 1000 }: { durationMs?: number } = {}): XmlBenchRow[] {
  return payloads().map(({ name, xml, json, schema, check }) => {
    const shape = compiler.compile(schema);
    if (!check(decodeXml(xml, shape))) throw new Error(`${name}: the XML did not decode as expected`);
    const xmlOpsPerSec = opsPerSec(() => decodeXml(xml, shape), durationMs);
    const parserOpsPerSec = opsPerSec(() => readTree(xml), durationMs);
    const jsonOpsPerSec = opsPerSec(() => JSON.parse(json), durationMs);
    return {
      payload: name,
      xmlBytes: Buffer.byteLength(xml),
      jsonBytes: Buffer.byteLength(json),
      xmlOpsPerSec,
      parserOpsPerSec,
      jsonOpsPerSec,
      ratio: jsonOpsPerSec / xmlOpsPerSec,
    };
  });
}

/** The results as a Markdown table (the console and README's Performance section print the same). */
export function renderXmlTable(rows: readonly XmlBenchRow[]): string {
  const fmt = (n: number) => Math.round(n).toLocaleString("en-GB");
  return [
    "| Payload | XML bytes | JSON bytes | XML decode ops/s | parser alone ops/s | JSON.parse ops/s | XML / JSON time |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...rows.map((r) => `| ${r.payload} | ${fmt(r.xmlBytes)} | ${fmt(r.jsonBytes)} | ${fmt(r.xmlOpsPerSec)} | ${fmt(r.parserOpsPerSec)} | ${fmt(r.jsonOpsPerSec)} | ${r.ratio.toFixed(1)}× |`),
  ].join("\n");
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = benchXml({ durationMs: Number(process.env.BENCH_MS ?? 1000) });
  console.log(`XML decode vs JSON.parse of the same value (node ${process.version}, ${process.env.BENCH_MS ?? 1000} ms per measurement)\n`);
  console.log(renderXmlTable(rows));
}
