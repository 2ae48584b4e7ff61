import type { OperationInfo } from "./operations.js";
export declare const operationPaging: Readonly<Record<string, NonNullable<OperationInfo["paging"]>>>;
//# sourceMappingURL=operation-paging.d.ts.map