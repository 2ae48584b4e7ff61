import { responseValidation } from "./middleware.js";
import { createDriftChecker } from "./checker.js";
import { AdultWorkContractError, describeFinding } from "./contract-error.js";
export {
  AdultWorkContractError,
  createDriftChecker,
  describeFinding,
  responseValidation
};
//# sourceMappingURL=index.js.map
