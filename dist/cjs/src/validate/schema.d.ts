export type SchemaNode = {
    [keyword: string]: unknown;
};
type Doc = SchemaNode;
/** The contract's mark for fields a schema is expected to carry by analogy, not shown by the operation's page. */
export declare const INFERRED_REQUIRED = "x-aw-inferred-required";
/** The contract's date schemas (AwDateTime, AwDate, AwTimeOfDay...): strings in a documented date form. */
export declare const isDateSchemaTitle: (title: unknown) => title is string;
/** Follows a local `#/...` reference. */
export declare function resolvePointer(doc: Doc, ref: string): unknown;
/** Follows references until a node without `$ref` (response objects, parameters, schemas). */
export declare function deref(doc: Doc, node: unknown): unknown;
/** True when a schema constrains nothing (the contract's "undocumented, any value" bodies). */
export declare function acceptsAnything(node: unknown): boolean;
export interface InlineOptions {
    /**
     * Close every object that sits where a value is described (the body, a property, array items):
     * `unevaluatedProperties: false` unless the schema says what extra properties may be. Objects
     * inside `allOf`/`anyOf`/`oneOf` branches stay open, since their siblings list the rest.
     * `"where-documented"` closes only objects the docs describe whole: one marked `x-aw-docs:
     * partial` or `undocumented` stays open, as the contract's types leave it (fixtures use this).
     */
    closed?: boolean | "where-documented" | undefined;
    /**
     * Keep annotations (description, examples, xml, vendor extensions) beside the validating keywords.
     * Without it only `title` and `x-aw-docs` survive, which is what findings are named by.
     */
    annotations?: boolean | undefined;
}
/**
 * Returns a copy of `schema` with every local reference inlined: the one inliner of the project,
 * shared by drift detection (closed, no annotations), the lint step, the samples checks and fixture
 * validation. A recursive reference is followed one level deep (a parent inside its child is
 * checked), then left open.
 */
export declare function inlineSchema(doc: Doc, schema: unknown, { closed, annotations }?: InlineOptions): SchemaNode | boolean;
/**
 * The schema drift detection checks answers against: inlined and closed, annotations dropped.
 * Partial schemas stay open in the contract, but here a property they do not list is exactly what
 * drift detection has to notice.
 */
export declare function closedSchema(doc: Doc, schema: unknown): SchemaNode | boolean;
/** Splits an ajv schema path (`#/properties/A~1B/items/type`) into its segments. */
export declare function schemaPathSegments(schemaPath: string): string[];
/** What a walk along a schema path learns: the node reached, its body pointer and the nearest named schema. */
export interface SchemaLocation {
    node: unknown;
    /** JSON pointer into the body, array items as `*` and map entries as `{key}`. */
    pointer: string;
    /** Title of the nearest enclosing named schema (a component of the contract). */
    schema: string | undefined;
    /** The nearest `x-aw-docs` on the way. */
    docs: string | undefined;
}
/**
 * Walks `segments` (schema keywords and names) down from `root`. The body pointer comes from the
 * schema, never from the body: array indexes and map keys cannot reach a finding this way.
 */
export declare function locate(root: unknown, segments: readonly string[]): SchemaLocation;
/** The property names an object schema lists, through its composition branches. */
export declare function declaresProperty(node: unknown, name: string, depth?: number): boolean;
/** The schema a listed property has, through composition branches. */
export declare function propertySchema(node: unknown, name: string, depth?: number): unknown;
/** The types a schema allows, as text: `integer`, `string | null`, `AwDateTime | null`. */
export declare function describeSchemaType(node: unknown, depth?: number): string;
export {};
//# sourceMappingURL=schema.d.ts.map