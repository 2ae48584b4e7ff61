// Starts and stops a Prism mock of the bundled contract: shared by the tests, `npm run mock` and
// `npm start`.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";
import { ROOT, bin } from "./proc.mjs";

export const DEFAULT_SPEC = join(ROOT, "generated", "openapi.json");

/** Asks the OS for a port nobody is listening on. */
export function freePort(host = "127.0.0.1") {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, host, () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Starts `prism mock` and resolves once it listens. Returns its base URL and `stop()`.
 * `dynamic` makes Prism generate answers from the schemas instead of serving examples.
 */
export async function startPrism({ spec = DEFAULT_SPEC, host = "127.0.0.1", port, dynamic = false, errors = false, log = false, timeoutMs = 60_000 } = {}) {
  port ??= await freePort(host);
  // Prism writes its "listening" line at info level, so that level stays on even when quiet.
  // Generated answers list only the properties the contract names: json-schema-faker would otherwise
  // invent random ones on every open (partial) schema, which no client or drift check should see.
  // This also governs answers generated on request (`Prefer: dynamic=true`).
  const args = [bin("prism"), "mock", spec, "--host", host, "--port", String(port), "--verboseLevel", "info", "--json-schema-faker-fillProperties=false"];
  if (dynamic) args.push("--dynamic", "--seed", "adultwork");
  if (errors) args.push("--errors");
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const url = `http://${host}:${port}`;

  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`Prism did not start within ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const onData = (chunk) => {
      const text = chunk.toString();
      output += text;
      if (log) process.stdout.write(text);
      if (/Prism is listening/.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    function fail(err) {
      clearTimeout(timer);
      child.kill("SIGTERM");
      reject(err);
    }
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => fail(new Error(`Prism exited (${code}) before listening:\n${output}`)));
    child.once("error", fail);
  });
  // Drain output from now on so Prism never blocks on a full pipe.
  child.stdout.removeAllListeners("data");
  child.stderr.removeAllListeners("data");
  child.removeAllListeners("exit");
  if (log) {
    child.stdout.pipe(process.stdout);
    child.stderr.pipe(process.stderr);
  } else {
    child.stdout.resume();
    child.stderr.resume();
  }

  return {
    url,
    port,
    pid: child.pid,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const force = setTimeout(() => child.kill("SIGKILL"), 5_000);
        child.once("exit", () => {
          clearTimeout(force);
          resolve();
        });
        child.kill("SIGTERM");
      }),
  };
}
