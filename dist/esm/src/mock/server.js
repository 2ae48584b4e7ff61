import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { mockContract } from "./contract.js";
import { loadFixtures } from "./fixtures.js";
const PRISM_PACKAGE = "@stoplight/prism-cli";
function prismRange() {
  const manifest = createRequire(import.meta.url)("adultwork-api-client/package.json");
  return manifest.peerDependencies?.[PRISM_PACKAGE] ?? "latest";
}
class PrismNotFoundError extends Error {
  name = "PrismNotFoundError";
  constructor() {
    super(
      `The mock runs on Prism, an optional peer dependency that is not installed here.
Install it next to adultwork-api-client:  npm install --save-dev ${PRISM_PACKAGE}@"${prismRange()}"`
    );
  }
}
function resolvePrism(from = process.cwd()) {
  for (const base of [join(from, "noop.js"), import.meta.url]) {
    try {
      const require2 = createRequire(base);
      const manifest = require2.resolve(`${PRISM_PACKAGE}/package.json`);
      const pkg = JSON.parse(readFileSync(manifest, "utf8"));
      const rel = typeof pkg.bin === "string" ? pkg.bin : pkg.bin?.prism;
      if (rel) return join(dirname(manifest), rel);
    } catch {
    }
  }
  throw new PrismNotFoundError();
}
function shippedContract() {
  const require2 = createRequire(import.meta.url);
  return JSON.parse(readFileSync(require2.resolve("adultwork-api-client/openapi.json"), "utf8"));
}
function freePort(host = "127.0.0.1") {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, host, () => {
      const address = srv.address();
      const port = typeof address === "object" && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}
async function startPrism(options) {
  const { spec, host = "127.0.0.1", dynamic = false, errors = false, log = false, timeoutMs = 6e4 } = options;
  const prism = options.prism ?? resolvePrism(options.cwd);
  const port = options.port ?? await freePort(host);
  const args = [prism, "mock", spec, "--host", host, "--port", String(port), "--verboseLevel", "info", "--json-schema-faker-fillProperties=false"];
  if (dynamic) args.push("--dynamic", "--seed", "adultwork");
  if (errors) args.push("--errors");
  const child = spawn(process.execPath, args, { cwd: options.cwd ?? process.cwd(), stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`Prism did not start within ${timeoutMs} ms:
${output}`)), timeoutMs);
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
    child.once("exit", (code) => fail(new Error(`Prism exited (${code}) before listening:
${output}`)));
    child.once("error", fail);
  });
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
    url: `http://${host}:${port}`,
    port,
    pid: child.pid,
    stop: () => new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const force = setTimeout(() => child.kill("SIGKILL"), 5e3);
      child.once("exit", () => {
        clearTimeout(force);
        resolve();
      });
      child.kill("SIGTERM");
    })
  };
}
async function startMock(options = {}) {
  const doc = options.contract ?? shippedContract();
  const fixtures = options.fixtures ? loadFixtures(options.fixtures, doc) : [];
  const prism = options.prism ?? resolvePrism(options.cwd);
  const dir = mkdtempSync(join(tmpdir(), "aw-mock-"));
  const spec = join(dir, "openapi.json");
  writeFileSync(spec, JSON.stringify(mockContract(doc, { fixtures, dynamic: options.dynamic ?? false })));
  try {
    const running = await startPrism({ ...options, spec, prism });
    return {
      ...running,
      fixtures,
      stop: async () => {
        await running.stop();
        rmSync(dir, { recursive: true, force: true });
      }
    };
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}
export {
  PRISM_PACKAGE,
  PrismNotFoundError,
  freePort,
  prismRange,
  resolvePrism,
  shippedContract,
  startMock,
  startPrism
};
//# sourceMappingURL=server.js.map
