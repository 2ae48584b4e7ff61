#!/usr/bin/env node
// `npm run check:breaking`: compares the contract (generated/openapi.json) with the last released
// one (releases/openapi-<version>.json) and fails on a breaking change that package.json's version
// does not announce. Redocly's `diff` rates each change; releases/redocly-diff.yaml holds its rules.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, redoclyBin, run } from "./lib/proc.mjs";
import { BUNDLE_PATH } from "./lib/contract.mjs";
import { RELEASES, breakingPart, isBreakingRelease, latestRelease } from "./lib/versions.mjs";

const DIFF_RULES = join(RELEASES, "redocly-diff.yaml");

/**
 * Every change from `base` to `revision` (paths to OpenAPI documents) with the impact Redocly
 * rates it: { impact: "major" | "minor" | "patch", kind, where, messages }.
 */
export function diffContracts(base, revision) {
  const dir = mkdtempSync(join(tmpdir(), "aw-diff-"));
  try {
    const out = join(dir, "diff.json");
    run(process.execPath, [redoclyBin(), "diff", base, revision, "--config", DIFF_RULES, "--format", "json", "--fail-on", "none", "--output", out]);
    const report = JSON.parse(readFileSync(out, "utf8"));
    return report.changes.map((c) => ({
      impact: c.impact,
      kind: c.kind,
      where: decodeURIComponent(c.path).replace(/~1/g, "/").replace(/~0/g, "~"),
      messages: c.verdicts.map((v) => `${v.message} (${v.ruleId})`),
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The check itself. `ok` is false when a change is breaking (impact major) and `version` is still
 * inside the caret range of `releasedVersion`. `report` explains the verdict in a few lines.
 */
export function checkBreaking({ base, revision = BUNDLE_PATH, releasedVersion, version }) {
  const changes = diffContracts(base, revision);
  const breaking = changes.filter((c) => c.impact === "major");
  const announced = isBreakingRelease(releasedVersion, version);
  const ok = breaking.length === 0 || announced;
  const lines = [`Contract compared with release ${releasedVersion}: ${changes.length} changes, ${breaking.length} breaking.`];
  for (const c of breaking) lines.push(`  breaking: ${c.messages.join("; ") || `${c.kind} ${c.where}`}`);
  if (breaking.length && announced) lines.push(`Announced: version ${version} is a breaking release after ${releasedVersion}.`);
  if (!ok) {
    lines.push(
      `Version ${version} does not announce them. Either undo the changes, or bump the ${breakingPart(releasedVersion)} version ` +
        `in package.json and list them under BREAKING in CHANGELOG.md.`,
    );
  }
  return { ok, changes, breaking, report: lines.join("\n") };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const release = latestRelease();
  if (!release) {
    console.log("No released contract in releases/: nothing to compare with.");
  } else {
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    const { ok, report } = checkBreaking({ base: release.path, releasedVersion: release.version, version });
    console.log(report);
    process.exitCode = ok ? 0 : 1;
  }
}
