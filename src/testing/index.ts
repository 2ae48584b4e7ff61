// adultwork-api-client/testing: an in-process stand-in for the API, for a team's unit tests. A fetch
// that answers every operation from the contract's examples or the team's fixtures, checks each
// request against the contract as the Prism mock does, records the calls and plays scripted
// statuses and faults. No server, no network, no Prism; ajv (an optional peer) is loaded only here.
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { operationIdFor, operationInfo, type OperationId } from "../operations.js";
import { deref, inlineSchema, type SchemaNode } from "../validate/schema.js";
import { AdultWorkUsageError, brandErrorClasses } from "../errors.js";
import bundled from "../../generated/openapi.json" with { type: "json" };

type Doc = SchemaNode;

/** One request the fake received, as the client sent it. */
export interface RecordedCall {
  /** The operation the request matched; undefined for a path the contract does not have. */
  operationId: OperationId | undefined;
  method: string;
  /** The path, without the base URL's own path. */
  path: string;
  url: URL;
  /** Query parameters (the last value of each). */
  query: Record<string, string>;
  headers: Headers;
  /** The body: parsed JSON or form fields where it is one, else text; undefined without a body. */
  body: unknown;
  /** The status the fake answered with (0 for a scripted network fault). */
  status: number;
}

/** What one scripted call answers: a status with an optional body and headers, or a fault. */
export type ScriptedReply =
  | { status: number; body?: unknown; headers?: Record<string, string> }
  /** `network-error` rejects like a refused connection; `hang` waits until the request is aborted. */
  | { fault: "network-error" | "hang" };

/** Answers for operations: `operationId` → body of its success status, or `"<operationId>.<status>"` → body. */
export type Fixtures = Record<string, unknown>;

export interface MockFetchOptions {
  /** The team's answers, in place of the contract's examples (validated against the contract first). */
  fixtures?: Fixtures | undefined;
  /** The contract to answer from; the one this package ships by default. */
  contract?: Doc | undefined;
}

export interface MockFetch {
  /** Pass it as the client's `fetch` option. */
  fetch: typeof globalThis.fetch;
  /** Every request so far, oldest first. */
  readonly calls: RecordedCall[];
  /** The calls of one operation. */
  callsOf(operationId: OperationId): RecordedCall[];
  /** Queues replies for the next calls of `operationId`, one per call; afterwards it answers normally again. */
  script(operationId: OperationId, ...replies: ScriptedReply[]): void;
  /** Forgets the calls and the scripts that have not run yet. */
  reset(): void;
}

/** A fixture that does not fit the contract: names the key, the operation, the status and the JSON pointer. */
export class MockFixtureError extends AdultWorkUsageError {
  override name = "MockFixtureError";
  constructor(
    readonly key: string,
    readonly pointer: string,
    readonly problem: string,
  ) {
    super(`Fixture ${key} at ${pointer || "(root)"}: ${problem}`);
  }
}
brandErrorClasses({ MockFixtureError });

const METHODS = ["get", "put", "post", "delete", "patch"];
const isObject = (v: unknown): v is SchemaNode => !!v && typeof v === "object" && !Array.isArray(v);

// The package's one copy of the contract, imported like the validate entry imports it: no file system,
// so the fake runs under Node, Jest's CommonJS modules and in a browser bundle alike.
const shippedContract = (): Doc => bundled as unknown as Doc;

interface Operation {
  parameters: SchemaNode[];
  requestBody: SchemaNode | undefined;
  responses: Record<string, unknown>;
}

function operationsOf(doc: Doc): Map<string, Operation> {
  const out = new Map<string, Operation>();
  for (const item of Object.values((doc.paths ?? {}) as Record<string, Record<string, unknown>>)) {
    const shared = ((item.parameters as unknown[] | undefined) ?? []).map((p) => deref(doc, p) as SchemaNode);
    for (const m of METHODS) {
      const op = item[m] as { operationId?: string; parameters?: unknown[]; requestBody?: unknown; responses?: Record<string, unknown> } | undefined;
      if (!op?.operationId) continue;
      out.set(op.operationId, {
        parameters: [...shared, ...(op.parameters ?? []).map((p) => deref(doc, p) as SchemaNode)],
        requestBody: deref(doc, op.requestBody) as SchemaNode | undefined,
        responses: op.responses ?? {},
      });
    }
  }
  return out;
}

