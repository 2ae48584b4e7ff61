#!/usr/bin/env node
// `npm run check:package`: packs the package exactly as `npm publish` would and lints the tarball
// with publint and @arethetypeswrong/cli. The package test (test/package/) runs the same checks.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { ROOT, bin } from "./lib/proc.mjs";

/**
 * Every column attw knows: node10 (through typesVersions), node16 from CommonJS and from ES
 * modules, and bundlers. The package ships both formats, so none may be left out.
 */
export const ATTW_PROFILE = "strict";

/**
 * The environment for an npm child process. `npm test` exports npm_* variables (the project's
 * prefix among them) that would make a nested npm act on this repository instead of its own cwd.
 */
export function npmEnv(extra = {}) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  return { ...env, ...extra };
}

/**
 * Runs `npm pack` into `dest`: it packs the committed dist/ as it is (`npm run dist:check` proves it
 * current). Returns the tarball's path and the list of files it holds.
 */
export function packPackage(dest) {
  const res = spawnSync("npm", ["pack", "--json", "--pack-destination", dest], { cwd: ROOT, env: npmEnv(), encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (res.status !== 0) throw new Error(`npm pack failed (exit ${res.status}):\n${res.stdout}\n${res.stderr}`);
  // Any lifecycle script's output would come before npm's JSON report.
  const report = JSON.parse(res.stdout.slice(res.stdout.indexOf("[")))[0];
  return { tarball: join(dest, report.filename), files: report.files.map((f) => f.path).sort() };
}

/** publint's findings for a tarball, suggestions included, one readable line each. */
export async function publintProblems(tarball) {
  const data = readFileSync(tarball);
  const buffer = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength);
  const { messages, pkg } = await publint({ pack: { tarball: buffer }, level: "suggestion", strict: true });
  return messages.map((m) => `${m.type}: ${formatMessage(m, pkg) ?? m.code}`);
}

/** attw's verdict on a tarball: `ok` and its report (printed whatever the verdict). */
export function attwReport(tarball) {
  const res = spawnSync(process.execPath, [bin("attw"), tarball, "--profile", ATTW_PROFILE, "--no-color"], { cwd: ROOT, encoding: "utf8" });
  return { ok: res.status === 0, output: `${res.stdout}${res.stderr}` };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = mkdtempSync(join(tmpdir(), "aw-pack-"));
  try {
    const { tarball, files } = packPackage(dir);
    console.log(`Packed ${files.length} files.`);
    const lint = await publintProblems(tarball);
    for (const line of lint) console.error(`publint ${line}`);
    console.log(`publint: ${lint.length} problems.`);
    const attw = attwReport(tarball);
    console.log(attw.output.trim());
    console.log(`attw (profile ${ATTW_PROFILE}): ${attw.ok ? "no problems" : "problems found"}.`);
    process.exitCode = lint.length === 0 && attw.ok ? 0 : 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
