#!/usr/bin/env node
// `npm run mock`: serves the contract with Prism so other teams can build against it.
// PORT (default 4010) and HOST (default 127.0.0.1) choose where; DYNAMIC=1 generates answers from
// the schemas instead of serving the docs' examples.
import { startPrism } from "./lib/prism.mjs";

const port = Number(process.env.PORT ?? 4010);
const prism = await startPrism({ port, host: process.env.HOST ?? "127.0.0.1", dynamic: process.env.DYNAMIC === "1", log: true });
console.log(`\nMock AdultWork API at ${prism.url} (Ctrl+C to stop).`);
console.log("User operations need any `Authorization: Bearer <token>`; public ones any `apiKey` query parameter.");
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => prism.stop().then(() => process.exit(0)));
