// The XML plugin for createAdultWorkClient: decodes XML answers into the JSON values their
// operation's schema describes, and the same decoding for XML the caller already holds.
import type { Middleware } from "openapi-fetch";
import type { operations as OperationTypes } from "../../generated/schema.js";
import { AdultWorkUsageError } from "../errors.js";
import type { FormatSupport } from "../format.js";
import { operationIdFor, type OperationId } from "../operations.js";
import { hasOperation, responseShape, successStatus } from "./contract.js";
import { decodeXml, type XmlNames } from "./decode.js";
import { AdultWorkXmlError } from "./errors.js";

export interface XmlSupportOptions {
  /**
   * How decoded objects name their properties: "as-sent" (default) keeps the XML's element names,
   * "schema" renames elements the contract records under another XML name to their property name.
   */
  names?: XmlNames | undefined;
}

const XML_MEDIA = /^(?:application|text)\/(?:[\w.+-]+\+)?xml\s*(?:;|$)/i;

function checkNames(names: unknown): XmlNames {
  if (names === undefined) return "as-sent";
  if (names === "as-sent" || names === "schema") return names;
  throw new AdultWorkUsageError(`names must be "as-sent" or "schema", got ${JSON.stringify(names) ?? String(names)}`);
}

/** A JSON copy of `original` carrying `json` as its body (none when `json` is null). */
function jsonResponse(original: Response, json: string | null): Response {
  const headers = new Headers(original.headers);
  headers.set("Content-Type", "application/json; charset=utf-8");
  headers.delete("Content-Length");
  const res = new Response(json, { status: original.status, statusText: original.statusText, headers });
  // Keeps the URL the answer came from (unwrap() and callers read it); a new Response has none.
  Object.defineProperty(res, "url", { value: original.url });
  return res;
}

/**
 * Enables `format: "xml"`: `createAdultWorkClient({ xml: xmlSupport(), format: "xml" })`, or
 * `{ format: "xml" }` on single calls. XML answers are decoded into the values the JSON form carries,
 * so `data` keeps its type. A success answer that does not fit its schema throws AdultWorkXmlError;
 * an error answer that does not fit is passed on as text. `parseAs: "text"` returns the XML itself.
 */
export function xmlSupport(options: XmlSupportOptions = {}): FormatSupport {
  const names = checkNames(options.names);
  return {
    format: "xml",
    decoder({ redact }): Middleware {
      return {
        async onResponse({ request, response, schemaPath, options: call }) {
          if (call.parseAs !== "json" || !XML_MEDIA.test(response.headers.get("Content-Type") ?? "")) return undefined;
          const text = await response.text();
          if (!text.trim()) return jsonResponse(response, null);
          const operationId = operationIdFor(request.method, schemaPath);
          try {
            const value = decodeXml(text, responseShape(operationId ?? "", response.status), {
              names,
              redact,
              operationId,
              status: response.status,
              context: `${operationId ? `${operationId} ` : ""}(${request.method} ${schemaPath})`,
            });
            return jsonResponse(response, JSON.stringify(value));
          } catch (err) {
            if (response.ok || !(err instanceof AdultWorkXmlError)) throw err;
            // An error answer is reported by its status; its body stays readable as text.
            return new Response(text, { status: response.status, statusText: response.statusText, headers: response.headers });
          }
        },
      };
    },
  };
}

type SuccessStatus = 200 | 201 | 202 | 203 | 206;
type JsonBody<R> = R extends { content: { "application/json": infer T } } ? T : unknown;
type Responses<Id extends OperationId> = Id extends keyof OperationTypes ? OperationTypes[Id]["responses"] : never;
/** The value of an operation's success answer, as its JSON form types it. */
export type XmlData<Id extends OperationId> = JsonBody<Responses<Id>[Extract<keyof Responses<Id>, SuccessStatus>]>;

export interface DecodeOperationXmlOptions {
  names?: XmlNames | undefined;
}

/**
 * Decodes XML the caller already holds (a stored answer, say) as operation `operationId` answers
 * it: its success answer by default, or the answer with `status`.
 */
export function decodeOperationXml<Id extends OperationId>(operationId: Id, xml: string, options?: DecodeOperationXmlOptions): XmlData<Id>;
export function decodeOperationXml(operationId: OperationId, xml: string, options: DecodeOperationXmlOptions & { status: number }): unknown;
export function decodeOperationXml(operationId: OperationId, xml: string, options: DecodeOperationXmlOptions & { status?: number } = {}): unknown {
  if (!hasOperation(operationId)) throw new AdultWorkUsageError(`Unknown operationId: ${String(operationId)}`);
  const status = options.status ?? successStatus(operationId);
  return decodeXml(xml, responseShape(operationId, status), { names: checkNames(options.names), operationId, status });
}
