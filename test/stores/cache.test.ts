// The response cache against a counting node:http server: hits, expiry, one upstream request for
// concurrent identical misses, bounded memory, and no member's answer ever reaching another member.
import { createClient } from "redis";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { createAdultWorkClient, createResponseCache, memoryCacheStore, unwrap, type ResponseCache } from "adultwork-api-client";
import { redisCacheStore } from "adultwork-api-client/redis";
import { faults, startFaultServer, type Fault, type FaultServer } from "../support/fault-server.js";
import { REDIS_MISSING, redisServerPath, startRedis, type RedisServer } from "../support/redis-server.js";
import { API_KEY, caughtSync, newSecret, scanForSecrets } from "../support/secrets.js";

scanForSecrets();

const COUNTRIES = "/v1/lists/getCountries";
const BOOKINGS = "/v1/Webcam/MadeBookings";
let server: FaultServer;

beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.reset();
  let served = 0;
  // Each answer is numbered, so a test sees which upstream answer it got.
  server.route(COUNTRIES, () => faults.json({ Countries: [], Served: ++served }));
  // Each member's own bookings, told apart by the token that asked.
  server.route(BOOKINGS, (r) => faults.json({ PageNumber: 1, PageCount: 1, Bookings: [], For: r.headers.authorization }));
});

const client = (cache: ResponseCache, accessToken?: string) => createAdultWorkClient({ baseUrl: server.url, apiKey: API_KEY, accessToken, cache, retryDelayMs: 1 });
const countries = (c: ReturnType<typeof client>, exclude?: string) =>
  unwrap(c.GET(COUNTRIES, { params: { query: (exclude ? { ExcludeCountryIDs: exclude } : {}) as never } })) as unknown as Promise<{ Served: number }>;
const bookings = (c: ReturnType<typeof client>) => unwrap(c.GET(BOOKINGS, { params: { query: { PageNumber: 1 } } })) as unknown as Promise<{ For: string }>;
const upstream = (path: string) => server.requests.filter((r) => r.path === path).length;

describe("the response cache", () => {
  test("an identical public GET is answered from the cache within its TTL; other parameters are other entries; the API key is not part of the key", async () => {
    const cache = createResponseCache({ ttlMs: { getCountries: 60_000 } });
    const c = client(cache);
    expect((await countries(c)).Served).toBe(1);
    expect((await countries(c)).Served).toBe(1);
    // Another client (another API key) on the same cache reads the same public answer.
    expect((await unwrap(createAdultWorkClient({ baseUrl: server.url, apiKey: newSecret("other-key"), cache }).GET(COUNTRIES, {}))) as unknown as { Served: number }).toMatchObject({ Served: 1 });
    expect((await countries(c, "1,2")).Served).toBe(2);
    expect(upstream(COUNTRIES)).toBe(2);
    // The key was sent upstream, as the API needs it.
    expect(server.requests[0]!.query.get("apiKey")).toBe(API_KEY);
  });

  test("an entry expires after its operation's TTL", async () => {
    let clock = 1_000_000;
    const cache = createResponseCache({ ttlMs: { getCountries: 5_000 }, store: memoryCacheStore({ now: () => clock }) });
    const c = client(cache);
    await countries(c);
    clock += 4_999;
    expect((await countries(c)).Served).toBe(1);
    clock += 1;
    expect((await countries(c)).Served).toBe(2);
    expect(upstream(COUNTRIES)).toBe(2);
  });

  test("100 concurrent identical misses make one upstream request, and all get its answer", async () => {
    const slow: Fault = { name: "slow", answer: (req, res, r) => setTimeout(() => faults.json({ Countries: [], Served: 1 }).answer(req, res, r), 100) };
    server.route(COUNTRIES, () => slow);
    const c = client(createResponseCache({ ttlMs: { getCountries: 60_000 } }));
    const answers = await Promise.all(Array.from({ length: 100 }, () => countries(c)));
    expect(answers.every((a) => a.Served === 1)).toBe(true);
    expect(upstream(COUNTRIES)).toBe(1);
  });

  test("operations not named, and error answers, are not cached", async () => {
    server.route(COUNTRIES, () => faults.status(404));
    const c = client(createResponseCache({ ttlMs: { getTopList: 60_000 } }));
    const cached = client(createResponseCache({ ttlMs: { getCountries: 60_000 } }));
    await countries(c).catch(() => undefined);
    await countries(c).catch(() => undefined);
    await countries(cached).catch(() => undefined);
    await countries(cached).catch(() => undefined);
    expect(upstream(COUNTRIES)).toBe(4);
  });

  test("the memory store is bounded: beyond maxEntries the least recently used answer goes", async () => {
    const store = memoryCacheStore({ maxEntries: 2 });
    const c = client(createResponseCache({ ttlMs: { getCountries: 60_000 }, store }));
    for (const exclude of ["1", "2", "1", "3", "1"]) await countries(c, exclude);
    expect(store.size).toBe(2);
    expect(upstream(COUNTRIES)).toBe(3);
    await countries(c, "2");
    expect(upstream(COUNTRIES)).toBe(4);
  });

  test("a member's own answers are never cached unless the cache names the member, and never reach another member", async () => {
    const cache = createResponseCache({ ttlMs: { madeWebcamBookings: 60_000 } });
    const [tokenA, tokenB] = [newSecret("access-a"), newSecret("access-b")];
    // Without a member named, nothing is cached.
    await bookings(client(cache, tokenA));
    await bookings(client(cache, tokenA));
    expect(upstream(BOOKINGS)).toBe(2);

    const a = client(cache.forMember("A"), tokenA);
    const b = client(cache.forMember("B"), tokenB);
    expect((await bookings(a)).For).toBe(`Bearer ${tokenA}`);
    expect((await bookings(b)).For).toBe(`Bearer ${tokenB}`);
    expect((await bookings(a)).For).toBe(`Bearer ${tokenA}`);
    expect((await bookings(b)).For).toBe(`Bearer ${tokenB}`);
    expect(upstream(BOOKINGS)).toBe(4);
  });

  test("ttlMs may name GET operations only", () => {
    expect(caughtSync(() => createResponseCache({ ttlMs: { createWebcamBooking: 1_000 } as never })).message).toMatch(/only GET answers/);
    expect(caughtSync(() => createResponseCache({ ttlMs: { noSuchOperation: 1_000 } as never })).message).toMatch(/does not have/);
  });
});

describe.skipIf(!redisServerPath())("the Redis cache store", () => {
  let redis: RedisServer;
  let connection: ReturnType<typeof createClient>;
  beforeAll(async () => {
    redis = await startRedis();
    connection = createClient({ url: redis.url });
    connection.on("error", () => undefined);
    await connection.connect();
  });
  afterAll(async () => {
    connection?.destroy();
    await redis?.stop();
  });

  test("two instances share answers through Redis, and Redis expires them after the TTL", async () => {
    const store = () => redisCacheStore({ client: connection, prefix: `test:cache:${newSecret("run")}:` });
    const shared = store();
    const first = client(createResponseCache({ ttlMs: { getCountries: 300 }, store: shared }));
    const second = client(createResponseCache({ ttlMs: { getCountries: 300 }, store: shared }));
    expect((await countries(first)).Served).toBe(1);
    expect((await countries(second)).Served).toBe(1);
    expect(upstream(COUNTRIES)).toBe(1);
    await new Promise((r) => setTimeout(r, 400));
    expect((await countries(second)).Served).toBe(2);
  });
});
if (!redisServerPath()) console.warn(REDIS_MISSING);
