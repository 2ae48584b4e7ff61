import type { Middleware } from "openapi-fetch";
import type { DriftFinding } from "./findings.js";
/** "off" checks nothing; "warn" reports findings; "throw" reports them, then throws AdultWorkContractError. */
export type ValidateResponses = "off" | "warn" | "throw";
export interface ResponseValidationOptions {
    /** Default "off", so the same code can ship with it on in staging only. */
    validateResponses?: ValidateResponses | undefined;
    /** Called once per finding of each response. Without it (and without `file`) findings go to console.warn. */
    onFinding?: ((finding: DriftFinding) => void) | undefined;
    /** Append findings to this JSON-lines file (Node only); read it with `npm run drift:report FILE`. */
    file?: string | undefined;
}
/**
 * Checks every response of a client against its operation in `generated/openapi.json`:
 *
 * ```ts
 * import { responseValidation } from "adultwork-api-client/validate";
 * aw.use(responseValidation({ validateResponses: "warn", file: "drift.jsonl" }));
 * ```
 *
 * The body is checked without being read, so callers get the response as before. Findings are
 * delivered before the call returns.
 */
export declare function responseValidation(options?: ResponseValidationOptions): Middleware;
//# sourceMappingURL=middleware.d.ts.map