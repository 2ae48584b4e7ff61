// The request every published example sends for an operation, and the code samples built from it:
// TypeScript with this client and curl. What a sample knows (method, path, host, credential, paging,
// group form) comes from the operation table; the values come from the contract's own examples.
// The docs build embeds the samples as x-codeSamples; the Postman collection sends the same requests.
import { inlineSchema } from "./contract.mjs";
import { buildOperationTable, deref, listOperations, parametersOf, schemaRequired } from "./operations.mjs";

/** The package name the TypeScript samples import. */
export const PACKAGE_NAME = "adultwork-api-client";
/** Environment variables the samples read their credentials from: no sample carries a secret. */
export const ENV = { accessToken: "AW_ACCESS_TOKEN", apiKey: "AW_API_KEY" };

/** A value for a schema taken from the contract itself: an example, a default, an enum member. */
export function exampleValue(doc, schema, where) {
  const s = inlineSchema(doc, schema);
  const flat = Object.assign({}, ...(s.allOf ?? []), s);
  if (flat.examples?.length) return flat.examples[0];
  if ("example" in flat) return flat.example;
  if ("default" in flat) return flat.default;
  if (flat.enum?.length) return flat.enum[0];
  if ("const" in flat) return flat.const;
  const type = Array.isArray(flat.type) ? flat.type.find((t) => t !== "null") : flat.type;
  if (type === "integer" || type === "number") return flat.minimum ?? 1;
  if (type === "boolean") return true;
  if (type === "string" && !flat.pattern && !flat.format) return "sample";
  throw new Error(`${where}: the contract gives no example to build a request value from`);
}

/** The examples of a media type object, as [{ name, summary, value }]. */
function mediaExamples(doc, media) {
  if (!media) return [];
  if ("example" in media) return [{ name: "example", summary: null, value: media.example }];
  return Object.entries(media.examples ?? {}).map(([name, ex]) => {
    const resolved = deref(doc, ex);
    return { name, summary: resolved.summary ?? null, value: resolved.value };
  });
}

/**
 * The request the samples send for operation `id`, as it travels: method, path and server, the
 * required query parameters (plus the page size where the operation pages) and each example of
 * its body. For a group-manager operation, `userId` is the member it acts for.
 */
export function sampleRequests(doc, table = buildOperationTable(doc)) {
  const out = {};
  for (const { method, path, op, item } of listOperations(doc)) {
    const id = op.operationId;
    const info = table[id];
    const query = {};
    for (const p of parametersOf(doc, item, op)) {
      if (p.in !== "query") continue;
      if (!p.required && p.name !== info.paging?.sizeParam) continue;
      query[p.name] = p.example ?? exampleValue(doc, p.schema, `${id} parameter ${p.name}`);
    }
    const body = deref(doc, op.requestBody);
    const media = info.requestBody ? body?.content?.[info.requestBody] : undefined;
    const bodies = mediaExamples(doc, media);
    if (media && bodies.length === 0) throw new Error(`${id}: the request body has no example`);
    let userId = null;
    if (info.groupUserIdIn === "query") userId = query.UserID;
    if (info.groupUserIdIn === "body") userId = bodies[0]?.value?.UserID;
    if (info.groupBase && !Number.isInteger(userId)) throw new Error(`${id}: no example names the member's UserID`);
    out[id] = { id, method, path, server: info.server, info, query, bodies, mediaType: info.requestBody, userId, success: successOf(doc, op) };
  }
  return out;
}

/** The documented success status of an operation and its JSON schema, if it has one. */
function successOf(doc, op) {
  const key = Object.keys(op.responses ?? {}).find((k) => /^2\d\d$/.test(k));
  const res = key ? deref(doc, op.responses[key]) : null;
  return { status: key ? Number(key) : null, schema: res?.content?.["application/json"]?.schema ?? null };
}

// ---- TypeScript ---------------------------------------------------------------------------------

const IDENT = /^[A-Za-z_$][\w$]*$/;
const INDENT = "  ";

/** Lines longer than this are split: Redoc's code panel is narrow beside the description. */
const WIDTH = 64;

/** A value as a TypeScript literal, objects on several lines once they get long (or when `spread`). */
function literal(value, depth = 0, spread = false) {
  const pad = INDENT.repeat(depth + 1);
  if (Array.isArray(value)) {
    const inner = value.map((v) => literal(v, depth + 1));
    const flat = `[${inner.join(", ")}]`;
    if (!spread && flat.length <= WIDTH - pad.length && !flat.includes("\n")) return flat;
    return `[\n${inner.map((v) => pad + v).join(",\n")},\n${INDENT.repeat(depth)}]`;
  }
  if (value && typeof value === "object") {
    const entries = Object.entries(value).map(([k, v]) => `${IDENT.test(k) ? k : JSON.stringify(k)}: ${literal(v, depth + 1)}`);
    if (!entries.length) return "{}";
    const flat = `{ ${entries.join(", ")} }`;
    if (!spread && flat.length <= WIDTH - pad.length && !flat.includes("\n")) return flat;
    return `{\n${entries.map((e) => pad + e).join(",\n")},\n${INDENT.repeat(depth)}}`;
  }
  return JSON.stringify(value);
}

