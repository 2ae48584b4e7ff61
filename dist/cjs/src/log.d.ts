import type { AdultWorkError } from "./errors.js";
/** Names the call an event belongs to: the documented path, never the URL (which may hold the API key). */
export interface LoggedCall {
    operationId: string | undefined;
    method: string;
    path: string;
}
export type AdultWorkLogEvent = (LoggedCall & {
    type: "request";
    attempt: number;
}) | (LoggedCall & {
    type: "response";
    attempt: number;
    status: number;
}) | (LoggedCall & {
    type: "retry";
    attempt: number;
    delayMs: number;
    reason: string;
}) | {
    type: "refresh";
    reason: "expiring" | "rejected";
} | (LoggedCall & {
    type: "error";
    attempts: number;
    error: AdultWorkError;
});
export type Logger = (event: AdultWorkLogEvent) => void;
/** Calls the app's logger; a logger that throws must not break the call it reports on. */
export declare function emit(logger: Logger | undefined, event: AdultWorkLogEvent): void;
//# sourceMappingURL=log.d.ts.map