// Small statistics and timing helpers the benchmarks share.

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The p-th percentile (0–100) of `xs`, nearest-rank. */
export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const rank = Math.min(s.length, Math.max(1, Math.ceil((p / 100) * s.length)));
  return s[rank - 1]!;
}

/**
 * Milliseconds of CPU this process has used (user and system). The machines these run on are shared,
 * and a wall clock counts the time other processes hold the CPU as if the code under test had spent
 * it; the process's own CPU time does not. For work that never waits on I/O (a stubbed fetch, a
 * parse), it is the time the work takes.
 */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Runs `fn` `n` times, awaiting each, and returns the CPU milliseconds they took (see cpuMs). */
export async function timeSequential(n: number, fn: () => Promise<unknown>): Promise<number> {
  const start = cpuMs();
  for (let i = 0; i < n; i++) await fn();
  return cpuMs() - start;
}

export const round = (n: number, digits = 0): number => {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
};

/** A figure measured in many blocks: the median of the blocks, and their quartiles to show the spread. */
export interface Spread {
  median: number;
  /** 25th and 75th percentile of the blocks. */
  low: number;
  high: number;
}

export function spread(xs: readonly number[], digits = 2): Spread {
  return { median: round(median(xs), digits), low: round(percentile(xs, 25), digits), high: round(percentile(xs, 75), digits) };
}

/** "0.84× (0.80–0.88)": a median with its quartiles. */
export const withSpread = (s: Spread, format: (n: number) => string): string => `${format(s.median)} (${format(s.low)}–${format(s.high)})`;

/** Element-wise a[i] / b[i]: a ratio per block, both measured in the same block. */
export const perBlock = (a: readonly number[], b: readonly number[]): number[] => a.map((x, i) => x / b[i]!);

/**
 * Runs `blocks` short blocks; inside each, every contender once, the order rotated by one from block
 * to block, so drift in machine load and garbage collection falls on every contender alike. Returns
 * each contender's measurement per block, in block order (so ratios can be taken block by block).
 */
export async function rotatedBlocks<K extends string>(names: readonly K[], blocks: number, measure: (name: K) => number | Promise<number>): Promise<Record<K, number[]>> {
  const out = Object.fromEntries(names.map((k) => [k, new Array<number>(blocks)])) as Record<K, number[]>;
  for (let b = 0; b < blocks; b++) {
    for (let i = 0; i < names.length; i++) {
      const k = names[(i + b) % names.length]!;
      out[k][b] = await measure(k);
    }
  }
  return out;
}

/** Calls `fn` for at least `ms` CPU milliseconds (and at least `min` times); returns CPU milliseconds per call. */
export function msPerCall(fn: () => unknown, ms: number, min = 1): number {
  let calls = 0;
  const start = cpuMs();
  let elapsed = 0;
  while (elapsed < ms || calls < min) {
    fn();
    calls++;
    elapsed = cpuMs() - start;
  }
  return elapsed / calls;
}
