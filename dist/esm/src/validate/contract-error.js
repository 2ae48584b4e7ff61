import { AdultWorkCallError, brandErrorClasses } from "../errors.js";
const where = (f) => f.pointer === "" ? "(body)" : f.pointer;
class AdultWorkContractError extends AdultWorkCallError {
  name = "AdultWorkContractError";
  operationId;
  status;
  /** The first finding's pointer. */
  pointer;
  findings;
  constructor(findings) {
    const first = findings[0];
    if (!first) throw new TypeError("AdultWorkContractError needs at least one finding");
    const more = findings.length > 1 ? ` (and ${findings.length - 1} more finding${findings.length > 2 ? "s" : ""})` : "";
    super(
      `AdultWork API ${first.operationId} (${first.method} ${first.path}) answered HTTP ${first.status} outside its contract: ${first.kind} at ${where(first)}, expected ${first.expected}, observed ${first.observed}${more}`,
      first
    );
    this.operationId = first.operationId;
    this.status = first.status;
    this.pointer = first.pointer;
    this.findings = findings;
  }
}
const describeFinding = (f) => `${f.operationId} HTTP ${f.status}: ${f.kind} at ${where(f)}, expected ${f.expected}, observed ${f.observed}${f.count > 1 ? ` (\xD7${f.count})` : ""}`;
brandErrorClasses({ AdultWorkContractError });
export {
  AdultWorkContractError,
  describeFinding
};
//# sourceMappingURL=contract-error.js.map
