import { type CallInfo } from "./errors.js";
import type { Redactor } from "./redact.js";
/**
 * Wraps the client's call methods (in place, so the group-manager client built on them is covered
 * too). `callOf` finds what the client recorded about the response a call received.
 */
export declare function guardCalls(core: object, redactor: Redactor, callOf: (response: Response) => CallInfo | undefined): void;
//# sourceMappingURL=guard.d.ts.map