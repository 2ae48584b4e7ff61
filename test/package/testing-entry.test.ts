// adultwork-api-client/testing from outside: a fresh project installs the packed tarball and runs a
// team's unit test (test/package/testing-consumer) under vitest and under Jest. No server, no Prism.
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { peerSpecs } from "../support/consumer.js";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { npmEnv, packPackage } from "../../scripts/check-package.mjs";
import { ROOT } from "../../scripts/lib/proc.mjs";

const vitestVersion: string = JSON.parse(readFileSync(join(ROOT, "node_modules", "vitest", "package.json"), "utf8")).version;
// The Jest the lead's Jest consumer uses; installed from the npm cache.
const JEST = "jest@30";
let work = "";
let project = "";

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = npmEnv()): string {
  try {
    return execFileSync(cmd, args, { cwd, env, encoding: "utf8", stdio: "pipe", maxBuffer: 64 * 1024 * 1024 });
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${[cmd, ...args].join(" ")} failed: ${e.message}\n${e.stdout ?? ""}\n${e.stderr ?? ""}`);
  }
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "aw-testing-entry-"));
  const { tarball } = packPackage(work);
  project = join(work, "consumer");
  mkdirSync(project);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "aw-testing-consumer", private: true, type: "module" }, null, 2));
  copyFileSync(join(ROOT, "test", "package", "testing-consumer", "bookings.test.mjs"), join(project, "bookings.test.mjs"));
  // The testing entry's ajv is an optional peer: a team installs it beside the package.
  run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", tarball, `vitest@${vitestVersion}`, JEST, ...peerSpecs().filter((p) => /^ajv/.test(p))], project);
}, 600_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("a team's unit test with adultwork-api-client/testing", () => {
  test("passes under vitest, with no mock server running", () => {
    const out = run(process.execPath, [join("node_modules", "vitest", "vitest.mjs"), "run", "--globals", "bookings.test.mjs"], project);
    expect(out).toMatch(/3 passed/);
  }, 180_000);

  test("passes under Jest (native ES modules)", () => {
    // Jest reports on stderr.
    const res = spawnSync(process.execPath, ["--experimental-vm-modules", join("node_modules", "jest", "bin", "jest.js"), "--ci", "bookings.test.mjs"], {
      cwd: project,
      env: npmEnv({ NODE_OPTIONS: "--no-warnings" }),
      encoding: "utf8",
    });
    expect(res.status, `${res.stdout}\n${res.stderr}`).toBe(0);
    expect(res.stderr).toMatch(/3 passed/);
  }, 180_000);
});
