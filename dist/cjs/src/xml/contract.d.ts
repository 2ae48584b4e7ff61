import { type Shape } from "./shape.js";
/** Whether the contract has this operation. */
export declare const hasOperation: (operationId: string) => boolean;
/** The status of the operation's first documented success response (200 unless the contract says otherwise). */
export declare function successStatus(operationId: string): number;
/**
 * The schema of the operation's answer with `status`: the `application/xml` schema if the contract
 * gives one, else the `application/json` one (the two forms carry the same value). A status the
 * contract does not list, or an answer without a schema, is decoded by the XML's own shape.
 */
export declare function responseSchema(operationId: string, status: number): unknown;
/** The compiled shape of that schema (cached). */
export declare function responseShape(operationId: string, status: number): Shape;
//# sourceMappingURL=contract.d.ts.map