// The pipeline from a clean state, as CI runs it: lint, generate, build and docs, each step timed, in
// a copy of the repository without generated/, dist/ and docs/ (node_modules is shared, not copied).
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { ROOT } from "./compiled.js";
import { median, round } from "./stats.js";

export const STEPS = [
  { step: "lint", script: "scripts/lint.mjs" },
  { step: "generate", script: "scripts/generate.mjs" },
  { step: "build", script: "scripts/build.mjs" },
  { step: "docs", script: "scripts/docs.mjs" },
] as const;

export interface PipelineResult {
  runs: number;
  /** Median seconds per step, over the runs. */
  steps: { step: string; seconds: number }[];
  /** Median of the runs' totals. */
  totalSeconds: number;
}

// Everything a fresh checkout has, less what the pipeline makes.
const LEFT_OUT = new Set(["node_modules", ".git", "dist", "docs", "test-results", "generated"]);

function cleanCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), "aw-pipeline-"));
  for (const name of readdirSync(ROOT)) {
    if (LEFT_OUT.has(name) || name.startsWith(".")) continue;
    cpSync(join(ROOT, name), join(dir, name), { recursive: true, filter: (src) => !relative(ROOT, src).startsWith("bench/results") });
  }
  mkdirSync(join(dir, "generated"));
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  return dir;
}

function runOnce(): { step: string; seconds: number }[] {
  const dir = cleanCopy();
  try {
    return STEPS.map(({ step, script }) => {
      const start = performance.now();
      const res = spawnSync(process.execPath, [join(dir, script)], { cwd: dir, encoding: "utf8", env: { ...process.env, REDOCLY_TELEMETRY: "off" } });
      const seconds = (performance.now() - start) / 1000;
      if (res.status !== 0) throw new Error(`${step} failed in a clean copy:\n${res.stdout}\n${res.stderr}`);
      return { step, seconds };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function benchPipeline({ runs = 3 }: { runs?: number } = {}): PipelineResult {
  const all = Array.from({ length: runs }, runOnce);
  if (!all.every((r) => r.length === STEPS.length)) throw new Error("a pipeline run is incomplete");
  return {
    runs,
    steps: STEPS.map(({ step }, i) => ({ step, seconds: round(median(all.map((r) => r[i]!.seconds)), 1) })),
    totalSeconds: round(median(all.map((r) => r.reduce((sum, s) => sum + s.seconds, 0))), 1),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(benchPipeline({ runs: Number(process.env.BENCH_RUNS ?? 1) }));
}
