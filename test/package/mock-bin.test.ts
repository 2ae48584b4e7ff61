// The mock command as another team runs it: a fresh project installs the packed tarball, learns
// that Prism is an optional peer, installs it, starts `npx adultwork-api-client mock` with its own
// fixtures and calls the mock through the client. A fixture that does not fit keeps the mock down.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { npmEnv, packPackage } from "../../scripts/check-package.mjs";
import { peerSpecs } from "../support/consumer.js";
import { ROOT } from "../../scripts/lib/proc.mjs";
import { freePort } from "../../src/mock/server.js";

const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
const prismVersion: string = JSON.parse(readFileSync(join(ROOT, "node_modules", "@stoplight", "prism-cli", "package.json"), "utf8")).version;

let work = "";
let project = "";
const started: ChildProcess[] = [];

function run(cmd: string, args: string[], cwd: string): string {
  try {
    return execFileSync(cmd, args, { cwd, env: npmEnv(), encoding: "utf8", stdio: "pipe", maxBuffer: 64 * 1024 * 1024 });
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${[cmd, ...args].join(" ")} failed: ${e.message}\n${e.stdout ?? ""}\n${e.stderr ?? ""}`);
  }
}

/** Runs the package's command in the consumer project; resolves on its "listening" line or its exit. */
function mockCommand(args: string[]): Promise<{ child: ChildProcess; output: string; code: number | null }> {
  // Its own process group, so stopping it also stops the Prism it started.
  const child = spawn("npx", ["--no-install", "adultwork-api-client", ...args], { cwd: project, env: npmEnv(), detached: true, stdio: ["ignore", "pipe", "pipe"] });
  started.push(child);
  let output = "";
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ child, output: `${output}\n(timed out)`, code: null }), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Mock AdultWork API at")) {
        clearTimeout(timer);
        resolve({ child, output, code: null });
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      resolve({ child, output, code });
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    process.kill(-child.pid!, "SIGTERM");
  });
}

const emails = { PageCount: 1, PageNumber: 1, Emails: [{ EmailID: 11, Subject: "First" }, { EmailID: 12, Subject: "Second" }] };

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "aw-mock-bin-"));
  const { tarball } = packPackage(work);
  project = join(work, "consumer");
  mkdirSync(project);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "aw-mock-consumer", private: true, type: "module" }, null, 2));
  // The npm cache holds every dependency after `npm ci`, so this works offline.
  run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", tarball], project);
  mkdirSync(join(project, "fixtures"));
  writeFileSync(join(project, "fixtures", "getEmails.json"), JSON.stringify(emails));
  mkdirSync(join(project, "bad-fixtures"));
  writeFileSync(join(project, "bad-fixtures", "getEmails.json"), JSON.stringify({ ...emails, PageCount: "one" }));
  // How a team's code calls the mock: the client, pointed at the URL the command printed.
  writeFileSync(
    join(project, "call.mjs"),
    `import { createAdultWorkClient, unwrap } from "adultwork-api-client";
const client = createAdultWorkClient({ baseUrl: process.argv[2], accessToken: "any-token" });
console.log(JSON.stringify(await unwrap(client.GET("/v1/Email/GetEmails"))));
`,
  );
}, 600_000);

afterAll(async () => {
  for (const child of started) await stop(child);
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("npx adultwork-api-client mock, from a project that installed the tarball", () => {
  test("the package names Prism as an optional peer, not a dependency", () => {
    // Written as npm normalises it (no "./"), so publishing changes nothing.
    expect(pkg.bin).toEqual({ "adultwork-api-client": "dist/esm/src/mock/cli.js" });
    expect(pkg.dependencies["@stoplight/prism-cli"]).toBeUndefined();
    expect(pkg.peerDependenciesMeta["@stoplight/prism-cli"]).toEqual({ optional: true });
  });

  test("without Prism installed, the command names every peer it needs in one install line and exits 1", async () => {
    const { code, output } = await mockCommand(["mock", "--port", String(await freePort())]);
    expect(code).toBe(1);
    const peers = ["@stoplight/prism-cli", "ajv", "ajv-formats"].map((n) => `${n}@"${pkg.peerDependencies[n]}"`).join(" ");
    expect(output).toContain(`npm install --save-dev ${peers}`);
  }, 120_000);

  test("with Prism installed, it serves the team's fixture and the client receives it", async () => {
    run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--save-dev", `@stoplight/prism-cli@${prismVersion}`, ...peerSpecs().filter((p) => /^ajv/.test(p))], project);
    const port = await freePort();
    const { child, output, code } = await mockCommand(["mock", "--port", String(port), "--host", "127.0.0.1", "--fixtures", "fixtures"]);
    try {
      expect(code, output).toBeNull();
      expect(output).toContain(`Mock AdultWork API at http://127.0.0.1:${port} with 1 fixture(s) from fixtures`);
      const answer = run(process.execPath, ["call.mjs", `http://127.0.0.1:${port}`], project);
      expect(JSON.parse(answer)).toEqual(emails);
    } finally {
      await stop(child);
    }
  }, 300_000);

  test("a fixture that does not fit is refused with its operationId and JSON pointer, and nothing listens", async () => {
    const port = await freePort();
    const { code, output } = await mockCommand(["mock", "--port", String(port), "--fixtures", "bad-fixtures"]);
    expect(code).toBe(1);
    expect(output).toContain("getEmails.json: getEmails 200 at /PageCount: must be integer");
    await expect(fetch(`http://127.0.0.1:${port}/v1/Email/GetEmails`)).rejects.toThrow();
  }, 120_000);
});
