import { AdultWorkUsageError } from "../errors.js";
function jsonLinesWriter(file) {
  throw new AdultWorkUsageError(`responseValidation({ file }) needs Node's file system; ${JSON.stringify(file)} cannot be written here: use onFinding instead`);
}
export {
  jsonLinesWriter
};
//# sourceMappingURL=no-file.js.map
