#!/usr/bin/env node
// `npm run postman`: writes a Postman collection (v2.1) of every operation, converted from the
// contract by openapi-to-postmanv2, for the people AdultWork's public docs send to Postman.
// Output: docs/adultwork.postman_collection.json (beside the reference), or the path given.
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { ROOT } from "./lib/proc.mjs";
import { loadBundle } from "./lib/contract.mjs";
import { withGeneratedIntro } from "./lib/docs-intro.mjs";

const Converter = createRequire(import.meta.url)("openapi-to-postmanv2");

export const COLLECTION_FILE = "adultwork.postman_collection.json";

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"];

/**
 * The converter honours an operation's own `servers` but not its path item's (the Unified Login
 * token endpoint declares its host there), so those are copied onto the operations first; the
 * meaning is the same in OpenAPI.
 */
function serversOnOperations(doc) {
  for (const item of Object.values(doc.paths ?? {})) {
    if (!item.servers) continue;
    for (const m of METHODS) if (item[m] && !item[m].servers) item[m].servers = item.servers;
  }
  return doc;
}

/** The contract as a Postman collection object: one folder per tag, requests filled from the examples. */
export function postmanCollection(doc = loadBundle()) {
  const input = serversOnOperations(withGeneratedIntro(doc, { postman: () => "" }));
  const options = { folderStrategy: "Tags", parametersResolution: "Example", requestNameSource: "Fallback", enableOptionalParameters: false };
  return new Promise((resolvePromise, reject) => {
    Converter.convertV2({ type: "json", data: input }, options, (err, res) => {
      if (err) return reject(err);
      if (!res.result) return reject(new Error(`openapi-to-postmanv2 could not convert the contract: ${res.reason}`));
      // The converter hands back SDK objects; their JSON form is the collection file.
      resolvePromise(JSON.parse(JSON.stringify(res.output[0].data)));
    });
  });
}

export async function writePostmanCollection(output = join(ROOT, "docs", COLLECTION_FILE), doc = loadBundle()) {
  const collection = await postmanCollection(doc);
  mkdirSync(dirname(resolve(output)), { recursive: true });
  writeFileSync(output, JSON.stringify(collection, null, 2) + "\n");
  return output;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = await writePostmanCollection(process.argv[2]);
  console.log(`Postman collection written to ${out}`);
}
