import type { SchemaNode } from "../validate/schema.js";
import { type Fixture } from "./fixtures.js";
export declare const PRISM_PACKAGE = "@stoplight/prism-cli";
/** The Prism versions this package is tested with: its optional peer dependency, read from package.json. */
export declare function prismRange(): string;
/** Prism is not installed where the mock runs; the message says how to get it. */
export declare class PrismNotFoundError extends Error {
    name: string;
    constructor();
}
/** The JavaScript file of Prism's CLI, looked up from `from` (the project running the mock), then from this package. */
export declare function resolvePrism(from?: string): string;
/** The contract this package ships. */
export declare function shippedContract(): SchemaNode;
/** Asks the OS for a port nobody is listening on. */
export declare function freePort(host?: string): Promise<number>;
export interface PrismOptions {
    /** Path of the OpenAPI document to serve. */
    spec: string;
    host?: string | undefined;
    port?: number | undefined;
    /** Generate answers from the schemas instead of serving examples. */
    dynamic?: boolean | undefined;
    errors?: boolean | undefined;
    /** Echo Prism's output to this process's stdout. */
    log?: boolean | undefined;
    timeoutMs?: number | undefined;
    /** Prism's CLI script; found with resolvePrism() when not given. */
    prism?: string | undefined;
    cwd?: string | undefined;
}
export interface RunningMock {
    url: string;
    port: number;
    pid: number | undefined;
    stop(): Promise<void>;
}
/** Starts `prism mock` and resolves once it listens. */
export declare function startPrism(options: PrismOptions): Promise<RunningMock>;
export interface MockOptions extends Omit<PrismOptions, "spec"> {
    /** A folder of fixtures (`<operationId>.json`, `<operationId>.<status>.json`). */
    fixtures?: string | undefined;
    /** The contract to serve; the shipped one by default. */
    contract?: SchemaNode | undefined;
}
/**
 * Validates the fixtures (throwing a FixtureError before anything starts), writes the mock's copy of
 * the contract to a temporary file and serves it with Prism. `stop()` also removes the copy.
 */
export declare function startMock(options?: MockOptions): Promise<RunningMock & {
    fixtures: readonly Fixture[];
}>;
//# sourceMappingURL=server.d.ts.map