// The breaking-change check: the contract against its last release, and what the check makes of
// each kind of change, shown on copies of the released contract changed in one way each.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { checkBreaking } from "../../scripts/check-breaking.mjs";
import { recordRelease } from "../../scripts/release.mjs";
import { ROOT } from "../../scripts/lib/proc.mjs";
import { latestRelease } from "../../scripts/lib/versions.mjs";

type Json = Record<string, any>;
const release = latestRelease();
if (!release) throw new Error("releases/ holds no released contract");
const released: Json = JSON.parse(readFileSync(release.path, "utf8"));
const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
const tmp = mkdtempSync(join(tmpdir(), "aw-breaking-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let n = 0;
/** Writes the released contract, changed by `edit`, to a file and returns its path. */
function revised(edit: (doc: Json) => void): string {
  const doc = structuredClone(released);
  edit(doc);
  const path = join(tmp, `revision-${++n}.json`);
  writeFileSync(path, JSON.stringify(doc, null, 2));
  return path;
}
const check = (revision: string, next = release.version) =>
  checkBreaking({ base: release.path, revision, releasedVersion: release.version, version: next });

const BREAKING: [string, (doc: Json) => void][] = [
  ["an operation removed", (d) => delete d.paths["/v1/Webcam/DeleteMadeBookings"]],
  [
    "a new required parameter",
    (d) => d.paths["/v1/Webcam/MadeBookings"].get.parameters.push({ name: "Region", in: "query", required: true, schema: { type: "string" } }),
  ],
  ["an optional parameter made required", (d) => (d.components.parameters.PageNumber.required = true)],
  ["a new required body property", (d) => d.paths["/v1/Webcam/CreateBooking"].post.requestBody.content["application/json"].schema.required.push("Notes")],
  ["an enum value removed from a request", (d) => d.components.schemas.SoftwareTypeID.enum.pop()],
  ["a tightened range", (d) => (d.components.parameters.BookingsPerPage.schema.maximum = 20)],
  ["a tightened pattern", (d) => (d.components.schemas.IdList.pattern = "^\\d+$")],
  ["a response property removed", (d) => delete d.components.schemas.WebcamBooking.properties.Credits],
  ["a response property that may be null", (d) => (d.components.schemas.WebcamBooking.properties.Credits.type = ["number", "null"])],
  ["an operationId renamed", (d) => (d.paths["/v1/Webcam/MadeBookings"].get.operationId = "listMadeWebcamBookings")],
  ["a new scope required", (d) => d.paths["/v1/Webcam/MadeBookings"].get.security[0].UnifiedLogin.push("account_information")],
];

describe("npm run check:breaking", () => {
  test(`the contract has no breaking change since release ${release.version} that version ${version} does not announce`, () => {
    const result = check(join(ROOT, "generated", "openapi.json"), version);
    expect(result.ok, result.report).toBe(true);
  });

  test("new operations are not breaking", () => {
    const result = check(
      revised((d) => {
        d.paths["/v1/Webcam/AddedLater"] = structuredClone(d.paths["/v1/Webcam/MadeBookings"]);
        d.paths["/v1/Webcam/AddedLater"].get.operationId = "addedLater";
      }),
    );
    expect(result.ok, result.report).toBe(true);
    expect(result.breaking).toEqual([]);
    expect(result.changes.map((c: Json) => c.impact)).toContain("minor");
  });

  test("a reworded description is not breaking", () => {
    const result = check(revised((d) => (d.info.description += "\nOne more sentence.")));
    expect(result.ok, result.report).toBe(true);
    expect(result.changes.length).toBeGreaterThan(0);
  });

  test.each(BREAKING)("%s is breaking: refused at the same version, accepted after a breaking bump", (_name, edit) => {
    const revision = revised(edit);
    const refused = check(revision);
    expect(refused.ok).toBe(false);
    expect(refused.breaking.length).toBeGreaterThan(0);
    expect(refused.report).toMatch(/does not announce/);
    const accepted = check(revision, "1.0.0");
    expect(accepted.ok, accepted.report).toBe(true);
  });
});

describe("npm run release", () => {
  const changelogFor = (v: string) => `# Changelog\n\n## [Unreleased]\n\n## [${v}]\n\n- Things.\n`;
  const releasesDir = () => {
    const dir = mkdtempSync(join(tmp, "releases-"));
    writeFileSync(join(dir, `openapi-${release.version}.json`), JSON.stringify(released));
    return dir;
  };

  test("records the contract under the new version and drops the older snapshot", () => {
    const dir = releasesDir();
    const contract = revised(() => {});
    const { target } = recordRelease({ version: "9.0.0", changelog: changelogFor("9.0.0"), contract, dir });
    expect(target).toBe(join(dir, "openapi-9.0.0.json"));
    expect(JSON.parse(readFileSync(target, "utf8"))).toEqual(released);
    expect(latestRelease(dir)?.version).toBe("9.0.0");
    expect(() => readFileSync(join(dir, `openapi-${release.version}.json`))).toThrow();
  });

  test("refuses a version that is not newer, one the changelog does not name, and an unannounced breaking change", () => {
    const dir = releasesDir();
    const contract = revised(() => {});
    expect(() => recordRelease({ version: release.version, changelog: changelogFor(release.version), contract, dir })).toThrow(/not newer/);
    expect(() => recordRelease({ version: "9.0.0", changelog: changelogFor("8.0.0"), contract, dir })).toThrow(/no "## \[9\.0\.0\]" section/);
    const [major, minor, patch] = release.version.split(".").map(Number);
    const inRange = major! > 0 ? `${major}.${minor! + 1}.0` : `0.${minor}.${patch! + 1}`;
    const breaking = revised(BREAKING[0]![1]);
    expect(() => recordRelease({ version: inRange, changelog: changelogFor(inRange), contract: breaking, dir })).toThrow(/does not announce/);
    expect(latestRelease(dir)?.version).toBe(release.version);
  });
});
