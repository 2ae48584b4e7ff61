// Reads the bundled contract and derives the operation table the runtime uses (generated/operations.ts):
// method, path, security, scopes, group-manager pairing, paging and idempotency, per operationId.
// Everything here is read from the spec; a fact the spec does not state is an error, not a guess.

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"];
const GROUP_SUFFIX = "AsGroupManager";
/** A group-manager operation's path is its base operation's with this prefix replaced. */
const GROUP_PATH = { base: "/v1/", group: "/v1/Groups/" };
/** Methods the transport may send again after a failure (RFC 9110 idempotent methods the API uses). */
const IDEMPOTENT = new Set(["GET", "HEAD", "PUT", "OPTIONS"]);

/** Follows a local `#/...` reference (repeatedly) and returns the node it points at. */
export function deref(doc, node) {
  let seen = 0;
  while (node && typeof node === "object" && typeof node.$ref === "string") {
    if (!node.$ref.startsWith("#/")) throw new Error(`Only local references are expected in the bundle: ${node.$ref}`);
    node = node.$ref
      .slice(2)
      .split("/")
      .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"))
      .reduce((acc, key) => acc?.[key], doc);
    if (++seen > 32) throw new Error("Reference cycle");
  }
  return node;
}

/** Every operation of the document as { method, path, op }. */
export function listOperations(doc) {
  const out = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) if (item[method]) out.push({ method: method.toUpperCase(), path, op: item[method], item });
  }
  return out;
}

/** The property names an object schema requires, looking through allOf and references. */
export function schemaRequired(doc, schema, acc = new Set()) {
  schema = deref(doc, schema);
  if (!schema || typeof schema !== "object") return acc;
  for (const name of schema.required ?? []) acc.add(name);
  for (const sub of schema.allOf ?? []) schemaRequired(doc, sub, acc);
  return acc;
}

/** The property names an object schema lists, looking through allOf/anyOf/oneOf and references. */
export function schemaProperties(doc, schema, acc = new Map()) {
  schema = deref(doc, schema);
  if (!schema || typeof schema !== "object") return acc;
  for (const [name, sub] of Object.entries(schema.properties ?? {})) if (!acc.has(name)) acc.set(name, deref(doc, sub));
  for (const key of ["allOf", "anyOf", "oneOf"]) for (const sub of schema[key] ?? []) schemaProperties(doc, sub, acc);
  return acc;
}

/** An operation's parameters, path-item ones first, the operation's own overriding them. */
export function parametersOf(doc, item, op) {
  const byKey = new Map();
  for (const p of [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p) => deref(doc, p))) byKey.set(`${p.in}:${p.name}`, p);
  return [...byKey.values()];
}

/** A bitmask parameter whose bits each need a scope (`x-aw-flags` on its schema), if the operation has one. */
function scopeFlagsOf(doc, params) {
  for (const p of params) {
    const flags = deref(doc, p.schema)?.["x-aw-flags"];
    if (!flags) continue;
    for (const [name, f] of Object.entries(flags)) {
      if (!Number.isInteger(f.value) || typeof f.scope !== "string") throw new Error(`x-aw-flags of ${p.name}: ${name} needs an integer value and a scope`);
    }
    return { param: p.name, in: p.in, flags };
  }
  return null;
}

function jsonBodySchema(doc, op) {
  const body = deref(doc, op.requestBody);
  return body?.content?.["application/json"]?.schema ?? null;
}

function securityOf(doc, op) {
  const requirements = op.security ?? doc.security ?? [];
  const schemes = doc.components?.securitySchemes ?? {};
  for (const req of requirements) {
    for (const [name, scopes] of Object.entries(req)) {
      const scheme = deref(doc, schemes[name]);
      if (scheme?.type === "oauth2") return { security: "user", scopes: [...scopes] };
      if (scheme?.type === "apiKey") {
        if (scheme.in !== "query") throw new Error(`API key scheme ${name} must be a query parameter`);
        return { security: "apiKey", scopes: [], apiKeyParam: scheme.name };
      }
    }
  }
  return { security: "none", scopes: [] };
}

