import type { OperationInfo } from "./operations.js";
export type RuntimeOperation = Pick<OperationInfo, "method" | "path" | "security" | "apiKeyParam" | "idempotent" | "scopes" | "scopeFlags" | "paging" | "groupVariant" | "groupUserIdIn" | "server">;
export declare const runtimeOperations: Readonly<Record<string, RuntimeOperation>>;
//# sourceMappingURL=runtime-operations.d.ts.map