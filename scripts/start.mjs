#!/usr/bin/env node
// `npm start`: builds the package, starts the mock, runs examples/quickstart.ts through the built
// client against it and stops the mock. With AW_ACCESS_TOKEN set, the example runs against the
// real API instead (AW_BASE_URL chooses the host; the sandbox by default).
import { spawnSync } from "node:child_process";
import { ROOT, bin } from "./lib/proc.mjs";
import { build } from "./build.mjs";
import { startPrism } from "./lib/prism.mjs";

await build();
console.log("Built dist/ from src/ and generated/.");

const real = Boolean(process.env.AW_ACCESS_TOKEN);
const prism = real ? null : await startPrism();
const env = { ...process.env };
if (prism) {
  env.AW_BASE_URL = prism.url;
  env.AW_ACCESS_TOKEN = "mock-access-token";
  console.log(`Mock API started at ${prism.url}.\n`);
} else {
  console.log(`Calling the real API at ${env.AW_BASE_URL ?? "the sandbox"}.\n`);
}
const res = spawnSync(bin("tsx"), ["--tsconfig", "tsconfig.build.json", "examples/quickstart.ts"], { cwd: ROOT, env, stdio: "inherit" });
await prism?.stop();
if (prism) console.log("\nMock API stopped.");
process.exit(res.status ?? 1);
