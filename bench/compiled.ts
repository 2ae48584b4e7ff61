// The client as its users run it: src/ compiled to plain JavaScript (esbuild, as tsc would emit it,
// without the name-keeping helpers a TypeScript loader adds), with openapi-fetch left as an import
// so the client and bare openapi-fetch run the very same openapi-fetch code.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
// Inside node_modules so that the bundle's `import "openapi-fetch"` resolves to the project's copy.
export const CACHE = join(ROOT, "node_modules", ".cache", "adultwork-bench");

export type ClientModule = typeof import("../src/index.js");

/** Compiles src/index.ts and returns the path of the module. */
export async function compileClient(): Promise<string> {
  mkdirSync(CACHE, { recursive: true });
  const outfile = join(CACHE, "client.mjs");
  await build({
    entryPoints: [join(ROOT, "src", "index.ts")],
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    external: ["openapi-fetch"],
    outfile,
    logLevel: "error",
  });
  return outfile;
}

export async function loadClient(): Promise<ClientModule> {
  return (await import(pathToFileURL(await compileClient()).href)) as ClientModule;
}
