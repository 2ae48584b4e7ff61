// 500 concurrent calls through the client against the local fault server all settle, with typed
// errors, no unhandled rejection, no credential in any error, no POST sent twice, and nothing left
// running: the child process that made them exits on its own.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, expect, test } from "vitest";
import { faults, startFaultServer, type Fault, type FaultServer, type ReceivedRequest } from "../support/fault-server.js";
import { LOAD_CALLS, LOAD_KINDS } from "../support/load-child.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CHILD = fileURLToPath(new URL("../support/load-child.ts", import.meta.url));
// Far below the 300 s limits the child's patient client runs with, far above what the run needs.
const EXIT_BOUND_MS = 60_000;

let server: FaultServer;
let elsewhere: FaultServer;
beforeAll(async () => {
  [server, elsewhere] = await Promise.all([startFaultServer(), startFaultServer()]);
  const seen = new Map<string, number>();
  const answer = (r: ReceivedRequest): Fault => {
    const id = `${r.method} ${r.query.get("Call")}`;
    const nth = (seen.get(id) ?? 0) + 1;
    seen.set(id, nth);
    const ok = faults.json(r.method === "GET" ? { WebcamBookingID: Number(r.query.get("Call")) } : [{ WebcamBookingID: 1 }]);
    switch (r.query.get("Fault")) {
      case "ok": return ok;
      case "500-once": return nth === 1 ? faults.status(500) : ok;
      case "500": return faults.status(500);
      case "503-once": return nth === 1 ? faults.status(503, { "Retry-After": "0" }) : ok;
      case "429": return faults.status(429, { "Retry-After": "0" });
      case "reset": return faults.resetBeforeResponse();
      case "reset-once": return nth === 1 ? faults.resetAfterBody() : ok;
      case "truncated-once": return nth === 1 ? faults.truncatedBody() : ok;
      case "invalid-json": return faults.invalidJson();
      case "html": return faults.htmlPage();
      case "wrong-type": return faults.wrongContentType();
      case "redirect": return faults.redirect(`${elsewhere.url}/v1/Webcam/MadeBookingDetails`);
      case "401": return faults.status(401);
      case "no-headers": return faults.noHeaders();
      case "stalled": return faults.stalledBody();
      default: return faults.status(400);
    }
  };
  server.route("/v1/Webcam/MadeBookingDetails", answer);
  server.route("/v1/Webcam/CreateBooking", answer);
});
afterAll(() => Promise.all([server.close(), elsewhere.close()]));

function runChild(): Promise<{ code: number | null; stdout: string; stderr: string; killed: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "--expose-gc", CHILD, server.url], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d));
    child.stderr.on("data", (d: Buffer) => (stderr += d));
    let killed = false;
    const guard = setTimeout(() => {
      killed = true;
      child.kill("SIGKILL");
    }, EXIT_BOUND_MS);
    child.on("exit", (code) => {
      clearTimeout(guard);
      resolve({ code, stdout, stderr, killed });
    });
  });
}

test("500 concurrent calls all settle, and the process that made them exits on its own", async () => {
  const run = await runChild();
  expect(run.killed, `the child was still running after ${EXIT_BOUND_MS} ms: something holds it open\n${run.stderr}`).toBe(false);
  expect(run.code, run.stderr).toBe(0);
  const report = JSON.parse(run.stdout.trim().split("\n").pop()!);

  expect(report.settled).toBe(LOAD_CALLS);
  expect(report.unhandled).toBe(0);
  expect(report.notClientErrors).toBe(0);
  expect(report.leakedSecrets).toBe(0);
  expect(report.timersLeft).toBe(0);

  // Each kind ends the way the rules say, for GET (even calls) and POST (odd calls).
  const expected: Record<string, [get: string, post: string]> = {
    "ok": ["ok", "ok"],
    "500-once": ["ok", "InternalServerError"],
    "500": ["InternalServerError", "InternalServerError"],
    "503-once": ["ok", "InternalServerError"],
    "429": ["RateLimitError", "RateLimitError"],
    "reset": ["AdultWorkConnectionError", "AdultWorkConnectionError"],
    "reset-once": ["ok", "AdultWorkConnectionError"],
    "truncated-once": ["ok", "AdultWorkConnectionError"],
    "invalid-json": ["InvalidResponseError", "InvalidResponseError"],
    "html": ["InvalidResponseError", "InvalidResponseError"],
    "wrong-type": ["InvalidResponseError", "InvalidResponseError"],
    "redirect": ["AdultWorkRedirectError", "AdultWorkRedirectError"],
    "401": ["AuthenticationError", "AuthenticationError"],
    "no-headers": ["AdultWorkTimeoutError", "AdultWorkTimeoutError"],
    "stalled": ["AdultWorkTimeoutError", "AdultWorkTimeoutError"],
  };
  expect(Object.keys(expected).sort()).toEqual(LOAD_KINDS.map((k) => k.kind).sort());
  const mismatches = (report.outcomes as string[]).flatMap((outcome, i) => {
    const kind = LOAD_KINDS[i % LOAD_KINDS.length]!.kind;
    const want = expected[kind]![i % 2];
    return outcome === want ? [] : [`call ${i} (${kind}, ${i % 2 ? "POST" : "GET"}): ${outcome}, expected ${want}`];
  });
  expect(mismatches).toEqual([]);

  // No POST reached the server twice; the redirect target received nothing.
  const posts = new Map<string, number>();
  for (const r of server.requests) if (r.method === "POST") posts.set(r.query.get("Call")!, (posts.get(r.query.get("Call")!) ?? 0) + 1);
  expect(posts.size).toBe(LOAD_CALLS / 2);
  expect([...posts.values()].every((n) => n === 1)).toBe(true);
  expect(elsewhere.count()).toBe(0);
}, EXIT_BOUND_MS + 30_000);
