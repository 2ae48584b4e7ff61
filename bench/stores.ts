// What coordinating tokens across processes costs, per store (memory, PostgreSQL, Redis): on a call
// that needs no refresh (fetch stubbed, as in the overhead benchmark, against a fixed token), and on
// a refresh (lock, re-read, the token request over loopback, compare-and-set, release; against a bare
// refreshTokens() to the same endpoint). And a response cache hit against the same call over loopback.
// Every figure is the median of many short interleaved blocks, so drift falls on every contender alike.
// Runs alone as `npx tsx bench/stores.ts` (or `npm run bench -- --only=stores`).
import { createServer, type Server } from "node:http";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import pg from "pg";
import { createClient as createRedisClient } from "redis";
import { startPostgres } from "../test/support/postgres-server.js";
import { startRedis } from "../test/support/redis-server.js";
import { CACHE, ROOT } from "./compiled.js";
import { renderStores } from "./report.js";
import { median, round } from "./stats.js";

type Core = typeof import("../src/index.js");
type PostgresEntry = typeof import("../src/postgres/index.js");
type RedisEntry = typeof import("../src/redis/index.js");

/** The core and both store entries compiled together, so they share one copy of the core. */
async function compileEntries(): Promise<{ core: Core; postgres: PostgresEntry; redis: RedisEntry }> {
  const outdir = join(CACHE, "stores");
  mkdirSync(outdir, { recursive: true });
  await build({
    entryPoints: { core: join(ROOT, "src", "index.ts"), postgres: join(ROOT, "src", "postgres", "index.ts"), redis: join(ROOT, "src", "redis", "index.ts") },
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    external: ["openapi-fetch", "pg", "redis"],
    outdir,
    outExtension: { ".js": ".mjs" },
    logLevel: "error",
  });
  const load = (name: string) => import(pathToFileURL(join(outdir, `${name}.mjs`)).href);
  return { core: (await load("core")) as Core, postgres: (await load("postgres")) as PostgresEntry, redis: (await load("redis")) as RedisEntry };
}

const CLIENT_ID = "bench-client";
const CLIENT_SECRET = "bench-client-secret-0123456789";
const PATH = "/v1/Webcam/MadeBookings";
const COUNTRIES = "/v1/lists/getCountries";
const COUNTRIES_ANSWER = JSON.stringify(Array.from({ length: 20 }, (_, i) => ({ CountryID: i + 1, CountryName: `Country ${i + 1}`, CountryISO2: "GB", CountryISO3: "GBR" })));

/** A token endpoint that rotates on every refresh, and an API answer for the cache benchmark. */
async function startLoopback(): Promise<{ server: Server; url: string }> {
  let serial = 0;
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      if (req.url?.startsWith("/OAuth/token")) {
        serial += 1;
        const body = JSON.stringify({ access_token: `bench-access-${serial}-0123456789`, refresh_token: `bench-refresh-${serial}-0123456789`, token_type: "bearer", expires_in: 3600 });
        res.writeHead(200, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body) });
        return res.end(body);
      }
      res.writeHead(200, { "Content-Type": "application/json; charset=utf-8", "Content-Length": Buffer.byteLength(COUNTRIES_ANSWER) });
      res.end(COUNTRIES_ANSWER);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return { server, url: `http://127.0.0.1:${port}` };
}

const stubFetch = (): Promise<Response> => new Promise((resolve) => process.nextTick(() => resolve(Response.json({ PageNumber: 1, PageCount: 1, Bookings: [] }))));

export const STORES = ["memory", "PostgreSQL", "Redis"] as const;
export type StoreName = (typeof STORES)[number];

export interface StoresResult {
  /** A call that needs no refresh, fetch stubbed. */
  call: { callsPerBlock: number; blocks: number; fixedUs: number; rows: { store: StoreName; usPerCall: number; addedUs: number; vsFixed: number }[] };
  /** A refresh over loopback. */
  refresh: { refreshesPerBlock: number; blocks: number; bareMs: number; rows: { store: StoreName; msPerRefresh: number; addedMs: number; vsBare: number }[] };
  /** A cache hit against the same call over loopback. */
  cache: { callsPerBlock: number; blocks: number; hitUs: number; loopbackUs: number; speedup: number };
}

export interface StoresOptions {
  calls?: number;
  refreshes?: number;
  blocks?: number;
}

async function timeBlock(n: number, fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < n; i++) await fn();
  return performance.now() - start;
}

/** Runs every contender's block once per round, in a rotating order; returns the median ms of a block. */
async function interleaved<K extends string>(blocks: number, n: number, contenders: Record<K, () => Promise<unknown>>): Promise<Record<K, number>> {
  const names = Object.keys(contenders) as K[];
  const samples = Object.fromEntries(names.map((k) => [k, [] as number[]])) as Record<K, number[]>;
  for (const k of names) await timeBlock(Math.max(1, Math.floor(n / 2)), contenders[k]);
  for (let r = 0; r < blocks; r++) {
    for (let i = 0; i < names.length; i++) {
      const k = names[(i + r) % names.length]!;
      samples[k].push(await timeBlock(n, contenders[k]));
    }
  }
  return Object.fromEntries(names.map((k) => [k, median(samples[k])])) as Record<K, number>;
}

