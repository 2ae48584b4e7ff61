import { operations, unifiedLogin } from "../generated/operations.js";
export {
  operations,
  unifiedLogin
};
//# sourceMappingURL=operation-table.js.map
