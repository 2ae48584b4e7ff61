// responseValidation(): the openapi-fetch middleware that checks each answer against the contract.
import type { Middleware } from "openapi-fetch";
import contract from "../../generated/openapi.json" with { type: "json" };
import { BufferedResponse } from "../buffered-response.js";
import { AdultWorkUsageError, InvalidResponseError, redactorOf } from "../errors.js";
import { operationIdFor, operationInfo } from "../operations.js";
import { createDriftChecker, type DriftChecker } from "./checker.js";
import { AdultWorkContractError, describeFinding } from "./contract-error.js";
import type { DriftFinding } from "./findings.js";

/** "off" checks nothing; "warn" reports findings; "throw" reports them, then throws AdultWorkContractError. */
export type ValidateResponses = "off" | "warn" | "throw";

export interface ResponseValidationOptions {
  /** Default "off", so the same code can ship with it on in staging only. */
  validateResponses?: ValidateResponses | undefined;
  /** Called once per finding of each response. Without it (and without `file`) findings go to console.warn. */
  onFinding?: ((finding: DriftFinding) => void) | undefined;
  /** Append findings to this JSON-lines file (Node only); read it with `npm run drift:report FILE`. */
  file?: string | undefined;
}

const MODES: readonly string[] = ["off", "warn", "throw"];
let sharedChecker: DriftChecker | undefined;
/** One checker for the bundled contract per process: its compiled validators are shared by every client. */
const bundledChecker = () => (sharedChecker ??= createDriftChecker(contract as unknown as Record<string, unknown>));

/** The credentials a request carried, so a property name holding one is never reported. */
function secretsOf(request: Request, operationId: string): string[] {
  const out: string[] = [...(redactorOf(request)?.known() ?? [])];
  const auth = request.headers.get("authorization")?.replace(/^Bearer\s+/i, "");
  if (auth) out.push(auth);
  const param = operationInfo(operationId as Parameters<typeof operationInfo>[0]).apiKeyParam;
  if (param) {
    const key = new URL(request.url).searchParams.get(param);
    if (key) out.push(key);
  }
  return out.filter((s) => s.length >= 6);
}

/**
 * Checks every response of a client against its operation in `generated/openapi.json`:
 *
 * ```ts
 * import { responseValidation } from "adultwork-api-client/validate";
 * aw.use(responseValidation({ validateResponses: "warn", file: "drift.jsonl" }));
 * ```
 *
 * The body is checked without being read, so callers get the response as before. Findings are
 * delivered before the call returns.
 */
export function responseValidation(options: ResponseValidationOptions = {}): Middleware {
  const mode = options.validateResponses ?? "off";
  if (!MODES.includes(mode)) {
    throw new AdultWorkUsageError(`validateResponses must be "off", "warn" or "throw", got ${JSON.stringify(mode)}`);
  }
  if (mode === "off") return { onResponse: () => undefined };

  const { onFinding, file } = options;
  let write: ((findings: readonly DriftFinding[]) => Promise<void>) | undefined;
  const report = async (findings: DriftFinding[]) => {
    for (const f of findings) {
      if (onFinding) {
        try {
          onFinding(f);
        } catch (err) {
          // A failing callback must not turn a good answer into a failed call.
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

  /** The findings for one answer, or undefined when it keeps to the contract (or cannot be checked). */
  const findingsOf = (request: Request, operationId: string, status: number, contentType: string | null, body: string, parsed?: { value: unknown }) => {
    let findings: DriftFinding[];
    try {
      findings = bundledChecker().check({ operationId, status, contentType, body, parsed, secrets: () => secretsOf(request, operationId) });
    } catch (err) {
      // A schema ajv cannot compile is a defect of the contract, not of this answer: say so, once per schema.
      console.warn(`adultwork-api-client/validate: cannot check ${operationId}: ${err instanceof Error ? err.message : String(err)}`);
      return undefined;
    }
    return findings.length ? findings : undefined;
  };
  /** Reports the findings; in "throw" mode, returns the error to raise. */
  const settle = async (findings: DriftFinding[] | undefined) => {
    if (!findings) return undefined;
    await report(findings);
    return mode === "throw" ? new AdultWorkContractError(findings) : undefined;
  };
  const raise = async (findings: DriftFinding[]): Promise<undefined> => {
    const err = await settle(findings);
    if (err) throw err;
    return undefined;
  };

  return {
    // Not async: a clean answer held by the transport is checked synchronously, and costs the call no
    // promise of its own.
    onResponse({ request, response, schemaPath }) {
      const operationId = operationIdFor(request.method, schemaPath);
      if (!operationId) return undefined;
      const contentType = response.headers.get("content-type");
      if (response.status === 204 || request.method === "HEAD") {
        const findings = findingsOf(request, operationId, response.status, contentType, "");
        return findings && raise(findings);
      }
      // The transport's answer holds its body and, for JSON, the parsed value: check those. Only an
      // answer another middleware replaced is read through a clone.
      const held = BufferedResponse.inspect(response);
      if (held) {
        const findings = findingsOf(request, operationId, response.status, contentType, held.text, held.parsed);
        return findings && raise(findings);
      }
      return response
        .clone()
        .text()
        .then((body) => {
          const findings = findingsOf(request, operationId, response.status, contentType, body);
          return findings && raise(findings);
        });
    },
    // A 2xx answer that is not the JSON asked for (an HTML page, a wrong content type) never reaches
    // onResponse: the transport turns it into InvalidResponseError. Its status and content type are
    // still facts about the API.
    async onError({ request, error, schemaPath }) {
      if (!(error instanceof InvalidResponseError)) return undefined;
      const operationId = operationIdFor(request.method, schemaPath);
      if (!operationId) return undefined;
      return (await settle(findingsOf(request, operationId, error.status, error.contentType, error.body))) ?? undefined;
    },
  };
}
