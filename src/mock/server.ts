// Runs Prism on the contract: the one launcher behind the `adultwork-api-client mock` command,
// `npm run mock`, `npm start` and the tests. Prism is an optional peer: it is looked up in the
// project that runs the mock, never bundled with the client.
/// <reference types="node" />
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { SchemaNode } from "../validate/schema.js";
import { mockContract } from "./contract.js";
import { loadFixtures, type Fixture } from "./fixtures.js";

export const PRISM_PACKAGE = "@stoplight/prism-cli";

/** The Prism versions this package is tested with: its optional peer dependency, read from package.json. */
export function prismRange(): string {
  const manifest = createRequire(import.meta.url)("adultwork-api-client/package.json") as { peerDependencies?: Record<string, string> };
  return manifest.peerDependencies?.[PRISM_PACKAGE] ?? "latest";
}

/** Prism is not installed where the mock runs; the message says how to get it. */
export class PrismNotFoundError extends Error {
  override name = "PrismNotFoundError";
  constructor() {
    super(
      `The mock runs on Prism, an optional peer dependency that is not installed here.\n` +
        `Install it next to adultwork-api-client:  npm install --save-dev ${PRISM_PACKAGE}@"${prismRange()}"`,
    );
  }
}

/** The JavaScript file of Prism's CLI, looked up from `from` (the project running the mock), then from this package. */
export function resolvePrism(from: string = process.cwd()): string {
  for (const base of [join(from, "noop.js"), import.meta.url]) {
    try {
      const require = createRequire(base);
      const manifest = require.resolve(`${PRISM_PACKAGE}/package.json`);
      const pkg = JSON.parse(readFileSync(manifest, "utf8")) as { bin?: string | Record<string, string> };
      const rel = typeof pkg.bin === "string" ? pkg.bin : pkg.bin?.prism;
      if (rel) return join(dirname(manifest), rel);
    } catch {
      // not installed there: try the next place
    }
  }
  throw new PrismNotFoundError();
}

/** The contract this package ships. */
export function shippedContract(): SchemaNode {
  const require = createRequire(import.meta.url);
  return JSON.parse(readFileSync(require.resolve("adultwork-api-client/openapi.json"), "utf8")) as SchemaNode;
}

/** Asks the OS for a port nobody is listening on. */
export function freePort(host = "127.0.0.1"): Promise<number> {
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

export interface PrismOptions {
  /** Path of the OpenAPI document to serve. */
  spec: string;
  host?: string | undefined;
  port?: number | undefined;
  /** Generate answers from the schemas instead of serving examples. */
  dynamic?: boolean | undefined;
  errors?: boolean | undefined;
  /** Echo Prism's output to this process's stdout. */
  log?: boolean | undefined;
  timeoutMs?: number | undefined;
  /** Prism's CLI script; found with resolvePrism() when not given. */
  prism?: string | undefined;
  cwd?: string | undefined;
}

export interface RunningMock {
  url: string;
  port: number;
  pid: number | undefined;
  stop(): Promise<void>;
}

/** Starts `prism mock` and resolves once it listens. */
export async function startPrism(options: PrismOptions): Promise<RunningMock> {
  const { spec, host = "127.0.0.1", dynamic = false, errors = false, log = false, timeoutMs = 60_000 } = options;
  const prism = options.prism ?? resolvePrism(options.cwd);
  const port = options.port ?? (await freePort(host));
  // Prism writes its "listening" line at info level, so that level stays on even when quiet.
  // Generated answers list only the properties the contract names: json-schema-faker would otherwise
  // invent random ones on every open (partial) schema, which no client or drift check should see.
  const args = [prism, "mock", spec, "--host", host, "--port", String(port), "--verboseLevel", "info", "--json-schema-faker-fillProperties=false"];
  if (dynamic) args.push("--dynamic", "--seed", "adultwork");
  if (errors) args.push("--errors");
  const child = spawn(process.execPath, args, { cwd: options.cwd ?? process.cwd(), stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`Prism did not start within ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      if (log) process.stdout.write(text);
      if (/Prism is listening/.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    function fail(err: Error) {
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
    url: `http://${host}:${port}`,
    port,
    pid: child.pid,
    stop: () =>
      new Promise<void>((resolve) => {
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

export interface MockOptions extends Omit<PrismOptions, "spec"> {
  /** A folder of fixtures (`<operationId>.json`, `<operationId>.<status>.json`). */
  fixtures?: string | undefined;
  /** The contract to serve; the shipped one by default. */
  contract?: SchemaNode | undefined;
}

/**
 * Validates the fixtures (throwing a FixtureError before anything starts), writes the mock's copy of
 * the contract to a temporary file and serves it with Prism. `stop()` also removes the copy.
 */
export async function startMock(options: MockOptions = {}): Promise<RunningMock & { fixtures: readonly Fixture[] }> {
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
      },
    };
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}
