// `npm run bench`: every benchmark of the project, one table each, on a described machine, and the
// benchmarks whose figures depend on Node (per call, socket, XML, validation) again on Node 24
// (`npx -y -p node@24`), in the same run. Writes bench/results.json and README's Performance section
// from it (in CONTRIBUTING.md). `-- --smoke` runs each once with tiny inputs and writes nothing (it proves the benchmarks
// work, not how fast anything is); `-- --only=overhead,size` runs a subset, also without writing
// (add `--node24` to run that subset on Node 24 as well), unless `--record` is given too: then the
// subset's figures replace its own sections of bench/results.json (each section says its date).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT } from "./compiled.js";
import { describeMachine, machineLine } from "./machine.js";
import { benchOverhead } from "./overhead.js";
import { benchPipeline } from "./pipeline.js";
import { readmeWithPerformance, renderOverhead, renderPipeline, renderSize, renderSocket, renderStores, renderTargets, renderTypecheck, type Results, type TimedResults } from "./report.js";
import { benchSize } from "./size.js";
import { benchSocket } from "./socket.js";
import { benchStores } from "./stores.js";
import { benchTypecheck } from "./typecheck.js";
import { benchValidate, renderTable as renderValidate } from "./validate.js";
import { benchXml, renderXmlTable } from "./xml.js";

export const BENCHMARKS = ["overhead", "socket", "size", "typecheck", "pipeline", "xml", "validate", "stores"] as const;
export type Benchmark = (typeof BENCHMARKS)[number];
/** The benchmarks whose figures depend on the Node running them. */
export const TIMED = ["overhead", "socket", "xml", "validate"] as const satisfies readonly Benchmark[];

export const RESULTS_FILE = join(ROOT, "bench", "results.json");
export const COMMAND = "npm run bench";

export interface RunOptions {
  smoke?: boolean;
  only?: readonly Benchmark[];
  /** Also run the timed benchmarks among `only` on Node 24. */
  node24?: boolean;
  /** Receives each table as its benchmark finishes. */
  print?: (text: string) => void;
}

async function runTimed(want: Set<Benchmark>, smoke: boolean, section: (title: string, body: string) => void): Promise<TimedResults> {
  const out: TimedResults = {};
  if (want.has("overhead")) {
    out.overhead = await benchOverhead(smoke ? { calls: 1, blocks: 1, warmup: 0 } : {});
    section("Per-call overhead, fetch stubbed", renderOverhead(out.overhead));
  }
  if (want.has("socket")) {
    out.socket = await benchSocket(smoke ? { requests: 20, blocks: 1, warmup: 0 } : {});
    section("Over a socket", renderSocket(out.socket));
  }
  if (want.has("xml")) {
    out.xml = await benchXml(smoke ? { ms: 1, blocks: 1 } : {});
    section("XML decode against JSON.parse (npm run bench:xml)", renderXmlTable(out.xml));
  }
  if (want.has("validate")) {
    out.validate = await benchValidate(smoke ? { calls: 1, blocks: 1 } : {});
    section("Response validation per call (npm run bench:validate)", renderValidate(out.validate));
  }
  return out;
}

