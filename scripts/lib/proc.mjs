// Process helpers the build scripts share: where the repository is, and running a tool quietly.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Path of a command installed in node_modules/.bin. */
export const bin = (name) => join(ROOT, "node_modules", ".bin", name);
export const redoclyBin = () => bin("redocly");

/**
 * Runs a command from the repository root and returns its stdout. Output is captured (Redocly
 * prints banners) and shown only when the command fails.
 */
export function run(cmd, args, { env } = {}) {
  const res = spawnSync(cmd, args, {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true", ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (res.status !== 0) {
    const out = [res.stdout, res.stderr].filter(Boolean).join("\n");
    throw new Error(`${[cmd, ...args].join(" ")} failed (exit ${res.status ?? res.signal}):\n${out}`);
  }
  return res.stdout;
}
