// Reads the bundled contract and derives the operation table the runtime uses (generated/operations.ts):
// method, path, security, scopes, group-manager pairing, paging and idempotency, per operationId.
// Everything here is read from the spec; a fact the spec does not state is an error, not a guess.

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"];
const GROUP_SUFFIX = "AsGroupManager";
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
    const expected = base.path.replace(/^\/v1\//, "/v1/Groups/");
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

/**
 * Renders generated/runtime-operations.ts: the operation table as src/ reads it at run time, and
 * nothing else, packed into rows so a bundle of the client carries a fraction of operations.ts.
 * Both modules are rendered from the same table, so they cannot disagree.
 */
export function renderRuntimeModule(table, unifiedLogin) {
  const scopes = unifiedLogin.scopes;
  const rows = Object.keys(table)
    .sort()
    .map((id) => {
      const op = table[id];
      const security = SECURITY_CODES.indexOf(op.security);
      const userIdIn = USER_ID_IN_CODES.indexOf(op.groupUserIdIn);
      if (security < 0 || userIdIn < 0) throw new Error(`${id}: security ${op.security} or groupUserIdIn ${op.groupUserIdIn} has no code`);
      const scopeIndexes = op.scopes.map((scope) => {
        const i = scopes.indexOf(scope);
        if (i < 0) throw new Error(`${id} needs scope ${scope}, which the Unified Login scheme does not list`);
        return i;
      });
      const rare = {};
      if (op.apiKeyParam !== undefined) rare.apiKeyParam = op.apiKeyParam;
      if (op.paging) rare.paging = op.paging;
      if (op.scopeFlags) rare.scopeFlags = op.scopeFlags;
      if (op.groupVariant) rare.groupVariant = op.groupVariant;
      if (op.server) rare.server = op.server;
      const row = [id, op.method, op.path, security | (op.idempotent ? 4 : 0) | (userIdIn << 3) | (op.responseBody ? 32 : 0), scopeIndexes];
      if (Object.keys(rare).length) row.push(rare);
      return `  ${JSON.stringify(row)},`;
    });
  return `// Generated by scripts/generate.mjs from spec/ (the bundled generated/openapi.json). Do not edit.
// The operation table as the runtime reads it: only the fields src/ uses at run time, packed into rows
// so that a bundle of the client stays small. generated/operations.ts has every field, for types and tools.
import type { OperationInfo } from "./operations.js";

export type RuntimeOperation = Pick<
  OperationInfo,
  "method" | "path" | "security" | "apiKeyParam" | "idempotent" | "scopes" | "scopeFlags" | "paging" | "groupVariant" | "groupUserIdIn" | "server" | "responseBody"
>;

const SCOPES = ${JSON.stringify(scopes)};
const SECURITY = ${JSON.stringify(SECURITY_CODES)} as const;
const USER_ID_IN = ${JSON.stringify(USER_ID_IN_CODES)} as const;

// [operationId, method, path, security | idempotent << 2 | groupUserIdIn << 3 | responseBody << 5, indexes into SCOPES, rarer fields]
type Row = readonly [string, RuntimeOperation["method"], string, number, readonly number[], Partial<RuntimeOperation>?];
const ROWS: readonly Row[] = [
${rows.join("\n")}
];

export const runtimeOperations: Readonly<Record<string, RuntimeOperation>> = Object.fromEntries(
  ROWS.map(([id, method, path, bits, scopes, rare]) => [
    id,
    {
      method,
      path,
      security: SECURITY[bits & 3]!,
      idempotent: (bits & 4) !== 0,
      groupUserIdIn: USER_ID_IN[(bits >> 3) & 3]!,
      responseBody: (bits & 32) !== 0,
      scopes: scopes.map((i) => SCOPES[i]!),
      scopeFlags: null,
      paging: null,
      groupVariant: null,
      server: null,
      ...rare,
    },
  ]),
);
`;
}
