// `npm run bench`: every benchmark of the project, one table each, on a described machine. Writes
// bench/results.json and README's Performance section from it. `-- --smoke` runs each once with
// tiny inputs and writes nothing (it proves the benchmarks work, not how fast anything is);
// `-- --only=overhead,size` runs a subset, also without writing, unless `--record` is given too: then
// the subset's figures replace its own sections of bench/results.json (each section says its date).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT } from "./compiled.js";
import { describeMachine, machineLine } from "./machine.js";
import { benchOverhead } from "./overhead.js";
import { benchPipeline } from "./pipeline.js";
import { readmeWithPerformance, renderOverhead, renderPipeline, renderSize, renderSocket, renderStores, renderTargets, renderTypecheck, type Results } from "./report.js";
import { benchSize } from "./size.js";
import { benchSocket } from "./socket.js";
import { benchStores } from "./stores.js";
import { benchTypecheck } from "./typecheck.js";
import { benchValidate, renderTable as renderValidate } from "./validate.js";
import { benchXml } from "./xml.js";

export const BENCHMARKS = ["overhead", "socket", "size", "typecheck", "pipeline", "xml", "validate", "stores"] as const;
export type Benchmark = (typeof BENCHMARKS)[number];

export const RESULTS_FILE = join(ROOT, "bench", "results.json");
export const COMMAND = "npm run bench";

function renderXml(rows: NonNullable<Results["xml"]>): string {
  const f = (n: number) => Math.round(n).toLocaleString("en-GB");
  return [
    "| Payload | XML bytes | JSON bytes | XML decode ops/s | JSON.parse ops/s | XML / JSON time |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
    ...rows.map((r) => `| ${r.payload} | ${f(r.xmlBytes)} | ${f(r.jsonBytes)} | ${f(r.xmlOpsPerSec)} | ${f(r.jsonOpsPerSec)} | ${r.ratio.toFixed(1)}× |`),
  ].join("\n");
}

export interface RunOptions {
  smoke?: boolean;
  /** With `only`: write the subset's sections into the recorded results. */
  record?: boolean;
  only?: readonly Benchmark[];
  /** Receives each table as its benchmark finishes. */
  print?: (text: string) => void;
}

export async function runBench({ smoke = false, only = BENCHMARKS, print = () => undefined }: RunOptions = {}): Promise<Results> {
  const results: Results = { command: COMMAND, date: new Date().toISOString().slice(0, 10), machine: describeMachine() };
  print(`Machine: ${machineLine(results.machine)}${smoke ? " (smoke run: one small iteration each, figures mean nothing)" : ""}`);
  const want = new Set(only);
  const section = (title: string, body: string) => print(`\n## ${title}\n\n${body}`);
  if (want.has("overhead")) {
    results.overhead = await benchOverhead(smoke ? { calls: 1, rounds: 1, warmup: 0 } : {});
    section("Per-call overhead, fetch stubbed", renderOverhead(results.overhead));
  }
  if (want.has("socket")) {
    results.socket = await benchSocket(smoke ? { requests: 20, rounds: 1, warmup: 0 } : {});
    section("Over a socket", renderSocket(results.socket));
  }
  if (want.has("size")) {
    results.size = await benchSize();
    section("Bundle size", renderSize(results.size));
  }
  if (want.has("typecheck")) {
    results.typecheck = await benchTypecheck(smoke ? { runs: 1 } : {});
    section("Type-checking a consumer", renderTypecheck(results.typecheck));
  }
  if (want.has("pipeline")) {
    results.pipeline = benchPipeline(smoke ? { runs: 1 } : {});
    section("Pipeline from a clean state", renderPipeline(results.pipeline));
  }
  if (want.has("xml")) {
    results.xml = benchXml(smoke ? { durationMs: 1 } : {});
    section("XML decode against JSON.parse (npm run bench:xml)", renderXml(results.xml));
  }
  if (want.has("validate")) {
    results.validate = await benchValidate(smoke ? { calls: 1, rounds: 1 } : {});
    section("Response validation per call (npm run bench:validate)", renderValidate(results.validate));
  }
  if (want.has("stores")) {
    results.stores = { date: results.date, ...(await benchStores(smoke ? { calls: 4, refreshes: 2, blocks: 1 } : {})) };
    section("Token stores and the response cache (npm run bench -- --only=stores)", renderStores(results.stores));
  }
  section("Targets", renderTargets(results));
  return results;
}

function parseArgs(argv: string[]): RunOptions {
  const options: { smoke?: boolean; only?: Benchmark[]; record?: boolean } = {};
  for (const arg of argv) {
    if (arg === "--smoke") options.smoke = true;
    else if (arg === "--record") options.record = true;
    else if (arg.startsWith("--only=")) {
      const names = arg.slice("--only=".length).split(",").filter(Boolean);
      const unknown = names.filter((n) => !(BENCHMARKS as readonly string[]).includes(n));
      if (unknown.length) throw new Error(`Unknown benchmark ${unknown.join(", ")}; known: ${BENCHMARKS.join(", ")}`);
      options.only = names as Benchmark[];
    } else throw new Error(`Unknown option ${arg}; use --smoke, --only=${BENCHMARKS.join(",")} and --record`);
  }
  if (options.record && (options.smoke || !options.only)) throw new Error("--record goes with --only (a full run records everything anyway) and never with --smoke");
  return options;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const options = parseArgs(process.argv.slice(2));
  const results = await runBench({ ...options, print: (text) => console.log(text) });
  // Only a full run speaks for the project: a smoke run or a subset leaves the recorded figures alone.
  const recorded = options.record ? { ...(JSON.parse(readFileSync(RESULTS_FILE, "utf8")) as Results), ...Object.fromEntries(options.only!.map((name) => [name, results[name]])) } : undefined;
  if ((!options.smoke && !options.only) || recorded) {
    const written = recorded ?? results;
    writeFileSync(RESULTS_FILE, `${JSON.stringify(written, null, 2)}\n`);
    const readmePath = join(ROOT, "CONTRIBUTING.md");
    writeFileSync(readmePath, readmeWithPerformance(readFileSync(readmePath, "utf8"), written));
    console.log(`\nWrote ${RESULTS_FILE} and CONTRIBUTING.md's benchmark section.`);
  }
}
