import { xmlSupport, decodeOperationXml } from "./support.js";
import { AdultWorkXmlError } from "./errors.js";
export {
  AdultWorkXmlError,
  decodeOperationXml,
  xmlSupport
};
//# sourceMappingURL=index.js.map
