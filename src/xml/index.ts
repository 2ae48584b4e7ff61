// adultwork-api-client/xml: the API's XML answers decoded into the same typed values as JSON. A
// separate entry point, so that only its users load an XML parser.
export { xmlSupport, decodeOperationXml, type XmlSupportOptions, type XmlData, type DecodeOperationXmlOptions } from "./support.js";
export { AdultWorkXmlError, type XmlErrorInfo } from "./errors.js";
export type { XmlNames } from "./decode.js";
