import { AdultWorkUsageError } from "./errors.js";
const ACCEPT = { json: "application/json", xml: "application/xml" };
const HOW_TO_ENABLE = 'XML needs the XML entry point: import { xmlSupport } from "adultwork-api-client/xml" and pass createAdultWorkClient({ xml: xmlSupport(), ... })';
function checkFormat(value, where, xml) {
  if (value === void 0) return void 0;
  if (value !== "json" && value !== "xml") {
    throw new AdultWorkUsageError(`${where} must be "json" or "xml", got ${JSON.stringify(value) ?? String(value)}`);
  }
  if (value === "xml" && !xml) throw new AdultWorkUsageError(`${where} is "xml", but XML decoding is not enabled. ${HOW_TO_ENABLE}`);
  return value;
}
function checkFormatOptions(options) {
  if (options.xml !== void 0 && (typeof options.xml?.decoder !== "function" || options.xml.format !== "xml")) {
    throw new AdultWorkUsageError('the xml option takes the value of xmlSupport() from "adultwork-api-client/xml"');
  }
  checkFormat(options.format, "the format option", options.xml);
}
function applyFormat(request, options) {
  const perCall = checkFormat(request.format, "the call's format", options.xml);
  const format = perCall ?? options.format;
  if (format) request.headers.set("Accept", ACCEPT[format]);
}
export {
  applyFormat,
  checkFormatOptions
};
//# sourceMappingURL=format.js.map
