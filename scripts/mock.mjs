#!/usr/bin/env node
// `npm run mock`: the package's `adultwork-api-client mock` command, run from the sources. Arguments
// pass through (`npm run mock -- --fixtures my-fixtures`); PORT, HOST and DYNAMIC=1 still work.
import { tsImport } from "tsx/esm/api";

const { main } = await tsImport("../src/mock/cli.ts", import.meta.url);
const args = ["mock", ...process.argv.slice(2)];
if (process.env.PORT && !args.includes("--port")) args.push("--port", process.env.PORT);
if (process.env.HOST && !args.includes("--host")) args.push("--host", process.env.HOST);
if (process.env.DYNAMIC === "1" && !args.includes("--dynamic")) args.push("--dynamic");
const code = await main(args);
if (code !== 0) process.exit(code);
