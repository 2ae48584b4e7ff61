import type { DriftFinding } from "./findings.js";
/** Format version of each line, for `npm run drift:report`. */
export declare const LINE_VERSION = 1;
/**
 * A writer that appends one line per finding, in call order, creating the folder if needed. Lines
 * of one response share a `response` tag (this writer's random run tag and a counter), so a report
 * can count responses.
 */
export declare function jsonLinesWriter(file: string): (findings: readonly DriftFinding[]) => Promise<void>;
//# sourceMappingURL=jsonl-file.d.ts.map