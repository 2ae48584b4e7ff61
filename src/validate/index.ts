// adultwork-api-client/validate: opt-in checks of real responses against the contract, reporting
// where the API and the (often partial) docs differ without ever recording a value of a body.
export { responseValidation, type ResponseValidationOptions, type ValidateResponses } from "./middleware.js";
export { createDriftChecker, type DriftChecker, type ResponseToCheck } from "./checker.js";
export { AdultWorkContractError, describeFinding } from "./contract-error.js";
export type { DriftFinding, DriftKind } from "./findings.js";
export type { Shape } from "./shape.js";
