#!/usr/bin/env node
// `npm run postman`: writes a Postman collection (v2.1) of every operation, built from the contract:
// the same requests the docs' code samples send (scripts/lib/code-samples.mjs), credentials as
// variables, bearer auth once for the whole collection, and a test script on every request that
// checks the status and the answer against the contract's schema. `npm run build` puts it in the
// package (dist/), `npm run docs` beside the reference page; a path given on the command line wins.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { ROOT } from "./lib/proc.mjs";
import { inlineSchema, loadBundle } from "./lib/contract.mjs";
import { sampleRequests } from "./lib/code-samples.mjs";
import { buildOperationTable, listOperations } from "./lib/operations.mjs";

export const COLLECTION_FILE = "adultwork.postman_collection.json";
const SCHEMA = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json";

/** The collection's variables: hosts filled in, credentials left empty for the reader (never a secret here). */
export const VARIABLES = ["baseUrl", "loginBaseUrl", "apiKey", "accessToken", "clientId", "clientSecret", "refreshToken"];
/** The token endpoint's answer → the variables its test script stores the new tokens in. */
const TOKEN_FIELDS = { access_token: "accessToken", refresh_token: "refreshToken" };

const camel = (snake) => snake.replace(/_([a-z])/g, (_m, c) => c.toUpperCase());
/** A placeholder such as `{your-client-id}` in an example stands for a credential: a variable named for the field. */
const placeholder = (value) => typeof value === "string" && /^\{[^}]+\}$/.test(value);

function hostsOf(doc, table) {
  const servers = [...new Set(Object.values(table).map((o) => o.server).filter(Boolean))];
  if (servers.length > 1) throw new Error(`More than one other host (${servers.join(", ")}): the collection has one loginBaseUrl`);
  return { baseUrl: doc.servers[0].url.replace(/\/+$/, ""), loginBaseUrl: servers[0] ? new URL(servers[0]).origin : "" };
}

/** The test script: the documented status, the answer against the schema, and for the token endpoint, the new tokens stored. */
function testScript(doc, request) {
  const { status, schema } = request.success;
  const lines = [`pm.test("status is ${status}", function () {`, `  pm.response.to.have.status(${status});`, "});"];
  if (schema) {
    // Postman's sandbox validates with ajv 6 (draft-07): the contract's formats it does not know are skipped, not failed.
    lines.push(
      `const schema = ${JSON.stringify(inlineSchema(doc, schema))};`,
      `pm.test("the answer fits the contract's schema", function () {`,
      `  pm.response.to.have.jsonSchema(schema, { unknownFormats: "ignore" });`,
      "});",
    );
  }
  if (request.info.server) {
    lines.push(
      "// Keep the new tokens where the reader keeps them: the environment if it has them, else the collection.",
      `if (pm.response.code === ${status}) {`,
      "  const answer = pm.response.json();",
      `  for (const [field, name] of Object.entries(${JSON.stringify(TOKEN_FIELDS)})) {`,
      "    if (typeof answer[field] === \"string\") (pm.environment.has(name) ? pm.environment : pm.collectionVariables).set(name, answer[field]);",
      "  }",
      "}",
    );
  }
  return [{ listen: "test", script: { type: "text/javascript", exec: lines } }];
}

