/** A JSON Schema-like description of a value's structure: types and property names only. */
export interface Shape {
    type: string | string[];
    /** For strings that fit one of the contract's date forms: that schema's title. */
    form?: string | undefined;
    properties?: Record<string, Shape> | undefined;
    items?: Shape | undefined;
}
/** The JSON type of a value, with integers told apart from other numbers. */
export declare function jsonType(value: unknown): string;
/** Stands in for a property name that may itself be data (an e-mail address, a number, a credential). */
export declare const DATA_KEY = "{key}";
/**
 * A property name as a finding may carry it. Names are facts about the API, but an object used as
 * a map can key its entries by data: only identifier-like names that hold no known secret pass.
 */
export declare function safeKey(name: string, secrets?: readonly string[]): string;
/** Tests a string against the contract's date forms (title → pattern) and names the first that fits. */
export type DateForms = ReadonlyArray<readonly [title: string, pattern: RegExp]>;
/**
 * The structure of a value, for properties the contract does not list: nested property names and
 * types, as deep as `depth`. The first array items are merged into one shape.
 */
export declare function shapeOf(value: unknown, forms: DateForms, secrets?: readonly string[], depth?: number): Shape;
/** The union of two shapes: types joined (integer folds into number), properties and items merged. */
export declare function mergeShapes(a: Shape, b: Shape): Shape;
/** A one-line name for a shape: `string`, `string (AwDateTime)`, `array of object`, `integer | null`. */
export declare function describeShape(shape: Shape): string;
/**
 * The form of a string that should have been a date, every digit written as 9: `9999-99-99 99:99:99`
 * says how the API writes dates without saying which date. A string with letters other than the
 * ISO 8601 `T` and `Z` is not shown at all, only called not date-like.
 */
export declare function dateShape(value: unknown): string;
//# sourceMappingURL=shape.d.ts.map