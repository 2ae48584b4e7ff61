import { AdultWorkError } from "../errors.js";
export interface XmlErrorInfo {
    /** The operation whose answer it was, when the XML came from a call. */
    operationId?: string | undefined;
    /** The HTTP status of that answer. */
    status?: number | undefined;
    /** Where in the document, XPath-like (`/WebcamBooking/Client/Disputes`, `/ArrayOfX/X[2]`); "" for the document itself. */
    elementPath: string;
    /** What is wrong there. */
    problem: string;
    /** Words naming the call, put first in the message (`madeWebcamBookingDetails (GET /v1/...)`). */
    context?: string | undefined;
}
/**
 * XML that cannot be decoded into the value its schema describes: malformed XML, an unexpected root
 * element, or an element whose content does not fit its schema type. Never a silently wrong object.
 */
export declare class AdultWorkXmlError extends AdultWorkError {
    name: string;
    readonly operationId: string | undefined;
    readonly status: number | undefined;
    readonly elementPath: string;
    readonly problem: string;
    constructor(info: XmlErrorInfo);
}
//# sourceMappingURL=errors.d.ts.map