export { responseValidation, type ResponseValidationOptions, type ValidateResponses } from "./middleware.js";
export { createDriftChecker, type DriftChecker, type ResponseToCheck } from "./checker.js";
export { AdultWorkContractError, describeFinding } from "./contract-error.js";
export type { DriftFinding, DriftKind } from "./findings.js";
export type { Shape } from "./shape.js";
//# sourceMappingURL=index.d.ts.map