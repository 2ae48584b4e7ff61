// The version policy in code: the released contracts kept in releases/, and when a version
// number announces a breaking change (CHANGELOG.md states the policy).
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./proc.mjs";

export const RELEASES = join(ROOT, "releases");
const SNAPSHOT = /^openapi-(\d+\.\d+\.\d+)\.json$/;

/** [major, minor, patch] of a plain semver version (no pre-release: releases are final). */
export function parseVersion(version) {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(String(version));
  if (!m) throw new Error(`Not a release version (x.y.z): ${JSON.stringify(version)}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

export function compareVersions(a, b) {
  const [x, y] = [parseVersion(a), parseVersion(b)];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}

/**
 * True when `next` is a breaking release after `released`: outside npm's caret range
 * `^released`, so no consumer's `^` dependency picks it up by itself. For 1.0.0 and later that
 * means a new major; for 0.y.z a new minor (0.1.4 -> 0.2.0); for 0.0.z any new patch.
 */
export function isBreakingRelease(released, next) {
  const [a, b, c] = parseVersion(released);
  const [x, y, z] = parseVersion(next);
  if (a > 0) return x > a;
  if (b > 0) return x > 0 || y > b;
  return x > 0 || y > 0 || z > c;
}

/** The semver part a breaking change after `released` must bump: "major", or "minor" while 0.x. */
export const breakingPart = (released) => (parseVersion(released)[0] > 0 ? "major" : parseVersion(released)[1] > 0 ? "minor" : "patch");

/**
 * The newest released contract in `dir`, or null before the first release.
 * @returns {{ version: string, path: string } | null}
 */
export function latestRelease(dir = RELEASES) {
  const found = readdirSync(dir)
    .map((name) => SNAPSHOT.exec(name))
    .filter(Boolean)
    .map((m) => ({ version: m[1], path: join(dir, m[0]) }))
    .sort((p, q) => compareVersions(q.version, p.version));
  return found[0] ?? null;
}
