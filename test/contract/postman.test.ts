// The Postman collection (`npm run postman`) holds every operation of the contract, at its method,
// path and host, named by its summary, with the sandbox as the collection's base URL.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { operations } from "adultwork-api-client/operations";
import { postmanCollection } from "../../scripts/postman.mjs";
import { ROOT } from "../../scripts/lib/proc.mjs";
import { doc, operationIds, operationObject } from "../support/contract.js";

type Json = Record<string, any>;
const tmp = mkdtempSync(join(tmpdir(), "aw-postman-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Every request of a collection, whatever folder it sits in. */
function requests(items: Json[]): Json[] {
  return items.flatMap((item) => (item.item ? requests(item.item) : [item]));
}

describe("the Postman collection", () => {
  test("npm run postman writes a v2.1 collection with one request per operation", () => {
    const out = join(tmp, "collection.json");
    execFileSync(process.execPath, [join(ROOT, "scripts", "postman.mjs"), out], { cwd: ROOT, stdio: "pipe" });
    const collection = JSON.parse(readFileSync(out, "utf8"));
    expect(collection.info.schema).toMatch(/collection\/v2\.1\.0\/collection\.json$/);
    expect(collection.info.name).toBe(doc.info.title);
    expect(requests(collection.item)).toHaveLength(operationIds.length);
  }, 60_000);

  test("every operation is there, at its method, path and host, named by its summary", async () => {
    const collection = await postmanCollection(doc);
    expect(collection.variable).toContainEqual(expect.objectContaining({ key: "baseUrl", value: doc.servers[0].url }));
    const all = requests(collection.item);
    for (const id of operationIds) {
      const { method, path, op } = operationObject(id);
      const match = all.filter((r) => r.request.method === method && `/${r.request.url.path.join("/")}` === path);
      expect(match, `${method} ${path} (${id})`).toHaveLength(1);
      expect(match[0]!.name, id).toBe(op.summary);
      const server = operations[id].server;
      expect(match[0]!.request.url.host.join("."), id).toBe(server ? new URL(server).host : "{{baseUrl}}");
    }
  }, 60_000);

  test("an operation whose path item names another host (the token endpoint's way) keeps that host", async () => {
    const edited = structuredClone(doc);
    const [path, item] = Object.entries(edited.paths as Record<string, Json>)[0]!;
    item.servers = [{ url: "https://platform.adultwork.com" }];
    const all = requests((await postmanCollection(edited)).item).filter((r) => `/${r.request.url.path.join("/")}` === path);
    expect(all.length).toBeGreaterThan(0);
    for (const r of all) expect(r.request.url.host.join(".")).toBe("platform.adultwork.com");
  }, 60_000);

  test("member operations carry the Unified Login as their authorization", async () => {
    const all = requests((await postmanCollection(doc)).item);
    for (const id of operationIds.filter((i) => operations[i].security === "user")) {
      const { method, path } = operationObject(id);
      const request = all.find((r) => r.request.method === method && `/${r.request.url.path.join("/")}` === path)!.request;
      expect(request.auth?.type, id).toBe("oauth2");
    }
  }, 60_000);
});
