export { xmlSupport, decodeOperationXml, type XmlSupportOptions, type XmlData, type DecodeOperationXmlOptions } from "./support.js";
export { AdultWorkXmlError, type XmlErrorInfo } from "./errors.js";
export type { XmlNames } from "./decode.js";
//# sourceMappingURL=index.d.ts.map