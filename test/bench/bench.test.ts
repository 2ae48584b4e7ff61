// The benchmarks stay runnable, and CONTRIBUTING.md's benchmark section stays what they measured. The
// smoke run uses one tiny iteration of each fast benchmark and judges no figure: speed is for
// `npm run bench`, never for a test.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { readmeWithPerformance, targets, type Results } from "../../bench/report.js";
import { BENCHMARKS, RESULTS_FILE, TIMED, runBench } from "../../bench/run.js";
import { ROOT } from "../../scripts/lib/proc.mjs";

const recorded = JSON.parse(readFileSync(RESULTS_FILE, "utf8")) as Results;
const positive = (n: number) => Number.isFinite(n) && n > 0;

describe("bench/results.json", () => {
  test("CONTRIBUTING.md's benchmark section is the one these results render", () => {
    const readme = readFileSync(join(ROOT, "CONTRIBUTING.md"), "utf8");
    expect(readme).toBe(readmeWithPerformance(readme, recorded));
  });

  test("holds every benchmark, the machine, the timed ones on Node 24 too, and a figure for every target of issue 16", () => {
    for (const name of BENCHMARKS) expect(recorded, name).toHaveProperty(name);
    expect(recorded.machine.cores).toBeGreaterThan(0);
    expect(recorded.node24?.node).toMatch(/^v24\./);
    for (const name of TIMED) expect(recorded.node24, name).toHaveProperty(name);
    const measures = targets(recorded).map((t) => t.measure);
    for (const node of [recorded.machine.node, recorded.node24!.node]) {
      const on = measures.filter((m) => m.endsWith(`Node ${node.replace(/^v/, "")}`));
      // Two stubbed calls, a clean validated booking, XML at 100 and 1000 bookings (and on Node 24, two socket loads).
      expect(on, node).toHaveLength(/^v24\./.test(node) ? 7 : 5);
    }
    expect(measures).toContain("An app calling createAdultWorkClient and unwrap, minified and gzipped, for the browser");
  });

  test("every figure is a median over blocks with its quartiles beside it", () => {
    const spreads = [
      ...recorded.overhead!.rows.map((r) => r.vsOpenapiFetch),
      ...recorded.socket!.rows.map((r) => r.throughputVsFetch),
      ...recorded.xml!.map((r) => r.ratio),
      ...recorded.validate!.rows.map((r) => r.warnOverheadPct),
    ];
    for (const s of spreads) expect(s.low <= s.median && s.median <= s.high, JSON.stringify(s)).toBe(true);
    expect(recorded.overhead!.blocks).toBeGreaterThanOrEqual(10);
  });
});

describe("a smoke run of the fast benchmarks", () => {
  test("measures every client in every case and every bundle, and writes nothing", async () => {
    const before = readFileSync(RESULTS_FILE, "utf8");
    const r = await runBench({ smoke: true, only: ["overhead", "socket", "size", "validate", "xml"] });

    expect(r.overhead!.rows.map((row) => `${row.case}: ${row.contender}`)).toHaveLength(8);
    for (const row of r.overhead!.rows) expect(positive(row.opsPerSec), `${row.case}: ${row.contender}`).toBe(true);

    expect(r.socket!.rows).toHaveLength(8);
    for (const row of r.socket!.rows) expect([row.requestsPerSec, row.p50Ms, row.p99Ms].every(positive), `${row.mode}: ${row.contender}`).toBe(true);

    expect(r.size!.rows.filter((row) => row.entryPoint).map((row) => row.bundle)).toEqual(["core", "xml entry", "validate entry"]);
    for (const row of r.size!.rows) expect(positive(row.gzipBytes) && row.gzipBytes < row.minifiedBytes, row.bundle).toBe(true);

    expect(r.validate!.rows).toHaveLength(3);
    expect(r.xml!.map((row) => row.payload)).toHaveLength(3);
    for (const row of r.xml!) expect([row.xmlOpsPerSec, row.parserOpsPerSec, row.jsonOpsPerSec, row.ratio.median].every(positive), row.payload).toBe(true);
    expect(readFileSync(RESULTS_FILE, "utf8")).toBe(before);
  }, 60_000);
});
