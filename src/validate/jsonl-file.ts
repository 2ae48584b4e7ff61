// Node only: appends findings to a JSON-lines file. Loaded on demand, so the validate entry itself
// never imports node:fs and stays usable in browsers.
/// <reference types="node" />
import { appendFile, mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import type { DriftFinding } from "./findings.js";

/** Format version of each line, for `npm run drift:report`. */
export const LINE_VERSION = 1;

/**
 * A writer that appends one line per finding, in call order, creating the folder if needed. Lines
 * of one response share a `response` tag (this writer's random run tag and a counter), so a report
 * can count responses.
 */
export function jsonLinesWriter(file: string): (findings: readonly DriftFinding[]) => Promise<void> {
  let queue: Promise<void> = mkdir(dirname(file), { recursive: true }).then(() => undefined);
  const run = Math.random().toString(36).slice(2, 8);
  let responses = 0;
  return (findings) => {
    const at = new Date().toISOString();
    const response = `${run}-${++responses}`;
    const text = findings.map((f) => JSON.stringify({ v: LINE_VERSION, at, response, ...f })).join("\n") + "\n";
    queue = queue.then(() => appendFile(file, text, "utf8"));
    return queue;
  };
}
