import type { OperationInfo } from "./operations.js";
export type RuntimeOperation = Pick<OperationInfo, "method" | "path" | "security" | "apiKeyParam" | "idempotent" | "groupVariant" | "groupUserIdIn" | "server" | "responseBody">;
export declare const runtimeOperations: Readonly<Record<string, RuntimeOperation>>;
//# sourceMappingURL=runtime-operations.d.ts.map