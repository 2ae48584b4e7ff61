// The cost of response validation per call: the same calls with no validation middleware, with
// validateResponses "off" and with "warn", fetch stubbed so only the client's own work is timed. Many
// short blocks, the three rotated inside each; "warn" against "off" is taken within a block.
// `npm run bench:validate` prints the table; `benchValidate()` returns the numbers.
import { pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";
import contract from "../generated/openapi.json" with { type: "json" };
import { createAdultWorkClient } from "../src/index.js";
import { createDriftChecker, responseValidation } from "../src/validate/index.js";
import { cpuMs, median, perBlock, rotatedBlocks, spread, type Spread } from "./stats.js";

type Doc = Record<string, any>;
const doc = contract as unknown as Doc;
const booking = doc.components.examples.MadeWebcamBookingDetailsJson.value as Record<string, unknown>;

/** The answers timed: a documented booking, a list of delete results, and a page with a property the contract lacks. */
const CASES = [
  { name: "booking (1 object, clean)", path: "/v1/Webcam/MadeBookingDetails", method: "GET", body: booking },
  {
    name: "delete results (100 items, clean)",
    path: "/v1/Webcam/DeleteMadeBookings",
    method: "POST",
    body: Array.from({ length: 100 }, (_, i) => ({ BookingID: i + 1, Deleted: i % 3 !== 0, Message: i % 3 ? null : "Not complete" })),
  },
  {
    name: "page with 50 unlisted bookings (1 finding)",
    path: "/v1/Webcam/MadeBookings",
    method: "GET",
    body: { PageCount: 1, PageNumber: 1, Bookings: Array.from({ length: 50 }, () => booking) },
  },
] as const;

const MODES = ["none", "off", "warn"] as const;
type Mode = (typeof MODES)[number];

export interface ValidateBenchRow {
  case: string;
  /** Mean microseconds per call, median of the blocks. */
  none: number;
  off: number;
  warn: number;
  /** warn − off, in microseconds per call. */
  warnOverheadUs: number;
  /** warn / off − 1 in percent, block by block: median and quartiles. */
  warnOverheadPct: Spread;
}

export interface ValidateBenchResult {
  /** Calls per mode per block. */
  calls: number;
  blocks: number;
  rows: ValidateBenchRow[];
  /** Milliseconds for one operation's first check, which compiles its schema. */
  firstCheckMs: number;
}

function client(mode: Mode, body: unknown) {
  const text = JSON.stringify(body);
  const fetch = async () => new Response(text, { status: 200, headers: { "Content-Type": "application/json" } });
  const aw = createAdultWorkClient({ baseUrl: "http://127.0.0.1:9", accessToken: "bench-access-token", fetch });
  if (mode !== "none") aw.use(responseValidation({ validateResponses: mode, onFinding: () => {} }));
  return aw as unknown as Record<string, (path: string, init: object) => Promise<{ response: Response }>>;
}

/** A client per mode; returns CPU microseconds per call over `calls` calls (see cpuMs). */
function timer(mode: Mode, c: (typeof CASES)[number]): (calls: number) => Promise<number> {
  const aw = client(mode, c.body);
  const init = c.method === "POST" ? { body: { BookingIDs: "1,2" } } : { params: { query: { BookingID: 1 } } };
  const send = aw[c.method]!;
  return async (calls) => {
    const start = cpuMs();
    for (let i = 0; i < calls; i++) await send(c.path, init);
    return ((cpuMs() - start) * 1000) / calls;
  };
}

export async function benchValidate({ calls = 1_000, blocks = 40 } = {}): Promise<ValidateBenchResult> {
  const rows: ValidateBenchRow[] = [];
  for (const c of CASES) {
    const timers = { none: timer("none", c), off: timer("off", c), warn: timer("warn", c) };
    for (const mode of MODES) await timers[mode](Math.min(50, calls)); // warm up (and compile)
    const t = await rotatedBlocks(MODES, blocks, (mode) => timers[mode](calls));
    const [none, off, warn] = MODES.map((m) => median(t[m])) as [number, number, number];
    const pct = perBlock(t.warn, t.off).map((r) => (r - 1) * 100);
    rows.push({ case: c.name, none, off, warn, warnOverheadUs: warn - off, warnOverheadPct: spread(pct, 1) });
  }
  const checker = createDriftChecker(doc);
  const start = performance.now();
  checker.check({ operationId: "madeWebcamBookingDetails", status: 200, contentType: "application/json", body: JSON.stringify(booking) });
  const firstCheckMs = performance.now() - start;
  return { calls, blocks, rows, firstCheckMs };
}

export function renderTable(result: ValidateBenchResult): string {
  const f = (n: number) => n.toFixed(1);
  const pct = (n: number) => `${n >= 0 ? "+" : ""}${n.toFixed(0)}%`;
  const lines = [
    `| Answer | no middleware (µs/call) | "off" (µs/call) | "warn" (µs/call) | "warn" − "off" (µs/call) | "warn" vs "off" |`,
    "| --- | ---: | ---: | ---: | ---: | ---: |",
    ...result.rows.map((r) => `| ${r.case} | ${f(r.none)} | ${f(r.off)} | ${f(r.warn)} | ${f(r.warnOverheadUs)} | ${pct(r.warnOverheadPct.median)} (${pct(r.warnOverheadPct.low)} to ${pct(r.warnOverheadPct.high)}) |`),
  ];
  return `${lines.join("\n")}\n\nMedian (and quartiles) of ${result.blocks} blocks of ${result.calls} sequential calls per mode, the modes rotated inside each block, in CPU time of the process, fetch stubbed.\nFirst check of an operation, compiling its schema: ${result.firstCheckMs.toFixed(1)} ms.`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const calls = Number(process.env.BENCH_CALLS ?? 1_000);
  console.log(renderTable(await benchValidate({ calls })));
}
