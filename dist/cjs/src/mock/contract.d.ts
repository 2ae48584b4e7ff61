import { type SchemaNode } from "../validate/schema.js";
import { type Fixture } from "./fixtures.js";
/** The most pages a dynamic answer claims: enough to page through, few enough to look real. */
export declare const DYNAMIC_MAX_PAGES = 20;
/**
 * True when a list's item schema (inlined) says what an item holds: a scalar type, or an object with
 * listed fields. Items the docs only name (`x-aw-docs: undocumented`, no field) get no made-up entries.
 */
export declare function documentedItems(items: unknown): boolean;
export interface MockContractOptions {
    fixtures?: readonly Fixture[] | undefined;
    /** Shape the schemas for generated answers (Prism's `--dynamic`). */
    dynamic?: boolean | undefined;
}
/**
 * Builds the document Prism serves. A fixture replaces the examples of its operation and status
 * and pins the schema to its value (`const`), so it is what the mock answers in both modes; an
 * operation's own status is served by default, another one on `Prefer: code=<status>`.
 */
export declare function mockContract(doc: SchemaNode, { fixtures, dynamic }?: MockContractOptions): SchemaNode;
//# sourceMappingURL=contract.d.ts.map