// The error "throw" mode raises when a response leaves the contract.
import { AdultWorkCallError, brandErrorClasses } from "../errors.js";
import type { DriftFinding } from "./findings.js";

const where = (f: DriftFinding) => (f.pointer === "" ? "(body)" : f.pointer);

/**
 * A response did not keep to the contract. Names the operation and the first finding's pointer;
 * `findings` holds all of them. Built from findings only, so it carries no value of the body.
 */
export class AdultWorkContractError extends AdultWorkCallError {
  override name = "AdultWorkContractError";
  override readonly operationId: string;
  readonly status: number;
  /** The first finding's pointer. */
  readonly pointer: string;
  readonly findings: readonly DriftFinding[];

  constructor(findings: readonly DriftFinding[]) {
    const first = findings[0];
    if (!first) throw new TypeError("AdultWorkContractError needs at least one finding");
    const more = findings.length > 1 ? ` (and ${findings.length - 1} more finding${findings.length > 2 ? "s" : ""})` : "";
    super(
      `AdultWork API ${first.operationId} (${first.method} ${first.path}) answered HTTP ${first.status} outside its contract: ` +
        `${first.kind} at ${where(first)}, expected ${first.expected}, observed ${first.observed}${more}`,
      first,
    );
    this.operationId = first.operationId;
    this.status = first.status;
    this.pointer = first.pointer;
    this.findings = findings;
  }
}

/** One line for a console warning. */
export const describeFinding = (f: DriftFinding) =>
  `${f.operationId} HTTP ${f.status}: ${f.kind} at ${where(f)}, expected ${f.expected}, observed ${f.observed}${f.count > 1 ? ` (×${f.count})` : ""}`;

brandErrorClasses({ AdultWorkContractError });
