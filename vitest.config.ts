import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // Tests import the package by name, as its users do; they run against the sources.
    alias: [
      { find: /^adultwork-api-client$/, replacement: fileURLToPath(new URL("./src/index.ts", import.meta.url)) },
      { find: /^adultwork-api-client\/xml$/, replacement: fileURLToPath(new URL("./src/xml/index.ts", import.meta.url)) },
      { find: /^adultwork-api-client\/operations$/, replacement: fileURLToPath(new URL("./src/operation-table.ts", import.meta.url)) },
      { find: /^adultwork-api-client\/validate$/, replacement: fileURLToPath(new URL("./src/validate/index.ts", import.meta.url)) },
      { find: /^adultwork-api-client\/testing$/, replacement: fileURLToPath(new URL("./src/testing/index.ts", import.meta.url)) },
      { find: /^adultwork-api-client\/postgres$/, replacement: fileURLToPath(new URL("./src/postgres/index.ts", import.meta.url)) },
      { find: /^adultwork-api-client\/redis$/, replacement: fileURLToPath(new URL("./src/redis/index.ts", import.meta.url)) },
    ],
  },
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/support/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
