import { AdultWorkError, brandErrorClasses } from "../errors.js";
class AdultWorkXmlError extends AdultWorkError {
  name = "AdultWorkXmlError";
  operationId;
  status;
  elementPath;
  problem;
  constructor(info) {
    const where = info.elementPath ? ` at ${info.elementPath}` : "";
    const what = info.context ?? info.operationId;
    super(`${what ? `${what}: ` : ""}the XML${info.status === void 0 ? "" : ` answer (HTTP ${info.status})`} cannot be decoded${where}: ${info.problem}`);
    this.operationId = info.operationId;
    this.status = info.status;
    this.elementPath = info.elementPath;
    this.problem = info.problem;
  }
}
brandErrorClasses({ AdultWorkXmlError });
export {
  AdultWorkXmlError
};
//# sourceMappingURL=errors.js.map