const jsonMedia = (content: unknown): SchemaNode | undefined =>
  isObject(content) ? (Object.entries(content).find(([t]) => /^application\/(.+\+)?json/.test(t))?.[1] as SchemaNode | undefined) : undefined;

/** The first example a media object carries (its `example`, else its first named example). */
function exampleOf(doc: Doc, media: SchemaNode | undefined): { found: boolean; value?: unknown } {
  if (!media) return { found: false };
  if ("example" in media) return { found: true, value: media.example };
  const first = isObject(media.examples) ? Object.values(media.examples)[0] : undefined;
  const resolved = deref(doc, first);
  return isObject(resolved) && "value" in resolved ? { found: true, value: resolved.value } : { found: false };
}

/** A query value as the type its schema names: what Prism's validator does before checking it. */
function coerce(raw: string, schema: unknown): unknown {
  const s = isObject(schema) ? schema : {};
  const types = Array.isArray(s.type) ? s.type : [s.type];
  if ((types.includes("integer") || types.includes("number")) && /^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
  if (types.includes("boolean") && (raw === "true" || raw === "false")) return raw === "true";
  return raw;
}

function json(status: number, body: unknown, headers: Record<string, string> = {}, contentType = "application/json"): Response {
  const text = body === undefined ? null : JSON.stringify(body);
  return new Response(status === 204 || status === 304 ? null : text, { status, headers: { "content-type": contentType, ...headers } });
}

interface Problem {
  location: string[];
  message: string;
}
/** A 400 or 401 shaped like Prism's (application/problem+json with the validation findings). */
const problem = (status: number, title: string, validation: Problem[]) =>
  json(status, { type: status === 401 ? "UNAUTHORIZED" : "UNPROCESSABLE_ENTITY", title, status, detail: validation.map((v) => `${v.location.join(".")} ${v.message}`).join("; "), validation }, {}, "application/problem+json");

/**
 * Creates the fake. Fixtures are checked against the contract here, so a wrong one fails the test
 * that creates it (a MockFixtureError), not a later assertion.
 */
export function createMockFetch(options: MockFetchOptions = {}): MockFetch {
  const doc = options.contract ?? shippedContract();
  const ops = operationsOf(doc);
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  const plugin = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;
  (plugin as unknown as (a: Ajv2020) => void)(ajv);
  const compiled = new Map<unknown, ReturnType<Ajv2020["compile"]>>();
  const validator = (schema: unknown, closed: false | "where-documented" = false) => {
    const key = closed ? JSON.stringify([schema, closed]) : schema;
    let fn = compiled.get(key);
    if (!fn) compiled.set(key, (fn = ajv.compile(inlineSchema(doc, schema, { closed }) as SchemaNode)));
    return fn;
  };

  const successStatus = (op: Operation) => Object.keys(op.responses).filter((k) => /^2\d\d$/.test(k)).sort()[0] ?? "200";
  const answers = new Map<string, unknown>();
  for (const [key, value] of Object.entries(options.fixtures ?? {})) {
    const [id, explicit] = key.split(".");
    const op = id ? ops.get(id) : undefined;
    if (!op) throw new MockFixtureError(key, "", "no operation of the contract has this operationId");
    const status = explicit ?? successStatus(op);
    const response = deref(doc, op.responses[status] ?? op.responses[`${status[0]}XX`] ?? op.responses.default);
    if (!isObject(response)) throw new MockFixtureError(key, "", `the operation declares no status ${status}`);
    const media = jsonMedia(response.content);
    if (media?.schema !== undefined) {
      const validate = validator(media.schema, "where-documented");
      if (!validate(value)) {
        const e = validate.errors![0]!;
        throw new MockFixtureError(key, e.instancePath, e.message ?? "does not fit the contract");
      }
    }
    answers.set(`${id}.${status}`, value);
  }

  const calls: RecordedCall[] = [];
  const scripts = new Map<string, ScriptedReply[]>();

  function checkRequest(id: OperationId, op: Operation, url: URL, headers: Headers, body: unknown, hasBody: boolean): Response | undefined {
    const info = operationInfo(id);
    if (info.security === "user" && !/^Bearer\s+\S/.test(headers.get("authorization") ?? "")) {
      return problem(401, "Invalid security scheme used", [{ location: ["header", "Authorization"], message: "a Bearer access token is required" }]);
    }
    if (info.security === "apiKey" && !url.searchParams.has(info.apiKeyParam ?? "apiKey")) {
      return problem(401, "Invalid security scheme used", [{ location: ["query", info.apiKeyParam ?? "apiKey"], message: "the API key is required" }]);
    }
    const found: Problem[] = [];
    for (const p of op.parameters) {
      const name = String(p.name);
      const where = String(p.in);
      const raw = where === "query" ? url.searchParams.get(name) : where === "header" ? headers.get(name) : null;
      if (raw === null) {
        if (p.required) found.push({ location: [where, name], message: "is required" });
        continue;
      }
      if (p.schema === undefined) continue;
      const validate = validator(p.schema);
      if (!validate(coerce(raw, deref(doc, p.schema)))) found.push({ location: [where, name], message: validate.errors?.[0]?.message ?? "is not valid" });
    }
    const rb = op.requestBody;
    if (rb) {
      if (!hasBody) {
        if (rb.required) found.push({ location: ["body"], message: "is required" });
      } else {
        const media = isObject(rb.content) ? (Object.values(rb.content)[0] as SchemaNode | undefined) : undefined;
        if (media?.schema !== undefined) {
          const validate = validator(media.schema);
          if (!validate(body)) for (const e of validate.errors ?? []) found.push({ location: ["body", ...e.instancePath.split("/").filter(Boolean)], message: e.message ?? "is not valid" });
        }
      }
    }
    return found.length ? problem(400, "Invalid request", found) : undefined;
  }

  function answer(id: OperationId, op: Operation): Response {
    const status = successStatus(op);
    const key = `${id}.${status}`;
    if (answers.has(key)) return json(Number(status), answers.get(key));
    const media = jsonMedia((deref(doc, op.responses[status]) as SchemaNode | undefined)?.content);
    const example = exampleOf(doc, media);
    // The docs do not show this answer: an empty object, never a made-up body.
    return json(Number(status), example.found ? example.value : {});
  }

  const fakeFetch: typeof globalThis.fetch = async (input, init) => {
    const request = input instanceof Request && init === undefined ? input : new Request(input, init);
    const url = new URL(request.url);
    const method = request.method.toUpperCase();
    // The path as documented: the base URL may add a prefix of its own (a proxy's path).
    const at = url.pathname.search(/\/(v1|OAuth)\//);
    const path = at > 0 ? url.pathname.slice(at) : url.pathname;
    const id = operationIdFor(method, path);
    const text = request.body ? await request.text() : "";
    const type = request.headers.get("content-type") ?? "";
    let body: unknown = text === "" ? undefined : text;
    if (text && /json/.test(type)) {
      try {
        body = JSON.parse(text);
      } catch {
        // left as text: the contract check reports it
      }
    } else if (text && /x-www-form-urlencoded/.test(type)) {
      body = Object.fromEntries(new URLSearchParams(text));
    }
    const call: RecordedCall = { operationId: id, method, path, url, query: Object.fromEntries(url.searchParams), headers: new Headers(request.headers), body, status: 0 };
    calls.push(call);

    const queued = id ? scripts.get(id) : undefined;
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
    let response: Response;
    if (!id) {
      response = json(404, { type: "NO_PATH_MATCHED_ERROR", title: "Route not resolved, no path matched", status: 404, detail: `${method} ${path}` }, {}, "application/problem+json");
    } else {
      const op = ops.get(id)!;
      response =
        checkRequest(id, op, url, request.headers, body, text !== "") ??
        (scripted ? json(scripted.status, scripted.body, scripted.headers) : answer(id, op));
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
      scripts.set(operationId, [...(scripts.get(operationId) ?? []), ...replies]);
    },
    reset() {
      calls.length = 0;
      scripts.clear();
    },
  };
}
