import { AdultWorkUsageError } from "../errors.js";
import { operationIdFor } from "../operations.js";
import { hasOperation, responseShape, successStatus } from "./contract.js";
import { decodeXml } from "./decode.js";
import { AdultWorkXmlError } from "./errors.js";
const XML_MEDIA = /^(?:application|text)\/(?:[\w.+-]+\+)?xml\s*(?:;|$)/i;
function checkNames(names) {
  if (names === void 0) return "as-sent";
  if (names === "as-sent" || names === "schema") return names;
  throw new AdultWorkUsageError(`names must be "as-sent" or "schema", got ${JSON.stringify(names) ?? String(names)}`);
}
function jsonResponse(original, json) {
  const headers = new Headers(original.headers);
  headers.set("Content-Type", "application/json; charset=utf-8");
  headers.delete("Content-Length");
  const res = new Response(json, { status: original.status, statusText: original.statusText, headers });
  Object.defineProperty(res, "url", { value: original.url });
  return res;
}
function xmlSupport(options = {}) {
  const names = checkNames(options.names);
  return {
    format: "xml",
    decoder({ redact }) {
      return {
        async onResponse({ request, response, schemaPath, options: call }) {
          if (call.parseAs !== "json" || !XML_MEDIA.test(response.headers.get("Content-Type") ?? "")) return void 0;
          const text = await response.text();
          if (!text.trim()) return jsonResponse(response, null);
          const operationId = operationIdFor(request.method, schemaPath);
          try {
            const value = decodeXml(text, responseShape(operationId ?? "", response.status), {
              names,
              redact,
              operationId,
              status: response.status,
              context: `${operationId ? `${operationId} ` : ""}(${request.method} ${schemaPath})`
            });
            return jsonResponse(response, JSON.stringify(value));
          } catch (err) {
            if (response.ok || !(err instanceof AdultWorkXmlError)) throw err;
            return new Response(text, { status: response.status, statusText: response.statusText, headers: response.headers });
          }
        }
      };
    }
  };
}
function decodeOperationXml(operationId, xml, options = {}) {
  if (!hasOperation(operationId)) throw new AdultWorkUsageError(`Unknown operationId: ${String(operationId)}`);
  const status = options.status ?? successStatus(operationId);
  return decodeXml(xml, responseShape(operationId, status), { names: checkNames(options.names), operationId, status });
}
export {
  decodeOperationXml,
  xmlSupport
};
//# sourceMappingURL=support.js.map
