// The Postman collection (`npm run postman`, shipped in the package and beside the docs): every
// operation at its method, path and host, credentials as variables, bearer auth set once, and a test
// script on every request. newman runs it against Prism serving the bundled contract: every request
// and every assertion passes, the member requests with the token the token request stored.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import newman, { type NewmanRunSummary } from "newman";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { operations } from "adultwork-api-client/operations";
import { VARIABLES, postmanCollection } from "../../scripts/postman.mjs";
import { ROOT } from "../../scripts/lib/proc.mjs";
import { doc, operationIds, operationObject, successExample } from "../support/contract.js";

type Json = Record<string, any>;
const tmp = mkdtempSync(join(tmpdir(), "aw-postman-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Every request of a collection, whatever folder it sits in. */
function requests(items: Json[]): Json[] {
  return items.flatMap((item) => (item.item ? requests(item.item) : [item]));
}
const urlPath = (r: Json) => `/${r.request.url.path.join("/")}`;
const requestsOf = (all: Json[], id: (typeof operationIds)[number]) => {
  const { method, path } = operationObject(id);
  return all.filter((r) => r.request.method === method && urlPath(r) === path);
};

/** Runs `collection` with newman against the mock; credentials other than tokens come from `vars`. */
function runNewman(collection: Json, vars: Record<string, string>): Promise<NewmanRunSummary> {
  const envVar = Object.entries(vars).map(([key, value]) => ({ key, value }));
  return new Promise((resolve, reject) => newman.run({ collection, envVar, reporters: [] }, (err, summary) => (err ? reject(err) : resolve(summary))));
}

/** The auth a request is sent with: its own, else its folder's, else the collection's. */
const authOf = (r: Json) => r.request.auth ?? collection.item.find((f: Json) => f.item.includes(r))?.auth ?? collection.auth;

let collection: Json;
let all: Json[];
beforeAll(() => {
  collection = postmanCollection(doc);
  all = requests(collection.item);
});

describe("the Postman collection", () => {
  test("npm run postman writes a v2.1 collection with one request per operation and body example", () => {
    const out = join(tmp, "collection.json");
    execFileSync(process.execPath, [join(ROOT, "scripts", "postman.mjs"), out], { cwd: ROOT, stdio: "pipe" });
    const written = JSON.parse(readFileSync(out, "utf8"));
    expect(written.info.schema).toMatch(/collection\/v2\.1\.0\/collection\.json$/);
    expect(written.info.name).toBe(doc.info.title);
    expect(written.info.version).toBe(doc.info.version);
    expect(written).toEqual(collection);
    for (const id of operationIds) expect(requestsOf(all, id).length, id).toBeGreaterThan(0);
    expect(all.length).toBeGreaterThanOrEqual(operationIds.length);
  });

  test("its variables are the hosts and the credentials, the credentials left empty", () => {
    const vars = Object.fromEntries(collection.variable.map((v: Json) => [v.key, v.value]));
    expect(Object.keys(vars)).toEqual(VARIABLES);
    expect(vars.baseUrl).toBe(doc.servers[0].url);
    const login = Object.values(operations).find((o) => o.server)!.server!;
    expect(vars.loginBaseUrl).toBe(new URL(login).origin);
    for (const key of ["apiKey", "accessToken", "clientId", "clientSecret", "refreshToken"]) expect(vars[key], key).toBe("");
  });

  test("every operation is there at its method, path and host, named by its summary, its credential where the contract puts it", () => {
    expect(collection.auth).toEqual({ type: "bearer", bearer: [{ key: "token", value: "{{accessToken}}", type: "string" }] });
    for (const id of operationIds) {
      const info = operations[id];
      for (const r of requestsOf(all, id)) {
        expect(r.name.startsWith(operationObject(id).op.summary), id).toBe(true);
        expect(r.request.url.host, id).toEqual([info.server ? "{{loginBaseUrl}}" : "{{baseUrl}}"]);
        // Member requests use the collection's bearer auth; the others send none, said once per folder where all are public.
        expect(authOf(r), id).toEqual(info.security === "user" ? collection.auth : { type: "noauth" });
        expect(r.request.description, id).toContain(info.security === "apiKey" ? "developer API key" : info.security === "user" ? "member's access token" : "no access token");
        for (const scope of info.scopes) expect(r.request.description, id).toContain(`\`${scope}\``);
        const apiKey = (r.request.url.query ?? []).filter((q: Json) => q.key === "apiKey");
        expect(apiKey, id).toEqual(info.security === "apiKey" ? [{ key: "apiKey", value: "{{apiKey}}" }] : []);
        expect(r.event.map((e: Json) => e.listen), id).toEqual(["test"]);
      }
    }
  });

  test("the token request posts the project's credentials and the refresh token from variables", () => {
    const id = operationIds.find((i) => operations[i].server)!;
    const bodies = requestsOf(all, id).map((r) => Object.fromEntries(r.request.body.urlencoded.map((f: Json) => [f.key, f.value])));
    expect(bodies).toContainEqual({ grant_type: "refresh_token", client_id: "{{clientId}}", client_secret: "{{clientSecret}}", refresh_token: "{{refreshToken}}" });
    // The token endpoint's folder comes first, so its answer serves every later request.
    expect(requests([collection.item[0]]).some((r) => urlPath(r) === operations[id].path)).toBe(true);
  });

  test("run with newman against the mock, every request and every assertion passes, member requests with the stored token", async () => {
    const prism = inject("prismUrl");
    const summary = await runNewman(collection, { baseUrl: prism, loginBaseUrl: prism, apiKey: "mock-api-key", clientId: "mock-client", clientSecret: "mock-secret", refreshToken: "mock-refresh" });
    const { stats, failures, executions } = summary.run;
    expect(failures.map((f) => `${f.source?.name}: ${f.error?.message}`)).toEqual([]);
    expect(stats.requests).toMatchObject({ total: all.length, failed: 0 });
    // Each request asserts its status, and each with a JSON answer its schema too.
    const withSchema = all.filter((r) => r.event[0].script.exec.some((l: string) => l.includes("jsonSchema"))).length;
    expect(withSchema).toBeGreaterThan(all.length / 2);
    expect(stats.assertions).toMatchObject({ total: all.length + withSchema, failed: 0 });
    expect(executions.map((e) => e.response?.code)).toEqual(all.map(() => 200));
    // The access token member requests carry is the one the token request received.
    const tokenId = operationIds.find((i) => operations[i].server)!;
    const issued = (successExample(tokenId)!.value as Json).access_token;
    const member = executions.filter((e) => operations[operationIds.find((i) => operationObject(i).op.summary === e.item.name)!]?.security === "user");
    expect(member.length).toBeGreaterThan(0);
    for (const e of member) expect(e.request.headers.get("Authorization"), e.item.name).toBe(`Bearer ${issued}`);
  }, 120_000);

  test("the scripts test what they claim: member requests without the token fail on status, an answer off its schema fails on schema", async () => {
    const prism = inject("prismUrl");
    const folder = collection.item.find((f: Json) => !f.auth && requests([f]).some((r) => r.request.auth === undefined) && requests([f]).length <= 12);
    // And one public request whose schema asks for a property the mock's answer lacks.
    const publicOne = structuredClone(all.find((r) => r.request.auth && r.request.url.query?.some((q: Json) => q.key === "apiKey") && r.event[0].script.exec.some((l: string) => l.startsWith("const schema = ")))!);
    const exec: string[] = publicOne.event[0].script.exec;
    exec[exec.findIndex((l) => l.startsWith("const schema = "))] = 'const schema = { type: "object", required: ["NoSuchProperty"] };';
    const summary = await runNewman({ ...collection, item: [folder, publicOne] }, { baseUrl: prism, loginBaseUrl: prism, apiKey: "mock-api-key" });
    const member = requests([folder]).filter((r) => r.request.auth === undefined).length;
    expect(summary.run.executions.filter((e) => e.response?.code === 401)).toHaveLength(member);
    expect(summary.run.failures.filter((f) => /status is/.test(f.error?.test ?? "")).map((f) => f.source?.name)).toHaveLength(member);
    const schemaFailures = summary.run.failures.filter((f) => f.error?.test === "the answer fits the contract's schema" && f.source?.name === publicOne.name);
    expect(schemaFailures.map((f) => f.error?.message)).toEqual([expect.stringContaining("NoSuchProperty")]);
    expect(summary.run.failures).toHaveLength(summary.run.failures.filter((f) => f.source?.name !== publicOne.name).length + 1);
  }, 60_000);
});
