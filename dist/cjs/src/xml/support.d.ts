import type { operations as OperationTypes } from "../../generated/schema.js";
import type { FormatSupport } from "../format.js";
import { type OperationId } from "../operations.js";
import { type XmlNames } from "./decode.js";
export interface XmlSupportOptions {
    /**
     * How decoded objects name their properties: "as-sent" (default) keeps the XML's element names,
     * "schema" renames elements the contract records under another XML name to their property name.
     */
    names?: XmlNames | undefined;
}
/**
 * Enables `format: "xml"`: `createAdultWorkClient({ xml: xmlSupport(), format: "xml" })`, or
 * `{ format: "xml" }` on single calls. XML answers are decoded into the values the JSON form carries,
 * so `data` keeps its type. A success answer that does not fit its schema throws AdultWorkXmlError;
 * an error answer that does not fit is passed on as text. `parseAs: "text"` returns the XML itself.
 */
export declare function xmlSupport(options?: XmlSupportOptions): FormatSupport;
type SuccessStatus = 200 | 201 | 202 | 203 | 206;
type JsonBody<R> = R extends {
    content: {
        "application/json": infer T;
    };
} ? T : unknown;
type Responses<Id extends OperationId> = Id extends keyof OperationTypes ? OperationTypes[Id]["responses"] : never;
/** The value of an operation's success answer, as its JSON form types it. */
export type XmlData<Id extends OperationId> = JsonBody<Responses<Id>[Extract<keyof Responses<Id>, SuccessStatus>]>;
export interface DecodeOperationXmlOptions {
    names?: XmlNames | undefined;
}
/**
 * Decodes XML the caller already holds (a stored answer, say) as operation `operationId` answers
 * it: its success answer by default, or the answer with `status`.
 */
export declare function decodeOperationXml<Id extends OperationId>(operationId: Id, xml: string, options?: DecodeOperationXmlOptions): XmlData<Id>;
export declare function decodeOperationXml(operationId: OperationId, xml: string, options: DecodeOperationXmlOptions & {
    status: number;
}): unknown;
export {};
//# sourceMappingURL=support.d.ts.map