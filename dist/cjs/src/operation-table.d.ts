export { operations, unifiedLogin, type OperationId, type OperationInfo, type Operations } from "../generated/operations.js";
//# sourceMappingURL=operation-table.d.ts.map