/** `prefix(args)suffix` on one line while it fits WIDTH, else with the options object spread below. */
function call(prefix, path, init, suffix, depth = 0) {
  const indent = INDENT.repeat(depth);
  if (init === undefined) return `${indent}${prefix}"${path}")${suffix}`;
  const flat = `${indent}${prefix}"${path}", ${literal(init, depth)})${suffix}`;
  if (flat.length <= WIDTH && !flat.includes("\n")) return flat;
  return `${indent}${prefix}"${path}", ${literal(init, depth, true)})${suffix}`;
}

/** The name of the success schema, in lowerCamelCase, as the sample's result variable. */
function resultName(doc, success) {
  const ref = success.schema?.$ref;
  // A schema that only says the docs are silent names nothing worth a variable.
  if (deref(doc, success.schema)?.["x-aw-docs"] === "undocumented") return "result";
  const name = typeof ref === "string" ? ref.split("/").at(-1) : null;
  return name && IDENT.test(name) ? name[0].toLowerCase() + name.slice(1) : "result";
}

/** A property of the answer worth printing: the first one the schema requires, or none. */
function printedProperty(doc, success) {
  const schema = success.schema ? deref(doc, success.schema) : null;
  if (!schema || schema.type !== "object") return null;
  const [first] = [...schemaRequired(doc, schema)];
  return first && IDENT.test(first) ? first : null;
}

function clientLines(info) {
  const option = info.security === "apiKey" ? `apiKey: process.env.${ENV.apiKey}!` : info.security === "user" ? `accessToken: process.env.${ENV.accessToken}!` : "";
  return option ? ["const aw = createAdultWorkClient({", `  ${option},`, "});"] : ["const aw = createAdultWorkClient();"];
}

/**
 * The Unified Login token endpoint has its own helpers in the client: the samples use them, with the
 * code and redirect URI of the contract's authorization-code example.
 */
function tokenSample(request) {
  const grant = (type) => request.bodies.find((b) => b.value?.grant_type === type)?.value;
  const code = grant("authorization_code");
  if (!code || !grant("refresh_token")) throw new Error(`${request.id}: expected an authorization_code and a refresh_token example`);
  return [
    `import { exchangeCode, refreshTokens } from "${PACKAGE_NAME}";`,
    "",
    "const project = {",
    "  clientId: process.env.AW_CLIENT_ID!,",
    "  clientSecret: process.env.AW_CLIENT_SECRET!,",
    "};",
    "",
    "// The code your redirect URI received, for the member's first tokens:",
    "const first = await exchangeCode({",
    "  ...project,",
    `  code: ${JSON.stringify(code.code)},`,
    `  redirectUri: ${JSON.stringify(code.redirect_uri)},`,
    "});",
    "",
    "// Before the access token expires. Every refresh returns a new",
    "// refresh token: store it before using the new access token.",
    "const next = await refreshTokens({",
    "  ...project,",
    "  refreshToken: first.refreshToken!,",
    "});",
    "console.log(next.accessToken, next.expiresAt);",
    "",
  ].join("\n");
}