/** The timed benchmarks in `want` on Node 24, in a child process; its tables are printed as it goes. */
function onNode24(want: readonly Benchmark[], smoke: boolean): TimedResults & { node: string } {
  const dir = mkdtempSync(join(tmpdir(), "aw-bench-"));
  try {
    const out = join(dir, "results.json");
    const args = ["-y", "-p", "node@24", "node", join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"), join(ROOT, "bench", "run.ts"), "--child", `--out=${out}`, `--only=${want.join(",")}`];
    if (smoke) args.push("--smoke");
    const res = spawnSync("npx", args, { cwd: ROOT, stdio: ["ignore", "inherit", "inherit"] });
    if (res.status !== 0) throw new Error(`The benchmarks on Node 24 failed (npx ${args.join(" ")}: exit ${res.status ?? res.signal})`);
    const child = JSON.parse(readFileSync(out, "utf8")) as Results;
    const { overhead, socket, xml, validate } = child;
    return { node: child.machine.node, overhead, socket, xml, validate };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function runBench({ smoke = false, only = BENCHMARKS, node24 = false, print = () => undefined }: RunOptions = {}): Promise<Results> {
  const machine = describeMachine();
  print(`Machine: ${machineLine(machine)}${smoke ? " (smoke run: one small iteration each, figures mean nothing)" : ""}`);
  const want = new Set(only);
  const section = (title: string, body: string) => print(`\n## ${title}\n\n${body}`);
  const results: Results = { command: COMMAND, date: new Date().toISOString().slice(0, 10), machine, ...(await runTimed(want, smoke, section)) };
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
  if (want.has("stores")) {
    results.stores = { date: results.date, ...(await benchStores(smoke ? { calls: 4, refreshes: 2, blocks: 1 } : {})) };
    section("Token stores and the response cache (npm run bench -- --only=stores)", renderStores(results.stores));
  }
  const timed = TIMED.filter((b) => want.has(b));
  if (node24 && timed.length) {
    print("\n# The same on Node 24\n");
    results.node24 = /^v24\./.test(process.version) ? { node: process.version, ...pickTimed(results) } : onNode24(timed, smoke);
  }
  section("Targets", renderTargets(results));
  return results;
}

const pickTimed = ({ overhead, socket, xml, validate }: TimedResults): TimedResults => ({ overhead, socket, xml, validate });

interface CliOptions {
  smoke?: boolean;
  /** With `only`: write the subset's sections into the recorded results. */
  record?: boolean;
  only?: Benchmark[];
  node24?: boolean;
  /** Run as the Node 24 child: the results go to this file, nothing else is written. */
  out?: string;
}

function parseArgs(argv: string[]): CliOptions {
  const options: CliOptions = {};
  for (const arg of argv) {
    if (arg === "--smoke") options.smoke = true;
    else if (arg === "--node24") options.node24 = true;
    else if (arg === "--record") options.record = true;
    else if (arg === "--child") continue;
    else if (arg.startsWith("--out=")) options.out = arg.slice("--out=".length);
    else if (arg.startsWith("--only=")) {
      const names = arg.slice("--only=".length).split(",").filter(Boolean);
      const unknown = names.filter((n) => !(BENCHMARKS as readonly string[]).includes(n));
      if (unknown.length) throw new Error(`Unknown benchmark ${unknown.join(", ")}; known: ${BENCHMARKS.join(", ")}`);
      options.only = names as Benchmark[];
    } else throw new Error(`Unknown option ${arg}; use --smoke, --node24, --only=${BENCHMARKS.join(",")} and --record`);
  }
  if (options.record && (options.smoke || !options.only)) throw new Error("--record goes with --only (a full run records everything anyway) and never with --smoke");
  return options;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const options = parseArgs(process.argv.slice(2));
  const full = !options.smoke && !options.only && !options.out;
  const results = await runBench({ ...options, node24: !options.out && (full || options.node24 === true), print: (text) => console.log(text) });
  if (options.out) writeFileSync(options.out, JSON.stringify(results));
  else {
    // Only a full run speaks for the project: a smoke run or a subset leaves the recorded figures alone,
    // unless the subset is recorded on purpose (its own sections, Node 24's included when it ran there).
    const recorded = options.record
      ? (() => {
          const before = JSON.parse(readFileSync(RESULTS_FILE, "utf8")) as Results;
          const merged = { ...before, ...Object.fromEntries(options.only!.map((name) => [name, results[name]])) } as Results;
          // Only the subset's own sections: the benchmarks it did not run are absent (undefined), not gone.
          if (results.node24 && before.node24) {
            const ran = Object.fromEntries(Object.entries(results.node24).filter(([, value]) => value !== undefined));
            merged.node24 = { ...before.node24, ...ran } as typeof before.node24;
          }
          return merged;
        })()
      : undefined;
    if (full || recorded) {
      const written = recorded ?? results;
      writeFileSync(RESULTS_FILE, `${JSON.stringify(written, null, 2)}\n`);
      const docPath = join(ROOT, "CONTRIBUTING.md");
      writeFileSync(docPath, readmeWithPerformance(readFileSync(docPath, "utf8"), written));
      console.log(`\nWrote ${RESULTS_FILE} and CONTRIBUTING.md's benchmark section.`);
    }
  }
}
