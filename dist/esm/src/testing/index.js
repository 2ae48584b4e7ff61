import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { operationIdFor, operationInfo } from "../operations.js";
import { deref, inlineSchema } from "../validate/schema.js";
import { AdultWorkUsageError, brandErrorClasses } from "../errors.js";
import bundled from "../../../../generated/openapi.json" with { type: "json" };
class MockFixtureError extends AdultWorkUsageError {
  constructor(key, pointer, problem2) {
    super(`Fixture ${key} at ${pointer || "(root)"}: ${problem2}`);
    this.key = key;
    this.pointer = pointer;
    this.problem = problem2;
  }
  key;
  pointer;
  problem;
  name = "MockFixtureError";
}
brandErrorClasses({ MockFixtureError });
const METHODS = ["get", "put", "post", "delete", "patch"];
const isObject = (v) => !!v && typeof v === "object" && !Array.isArray(v);
const shippedContract = () => bundled;
function operationsOf(doc) {
  const out = /* @__PURE__ */ new Map();
  for (const item of Object.values(doc.paths ?? {})) {
    const shared = (item.parameters ?? []).map((p) => deref(doc, p));
    for (const m of METHODS) {
      const op = item[m];
      if (!op?.operationId) continue;
      out.set(op.operationId, {
        parameters: [...shared, ...(op.parameters ?? []).map((p) => deref(doc, p))],
        requestBody: deref(doc, op.requestBody),
        responses: op.responses ?? {}
      });
    }
  }
  return out;
}
const jsonMedia = (content) => isObject(content) ? Object.entries(content).find(([t]) => /^application\/(.+\+)?json/.test(t))?.[1] : void 0;
function exampleOf(doc, media) {
  if (!media) return { found: false };
  if ("example" in media) return { found: true, value: media.example };
  const first = isObject(media.examples) ? Object.values(media.examples)[0] : void 0;
  const resolved = deref(doc, first);
  return isObject(resolved) && "value" in resolved ? { found: true, value: resolved.value } : { found: false };
}
function coerce(raw, schema) {
  const s = isObject(schema) ? schema : {};
  const types = Array.isArray(s.type) ? s.type : [s.type];
  if ((types.includes("integer") || types.includes("number")) && /^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
  if (types.includes("boolean") && (raw === "true" || raw === "false")) return raw === "true";
  return raw;
}
function json(status, body, headers = {}, contentType = "application/json") {
  const text = body === void 0 ? null : JSON.stringify(body);
  return new Response(status === 204 || status === 304 ? null : text, { status, headers: { "content-type": contentType, ...headers } });
}
const problem = (status, title, validation) => json(status, { type: status === 401 ? "UNAUTHORIZED" : "UNPROCESSABLE_ENTITY", title, status, detail: validation.map((v) => `${v.location.join(".")} ${v.message}`).join("; "), validation }, {}, "application/problem+json");
function createMockFetch(options = {}) {
  const doc = options.contract ?? shippedContract();
  const ops = operationsOf(doc);
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  const plugin = addFormatsModule.default ?? addFormatsModule;
  plugin(ajv);
  const compiled = /* @__PURE__ */ new Map();
  const validator = (schema, closed = false) => {
    const key = closed ? JSON.stringify([schema, closed]) : schema;
    let fn = compiled.get(key);
    if (!fn) compiled.set(key, fn = ajv.compile(inlineSchema(doc, schema, { closed })));
    return fn;
  };
  const successStatus = (op) => Object.keys(op.responses).filter((k) => /^2\d\d$/.test(k)).sort()[0] ?? "200";
  const answers = /* @__PURE__ */ new Map();
  for (const [key, value] of Object.entries(options.fixtures ?? {})) {
    const [id, explicit] = key.split(".");
    const op = id ? ops.get(id) : void 0;
    if (!op) throw new MockFixtureError(key, "", "no operation of the contract has this operationId");
    const status = explicit ?? successStatus(op);
    const response = deref(doc, op.responses[status] ?? op.responses[`${status[0]}XX`] ?? op.responses.default);
    if (!isObject(response)) throw new MockFixtureError(key, "", `the operation declares no status ${status}`);
    const media = jsonMedia(response.content);
    if (media?.schema !== void 0) {
      const validate = validator(media.schema, "where-documented");
      if (!validate(value)) {
        const e = validate.errors[0];
        throw new MockFixtureError(key, e.instancePath, e.message ?? "does not fit the contract");
      }
    }
    answers.set(`${id}.${status}`, value);
  }
  const calls = [];
  const scripts = /* @__PURE__ */ new Map();
  function checkRequest(id, op, url, headers, body, hasBody) {
    const info = operationInfo(id);
    if (info.security === "user" && !/^Bearer\s+\S/.test(headers.get("authorization") ?? "")) {
      return problem(401, "Invalid security scheme used", [{ location: ["header", "Authorization"], message: "a Bearer access token is required" }]);
    }
    if (info.security === "apiKey" && !url.searchParams.has(info.apiKeyParam ?? "apiKey")) {
      return problem(401, "Invalid security scheme used", [{ location: ["query", info.apiKeyParam ?? "apiKey"], message: "the API key is required" }]);
    }
    const found = [];
    for (const p of op.parameters) {
      const name = String(p.name);
      const where = String(p.in);
      const raw = where === "query" ? url.searchParams.get(name) : where === "header" ? headers.get(name) : null;
      if (raw === null) {
        if (p.required) found.push({ location: [where, name], message: "is required" });
        continue;
      }
      if (p.schema === void 0) continue;
      const validate = validator(p.schema);
      if (!validate(coerce(raw, deref(doc, p.schema)))) found.push({ location: [where, name], message: validate.errors?.[0]?.message ?? "is not valid" });
    }
    const rb = op.requestBody;
    if (rb) {
      if (!hasBody) {
        if (rb.required) found.push({ location: ["body"], message: "is required" });
      } else {
        const media = isObject(rb.content) ? Object.values(rb.content)[0] : void 0;
        if (media?.schema !== void 0) {
          const validate = validator(media.schema);
          if (!validate(body)) for (const e of validate.errors ?? []) found.push({ location: ["body", ...e.instancePath.split("/").filter(Boolean)], message: e.message ?? "is not valid" });
        }
      }
    }
    return found.length ? problem(400, "Invalid request", found) : void 0;
  }
  function answer(id, op) {
    const status = successStatus(op);
    const key = `${id}.${status}`;
    if (answers.has(key)) return json(Number(status), answers.get(key));
    const media = jsonMedia(deref(doc, op.responses[status])?.content);
    const example = exampleOf(doc, media);
    return json(Number(status), example.found ? example.value : {});
  }
  const fakeFetch = async (input, init) => {
    const request = input instanceof Request && init === void 0 ? input : new Request(input, init);
    const url = new URL(request.url);
    const method = request.method.toUpperCase();
    const at = url.pathname.search(/\/(v1|OAuth)\//);
    const path = at > 0 ? url.pathname.slice(at) : url.pathname;
    const id = operationIdFor(method, path);
    const text = request.body ? await request.text() : "";
    const type = request.headers.get("content-type") ?? "";
    let body = text === "" ? void 0 : text;
    if (text && /json/.test(type)) {
      try {
        body = JSON.parse(text);
      } catch {
      }
    } else if (text && /x-www-form-urlencoded/.test(type)) {
      body = Object.fromEntries(new URLSearchParams(text));
    }
    const call = { operationId: id, method, path, url, query: Object.fromEntries(url.searchParams), headers: new Headers(request.headers), body, status: 0 };
    calls.push(call);
    const queued = id ? scripts.get(id) : void 0;
    const scripted = queued?.shift();
    if (scripted && "fault" in scripted) {
      if (scripted.fault === "hang") {
        await new Promise((_, reject) => {
          if (request.signal.aborted) reject(request.signal.reason);
          request.signal.addEventListener("abort", () => reject(request.signal.reason), { once: true });
        });
      }
      throw Object.assign(new TypeError("fetch failed"), { cause: Object.assign(new Error("connect ECONNREFUSED (scripted)"), { code: "ECONNREFUSED" }) });
    }
    let response;
    if (!id) {
      response = json(404, { type: "NO_PATH_MATCHED_ERROR", title: "Route not resolved, no path matched", status: 404, detail: `${method} ${path}` }, {}, "application/problem+json");
    } else {
      const op = ops.get(id);
      response = checkRequest(id, op, url, request.headers, body, text !== "") ?? (scripted ? json(scripted.status, scripted.body, scripted.headers) : answer(id, op));
    }
    call.status = response.status;
    return response;
  };
  return {
    fetch: fakeFetch,
    calls,
    callsOf: (operationId) => calls.filter((c) => c.operationId === operationId),
    script(operationId, ...replies) {
      if (!ops.has(operationId)) throw new MockFixtureError(operationId, "", "no operation of the contract has this operationId");
      scripts.set(operationId, [...scripts.get(operationId) ?? [], ...replies]);
    },
    reset() {
      calls.length = 0;
      scripts.clear();
    }
  };
}
export {
  MockFixtureError,
  createMockFetch
};
//# sourceMappingURL=index.js.map