function successSchema(doc, op) {
  const responses = op.responses ?? {};
  const key = Object.keys(responses).find((k) => /^2\d\d$/.test(k));
  const res = key ? deref(doc, responses[key]) : null;
  return { status: key ? Number(key) : null, content: res?.content ?? {}, undocumented: res?.["x-aw-docs"] === "undocumented" };
}

function pagingOf(doc, params, bodySchema, success) {
  const inQuery = params.filter((p) => p.in === "query").map((p) => p.name);
  const inBody = bodySchema ? [...schemaProperties(doc, bodySchema).keys()] : [];
  const where = inQuery.includes("PageNumber") ? "query" : inBody.includes("PageNumber") ? "body" : null;
  if (!where) return null;
  const names = where === "query" ? inQuery : inBody;
  const schema = success.content["application/json"]?.schema;
  const props = schema ? schemaProperties(doc, schema) : new Map();
  if (!props.has("PageCount")) {
    throw new Error("An operation takes PageNumber but its answer has no PageCount: the paging contract is incomplete");
  }
  const sizeParams = names.filter((n) => /PerPage$|^PageSize$/.test(n));
  if (sizeParams.length > 1) throw new Error(`Several page-size parameters: ${sizeParams.join(", ")}`);
  const arrays = [...props].filter(([name, s]) => !["PageCount", "PageNumber"].includes(name) && deref(doc, s)?.type === "array");
  return {
    in: where,
    pageParam: "PageNumber",
    sizeParam: sizeParams[0] ?? null,
    // The property holding the page's items, when the docs name exactly one list property.
    itemsProperty: arrays.length === 1 ? arrays[0][0] : null,
  };
}

/** Builds the operation table from a bundled OpenAPI document. */
export function buildOperationTable(doc) {
  const table = {};
  for (const { method, path, op, item } of listOperations(doc)) {
    const id = op.operationId;
    if (!id) throw new Error(`${method} ${path} has no operationId`);
    if (table[id]) throw new Error(`Duplicate operationId ${id}`);
    const params = parametersOf(doc, item, op);
    const body = jsonBodySchema(doc, op);
    const success = successSchema(doc, op);
    table[id] = {
      method,
      path,
      ...securityOf(doc, op),
      scopesInferred: op["x-aw-scopes-inferred"] === true,
      scopesUnknown: op["x-aw-scopes-unknown"] === true,
      securityInferred: op["x-aw-security-inferred"] === true,
      scopeFlags: scopeFlagsOf(doc, params),
      idempotent: IDEMPOTENT.has(method),
      docs: op["x-aw-docs"] ?? null,
      server: op.servers?.[0]?.url ?? item.servers?.[0]?.url ?? null,
      requestBody: Object.keys(deref(doc, op.requestBody)?.content ?? {})[0] ?? null,
      responseTypes: Object.keys(success.content),
      // A body the client may insist on: declared, and known from the docs. Where the docs do not
      // show the answer at all, an empty one may be what the API sends, so it is not refused.
      responseBody: Object.keys(success.content).length > 0 && !success.undocumented,
      paging: pagingOf(doc, params, body, success),
      groupVariant: null,
      groupBase: null,
      groupUserIdIn: null,
    };
  }
  // Pair each group-manager operation with the operation it impersonates through.
  for (const [id, entry] of Object.entries(table)) {
    if (!id.endsWith(GROUP_SUFFIX)) continue;
    const baseId = id.slice(0, -GROUP_SUFFIX.length);
    const base = table[baseId];
    if (!base) throw new Error(`${id} has no base operation ${baseId}`);
    if (base.method !== entry.method) throw new Error(`${id} and ${baseId} use different methods`);
    const expected = base.path.startsWith(GROUP_PATH.base) ? GROUP_PATH.group + base.path.slice(GROUP_PATH.base.length) : null;
    if (entry.path !== expected) throw new Error(`${id} is at ${entry.path}, expected ${expected}`);
    const { op, item } = listOperations(doc).find((o) => o.op.operationId === id);
    const inQuery = parametersOf(doc, item, op).some((p) => p.in === "query" && p.name === "UserID" && p.required);
    const bodySchema = jsonBodySchema(doc, op);
    const inBody = bodySchema && schemaRequired(doc, bodySchema).has("UserID");
    if (!inQuery && !inBody) throw new Error(`${id} does not require UserID in its query or JSON body`);
    entry.groupBase = baseId;
    entry.groupUserIdIn = inQuery ? "query" : "body";
    base.groupVariant = id;
  }
  return table;
}

