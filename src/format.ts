// Which format a call asks the API for (`format`, per client and per call), and the hook through
// which an optional entry point (adultwork-api-client/xml) decodes answers in a format other than JSON.
import type { Middleware } from "openapi-fetch";
import { AdultWorkUsageError } from "./errors.js";

/** The API answers in JSON or in XML. */
export type Format = "json" | "xml";

const ACCEPT: Record<Format, string> = { json: "application/json", xml: "application/xml" };

/** What a format entry point gives the client: `xmlSupport()` from "adultwork-api-client/xml". */
export interface FormatSupport {
  readonly format: "xml";
  /**
   * The middleware that turns answers in this format into the values the contract's JSON schemas
   * describe. `redact` removes the client's credentials from text that reaches an error message.
   */
  decoder(context: { redact(text: string): string }): Middleware;
}

export interface FormatOptions {
  /** The format to ask for, unless a call says otherwise (`{ format: "xml" }` beside `params`). Default "json". */
  format?: Format | undefined;
  /** Decodes XML answers; required for `format: "xml"`. Pass `xmlSupport()` from "adultwork-api-client/xml". */
  xml?: FormatSupport | undefined;
}

const HOW_TO_ENABLE =
  'XML needs the XML entry point: import { xmlSupport } from "adultwork-api-client/xml" and pass ' +
  "createAdultWorkClient({ xml: xmlSupport(), ... })";

function checkFormat(value: unknown, where: string, xml: FormatSupport | undefined): Format | undefined {
  if (value === undefined) return undefined;
  if (value !== "json" && value !== "xml") {
    throw new AdultWorkUsageError(`${where} must be "json" or "xml", got ${JSON.stringify(value) ?? String(value)}`);
  }
  if (value === "xml" && !xml) throw new AdultWorkUsageError(`${where} is "xml", but XML decoding is not enabled. ${HOW_TO_ENABLE}`);
  return value;
}

/** Checks the client's format options; throws AdultWorkUsageError for a bad value or XML without its decoder. */
export function checkFormatOptions(options: FormatOptions): void {
  if (options.xml !== undefined && (typeof options.xml?.decoder !== "function" || options.xml.format !== "xml")) {
    throw new AdultWorkUsageError("the xml option takes the value of xmlSupport() from \"adultwork-api-client/xml\"");
  }
  checkFormat(options.format, "the format option", options.xml);
}

/**
 * Sets `Accept` for the call's format. It must run before any middleware that replaces the Request,
 * because openapi-fetch hands the per-call `format` over as a property of the original Request only.
 */
export function applyFormat(request: Request, options: FormatOptions): void {
  const perCall = checkFormat((request as Request & { format?: unknown }).format, "the call's format", options.xml);
  const format = perCall ?? options.format;
  if (format) request.headers.set("Accept", ACCEPT[format]);
}
