import contract from "../../../../generated/openapi.json" with { type: "json" };
import { BufferedResponse } from "../buffered-response.js";
import { AdultWorkUsageError, InvalidResponseError, redactorOf } from "../errors.js";
import { operationIdFor, operationInfo } from "../operations.js";
import { createDriftChecker } from "./checker.js";
import { AdultWorkContractError, describeFinding } from "./contract-error.js";
const MODES = ["off", "warn", "throw"];
let sharedChecker;
const bundledChecker = () => sharedChecker ??= createDriftChecker(contract);
function secretsOf(request, operationId) {
  const out = [...redactorOf(request)?.known() ?? []];
  const auth = request.headers.get("authorization")?.replace(/^Bearer\s+/i, "");
  if (auth) out.push(auth);
  const param = operationInfo(operationId).apiKeyParam;
  if (param) {
    const key = new URL(request.url).searchParams.get(param);
    if (key) out.push(key);
  }
  return out.filter((s) => s.length >= 6);
}
function responseValidation(options = {}) {
  const mode = options.validateResponses ?? "off";
  if (!MODES.includes(mode)) {
    throw new AdultWorkUsageError(`validateResponses must be "off", "warn" or "throw", got ${JSON.stringify(mode)}`);
  }
  if (mode === "off") return { onResponse: () => void 0 };
  const { onFinding, file } = options;
  let write;
  const report = async (findings) => {
    for (const f of findings) {
      if (onFinding) {
        try {
          onFinding(f);
        } catch (err) {
          console.warn(`adultwork-api-client/validate: onFinding threw: ${err instanceof Error ? err.name : typeof err}`);
        }
      }
    }
    if (file) {
      try {
        write ??= (await import("#validate-file")).jsonLinesWriter(file);
        await write(findings);
      } catch (err) {
        console.warn(`adultwork-api-client/validate: cannot write findings to ${file}: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    if (!onFinding && !file) for (const f of findings) console.warn(`adultwork-api-client/validate: ${describeFinding(f)}`);
  };
  const findingsOf = (request, operationId, status, contentType, body, parsed) => {
    let findings;
    try {
      findings = bundledChecker().check({ operationId, status, contentType, body, parsed, secrets: () => secretsOf(request, operationId) });
    } catch (err) {
      console.warn(`adultwork-api-client/validate: cannot check ${operationId}: ${err instanceof Error ? err.message : String(err)}`);
      return void 0;
    }
    return findings.length ? findings : void 0;
  };
  const settle = async (findings) => {
    if (!findings) return void 0;
    await report(findings);
    return mode === "throw" ? new AdultWorkContractError(findings) : void 0;
  };
  const raise = async (findings) => {
    const err = await settle(findings);
    if (err) throw err;
    return void 0;
  };
  return {
    // Not async: a clean answer held by the transport is checked synchronously, and costs the call no
    // promise of its own.
    onResponse({ request, response, schemaPath }) {
      const operationId = operationIdFor(request.method, schemaPath);
      if (!operationId) return void 0;
      const contentType = response.headers.get("content-type");
      if (response.status === 204 || request.method === "HEAD") {
        const findings = findingsOf(request, operationId, response.status, contentType, "");
        return findings && raise(findings);
      }
      const held = BufferedResponse.inspect(response);
      if (held) {
        const findings = findingsOf(request, operationId, response.status, contentType, held.text, held.parsed);
        return findings && raise(findings);
      }
      return response.clone().text().then((body) => {
        const findings = findingsOf(request, operationId, response.status, contentType, body);
        return findings && raise(findings);
      });
    },
    // A 2xx answer that is not the JSON asked for (an HTML page, a wrong content type) never reaches
    // onResponse: the transport turns it into InvalidResponseError. Its status and content type are
    // still facts about the API.
    async onError({ request, error, schemaPath }) {
      if (!(error instanceof InvalidResponseError)) return void 0;
      const operationId = operationIdFor(request.method, schemaPath);
      if (!operationId) return void 0;
      return await settle(findingsOf(request, operationId, error.status, error.contentType, error.body)) ?? void 0;
    }
  };
}
export {
  responseValidation
};
//# sourceMappingURL=middleware.js.map