/** The TypeScript sample: this client, `unwrap`, `paginate` where the operation pages, `asGroupMember` for group forms. */
export function typescriptSample(doc, request, requests) {
  const { info } = request;
  if (info.requestBody === "application/x-www-form-urlencoded" && info.server) return tokenSample(request);
  const base = info.groupBase ? requests[info.groupBase] : request;
  const query = { ...request.query };
  let body = request.bodies[0]?.value;
  // asGroupMember fills UserID in; only an operation whose own form names a UserID (a gallery's
  // owner, say) keeps it, where the types of the base operation ask for one.
  if (info.groupUserIdIn === "query" && !("UserID" in base.query)) delete query.UserID;
  if (info.groupUserIdIn === "body" && body && typeof body === "object" && !(base.bodies[0]?.value && "UserID" in base.bodies[0].value)) {
    const { UserID: _member, ...rest } = body;
    body = rest;
  }
  const init = {};
  if (Object.keys(query).length) init.params = { query };
  if (body !== undefined) init.body = body;
  const options = Object.keys(init).length ? init : undefined;
  const caller = info.groupBase ? `aw.asGroupMember(${request.userId})` : "aw";
  const pages = info.paging?.in === "query" && info.method === "GET";
  const imports = ["createAdultWorkClient", pages ? "paginate" : "unwrap"];
  const lines = [`import { ${imports.join(", ")} } from "${PACKAGE_NAME}";`, "", ...clientLines(info), ""];
  if (info.groupBase) lines.push(`// As a group manager, for member ${request.userId} of your group:`);
  if (pages) {
    lines.push(call(`const pages = paginate(${caller}, `, base.path, options, ";"));
    lines.push("for await (const page of pages) {", "  console.log(`page ${page.PageNumber} of ${page.PageCount}`);", "}");
  } else {
    const name = request.success.schema ? resultName(doc, request.success) : null;
    const assign = name ? `const ${name} = ` : "";
    const oneLine = call(`${assign}await unwrap(${caller}.${info.method}(`, base.path, options, ");");
    lines.push(...(oneLine.length <= WIDTH && !oneLine.includes("\n") ? [oneLine] : [`${assign}await unwrap(`, call(`${caller}.${info.method}(`, base.path, options, ",", 1), ");"]));
    if (name) {
      const prop = printedProperty(doc, request.success);
      lines.push(`console.log(${prop ? `${name}.${prop}` : name});`);
    }
  }
  if (!info.groupBase && info.groupVariant) {
    lines.push("", "// A group manager makes this call for a member of the group", "// through aw.asGroupMember(userId).");
  }
  return lines.join("\n") + "\n";
}

// ---- curl ---------------------------------------------------------------------------------------

const shellQuote = (text) => `'${String(text).replace(/'/g, `'\\''`)}'`;
/** A placeholder such as `{your-client-id}` in an example stands for a credential: an environment variable. */
const placeholder = (value) => typeof value === "string" && /^\{[^}]+\}$/.test(value);

/** The query string, values URL-encoded so the double-quoted URL needs no further escaping. */
function queryString(query, info) {
  const parts = Object.entries(query).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`);
  if (info.security === "apiKey") parts.push(`${info.apiKeyParam ?? "apiKey"}=$${ENV.apiKey}`);
  return parts.length ? `?${parts.join("&")}` : "";
}

/** One curl command per example of the request body (one in all for an operation without a body). */
export function curlSamples(doc, request) {
  const { info } = request;
  const host = (info.server ?? doc.servers[0].url).replace(/\/+$/, "");
  const url = `${host}${request.path}${queryString(request.query, info)}`;
  const head = [`curl${info.method === "GET" ? "" : ` -X ${info.method}`} "${url}"`];
  if (info.security === "user") head.push(`-H "Authorization: Bearer $${ENV.accessToken}"`);
  head.push(`-H "Accept: application/json"`);
  const bodies = request.bodies.length ? request.bodies : [{ name: null, summary: null, value: undefined }];
  return bodies.map(({ name, summary, value }) => {
    const lines = [...head];
    if (request.mediaType === "application/json") {
      lines.push(`-H "Content-Type: application/json"`, `-d ${shellQuote(JSON.stringify(value, null, 2))}`);
    } else if (request.mediaType === "application/x-www-form-urlencoded") {
      for (const [k, v] of Object.entries(value)) {
        lines.push(placeholder(v) ? `--data-urlencode "${k}=$AW_${k.toUpperCase()}"` : `--data-urlencode ${shellQuote(`${k}=${v}`)}`);
      }
    } else if (request.mediaType) {
      throw new Error(`${request.id}: no curl form for a ${request.mediaType} body`);
    }
    return { name, summary, source: lines.join(" \\\n  ") + "\n" };
  });
}

/** Every operation's x-codeSamples entries (Redoc's format: lang, label, source). */
export function codeSamples(doc) {
  const requests = sampleRequests(doc);
  const out = {};
  for (const [id, request] of Object.entries(requests)) {
    // Redoc shows one sample per language: several curl commands share one, each under its example's summary.
    const curls = curlSamples(doc, request);
    const curl = curls.length === 1 ? curls[0].source : curls.map((c) => `# ${c.summary ?? c.name}\n${c.source}`).join("\n");
    out[id] = [
      { lang: "TypeScript", label: "TypeScript", source: typescriptSample(doc, request, requests) },
      { lang: "curl", label: "curl", source: curl },
    ];
  }
  return out;
}

/** The contract with every operation's samples set as x-codeSamples, for Redoc's right-hand panel. */
export function withCodeSamples(doc) {
  const samples = codeSamples(doc);
  const out = structuredClone(doc);
  for (const { op } of listOperations(out)) op["x-codeSamples"] = samples[op.operationId];
  return out;
}
