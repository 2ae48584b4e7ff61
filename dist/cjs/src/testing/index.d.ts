import { type OperationId } from "../operations.js";
import { type SchemaNode } from "../validate/schema.js";
import { AdultWorkUsageError } from "../errors.js";
type Doc = SchemaNode;
/** One request the fake received, as the client sent it. */
export interface RecordedCall {
    /** The operation the request matched; undefined for a path the contract does not have. */
    operationId: OperationId | undefined;
    method: string;
    /** The path, without the base URL's own path. */
    path: string;
    url: URL;
    /** Query parameters (the last value of each). */
    query: Record<string, string>;
    headers: Headers;
    /** The body: parsed JSON or form fields where it is one, else text; undefined without a body. */
    body: unknown;
    /** The status the fake answered with (0 for a scripted network fault). */
    status: number;
}
/** What one scripted call answers: a status with an optional body and headers, or a fault. */
export type ScriptedReply = {
    status: number;
    body?: unknown;
    headers?: Record<string, string>;
}
/** `network-error` rejects like a refused connection; `hang` waits until the request is aborted. */
 | {
    fault: "network-error" | "hang";
};
/** Answers for operations: `operationId` → body of its success status, or `"<operationId>.<status>"` → body. */
export type Fixtures = Record<string, unknown>;
export interface MockFetchOptions {
    /** The team's answers, in place of the contract's examples (validated against the contract first). */
    fixtures?: Fixtures | undefined;
    /** The contract to answer from; the one this package ships by default. */
    contract?: Doc | undefined;
}
export interface MockFetch {
    /** Pass it as the client's `fetch` option. */
    fetch: typeof globalThis.fetch;
    /** Every request so far, oldest first. */
    readonly calls: RecordedCall[];
    /** The calls of one operation. */
    callsOf(operationId: OperationId): RecordedCall[];
    /** Queues replies for the next calls of `operationId`, one per call; afterwards it answers normally again. */
    script(operationId: OperationId, ...replies: ScriptedReply[]): void;
    /** Forgets the calls and the scripts that have not run yet. */
    reset(): void;
}
/** A fixture that does not fit the contract: names the key, the operation, the status and the JSON pointer. */
export declare class MockFixtureError extends AdultWorkUsageError {
    readonly key: string;
    readonly pointer: string;
    readonly problem: string;
    name: string;
    constructor(key: string, pointer: string, problem: string);
}
/**
 * Creates the fake. Fixtures are checked against the contract here, so a wrong one fails the test
 * that creates it (a MockFixtureError), not a later assertion.
 */
export declare function createMockFetch(options?: MockFetchOptions): MockFetch;
export {};
//# sourceMappingURL=index.d.ts.map