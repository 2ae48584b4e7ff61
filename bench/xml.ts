// XML decode time against JSON.parse of the same payload (`npm run bench:xml`). Not a test: the numbers
// depend on the machine. Many short blocks, the decode, the parser alone and JSON.parse rotated inside
// each; the ratio is taken within a block. `benchXml()` returns them for a combined benchmark to call.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { SaxesParser } from "saxes";
import { SAXES_OPTIONS, decodeXml } from "../src/xml/decode.js";
import { ShapeCompiler } from "../src/xml/shape.js";
import { msPerCall, perBlock, rotatedBlocks, spread, type Spread } from "./stats.js";

type Json = Record<string, any>;

export interface XmlBenchRow {
  payload: string;
  xmlBytes: number;
  jsonBytes: number;
  /** Full decode: parse, schema mapping. Median over the blocks. */
  xmlOpsPerSec: number;
  /** The parser alone (saxes reading the document, nothing listening), to show where the time goes. */
  parserOpsPerSec: number;
  jsonOpsPerSec: number;
  /** How many times longer an XML decode takes than JSON.parse of the same value, block by block: median and quartiles. */
  ratio: Spread;
}

const doc: Json = JSON.parse(readFileSync(new URL("../generated/openapi.json", import.meta.url), "utf8"));
const compiler = new ShapeCompiler(doc);
const example = (name: string): unknown => doc.components.examples[name].value;

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

const CONTENDERS = ["xml", "parser", "json"] as const;

/** Measures every payload: `blocks` blocks, each running every contender for about `ms` milliseconds. */
export async function benchXml({ ms = 40, blocks = 20 }: { ms?: number; blocks?: number } = {}): Promise<XmlBenchRow[]> {
  const rows: XmlBenchRow[] = [];
  for (const { name, xml, json, schema, check } of payloads()) {
    const shape = compiler.compile(schema);
    if (!check(decodeXml(xml, shape))) throw new Error(`${name}: the XML did not decode as expected`);
    const run = { xml: () => decodeXml(xml, shape), parser: () => new SaxesParser(SAXES_OPTIONS).write(xml).close(), json: () => JSON.parse(json) };
    for (const k of CONTENDERS) msPerCall(run[k], ms, 3); // warm-up
    const t = await rotatedBlocks(CONTENDERS, blocks, (k) => msPerCall(run[k], ms, 2));
    const ops = (xs: number[]) => 1000 / spread(xs, 6).median;
    rows.push({
      payload: name,
      xmlBytes: Buffer.byteLength(xml),
      jsonBytes: Buffer.byteLength(json),
      xmlOpsPerSec: ops(t.xml),
      parserOpsPerSec: ops(t.parser),
      jsonOpsPerSec: ops(t.json),
      ratio: spread(perBlock(t.xml, t.json), 1),
    });
  }
  return rows;
}

/** The results as a Markdown table (the console and README's Performance section print the same). */
export function renderXmlTable(rows: readonly XmlBenchRow[]): string {
  const fmt = (n: number) => Math.round(n).toLocaleString("en-GB");
  return [
    "| Payload | XML bytes | JSON bytes | XML decode ops/s | parser alone ops/s | JSON.parse ops/s | XML / JSON time (quartiles) |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...rows.map((r) => `| ${r.payload} | ${fmt(r.xmlBytes)} | ${fmt(r.jsonBytes)} | ${fmt(r.xmlOpsPerSec)} | ${fmt(r.parserOpsPerSec)} | ${fmt(r.jsonOpsPerSec)} | ${r.ratio.median.toFixed(1)}× (${r.ratio.low.toFixed(1)}–${r.ratio.high.toFixed(1)}) |`),
    "",
    "Median of blocks in which the decode, the parser alone and JSON.parse each run for a few dozen milliseconds of the process's CPU time, rotated inside each block; the ratio is taken within a block.",
  ].join("\n");
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = await benchXml({ ms: Number(process.env.BENCH_MS ?? 40) });
  console.log(`XML decode vs JSON.parse of the same value (node ${process.version}, blocks of ${process.env.BENCH_MS ?? 40} ms per contender)\n`);
  console.log(renderXmlTable(rows));
}
