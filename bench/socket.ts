// Over a real socket: a node:http server on 127.0.0.1 in a separate process, GETs one at a time and
// 50 at a time, in short blocks with the contenders rotated inside each, this client against plain fetch. All use the platform's fetch on
// undici's global dispatcher (the same keep-alive pool), send the same request and parse the answer.
// Two more contenders show where the difference comes from: plain fetch given a timeout signal (what
// any call that can time out pays), and bare openapi-fetch (the layer this client is built on).
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath, pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";
import contract from "../generated/openapi.json" with { type: "json" };
import type { paths } from "../generated/schema.js";
import { loadClient } from "./compiled.js";
import { median, perBlock, percentile, rotatedBlocks, round, spread, type Spread } from "./stats.js";

const PATH = "/v1/Webcam/MadeBookingDetails";
const TOKEN = "bench-access-token-0123456789";
const ANSWER = JSON.stringify((contract as { components: { examples: Record<string, { value: unknown }> } }).components.examples.MadeWebcamBookingDetailsJson!.value);

export const SOCKET_CONTENDERS = ["adultwork-api-client", "openapi-fetch", "fetch with a timeout signal", "fetch"] as const;
export type SocketContender = (typeof SOCKET_CONTENDERS)[number];
export const MODES = ["sequential", "concurrency 50"] as const;
export type Mode = (typeof MODES)[number];

async function startServer(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [fileURLToPath(new URL("./socket-server.mjs", import.meta.url)), ANSWER], { stdio: ["pipe", "pipe", "inherit"] });
  const [chunk] = (await once(child.stdout!, "data")) as [Buffer];
  return { child, url: `http://127.0.0.1:${Number(chunk.toString().trim())}` };
}

/** Sends `total` requests, `concurrency` at a time; returns the wall time and every latency (ms). */
async function load(total: number, concurrency: number, send: (i: number) => Promise<void>): Promise<{ ms: number; latencies: number[] }> {
  const latencies = new Array<number>(total);
  let next = 0;
  const worker = async () => {
    while (next < total) {
      const i = next++;
      const start = performance.now();
      await send(i);
      latencies[i] = performance.now() - start;
    }
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { ms: performance.now() - start, latencies };
}

export interface SocketRow {
  mode: Mode;
  contender: SocketContender;
  /** Requests per second, median over the blocks. */
  requestsPerSec: number;
  /** Latency percentiles in milliseconds, each the median over the blocks. */
  p50Ms: number;
  p99Ms: number;
  /** Throughput over plain fetch's in the same block: median and quartiles over the blocks. */
  throughputVsFetch: Spread;
  /** p99 over plain fetch's p99 in the same block. */
  p99VsFetch: Spread;
}

export interface SocketResult {
  /** Requests per contender per block. */
  requests: number;
  concurrency: number;
  blocks: number;
  answerBytes: number;
  rows: SocketRow[];
}

export interface SocketOptions {
  requests?: number;
  concurrency?: number;
  blocks?: number;
  warmup?: number;
}

export async function benchSocket({ requests = 1_000, concurrency = 50, blocks = 12, warmup = 1_000 }: SocketOptions = {}): Promise<SocketResult> {
  const { createAdultWorkClient, unwrap } = await loadClient();
  const { default: createClient } = await import("openapi-fetch");
  const { child, url } = await startServer();
  try {
    const aw = createAdultWorkClient({ baseUrl: url, accessToken: TOKEN });
    const headers = { Accept: "application/json", Authorization: `Bearer ${TOKEN}` };
    const bare = createClient<paths>({ baseUrl: url, headers });
    const plain = async (i: number, signal?: AbortSignal) => {
      const res = await fetch(`${url}${PATH}?BookingID=${i + 1}`, { headers, signal });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      await res.json();
    };
    const senders: Record<SocketContender, (i: number) => Promise<void>> = {
      "adultwork-api-client": async (i) => {
        await unwrap(aw.GET(PATH, { params: { query: { BookingID: i + 1 } } }));
      },
      "openapi-fetch": async (i) => {
        await unwrap(bare.GET(PATH, { params: { query: { BookingID: i + 1 } } }));
      },
      // The client's default per-attempt limit.
      "fetch with a timeout signal": (i) => plain(i, AbortSignal.timeout(10_000)),
      fetch: (i) => plain(i),
    };
    const rows: SocketRow[] = [];
    for (const mode of MODES) {
      const parallel = mode === "sequential" ? 1 : concurrency;
      for (const k of SOCKET_CONTENDERS) await load(warmup, parallel, senders[k]);
      const p50: Record<SocketContender, number[]> = { "adultwork-api-client": [], "openapi-fetch": [], "fetch with a timeout signal": [], fetch: [] };
      const p99: Record<SocketContender, number[]> = { "adultwork-api-client": [], "openapi-fetch": [], "fetch with a timeout signal": [], fetch: [] };
      const rps = await rotatedBlocks(SOCKET_CONTENDERS, blocks, async (k) => {
        const { ms, latencies } = await load(requests, parallel, senders[k]);
        p50[k].push(percentile(latencies, 50));
        p99[k].push(percentile(latencies, 99));
        return (requests * 1000) / ms;
      });
      // p50 and p99 were pushed in block order too, so they line up block by block with fetch's.
      for (const k of SOCKET_CONTENDERS) {
        rows.push({
          mode,
          contender: k,
          requestsPerSec: round(median(rps[k])),
          p50Ms: round(median(p50[k]), 3),
          p99Ms: round(median(p99[k]), 3),
          throughputVsFetch: spread(perBlock(rps[k], rps.fetch)),
          p99VsFetch: spread(perBlock(p99[k], p99.fetch)),
        });
      }
    }
    return { requests, concurrency, blocks, answerBytes: Buffer.byteLength(ANSWER), rows };
  } finally {
    child.stdin!.end();
    await once(child, "exit");
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const res = await benchSocket({ requests: Number(process.env.BENCH_REQUESTS ?? 1_000), blocks: Number(process.env.BENCH_BLOCKS ?? 12) });
  console.table(res.rows);
}
