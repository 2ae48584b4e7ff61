// Consumer projects for the package tests: a fresh folder outside the repository, a package.json
// of its own, and the package installed the way another team installs it (tarball or git), with
// npm's cache answering for the dependencies (`npm ci` has filled it), so nothing needs the network.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { npmEnv, packPackage } from "../../scripts/check-package.mjs";
import { ROOT } from "../../scripts/lib/proc.mjs";

export const NAME = "adultwork-api-client";
export const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  version: string;
  exports: Record<string, unknown>;
  devDependencies: Record<string, string>;
  peerDependencies?: Record<string, string>;
};
export const exportKeys = Object.keys(pkg.exports);
export const codeEntries = exportKeys.filter((k) => !k.endsWith(".json"));
export const specifierOf = (key: string) => (key === "." ? NAME : `${NAME}${key.slice(1)}`);

/** The version of a dev dependency as installed here, so a consumer gets it from npm's cache. */
export function installedVersion(name: string): string {
  return JSON.parse(readFileSync(join(ROOT, "node_modules", name, "package.json"), "utf8")).version;
}

/**
 * The optional peers (the libraries of the optional entry points), at the versions installed here:
 * a project that imports every entry installs them beside the package, as the README says.
 */
export function peerSpecs(): string[] {
  return Object.keys(pkg.peerDependencies ?? {}).map((name) => `${name}@${installedVersion(name)}`);
}

/** Runs a command; on failure the error carries its whole output. */
export function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): string {
  try {
    return execFileSync(cmd, args, { cwd, env, encoding: "utf8", stdio: "pipe", maxBuffer: 64 * 1024 * 1024 });
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${[cmd, ...args].join(" ")} failed: ${e.message}\n${e.stdout ?? ""}\n${e.stderr ?? ""}`);
  }
}

/** Runs a command to its end: its exit status and everything it printed, stdout and stderr in one. */
export function runAll(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): { status: number | null; output: string } {
  const res = spawnSync(cmd, args, { cwd, env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { status: res.status, output: `${res.stdout ?? ""}${res.stderr ?? ""}${res.error ? String(res.error) : ""}` };
}

export interface Workspace {
  dir: string;
  /** Creates a project folder with this package.json and these files. */
  project(name: string, packageJson: Record<string, unknown>, files?: Record<string, string>): string;
  /** `npm install` in a project, from the cache where it can. */
  install(project: string, specs: string[]): string;
  /** Packs the package once per workspace; returns the tarball's path and its file list. */
  tarball(): { path: string; files: string[] };
  remove(): void;
}

export function workspace(prefix: string): Workspace {
  const dir = mkdtempSync(join(tmpdir(), `aw-${prefix}-`));
  let packed: { path: string; files: string[] } | undefined;
  return {
    dir,
    project(name, packageJson, files = {}) {
      const project = join(dir, name);
      mkdirSync(project, { recursive: true });
      writeFileSync(join(project, "package.json"), JSON.stringify({ name, private: true, ...packageJson }, null, 2));
      for (const [file, text] of Object.entries(files)) writeFileSync(join(project, file), text);
      return project;
    },
    install(project, specs) {
      return run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", ...specs], project, npmEnv());
    },
    tarball() {
      if (!packed) {
        const { tarball, files } = packPackage(dir);
        packed = { path: tarball, files };
      }
      return packed;
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Every strict flag TypeScript has, as a team that wants the most from its types would set them;
 * skipLibCheck off, so the package's own declarations are checked too.
 */
export const STRICTEST = {
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  noImplicitOverride: true,
  noImplicitReturns: true,
  noFallthroughCasesInSwitch: true,
  noPropertyAccessFromIndexSignature: true,
  noUnusedLocals: true,
  noUnusedParameters: true,
  allowUnreachableCode: false,
  allowUnusedLabels: false,
  isolatedModules: true,
  skipLibCheck: false,
  target: "ES2022",
  lib: ["ES2023"],
  types: ["node"],
  noEmit: true,
};

const tscBin = join(ROOT, "node_modules", "typescript", "bin", "tsc");

/** Type-checks (or, with `outDir`, compiles) `files` in `project` under STRICTEST plus `options`. */
export function tsc(project: string, name: string, options: Record<string, unknown>, files: string[]): string {
  const config = join(project, `tsconfig.${name}.json`);
  writeFileSync(config, JSON.stringify({ compilerOptions: { ...STRICTEST, ...options }, files }, null, 2));
  return run(process.execPath, [tscBin, "-p", config], project);
}
