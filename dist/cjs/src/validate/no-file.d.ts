import type { DriftFinding } from "./findings.js";
export declare function jsonLinesWriter(file: string): (findings: readonly DriftFinding[]) => Promise<void>;
//# sourceMappingURL=no-file.d.ts.map