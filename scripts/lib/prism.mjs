// The repository's view of the mock launcher (src/mock/server.ts, the same one the package's `mock`
// command runs): the tests, `npm run mock` and `npm start` serve generated/openapi.json by default.
import { join } from "node:path";
import { tsImport } from "tsx/esm/api";
import { ROOT } from "./proc.mjs";

const server = await tsImport("../../src/mock/server.ts", import.meta.url);

export const DEFAULT_SPEC = join(ROOT, "generated", "openapi.json");
export const { freePort, startMock } = server;

/**
 * Starts `prism mock` on `spec` (the bundled contract by default) and resolves once it listens.
 * @param {Partial<import("../../src/mock/server.js").PrismOptions>} [options]
 * @returns {Promise<import("../../src/mock/server.js").RunningMock>}
 */
export function startPrism({ spec = DEFAULT_SPEC, ...options } = {}) {
  return server.startPrism({ spec, cwd: ROOT, ...options });
}
