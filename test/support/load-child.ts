// Child process of test/faults/load.test.ts: 500 concurrent calls through the client against the
// parent's fault server. It reports what settled and then simply ends: it never calls process.exit,
// so it only exits if the client left no timer or socket holding it open.
// Run as: node --import tsx --expose-gc test/support/load-child.ts <baseUrl>
import { pathToFileURL } from "node:url";
import { AdultWorkError, createAdultWorkClient, unwrap } from "../../src/index.js";
import { secretsIn } from "./exposure.js";

export const LOAD_KINDS = [
  { kind: "ok" },
  { kind: "500-once" },
  { kind: "500" },
  { kind: "503-once" },
  { kind: "429" },
  { kind: "reset" },
  { kind: "reset-once" },
  { kind: "truncated-once" },
  { kind: "invalid-json" },
  { kind: "html" },
  { kind: "wrong-type" },
  { kind: "redirect" },
  { kind: "401" },
  { kind: "no-headers", hangs: true },
  { kind: "stalled", hangs: true },
] as const;
export const LOAD_CALLS = 500;

async function main(baseUrl: string) {
  const ACCESS_TOKEN = "load_access_token_9c8b7a6d5e4f";
  const API_KEY = "load_api_key_1f2e3d4c5b6a";
  let unhandled = 0;
  process.on("unhandledRejection", () => {
    unhandled += 1;
  });
  // Frequent collections: an abort must still reach a stalled read when its Request is unreachable.
  const gc = (globalThis as { gc?: () => void }).gc;
  const gcTimer = gc ? setInterval(gc, 20) : undefined;

  const common = { baseUrl, accessToken: ACCESS_TOKEN, apiKey: API_KEY, retryDelayMs: 1, maxRetryDelayMs: 10 };
  // Answers that do come get minutes: a timer this client leaked would hold the process for minutes.
  const patient = createAdultWorkClient({ ...common, timeoutMs: 300_000, attemptTimeoutMs: 300_000 });
  // Answers that never come get little time.
  const hasty = createAdultWorkClient({ ...common, timeoutMs: 2_000, attemptTimeoutMs: 400 });

  const calls = Array.from({ length: LOAD_CALLS }, (_, i) => {
    const { kind, ...rest } = LOAD_KINDS[i % LOAD_KINDS.length]!;
    const client = "hangs" in rest ? hasty : patient;
    const query = { Call: i, Fault: kind, apiKey: API_KEY };
    return i % 2 === 0
      ? unwrap(client.GET("/v1/Webcam/MadeBookingDetails", { params: { query: { BookingID: i, ...query } as { BookingID: number } } }))
      : unwrap(client.POST("/v1/Webcam/CreateBooking", { params: { query } as never, body: { BookUserIDs: "1" } as never }));
  });
  const results = await Promise.allSettled(calls);
  clearInterval(gcTimer);

  const errors = results.flatMap((r) => (r.status === "rejected" ? [r.reason as unknown] : []));
  const byName: Record<string, number> = {};
  for (const err of errors) byName[(err as Error).name] = (byName[(err as Error).name] ?? 0) + 1;
  const report = {
    settled: results.length,
    fulfilled: results.filter((r) => r.status === "fulfilled").length,
    outcomes: results.map((r) => (r.status === "fulfilled" ? "ok" : (r.reason as Error).name)),
    errorsByName: byName,
    notClientErrors: errors.filter((e) => !(e instanceof AdultWorkError)).length,
    leakedSecrets: errors.filter((e) => secretsIn(e, [ACCESS_TOKEN, API_KEY]).length > 0).length,
    unhandled,
    // Only timers that hold the process open are listed (unref'd ones are not).
    timersLeft: process.getActiveResourcesInfo().filter((name) => name === "Timeout").length,
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

// Only as the entry script: the test imports this module for LOAD_KINDS.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main(process.argv[2]!);