export async function benchStores({ calls = 2_000, refreshes = 20, blocks = 15 }: StoresOptions = {}): Promise<StoresResult> {
  const { core, postgres, redis } = await compileEntries();
  const loopback = await startLoopback();
  const db = await startPostgres();
  const cache = await startRedis();
  const pool = new pg.Pool({ ...db.connection, max: 4 });
  pool.on("error", () => undefined);
  const redisClient = createRedisClient({ url: cache.url });
  redisClient.on("error", () => undefined);
  await redisClient.connect();
  try {
    const pgStore = postgres.postgresTokenStore({ pool });
    await pgStore.createTable();
    const stores: Record<StoreName, import("../src/index.js").TokenStore> = {
      memory: core.memoryTokenStore(),
      PostgreSQL: pgStore,
      Redis: redis.redisTokenStore({ client: redisClient, prefix: "bench:tokens:" }),
    };
    const tokenUrl = `${loopback.url}/OAuth/token`;
    const providers = {} as Record<StoreName, import("../src/index.js").TokenProvider>;
    for (const name of STORES) {
      const manager = core.createTokenManager({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, tokenUrl, store: stores[name] });
      await manager.save("bench-member", { accessToken: "bench-access-0-0123456789", refreshToken: "bench-refresh-0-0123456789", expiresAt: Date.now() + 3_600_000, expiresIn: 3600 });
      providers[name] = manager.forMember("bench-member");
    }

    // A call that needs no refresh: the token is fresh, so each store's manager answers from memory.
    const baseUrl = "https://api-sandbox.adultwork.com";
    const fixed = core.createAdultWorkClient({ baseUrl, accessToken: "bench-access-fixed-0123456789", fetch: stubFetch });
    const clients = Object.fromEntries(STORES.map((s) => [s, core.createAdultWorkClient({ baseUrl, accessToken: providers[s], fetch: stubFetch })])) as Record<StoreName, typeof fixed>;
    const get = (c: typeof fixed) => async () => {
      const { response } = await c.GET(PATH, { params: { query: { PageNumber: 1 } } });
      if (!response.ok) throw new Error("a benchmarked call failed");
    };
    const callTimes = await interleaved(blocks, calls, { fixed: get(fixed), ...Object.fromEntries(STORES.map((s) => [s, get(clients[s])])) } as Record<"fixed" | StoreName, () => Promise<void>>);
    const us = (ms: number, n: number) => (ms * 1000) / n;
    const fixedUs = us(callTimes.fixed, calls);

    // A refresh: the current token is reported refused, so each one locks, re-reads, asks the endpoint and saves.
    const current = {} as Record<StoreName, string>;
    for (const s of STORES) current[s] = await providers[s].getToken();
    let bareRefresh = "bench-refresh-bare-0123456789";
    const refreshTimes = await interleaved(blocks, refreshes, {
      bare: async () => {
        const set = await core.refreshTokens({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, tokenUrl, refreshToken: bareRefresh });
        bareRefresh = set.refreshToken!;
      },
      ...Object.fromEntries(STORES.map((s) => [s, async () => void (current[s] = await providers[s].refresh!(current[s]))])),
    } as Record<"bare" | StoreName, () => Promise<void>>);
    const ms = (total: number) => total / refreshes;

    // The cache: a hit against the same public GET sent over loopback.
    const responseCache = core.createResponseCache({ ttlMs: { getCountries: 3_600_000 } });
    const cached = core.createAdultWorkClient({ baseUrl: loopback.url, apiKey: "bench-api-key-0123456789", cache: responseCache });
    const uncached = core.createAdultWorkClient({ baseUrl: loopback.url, apiKey: "bench-api-key-0123456789" });
    const countries = (c: typeof cached) => async () => {
      const { response } = await c.GET(COUNTRIES, {});
      if (!response.ok) throw new Error("a benchmarked call failed");
    };
    const cacheCalls = Math.max(1, Math.floor(calls / 4));
    const cacheTimes = await interleaved(blocks, cacheCalls, { hit: countries(cached), loopback: countries(uncached) });

    const refreshBare = ms(refreshTimes.bare);
    return {
      call: {
        callsPerBlock: calls,
        blocks,
        fixedUs: round(fixedUs, 1),
        rows: STORES.map((s) => {
          const u = us(callTimes[s], calls);
          return { store: s, usPerCall: round(u, 1), addedUs: round(u - fixedUs, 1), vsFixed: round(u / fixedUs, 2) };
        }),
      },
      refresh: {
        refreshesPerBlock: refreshes,
        blocks,
        bareMs: round(refreshBare, 2),
        rows: STORES.map((s) => ({ store: s, msPerRefresh: round(ms(refreshTimes[s]), 2), addedMs: round(ms(refreshTimes[s]) - refreshBare, 2), vsBare: round(ms(refreshTimes[s]) / refreshBare, 2) })),
      },
      cache: {
        callsPerBlock: cacheCalls,
        blocks,
        hitUs: round(us(cacheTimes.hit, cacheCalls), 1),
        loopbackUs: round(us(cacheTimes.loopback, cacheCalls), 1),
        speedup: round(cacheTimes.loopback / cacheTimes.hit, 1),
      },
    };
  } finally {
    redisClient.destroy();
    await pool.end().catch(() => undefined);
    await cache.stop();
    await db.stop();
    await new Promise((resolve) => loopback.server.close(resolve));
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const smoke = process.argv.includes("--smoke");
  const result = await benchStores(smoke ? { calls: 4, refreshes: 2, blocks: 1 } : {});
  console.log(renderStores(result));
  console.log(JSON.stringify(result));
}
