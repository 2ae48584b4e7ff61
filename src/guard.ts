// Keeps every failure of a raw call inside the error hierarchy. What openapi-fetch or the platform
// throws while building a request (a lone surrogate, a header value HTTP refuses, a body JSON cannot
// hold) is a usage error, since nothing was sent; what it throws while reading an answer the
// transport returned is an InvalidResponseError, since the server did answer.
import type { Middleware } from "openapi-fetch";
import { AdultWorkError, AdultWorkUsageError, InvalidResponseError, type CallInfo } from "./errors.js";
import type { Redactor } from "./redact.js";
import { operationIdFor } from "./operations.js";

const METHODS = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;

type Init = { signal?: AbortSignal | null; middleware?: Middleware[] } & Record<string, unknown>;
type RawCall = (path: string, init?: Init) => Promise<unknown>;

/** Why a request could not be built, in words that never quote the value at fault. */
function describeBuildFailure(err: unknown, redactor: Redactor): string {
  if (err instanceof URIError) return "a parameter value cannot be encoded in a URL (it holds a lone surrogate)";
  // The platform's own message quotes the whole header value, which may be a credential.
  if (err instanceof TypeError && /header/i.test(err.message)) return "a header name or value holds characters HTTP does not allow (a line break, a control character or non-Latin-1 text)";
  if (err instanceof Error) return `the request could not be built (${redactor.text(err.name)}: ${redactor.text(err.message)})`;
  return `the request could not be built (${typeof err} thrown)`;
}

/**
 * Wraps the client's call methods (in place, so the group-manager client built on them is covered
 * too). `callOf` finds what the client recorded about the response a call received.
 */
export function guardCalls(core: object, redactor: Redactor, callOf: (response: Response) => CallInfo | undefined): void {
  const calls = core as Record<string, RawCall> & { request: (method: string, path: string, init?: Init) => Promise<unknown> };

  const guarded = (method: string, path: string, init: Init | undefined, send: (init: Init) => Promise<unknown>): Promise<unknown> => {
    // The last middleware sees the answer first: once it has, the transport's part is done.
    let answer: Response | undefined;
    const tracker: Middleware = {
      onResponse({ response }) {
        answer = response;
        return undefined;
      },
    };
    return send({ ...init, middleware: [...(init?.middleware ?? []), tracker] }).catch((err: unknown) => {
      // The client's own errors, and the caller's abort reason, reach the caller as they are.
      if (err instanceof AdultWorkError) throw err;
      if (init?.signal?.aborted && err === init.signal.reason) throw err;
      const info: CallInfo = (answer && callOf(answer)) ?? { operationId: operationIdFor(method, path), method, path };
      if (!answer) throw new AdultWorkUsageError(`${info.method} ${info.path}: ${describeBuildFailure(err, redactor)}; nothing was sent`);
      const contentType = answer.headers.get("content-type");
      throw new InvalidResponseError({
        ...info,
        status: answer.status,
        contentType: contentType === null ? null : redactor.text(contentType),
        body: "",
        // The parser's message quotes the body, which may hold personal data: only its kind is named.
        problem: `a body that could not be read as asked (${err instanceof Error ? redactor.text(err.name) : typeof err})`,
      });
    });
  };

  for (const method of METHODS) {
    const original = calls[method];
    if (typeof original !== "function") continue;
    calls[method] = (path, init) => guarded(method, path, init, (next) => original.call(core, path, next));
  }
  const request = calls.request;
  calls.request = (method, path, init) => guarded(String(method).toUpperCase(), path, init, (next) => request.call(core, method, path, next));
}
