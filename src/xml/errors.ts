// The error the XML decoder throws: which call, which element, and what did not fit.
import { AdultWorkError, brandErrorClasses } from "../errors.js";

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
export class AdultWorkXmlError extends AdultWorkError {
  override name = "AdultWorkXmlError";
  readonly operationId: string | undefined;
  readonly status: number | undefined;
  readonly elementPath: string;
  readonly problem: string;

  constructor(info: XmlErrorInfo) {
    const where = info.elementPath ? ` at ${info.elementPath}` : "";
    const what = info.context ?? info.operationId;
    super(`${what ? `${what}: ` : ""}the XML${info.status === undefined ? "" : ` answer (HTTP ${info.status})`} cannot be decoded${where}: ${info.problem}`);
    this.operationId = info.operationId;
    this.status = info.status;
    this.elementPath = info.elementPath;
    this.problem = info.problem;
  }
}

brandErrorClasses({ AdultWorkXmlError });