/** The operation's description, and what it needs: the member's scopes, or the API key. */
function describe(op, info) {
  const needs =
    info.security === "user"
      ? info.scopes.length
        ? `Needs a member's access token with ${info.scopes.map((x) => `\`${x}\``).join(", ")}${info.scopesInferred ? " (inferred from sibling operations)" : ""}.`
        : "Needs a member's access token."
      : info.security === "apiKey"
        ? "Needs the developer API key (`apiKey`), no member."
        : "Needs no access token and no API key.";
  return `${(op.description ?? "").trim()}\n\n${needs}`;
}

/** One Postman request per example of the operation's body (one in all without a body). */
function postmanRequests(doc, request, op) {
  const { info } = request;
  const host = info.server ? "{{loginBaseUrl}}" : "{{baseUrl}}";
  const query = Object.entries(request.query).map(([key, value]) => ({ key, value: String(value) }));
  if (info.security === "apiKey") query.push({ key: info.apiKeyParam ?? "apiKey", value: "{{apiKey}}" });
  const qs = query.length ? `?${query.map((q) => `${q.key}=${q.key === "apiKey" ? q.value : encodeURIComponent(q.value)}`).join("&")}` : "";
  const url = { raw: `${host}${request.path}${qs}`, host: [host], path: request.path.split("/").filter(Boolean), ...(query.length ? { query } : {}) };
  const header = [{ key: "Accept", value: "application/json" }];
  const bodies = request.bodies.length ? request.bodies : [{ summary: null, value: undefined }];
  return bodies.map(({ summary, value }) => {
    const out = {
      name: bodies.length > 1 && summary ? `${op.summary}: ${summary}` : op.summary,
      request: { method: info.method, header: [...header], url, description: describe(op, info) },
      event: testScript(doc, request),
    };
    if (info.security !== "user") out.request.auth = { type: "noauth" };
    if (request.mediaType === "application/json") {
      out.request.header.push({ key: "Content-Type", value: "application/json" });
      out.request.body = { mode: "raw", raw: JSON.stringify(value, null, 2), options: { raw: { language: "json" } } };
    } else if (request.mediaType === "application/x-www-form-urlencoded") {
      const urlencoded = Object.entries(value).map(([key, v]) => ({ key, value: placeholder(v) ? `{{${camel(key)}}}` : String(v), type: "text" }));
      out.request.body = { mode: "urlencoded", urlencoded };
    } else if (request.mediaType) {
      throw new Error(`${request.id}: no Postman form for a ${request.mediaType} body`);
    }
    return out;
  });
}

/** The contract as a Postman collection object: one folder per tag, the token endpoint's first. */
export function postmanCollection(doc = loadBundle()) {
  const table = buildOperationTable(doc);
  const requests = sampleRequests(doc, table);
  const hosts = hostsOf(doc, table);
  const folders = new Map((doc.tags ?? []).map((t) => [t.name, { name: t.name, description: t.description ?? "", item: [], ids: [] }]));
  for (const { op } of listOperations(doc)) {
    const tag = op.tags?.[0] ?? "default";
    if (!folders.has(tag)) folders.set(tag, { name: tag, description: "", item: [], ids: [] });
    const folder = folders.get(tag);
    folder.item.push(...postmanRequests(doc, requests[op.operationId], op));
    folder.ids.push(op.operationId);
  }
  // The token endpoint runs first, so a run from a refresh token fills accessToken for the rest.
  const first = (f) => (f.ids.some((id) => table[id].server) ? 0 : 1);
  const item = [...folders.values()]
    .filter((f) => f.item.length)
    .sort((a, b) => first(a) - first(b))
    .map(({ ids, ...folder }) => {
      // A folder of public operations only says so once; its requests inherit it.
      if (!ids.every((id) => table[id].security !== "user")) return folder;
      return { ...folder, auth: { type: "noauth" }, item: folder.item.map(({ request: { auth: _auth, ...request }, ...r }) => ({ ...r, request })) };
    });
  const variable = VARIABLES.map((key) => ({ key, value: hosts[key] ?? "", type: "string" }));
  return {
    info: {
      name: doc.info.title,
      description:
        `${doc.info.summary ?? ""}\n\nContract version ${doc.info.version}. Fill in the variables (apiKey, and either accessToken ` +
        "or clientId, clientSecret and refreshToken, whose token request stores a fresh accessToken) before sending.",
      version: doc.info.version,
      schema: SCHEMA,
    },
    auth: { type: "bearer", bearer: [{ key: "token", value: "{{accessToken}}", type: "string" }] },
    variable,
    item,
  };
}

export function writePostmanCollection(output = join(ROOT, "docs", COLLECTION_FILE), doc = loadBundle()) {
  mkdirSync(dirname(resolve(output)), { recursive: true });
  writeFileSync(output, JSON.stringify(postmanCollection(doc), null, 2) + "\n");
  return output;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = writePostmanCollection(process.argv[2]);
  console.log(`Postman collection written to ${out}`);
}
