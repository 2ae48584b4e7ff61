// The route teams take before a registry copy exists: `npm install git+<url>`. The repository holds
// its built dist/, so the install needs no build step, which npm 11 and pnpm 10 would skip for a
// git dependency unless the consumer approved it. This installs the repository by git+file:// into
// a fresh project, at the commit of the working tree (tracked changes included), then loads and
// type-checks every entry.
import { execFileSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { ROOT } from "../../scripts/lib/proc.mjs";
import { codeEntries, exportKeys, installedVersion, NAME, peerSpecs, run, specifierOf, tsc, workspace, type Workspace } from "../support/consumer.js";

const prismUrl = inject("prismUrl");
let ws: Workspace;
let project = "";
let installLog = "";

const git = (...args: string[]) => execFileSync("git", args, { cwd: ROOT, encoding: "utf8" }).trim();
const TAG_PREFIX = "aw-git-install-test-";
let tag = "";

/**
 * A tag on a commit of the working tree as it is (`git stash create` writes a commit without
 * touching the branch or the index), else on HEAD. A clone fetches tags, so npm can check it out;
 * the install goes by tag, the route a team pins a version with.
 */
function tagWorkingTree(): string {
  for (const old of git("tag", "--list", `${TAG_PREFIX}*`).split("\n").filter(Boolean)) git("tag", "-d", old);
  const commit = git("stash", "create") || git("rev-parse", "HEAD");
  const name = `${TAG_PREFIX}${process.pid}`;
  git("tag", name, commit);
  return name;
}

beforeAll(() => {
  ws = workspace("git");
  project = ws.project("git-consumer", { type: "module" });
  const imports = codeEntries.map((k, i) => `import * as entry${i} from "${specifierOf(k)}";`).join("\n");
  writeFileSync(
    join(project, "entries.ts"),
    `${imports}\nimport { createAdultWorkClient, unwrap, NotFoundError } from "${NAME}";\n` +
      `export const entries = [${codeEntries.map((_, i) => `entry${i}`).join(", ")}];\n` +
      `export const call = (baseUrl: string) => unwrap(createAdultWorkClient({ baseUrl, accessToken: "t" }).GET("/v1/Webcam/MadeBookingDetails", { params: { query: { BookingID: 1 } } }));\n` +
      `export const isNotFound = (e: unknown): boolean => e instanceof NotFoundError;\n`,
  );
  writeFileSync(
    join(project, "load.mjs"),
    `const keys = ${JSON.stringify(exportKeys)};\nconst out = {};\n` +
      `for (const key of keys) {\n  const spec = key === "." ? "${NAME}" : "${NAME}" + key.slice(1);\n` +
      `  const m = key.endsWith(".json") ? await import(spec, { with: { type: "json" } }) : await import(spec);\n  out[key] = Object.keys(m).length;\n}\n` +
      `const { createAdultWorkClient, unwrap } = await import("${NAME}");\n` +
      `const b = await unwrap(createAdultWorkClient({ baseUrl: process.env.AW_BASE_URL, accessToken: "t" }).GET("/v1/Webcam/MadeBookingDetails", { params: { query: { BookingID: 1 } } }));\n` +
      `console.log(JSON.stringify({ out, booking: b.WebcamBookingID }));\n`,
  );
  tag = tagWorkingTree();
  installLog = ws.install(project, [`git+file://${ROOT}#${tag}`, ...peerSpecs(), `@types/node@${installedVersion("@types/node")}`]);
}, 300_000);

afterAll(() => {
  if (tag) git("tag", "-d", tag);
  ws?.remove();
});

describe("a project that installs the package from git", () => {
  test("the install runs no build script and leaves the built code of every entry", () => {
    expect(installLog).not.toMatch(/install-scripts|allowScripts/);
    const installed = join(project, "node_modules", NAME);
    expect(existsSync(join(installed, "dist", "esm", "src", "index.js"))).toBe(true);
    expect(existsSync(join(installed, "dist", "cjs", "src", "index.js"))).toBe(true);
  });

  test("imports every entry and calls the mock API", () => {
    const { out, booking } = JSON.parse(run(process.execPath, ["load.mjs"], project, { ...process.env, AW_BASE_URL: prismUrl }));
    for (const key of exportKeys) expect(out[key], key).toBeGreaterThan(0);
    expect(typeof booking).toBe("number");
  });

  test("require() loads every code entry", () => {
    const script = `for (const k of ${JSON.stringify(codeEntries)}) { const m = require(k === "." ? "${NAME}" : "${NAME}" + k.slice(1)); if (!Object.keys(m).length) throw new Error(k); } console.log("ok");`;
    expect(run(process.execPath, ["-e", script], project).trim()).toBe("ok");
  });

  test("type-checks every entry under every strict flag", () => {
    tsc(project, "git", { module: "nodenext", moduleResolution: "nodenext" }, ["entries.ts"]);
  }, 120_000);
});
