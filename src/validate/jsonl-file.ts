// Node only: appends findings to a JSON-lines file. Loaded on demand, so the validate entry itself
// never imports node:fs and stays usable in browsers.
import { appendFile, mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import type { DriftFinding } from "./findings.js";

/** Format version of each line, for `npm run drift:report`. */
export const LINE_VERSION = 1;

/** A writer that appends one line per finding, in call order, creating the folder if needed. */
export function jsonLinesWriter(file: string): (findings: readonly DriftFinding[]) => Promise<void> {
  let queue: Promise<void> = mkdir(dirname(file), { recursive: true }).then(() => undefined);
  return (findings) => {
    const at = new Date().toISOString();
    const text = findings.map((f) => JSON.stringify({ v: LINE_VERSION, at, ...f })).join("\n") + "\n";
    queue = queue.then(() => appendFile(file, text, "utf8"));
    return queue;
  };
}
