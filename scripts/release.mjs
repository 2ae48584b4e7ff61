#!/usr/bin/env node
// `npm run release`: records the contract as released under package.json's version, once the
// release is ready: the version is new, CHANGELOG.md has its section, and any breaking change is
// announced by the version (check:breaking). Publishing stays a separate, deliberate step.
import { copyFileSync, readFileSync, rmSync } from "node:fs";
import { basename, join } from "node:path";
import { ROOT, run } from "./lib/proc.mjs";
import { BUNDLE_PATH } from "./lib/contract.mjs";
import { RELEASES, compareVersions, latestRelease, parseVersion } from "./lib/versions.mjs";
import { checkBreaking } from "./check-breaking.mjs";

/**
 * Checks that `version` can be released and writes `dir/openapi-<version>.json` from `contract`,
 * removing the older snapshot (git history keeps it). Throws with the reason when not ready.
 */
export function recordRelease({ version, changelog, contract = BUNDLE_PATH, dir = RELEASES }) {
  parseVersion(version);
  const previous = latestRelease(dir);
  if (previous && compareVersions(version, previous.version) <= 0) {
    throw new Error(`Version ${version} is not newer than the last release, ${previous.version}: bump it in package.json first.`);
  }
  const heading = new RegExp(`^## \\[${version.replace(/\./g, "\\.")}\\]`, "m");
  if (!heading.test(changelog)) {
    throw new Error(`CHANGELOG.md has no "## [${version}]" section: move the Unreleased entries under it first.`);
  }
  let report = "First release: nothing to compare with.";
  if (previous) {
    const check = checkBreaking({ base: previous.path, revision: contract, releasedVersion: previous.version, version });
    if (!check.ok) throw new Error(check.report);
    report = check.report;
  }
  const target = join(dir, `openapi-${version}.json`);
  copyFileSync(contract, target);
  if (previous) rmSync(previous.path);
  return { target, previous, report };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
  try {
    // The released contract must be the one spec/ produces.
    run(process.execPath, [join(ROOT, "scripts", "generate.mjs"), "--check"]);
    const { target, report } = recordRelease({ version, changelog: readFileSync(join(ROOT, "CHANGELOG.md"), "utf8") });
    console.log(report);
    console.log(`Released contract recorded: releases/${basename(target)}.`);
    console.log(`Next: commit, tag v${version}, then \`npm publish\` (prepublishOnly runs the whole suite).`);
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  }
}
