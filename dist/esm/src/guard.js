import { AdultWorkError, AdultWorkUsageError, InvalidResponseError } from "./errors.js";
import { operationIdFor } from "./operations.js";
const METHODS = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"];
function describeBuildFailure(err, redactor) {
  if (err instanceof URIError) return "a parameter value cannot be encoded in a URL (it holds a lone surrogate)";
  if (err instanceof TypeError && /header/i.test(err.message)) return "a header name or value holds characters HTTP does not allow (a line break, a control character or non-Latin-1 text)";
  if (err instanceof Error) return `the request could not be built (${redactor.text(err.name)}: ${redactor.text(err.message)})`;
  return `the request could not be built (${typeof err} thrown)`;
}
function guardCalls(core, redactor, callOf) {
  const calls = core;
  const guarded = (method, path, init, send) => {
    let answer;
    const tracker = {
      onResponse({ response }) {
        answer = response;
        return void 0;
      }
    };
    return send({ ...init, middleware: [...init?.middleware ?? [], tracker] }).catch((err) => {
      if (err instanceof AdultWorkError) throw err;
      if (init?.signal?.aborted && err === init.signal.reason) throw err;
      const info = (answer && callOf(answer)) ?? { operationId: operationIdFor(method, path), method, path };
      if (!answer) throw new AdultWorkUsageError(`${info.method} ${info.path}: ${describeBuildFailure(err, redactor)}; nothing was sent`);
      const contentType = answer.headers.get("content-type");
      throw new InvalidResponseError({
        ...info,
        status: answer.status,
        contentType: contentType === null ? null : redactor.text(contentType),
        body: "",
        // The parser's message quotes the body, which may hold personal data: only its kind is named.
        problem: `a body that could not be read as asked (${err instanceof Error ? redactor.text(err.name) : typeof err})`
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
export {
  guardCalls
};
//# sourceMappingURL=guard.js.map
