import { type SchemaNode } from "../validate/schema.js";
export interface Fixture {
    operationId: string;
    /** The HTTP status the fixture answers with. */
    status: number;
    /** The file it was read from, relative to the fixtures folder. */
    file: string;
    value: unknown;
}
export interface FixtureProblem {
    file: string;
    operationId: string | undefined;
    status: number | undefined;
    /** JSON pointer into the fixture ("" for the whole file). */
    pointer: string;
    problem: string;
}
/** Fixtures that cannot be served: each problem names the file, the operation and the JSON pointer. */
export declare class FixtureError extends Error {
    name: string;
    readonly problems: readonly FixtureProblem[];
    constructor(problems: FixtureProblem[]);
}
type Doc = SchemaNode;
interface OperationEntry {
    responses: Record<string, unknown>;
}
/** Every operation of the contract by operationId. */
export declare function operationsOf(doc: Doc): Map<string, OperationEntry>;
/** The status `<operationId>.json` stands for: the operation's first declared 2xx. */
export declare function successStatus(op: OperationEntry): number | undefined;
/** The response object an exact status falls under: the status itself, else its range (`4XX`), else `default`. */
export declare function responseFor(op: OperationEntry, status: number): {
    key: string;
    response: unknown;
} | undefined;
/**
 * Reads and validates every fixture in `dir`. Throws a FixtureError listing every problem: a name
 * that is not an operationId, a status the operation does not declare, a file that is not JSON,
 * a value that does not fit the operation's JSON schema for that status. Objects the docs describe
 * whole accept no field they do not list (a typo is caught); partial ones stay open to the fields
 * the docs have not shown (a team may know the name of a list the stored pages cut off).
 */
export declare function loadFixtures(dir: string, doc: Doc): Fixture[];
export {};
//# sourceMappingURL=fixtures.d.ts.map