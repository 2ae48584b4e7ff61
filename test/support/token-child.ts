// One of the processes of the multi-process token proofs (test/stores/*.test.ts). It serves one
// member with a token manager over a shared store (PostgreSQL or Redis) and, on each "go <clockOffsetMs>"
// line on stdin, makes N concurrent calls against the parent's API and reports how they settled.
// Run as: node --import tsx test/support/token-child.ts, with its settings in TOKEN_CHILD (JSON).
import { createInterface } from "node:readline";
import { createAdultWorkClient, createTokenManager, unwrap, type TokenStore } from "../../src/index.js";

export interface ChildSettings {
  child: number;
  clientId: string;
  clientSecret: string;
  store: { kind: "postgres"; connection: Record<string, unknown>; table: string } | { kind: "redis"; url: string; lockTtlMs: number; prefix: string };
  tokenUrl: string;
  apiUrl: string;
  member: string;
  calls: number;
  /** After the token endpoint's answer arrives, say so and hang: the parent kills this process there. */
  hangAfterAnswer?: boolean;
}

const say = (message: object) => process.stdout.write(`${JSON.stringify(message)}\n`);

async function openStore(settings: ChildSettings["store"]): Promise<{ store: TokenStore; close(): Promise<void> }> {
  if (settings.kind === "postgres") {
    const { default: pg } = await import("pg");
    const { postgresTokenStore } = await import("../../src/postgres/index.js");
    const pool = new pg.Pool({ ...settings.connection, max: 60 });
    pool.on("error", () => undefined);
    return { store: postgresTokenStore({ pool, table: settings.table }), close: () => pool.end() };
  }
  const { createClient } = await import("redis");
  const { redisTokenStore } = await import("../../src/redis/index.js");
  const client = createClient({ url: settings.url });
  client.on("error", () => undefined);
  await client.connect();
  return { store: redisTokenStore({ client, lockTtlMs: settings.lockTtlMs, prefix: settings.prefix }), close: async () => void client.destroy() };
}

async function main() {
  const settings = JSON.parse(process.env.TOKEN_CHILD ?? "{}") as ChildSettings;
  const { store, close } = await openStore(settings.store);
  let offset = 0;
  const tokenFetch: typeof fetch = async (input, init) => {
    const headers = new Headers(init?.headers);
    headers.set("x-child", String(settings.child));
    const response = await fetch(input, { ...init, headers });
    if (settings.hangAfterAnswer && response.ok) {
      say({ type: "answered", child: settings.child });
      await new Promise(() => undefined);
    }
    return response;
  };
  const tokens = createTokenManager({
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    tokenUrl: settings.tokenUrl,
    store,
    fetch: tokenFetch,
    now: () => Date.now() + offset,
  });
  const client = createAdultWorkClient({ baseUrl: settings.apiUrl, accessToken: tokens.forMember(settings.member), retryDelayMs: 1, maxRetryDelayMs: 5 });
  say({ type: "ready" });
  let round = 0;
  for await (const line of createInterface({ input: process.stdin })) {
    if (line === "exit") break;
    const match = /^go (-?\d+)$/.exec(line);
    if (!match) continue;
    offset = Number(match[1]);
    round += 1;
    const results = await Promise.allSettled(Array.from({ length: settings.calls }, () => unwrap(client.GET("/v1/Webcam/MadeBookings", { params: { query: { PageNumber: 1 } } }))));
    const errors: Record<string, number> = {};
    for (const r of results) if (r.status === "rejected") errors[(r.reason as Error).name] = (errors[(r.reason as Error).name] ?? 0) + 1;
    say({ type: "report", child: settings.child, round, ok: results.filter((r) => r.status === "fulfilled").length, errors });
  }
  await close();
}

await main();
