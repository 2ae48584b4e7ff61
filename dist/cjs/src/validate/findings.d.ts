import type { ErrorObject } from "ajv";
import { type DateForms, type Shape } from "./shape.js";
export type DriftKind = 
/** The body has a property its schema does not list: on partial schemas, a new fact. */
"unknown-property" | "type-mismatch" | "missing-required"
/** A field the contract expects only by analogy (`x-aw-inferred-required`) is absent: the inference, not the API, may be wrong. */
 | "missing-inferred"
/** A value outside the schema's `enum` (or `const`). */
 | "enum-mismatch"
/** A date string not in the documented form (AwDateTime and the other Aw date schemas). */
 | "date-format"
/** Any other constraint of the schema (minimum, pattern, maxLength...). */
 | "constraint"
/** A JSON content type whose body does not parse. */
 | "invalid-json" | "undeclared-status" | "undeclared-content-type";
export interface DriftFinding {
    operationId: string;
    method: string;
    /** The documented path template. */
    path: string;
    /** The HTTP status the API answered. */
    status: number;
    kind: DriftKind;
    /** Where in the body, array items as `*` (so counts aggregate), map keys as `{key}`; "" is the body. */
    pointer: string;
    /** What the contract says, in its own terms (a type, a list, a pattern, the declared statuses). */
    expected: string;
    /** The JSON type, shape or masked date form seen. Never a value. */
    observed: string;
    /** How many times this finding occurred in the response. */
    count: number;
    /** The named schema (component title) the pointer lies in, when there is one. */
    schema?: string | undefined;
    /** That schema's, or the response's, `x-aw-docs`. */
    docs?: string | undefined;
    /** For unknown properties holding objects or arrays: their structure (names and types only). */
    shape?: Shape | undefined;
}
/** The part of a finding that the response context fills in. */
export type FindingCore = Omit<DriftFinding, "operationId" | "method" | "path" | "status" | "count">;
interface Context {
    root: unknown;
    body: unknown;
    forms: DateForms;
    secrets: readonly string[];
}
/** The findings for one body that failed validation, equal findings counted together. */
export declare function findingsFromErrors(errors: ErrorObject[], ctx: Context): Array<FindingCore & {
    count: number;
}>;
export {};
//# sourceMappingURL=findings.d.ts.map