/** The Unified Login endpoints and scopes, from the contract's OAuth 2.0 security scheme. */
export function unifiedLoginOf(doc) {
  const scheme = Object.values(doc.components?.securitySchemes ?? {}).map((s) => deref(doc, s)).find((s) => s?.type === "oauth2");
  const flow = scheme?.flows?.authorizationCode;
  if (!flow) throw new Error("The contract has no OAuth 2.0 authorization-code flow");
  return {
    authorizationUrl: flow.authorizationUrl,
    tokenUrl: flow.tokenUrl,
    scopes: Object.keys(flow.scopes ?? {}).sort(),
  };
}

/** Renders the operation table as the TypeScript module generated/operations.ts. */
export function renderOperationsModule(table, unifiedLogin) {
  const sorted = Object.fromEntries(Object.keys(table).sort().map((k) => [k, table[k]]));
  return `// Generated by scripts/generate.mjs from spec/ (the bundled generated/openapi.json). Do not edit.
// What the runtime knows about each operation: how to reach it, how it authenticates, which scopes
// it needs, whether it may be retried, how it pages and which group-manager operation pairs with it.

export interface OperationInfo {
  readonly method: "GET" | "PUT" | "POST" | "DELETE" | "PATCH" | "HEAD" | "OPTIONS";
  readonly path: string;
  /** "user": a Unified Login access token; "apiKey": the developer API key; "none": neither. */
  readonly security: "user" | "apiKey" | "none";
  readonly scopes: readonly string[];
  /** True when the docs do not state the scope and it was inferred from sibling operations. */
  readonly scopesInferred: boolean;
  /** True when the docs do not state the scope and no sibling settles it: \`scopes\` is then empty but not "none needed". */
  readonly scopesUnknown: boolean;
  /** True when the docs' authentication section was not retrieved and the scheme was inferred from sibling pages. */
  readonly securityInferred: boolean;
  /** A bitmask parameter whose bits each need their own scope (GetDashboard's Options). */
  readonly scopeFlags: {
    readonly param: string;
    readonly in: string;
    readonly flags: { readonly [name: string]: { readonly value: number; readonly scope: string } };
  } | null;
  readonly apiKeyParam?: string;
  /** Safe to send again after a failure (GET, HEAD, PUT). */
  readonly idempotent: boolean;
  /** How completely the public docs describe the operation (x-aw-docs). */
  readonly docs: "complete" | "partial" | "undocumented" | null;
  /** A server other than the API host (the Unified Login token endpoint). */
  readonly server: string | null;
  /** The request body's media type, if the operation takes a body. */
  readonly requestBody: string | null;
  readonly responseTypes: readonly string[];
  /** True when the contract declares and the docs show a body for the success answer: an empty 2xx is then not a valid answer. */
  readonly responseBody: boolean;
  readonly paging: {
    readonly in: "query" | "body";
    readonly pageParam: "PageNumber";
    readonly sizeParam: string | null;
    readonly itemsProperty: string | null;
  } | null;
  /** The group-manager form of this operation, if the API has one. */
  readonly groupVariant: string | null;
  /** For a group-manager operation: the operation it is the group form of. */
  readonly groupBase: string | null;
  /** For a group-manager operation: where the impersonated member's UserID goes. */
  readonly groupUserIdIn: "query" | "body" | null;
}

export const operations = ${JSON.stringify(sorted, null, 2)} as const satisfies Record<string, OperationInfo>;

export type Operations = typeof operations;

/** The Unified Login (OAuth 2.0) endpoints and every scope the contract names. */
export const unifiedLogin = ${JSON.stringify(unifiedLogin, null, 2)} as const;
export type OperationId = keyof Operations;
`;
}

