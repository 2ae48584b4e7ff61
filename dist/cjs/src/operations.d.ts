import type { OperationId, OperationInfo, operations } from "../generated/operations.js";
import { type RuntimeOperation } from "../generated/runtime-operations.js";
export type { OperationId, OperationInfo, RuntimeOperation, operations };
/** True when the contract has an operation with this operationId. */
export declare function isOperationId(id: unknown): id is OperationId;
/** What the runtime knows about one operation. */
export declare function operationInfo(id: OperationId): RuntimeOperation;
/** The operationId served by `method` on the documented `path`, if the contract has one. */
export declare function operationIdFor(method: string, path: string): OperationId | undefined;
//# sourceMappingURL=operations.d.ts.map