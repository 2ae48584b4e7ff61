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
    /** The body already parsed as JSON, when the caller holds it: spares a second parse of `body`. */
    parsed?: {
        value: unknown;
    } | undefined;
    /**
     * Credentials of the call: a property name holding one is reported as `{key}`. A function is called
     * only when there is a finding to word, so a clean answer costs no look-up of them.
     */
    secrets?: (readonly string[] | (() => readonly string[])) | undefined;
}
export interface DriftChecker {
    /** The findings for one response; [] when it keeps to the contract. */
    check(response: ResponseToCheck): DriftFinding[];
}
export declare function createDriftChecker(doc: Doc): DriftChecker;
export {};
//# sourceMappingURL=checker.d.ts.map