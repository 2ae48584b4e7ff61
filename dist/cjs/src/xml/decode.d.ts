import type { Shape } from "./shape.js";
/** How decoded objects name their properties. */
export type XmlNames = "as-sent" | "schema";
export interface DecodeOptions {
    /**
     * "as-sent" (default): keys are the element names the XML uses, so a documented difference between
     * the XML and the JSON form stays visible. "schema": an element the contract records under another
     * XML name (`xml.name`) gets its property's name, so the value matches the JSON form's keys.
     */
    names?: XmlNames | undefined;
    /** Removes credentials from text quoted in an error message. */
    redact?: ((text: string) => string) | undefined;
    /** For error messages: the call the XML answers. */
    operationId?: string | undefined;
    status?: number | undefined;
    context?: string | undefined;
}
/** The options decoding parses with (exported for the benchmark, which times the parser alone). */
export declare const SAXES_OPTIONS: {
    readonly xmlns: false;
    readonly position: false;
};
/** Parses XML text and decodes its root element as `shape` describes. */
export declare function decodeXml(xml: string, shape: Shape, options?: DecodeOptions): unknown;
//# sourceMappingURL=decode.d.ts.map