#!/usr/bin/env node
// The package's command: `npx adultwork-api-client mock [--port 4010] [--host 127.0.0.1]
// [--fixtures DIR] [--dynamic]` serves the shipped contract with Prism from any project that
// installed the package.
/// <reference types="node" />
import { realpathSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

/**
 * The optional peers the mock needs: Prism serves, ajv checks fixtures. They are looked for before
 * anything that imports them loads, so a project that lacks some learns every one it needs at once.
 */
const MOCK_PEERS = ["@stoplight/prism-cli", "ajv", "ajv-formats"];

function missingPeers(from: string): string[] {
  const manifest = createRequire(import.meta.url)("adultwork-api-client/package.json") as { peerDependencies?: Record<string, string> };
  const resolvable = (name: string) =>
    [join(from, "noop.js"), import.meta.url].some((base) => {
      try {
        createRequire(base).resolve(`${name}/package.json`);
        return true;
      } catch {
        return false;
      }
    });
  return MOCK_PEERS.filter((name) => !resolvable(name)).map((name) => `${name}@"${manifest.peerDependencies?.[name] ?? "latest"}"`);
}

const USAGE = `Usage: adultwork-api-client mock [options]

Serves every operation of the AdultWork REST API contract shipped with this package (Prism).

Options:
  --port <n>         port to listen on (default 4010)
  --host <address>   address to listen on (default 127.0.0.1; 0.0.0.0 inside a container)
  --fixtures <dir>   JSON answers of your own: <operationId>.json, or <operationId>.<status>.json
                     (served on "Prefer: code=<status>"); each is checked against the contract first
  --dynamic          generate answers from the schemas instead of serving examples
  -h, --help         show this text

Member operations take any "Authorization: Bearer <token>", public ones any apiKey query parameter.
Prism is an optional peer dependency: npm install --save-dev @stoplight/prism-cli@5`;

/** Runs the command; resolves with the exit code (the mock itself runs until a signal stops it). */
export async function main(argv: string[], out: (line: string) => void = console.log, err: (line: string) => void = console.error): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        port: { type: "string", default: "4010" },
        host: { type: "string", default: "127.0.0.1" },
        fixtures: { type: "string" },
        dynamic: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (e) {
    err(`${e instanceof Error ? e.message : String(e)}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    out(USAGE);
    return 0;
  }
  if (positionals[0] !== "mock" || positionals.length > 1) {
    err(USAGE);
    return 2;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    err(`--port must be a port number, not ${JSON.stringify(values.port)}`);
    return 2;
  }
  const missing = missingPeers(process.cwd());
  if (missing.length) {
    err(
      `The mock runs on optional peer dependencies that are not installed here (Prism serves, ajv checks fixtures).\n` +
        `Install them next to adultwork-api-client:  npm install --save-dev ${missing.join(" ")}`,
    );
    return 1;
  }
  const { FixtureError } = await import("./fixtures.js");
  const { PrismNotFoundError, startMock } = await import("./server.js");
  try {
    const mock = await startMock({ port, host: values.host, dynamic: values.dynamic, log: true, ...(values.fixtures ? { fixtures: values.fixtures } : {}) });
    const served = mock.fixtures.length ? ` with ${mock.fixtures.length} fixture(s) from ${values.fixtures}` : "";
    out(`\nMock AdultWork API at ${mock.url}${served}${values.dynamic ? ", dynamic answers" : ""} (Ctrl+C to stop).`);
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void mock.stop().then(() => process.exit(0)));
    return 0;
  } catch (e) {
    if (e instanceof FixtureError || e instanceof PrismNotFoundError) {
      err(e.message);
      return 1;
    }
    throw e;
  }
}

// Run when executed (the bin, or `node cli.js`), not when imported.
const invoked = process.argv[1] ? realpathSync(process.argv[1]) : "";
if (invoked && realpathSync(fileURLToPath(import.meta.url)) === invoked) {
  const code = await main(process.argv.slice(2));
  if (code !== 0) process.exit(code);
}
