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
}
/** Something about the client's configuration the app should know; sent once, when the client is created. */
 | {
    type: "warning";
    code: "insecure-http";
    message: string;
} | (LoggedCall & {
    type: "error";
    attempts: number;
    error: AdultWorkError;
});
/** A logger may be async: what it returns is not awaited, and a rejection is dropped. */
export type Logger = (event: AdultWorkLogEvent) => void;
/**
 * Calls the app's logger. Logging is best effort: a logger that throws, or returns a promise that
 * rejects, must not break the call it reports on, nor end the process with an unhandled rejection.
 */
export declare function emit(logger: Logger | undefined, event: AdultWorkLogEvent): void;
//# sourceMappingURL=log.d.ts.map