const SECURITY_CODES = ["none", "user", "apiKey"];
const USER_ID_IN_CODES = [null, "query", "body"];
const HEADER = "// Generated by scripts/generate.mjs from spec/ (the bundled generated/openapi.json). Do not edit.";

/**
 * Renders generated/runtime-operations.ts: what the core reads about each operation at run time
 * (method, path, security, group pairing, another server), and nothing else, so that every app's
 * bundle carries as little as possible. Group-manager operations are not written out: each is derived
 * from its base operation's row, by the same rules buildOperationTable checks them against, and
 * `idempotent` from the method. The scopes and the paging of each operation are in modules of their
 * own, which only scopesFor and paginate load. Every fact is checked here against the full table, so
 * the compact form cannot say something the table does not.
 */
export function renderRuntimeModule(table) {
  const ids = Object.keys(table).sort();
  const methods = [...new Set(ids.map((id) => table[id].method))].sort();
  const apiKeyParams = [...new Set(ids.map((id) => table[id].apiKeyParam).filter((p) => p !== undefined))];
  if (apiKeyParams.length > 1) throw new Error(`Operations name the API key parameter differently (${apiKeyParams.join(", ")}): the runtime table holds one`);
  const servers = {};
  const rows = [];
  for (const id of ids) {
    const op = table[id];
    if (op.idempotent !== IDEMPOTENT.has(op.method)) throw new Error(`${id}: idempotent does not follow from its method ${op.method}`);
    if (op.groupBase) {
      const base = table[op.groupBase];
      for (const field of ["security", "apiKeyParam", "server"]) {
        if (op[field] !== base[field]) throw new Error(`${id}: its ${field} differs from ${op.groupBase}'s, so it cannot be derived from that row`);
      }
      if (op.groupVariant) throw new Error(`${id} is a group-manager operation with a group form of its own`);
      continue;
    }
    if (/[\s`$\\]/.test(id + op.path)) throw new Error(`${id}: a space, backquote, dollar or backslash in the operationId or path would break the runtime table's rows`);
    const twin = op.groupVariant ? table[op.groupVariant] : null;
    if (op.groupVariant && op.groupVariant !== id + GROUP_SUFFIX) throw new Error(`${id}: its group form ${op.groupVariant} is not named ${id}${GROUP_SUFFIX}`);
    const code =
      methods.indexOf(op.method) |
      (SECURITY_CODES.indexOf(op.security) << 3) |
      (USER_ID_IN_CODES.indexOf(twin ? twin.groupUserIdIn : null) << 5) |
      (op.responseBody ? 1 << 7 : 0) |
      (twin?.responseBody ? 1 << 8 : 0);
    rows.push(`${id} ${op.path} ${code.toString(36)}`);
    if (op.server) servers[id] = op.server;
  }
  return `${HEADER}
// What the core reads about each operation at run time, packed so that a bundle of the client stays
// small. Each row is "operationId path code", code = method | security << 3 | group form << 5 (none,
// UserID in the query, UserID in the body) | answers with a body << 7 | its group form does << 8, in
// base 36 (responseBody: the docs show a success body, so an empty one is refused). A group form is not a row of its own: it is
// its base operation's twin, named with "${GROUP_SUFFIX}" and served under "${GROUP_PATH.group}". Scopes and
// paging are in operation-scopes.ts and operation-paging.ts; generated/operations.ts has every field.
import type { OperationInfo } from "./operations.js";

export type RuntimeOperation = Pick<
  OperationInfo,
  "method" | "path" | "security" | "apiKeyParam" | "idempotent" | "groupVariant" | "groupUserIdIn" | "server" | "responseBody"
>;

const METHODS = ${JSON.stringify(methods)} as const;
const IDEMPOTENT_METHODS: readonly string[] = ${JSON.stringify([...IDEMPOTENT].sort())};
const SECURITY = ${JSON.stringify(SECURITY_CODES)} as const;
const USER_ID_IN = ${JSON.stringify(USER_ID_IN_CODES)} as const;
const API_KEY_PARAM = ${JSON.stringify(apiKeyParams[0] ?? "apiKey")};
const SERVERS: Readonly<Record<string, string>> = ${JSON.stringify(servers)};
const ROWS = \`
${rows.join("\n")}
\`;

export const runtimeOperations: Readonly<Record<string, RuntimeOperation>> = {};
for (const row of ROWS.trim().split("\\n")) {
  const [id, path, code] = row.split(" ") as [string, string, string];
  const bits = parseInt(code, 36);
  const method = METHODS[bits & 7]!;
  const security = SECURITY[(bits >> 3) & 3]!;
  const userIdIn = USER_ID_IN[(bits >> 5) & 3]!;
  const common = {
    method,
    security,
    ...(security === "apiKey" ? { apiKeyParam: API_KEY_PARAM } : {}),
    idempotent: IDEMPOTENT_METHODS.includes(method),
    server: SERVERS[id] ?? null,
  };
  const table = runtimeOperations as Record<string, RuntimeOperation>;
  table[id] = { ...common, path, groupVariant: userIdIn ? id + ${JSON.stringify(GROUP_SUFFIX)} : null, groupUserIdIn: null, responseBody: (bits & 128) !== 0 };
  if (userIdIn) {
    table[id + ${JSON.stringify(GROUP_SUFFIX)}] = {
      ...common,
      path: ${JSON.stringify(GROUP_PATH.group)} + path.slice(${GROUP_PATH.base.length}),
      groupVariant: null,
      groupUserIdIn: userIdIn,
      responseBody: (bits & 256) !== 0,
    };
  }
}
`;
}

/**
 * Renders generated/operation-scopes.ts: the scopes each operation needs, and the bitmask parameters
 * whose bits decide them. Only requiredScopes/scopesFor import it.
 */
export function renderScopesModule(table, unifiedLogin) {
  const scopes = unifiedLogin.scopes;
  const indexes = {};
  const flags = {};
  for (const id of Object.keys(table).sort()) {
    const op = table[id];
    if (op.scopes.length) {
      indexes[id] = op.scopes.map((scope) => {
        const i = scopes.indexOf(scope);
        if (i < 0) throw new Error(`${id} needs scope ${scope}, which the Unified Login scheme does not list`);
        return i;
      });
    }
    if (op.scopeFlags) flags[id] = op.scopeFlags;
  }
  return `${HEADER}
// The scopes each operation needs (operations that need none are absent), as indexes into SCOPES, and
// the bitmask parameters whose bits each need a scope. Only requiredScopes and scopesFor import it.
import type { OperationInfo } from "./operations.js";

export const SCOPES = ${JSON.stringify(scopes)} as const;

export const operationScopeIndexes: Readonly<Record<string, readonly number[]>> = ${JSON.stringify(indexes)};

export const operationScopeFlags: Readonly<Record<string, NonNullable<OperationInfo["scopeFlags"]>>> = ${JSON.stringify(flags, null, 2)};
`;
}

/** Renders generated/operation-paging.ts: how each paged operation pages. Only paginate imports it. */
export function renderPagingModule(table) {
  const paging = {};
  for (const id of Object.keys(table).sort()) if (table[id].paging) paging[id] = table[id].paging;
  return `${HEADER}
// How each operation that takes PageNumber and answers PageCount pages (the others are absent). Only
// paginate and paginateItems import it.
import type { OperationInfo } from "./operations.js";

export const operationPaging: Readonly<Record<string, NonNullable<OperationInfo["paging"]>>> = ${JSON.stringify(paging, null, 2)};
`;
}
