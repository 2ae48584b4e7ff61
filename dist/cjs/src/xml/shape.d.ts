/** A JSON Schema node of the bundled contract (local `#/...` references only). */
export type SchemaNode = Record<string, unknown>;
interface ShapeBase {
    /** True when the schema allows null (sent as `i:nil="true"`). */
    nullable: boolean;
    /** The schema's `xml.name`, found through references: the root (or array item) element's name. */
    xmlName: string | undefined;
}
/** No type information (an undocumented body): decoded by the shape of the XML itself. */
export interface AnyShape extends ShapeBase {
    kind: "any";
}
export interface ScalarShape extends ShapeBase {
    kind: "string" | "integer" | "number" | "boolean";
    enum: readonly unknown[] | undefined;
}
/** Only null is allowed. */
export interface NullShape extends ShapeBase {
    kind: "null";
}
export interface PropertyShape {
    /** The property's name in the contract (and in JSON). */
    key: string;
    /** Another element name the contract records for it (the property's own `xml.name`). */
    alias: string | undefined;
    shape: Shape;
}
export interface ObjectShape extends ShapeBase {
    kind: "object";
    /** Properties by every element name they may arrive under (key and alias). */
    byElement: Map<string, PropertyShape>;
    required: PropertyShape[];
    /** How to decode elements the schema does not list; null when the schema forbids them. */
    additional: Shape | null;
}
export interface ArrayShape extends ShapeBase {
    kind: "array";
    items: Shape;
}
/** Several alternatives (anyOf/oneOf, or several types): the first that fits wins, most specific first. */
export interface UnionShape extends ShapeBase {
    kind: "union";
    branches: Shape[];
}
export type Shape = AnyShape | ScalarShape | NullShape | ObjectShape | ArrayShape | UnionShape;
export declare class SchemaShapeError extends Error {
    name: string;
}
/** Compiles schemas of one OpenAPI document; shapes are cached per schema node. */
export declare class ShapeCompiler {
    private readonly doc;
    private readonly memo;
    constructor(doc: SchemaNode);
    /** Follows a local reference. */
    resolve(ref: string): SchemaNode;
    /** The shape of a schema node (an absent schema, `true` or `{}` decode by the XML's own shape). */
    compile(node: unknown, depth?: number): Shape;
    private facets;
    private fromFacets;
    private inferTypes;
    private single;
    private union;
}
export {};
//# sourceMappingURL=shape.d.ts.map