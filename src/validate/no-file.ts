// What `#validate-file` resolves to outside Node (package.json "imports"): browsers have no file
// system, so a `file` option fails with a clear error instead of breaking the bundle.
import { AdultWorkUsageError } from "../errors.js";
import type { DriftFinding } from "./findings.js";


export function jsonLinesWriter(file: string): (findings: readonly DriftFinding[]) => Promise<void> {
  throw new AdultWorkUsageError(`responseValidation({ file }) needs Node's file system; ${JSON.stringify(file)} cannot be written here: use onFinding instead`);
}
