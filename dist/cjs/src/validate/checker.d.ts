import { type SchemaNode } from "./schema.js";
import { type DriftFinding } from "./findings.js";
type Doc = SchemaNode;
/** One response as the checker sees it. */
export interface ResponseToCheck {
    operationId: string;
    status: number;
    /** The Content-Type header, if any. */
    contentType: string | null;
    /** The body as received; "" when there is none. */
    body: string;
    /** Credentials of the call: a property name holding one is reported as `{key}`. */
    secrets?: readonly string[];
}
export interface DriftChecker {
    /** The findings for one response; [] when it keeps to the contract. */
    check(response: ResponseToCheck): DriftFinding[];
}
export declare function createDriftChecker(doc: Doc): DriftChecker;
export {};
//# sourceMappingURL=checker.d.ts.map