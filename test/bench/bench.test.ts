// The benchmarks stay runnable, and README's Performance section stays what they measured. The
// smoke run uses one tiny iteration of each fast benchmark and judges no figure: speed is for
// `npm run bench`, never for a test.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { readmeWithPerformance, targets, type Results } from "../../bench/report.js";
import { BENCHMARKS, RESULTS_FILE, runBench } from "../../bench/run.js";
import { ROOT } from "../../scripts/lib/proc.mjs";

const recorded = JSON.parse(readFileSync(RESULTS_FILE, "utf8")) as Results;
const positive = (n: number) => Number.isFinite(n) && n > 0;

describe("bench/results.json", () => {
  test("CONTRIBUTING.md's benchmark section is the one these results render", () => {
    const readme = readFileSync(join(ROOT, "CONTRIBUTING.md"), "utf8");
    expect(readme).toBe(readmeWithPerformance(readme, recorded));
  });

  test("holds every benchmark, the machine, and a figure for every target of issue 7", () => {
    for (const name of BENCHMARKS) expect(recorded, name).toHaveProperty(name);
    expect(recorded.machine.cores).toBeGreaterThan(0);
    // Two stubbed calls, throughput and p99 for two socket loads, the core's size, the pipeline.
    expect(targets(recorded)).toHaveLength(8);
  });
});

describe("a smoke run of the fast benchmarks", () => {
  test("measures every client in every case and every bundle, and writes nothing", async () => {
    const before = readFileSync(RESULTS_FILE, "utf8");
    const r = await runBench({ smoke: true, only: ["overhead", "socket", "size", "validate"] });

    expect(r.overhead!.rows.map((row) => `${row.case}: ${row.contender}`)).toHaveLength(8);
    for (const row of r.overhead!.rows) expect(positive(row.opsPerSec), `${row.case}: ${row.contender}`).toBe(true);

    expect(r.socket!.rows).toHaveLength(8);
    for (const row of r.socket!.rows) expect([row.requestsPerSec, row.p50Ms, row.p99Ms].every(positive), `${row.mode}: ${row.contender}`).toBe(true);

    expect(r.size!.rows.filter((row) => row.entryPoint).map((row) => row.bundle)).toEqual(["core", "xml entry", "validate entry"]);
    for (const row of r.size!.rows) expect(positive(row.gzipBytes) && row.gzipBytes < row.minifiedBytes, row.bundle).toBe(true);

    expect(r.validate!.rows).toHaveLength(3);
    expect(readFileSync(RESULTS_FILE, "utf8")).toBe(before);
  }, 60_000);
});
