import { AdultWorkCallError } from "../errors.js";
import type { DriftFinding } from "./findings.js";
/**
 * A response did not keep to the contract. Names the operation and the first finding's pointer;
 * `findings` holds all of them. Built from findings only, so it carries no value of the body.
 */
export declare class AdultWorkContractError extends AdultWorkCallError {
    name: string;
    readonly operationId: string;
    readonly status: number;
    /** The first finding's pointer. */
    readonly pointer: string;
    readonly findings: readonly DriftFinding[];
    constructor(findings: readonly DriftFinding[]);
}
/** One line for a console warning. */
export declare const describeFinding: (f: DriftFinding) => string;
//# sourceMappingURL=contract-error.d.ts.map