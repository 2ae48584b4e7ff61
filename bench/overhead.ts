// Per-call overhead with `fetch` stubbed as openapi-fetch's own benchmark stubs it (a fixed JSON
// Response, resolved on the next tick), so only the client's own work is timed: this client with its
// default middleware and transport, bare openapi-fetch, axios (fetch adapter) and plain fetch, for a
// GET with query parameters and a POST with a JSON body. Every contender sends the same request
// (same URL, Accept and Authorization) and parses the same answer. Many short blocks, the contenders
// rotated inside each; each ratio is taken within a block, then its median and quartiles reported.
import { pathToFileURL } from "node:url";
import axios from "axios";
import createClient from "openapi-fetch";
import type { paths } from "../generated/schema.js";
import { loadClient } from "./compiled.js";
import { median, perBlock, rotatedBlocks, round, spread, timeSequential, type Spread } from "./stats.js";

const BASE_URL = "https://api-sandbox.adultwork.com";
const TOKEN = "bench-access-token-0123456789";
const HEADERS = { Accept: "application/json", Authorization: `Bearer ${TOKEN}` };
const GET_PATH = "/v1/Webcam/MadeBookings";
const GET_QUERY = { PageNumber: 2, BookingsPerPage: 25, OrderBy: "createddate-desc", StartDate: "2024-01-31" } as const;
const POST_PATH = "/v1/Webcam/DeleteMadeBookings";
const POST_BODY = { BookingIDs: "1,2,3" };

/** openapi-fetch's benchmark stub: a fixed JSON answer, on the next tick. */
const stubFetch = (_input?: unknown, _init?: unknown): Promise<Response> =>
  new Promise((resolve) => process.nextTick(() => resolve(Response.json({}, { status: 200 }))));

export const CONTENDERS = ["adultwork-api-client", "openapi-fetch", "axios (fetch adapter)", "fetch"] as const;
export type Contender = (typeof CONTENDERS)[number];
export const CASES = ["GET with query parameters", "POST with a JSON body"] as const;
export type Case = (typeof CASES)[number];
type Call = () => Promise<void>;

async function contenders(): Promise<Record<Case, Record<Contender, Call>>> {
  const { createAdultWorkClient } = await loadClient();
  const aw = createAdultWorkClient({ baseUrl: BASE_URL, accessToken: TOKEN, fetch: stubFetch });
  const bare = createClient<paths>({ baseUrl: BASE_URL, fetch: stubFetch, headers: HEADERS });
  const ax = axios.create({ baseURL: BASE_URL, adapter: "fetch", env: { fetch: stubFetch }, headers: HEADERS });
  const query = new URLSearchParams(Object.entries(GET_QUERY).map(([k, v]) => [k, String(v)])).toString();
  const ok = (yes: boolean) => {
    if (!yes) throw new Error("a benchmarked call did not succeed");
  };
  const plain = async (url: string, init: RequestInit) => {
    const res = await stubFetch(url, init);
    await res.json();
    ok(res.ok);
  };
  return {
    "GET with query parameters": {
      "adultwork-api-client": async () => ok((await aw.GET(GET_PATH, { params: { query: GET_QUERY } })).response.ok),
      "openapi-fetch": async () => ok((await bare.GET(GET_PATH, { params: { query: GET_QUERY } })).response.ok),
      "axios (fetch adapter)": async () => ok((await ax.get(GET_PATH, { params: GET_QUERY })).status === 200),
      fetch: () => plain(`${BASE_URL}${GET_PATH}?${query}`, { headers: HEADERS }),
    },
    "POST with a JSON body": {
      "adultwork-api-client": async () => ok((await aw.POST(POST_PATH, { body: POST_BODY })).response.ok),
      "openapi-fetch": async () => ok((await bare.POST(POST_PATH, { body: POST_BODY })).response.ok),
      "axios (fetch adapter)": async () => ok((await ax.post(POST_PATH, POST_BODY)).status === 200),
      fetch: () => plain(`${BASE_URL}${POST_PATH}`, { method: "POST", headers: { ...HEADERS, "Content-Type": "application/json" }, body: JSON.stringify(POST_BODY) }),
    },
  };
}

export interface OverheadRow {
  case: Case;
  contender: Contender;
  /** Median over the blocks. */
  opsPerSec: number;
  usPerCall: number;
  /** This contender's ops/s over bare openapi-fetch's in the same block: median and quartiles over the blocks. */
  vsOpenapiFetch: Spread;
}

export interface OverheadResult {
  callsPerBlock: number;
  blocks: number;
  rows: OverheadRow[];
}

export interface OverheadOptions {
  calls?: number;
  blocks?: number;
  warmup?: number;
}

export async function benchOverhead({ calls = 1_000, blocks = 30, warmup = 3_000 }: OverheadOptions = {}): Promise<OverheadResult> {
  const table = await contenders();
  const rows: OverheadRow[] = [];
  for (const c of CASES) {
    for (const k of CONTENDERS) await timeSequential(warmup, table[c][k]);
    const samples = await rotatedBlocks(CONTENDERS, blocks, async (k) => (calls * 1000) / (await timeSequential(calls, table[c][k])));
    for (const k of CONTENDERS) {
      const ops = median(samples[k]);
      rows.push({ case: c, contender: k, opsPerSec: round(ops), usPerCall: round(1e6 / ops, 1), vsOpenapiFetch: spread(perBlock(samples[k], samples["openapi-fetch"])) });
    }
  }
  return { callsPerBlock: calls, blocks, rows };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const res = await benchOverhead({ calls: Number(process.env.BENCH_CALLS ?? 1_000) });
  for (const r of res.rows) console.log(`${r.case.padEnd(28)} ${r.contender.padEnd(24)} ${String(r.opsPerSec).padStart(8)} ops/s  ${r.usPerCall} µs  ${r.vsOpenapiFetch.median.toFixed(2)}× (${r.vsOpenapiFetch.low.toFixed(2)}–${r.vsOpenapiFetch.high.toFixed(2)})`);
}
