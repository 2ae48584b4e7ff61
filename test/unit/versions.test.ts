// The version policy's arithmetic: which version numbers announce a breaking release.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { loadBundle } from "../../scripts/lib/contract.mjs";
import { buildOperationTable } from "../../scripts/lib/operations.mjs";
import { ROOT } from "../../scripts/lib/proc.mjs";
import { breakingPart, compareVersions, isBreakingRelease, parseVersion } from "../../scripts/lib/versions.mjs";

describe("version policy", () => {
  test.each([
    ["1.4.2", "2.0.0", true],
    ["1.4.2", "1.5.0", false],
    ["1.4.2", "1.4.3", false],
    ["1.4.2", "3.0.0", true],
    ["0.1.0", "0.2.0", true],
    ["0.1.4", "0.1.5", false],
    ["0.1.0", "1.0.0", true],
    ["0.0.3", "0.0.4", true],
    ["0.1.0", "0.1.0", false],
  ])("after %s, %s is a breaking release: %s (outside npm's caret range)", (released, next, expected) => {
    expect(isBreakingRelease(released, next)).toBe(expected);
  });

  test("the part to bump for a breaking change is the first non-zero one", () => {
    expect(breakingPart("2.3.4")).toBe("major");
    expect(breakingPart("0.3.4")).toBe("minor");
    expect(breakingPart("0.0.4")).toBe("patch");
  });

  test("versions compare numerically, not as text", () => {
    expect(compareVersions("0.10.0", "0.9.0")).toBeGreaterThan(0);
    expect(compareVersions("1.0.0", "1.0.0")).toBe(0);
  });

  test("a version that is not x.y.z is refused", () => {
    expect(() => parseVersion("1.0")).toThrow(/x\.y\.z/);
    expect(() => parseVersion("1.0.0-beta.1")).toThrow(/x\.y\.z/);
  });
});

describe("versions a reader can follow", () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
  const contract = loadBundle();

  test("the contract's info.version, which the reference shows beside its title, is the package's version", () => {
    expect(contract.info.version).toBe(pkg.version);
  });

  test("the description tells the API's own version (v1, in every API path) apart from the contract's", () => {
    expect(contract.info.description).toMatch(/API's own version is v1, the `\/v1` that starts every API\s+path/);
    // The statement holds: every path on the API host starts with /v1/ (the token endpoint lives on the login host).
    const table = buildOperationTable(contract);
    const onApiHost = Object.values(table).filter((op) => !op.server);
    expect(onApiHost.length).toBeGreaterThan(0);
    expect(onApiHost.filter((op) => !op.path.startsWith("/v1/")).map((op) => op.path)).toEqual([]);
  });
});
