import type { Middleware } from "openapi-fetch";
/** The API answers in JSON or in XML. */
export type Format = "json" | "xml";
/** What a format entry point gives the client: `xmlSupport()` from "adultwork-api-client/xml". */
export interface FormatSupport {
    readonly format: "xml";
    /**
     * The middleware that turns answers in this format into the values the contract's JSON schemas
     * describe. `redact` removes the client's credentials from text that reaches an error message.
     */
    decoder(context: {
        redact(text: string): string;
    }): Middleware;
}
export interface FormatOptions {
    /** The format to ask for, unless a call says otherwise (`{ format: "xml" }` beside `params`). Default "json". */
    format?: Format | undefined;
    /** Decodes XML answers; required for `format: "xml"`. Pass `xmlSupport()` from "adultwork-api-client/xml". */
    xml?: FormatSupport | undefined;
}
/** Checks the client's format options; throws AdultWorkUsageError for a bad value or XML without its decoder. */
export declare function checkFormatOptions(options: FormatOptions): void;
/**
 * Sets `Accept` for the call's format. It must run before any middleware that replaces the Request,
 * because openapi-fetch hands the per-call `format` over as a property of the original Request only.
 */
export declare function applyFormat(request: Request, options: FormatOptions): void;
//# sourceMappingURL=format.d.ts.map