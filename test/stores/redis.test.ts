// The Redis token store (adultwork-api-client/redis) against a real redis-server: compare-and-set,
// the owner-token lock with a TTL across processes, and a server that is down.
import { createClient } from "redis";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { TokenStoreError, createTokenManager } from "adultwork-api-client";
import { redisTokenStore } from "adultwork-api-client/redis";
import { multiProcessProofs } from "../support/multi-process.js";
import { REDIS_MISSING, redisServerPath, startRedis, type RedisServer } from "../support/redis-server.js";
import { CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN, caught, newSecret, scanForSecrets } from "../support/secrets.js";

const available = redisServerPath() !== undefined;
if (!available) console.warn(REDIS_MISSING);

// Short, so the proof that waits out a dead holder's lock stays quick.
const LOCK_TTL_MS = 1_500;
const PREFIX = "test:tokens:";
let server: RedisServer;
let client: ReturnType<typeof createClient>;

describe.skipIf(!available)("the Redis token store", () => {
  scanForSecrets();

  beforeAll(async () => {
    server = await startRedis();
    client = createClient({ url: server.url });
    client.on("error", () => undefined);
    await client.connect();
  });
  afterAll(async () => {
    client?.destroy();
    await server?.stop();
  });

  const store = (extra: Partial<Parameters<typeof redisTokenStore>[0]> = {}) => redisTokenStore({ client, prefix: PREFIX, lockTtlMs: LOCK_TTL_MS, ...extra });
  const pair = () => ({ accessToken: newSecret("access"), refreshToken: newSecret("refresh"), expiresAt: Date.now() + 3_600_000, expiresIn: 3600 });

  test("compare-and-set replaces the pair only while it holds the refresh token that was spent", async () => {
    const s = store();
    const first = pair();
    const second = pair();
    await s.set("m1", first);
    expect(await s.load("m1")).toMatchObject(first);
    expect(await s.compareAndSet("m1", newSecret("other"), second)).toBe(false);
    expect(await s.compareAndSet("m1", first.refreshToken, second)).toBe(true);
    expect(await s.compareAndSet("m1", first.refreshToken, pair())).toBe(false);
    expect(await s.load("m1")).toMatchObject(second);
    await s.delete("m1");
    expect(await s.load("m1")).toBeUndefined();
  });

  test("the lock has one owner at a time, is renewed while held beyond its TTL, and is gone once released", async () => {
    const s = store();
    await s.set("m2", pair());
    const order: string[] = [];
    const a = s.withLock("m2", async () => {
      order.push("a locked");
      // Held for twice the TTL: renewal must keep b out all that time.
      await new Promise((r) => setTimeout(r, LOCK_TTL_MS * 2));
      order.push("a done");
    });
    await new Promise((r) => setTimeout(r, 50));
    const b = s.withLock("m2", async () => void order.push("b locked"));
    await Promise.all([a, b]);
    expect(order).toEqual(["a locked", "a done", "b locked"]);
    expect(await client.get(`${PREFIX}m2:lock`)).toBeNull();
  });

  test("a save after the lock ran out and was taken by another holder is refused, not written", async () => {
    const s = store();
    const first = pair();
    await s.set("m3", first);
    const err = await caught(
      s.withLock("m3", async (locked) => {
        // Another holder's lock now sits where this one's was (as after a pause longer than the TTL).
        await client.set(`${PREFIX}m3:lock`, "someone-else");
        return locked.compareAndSet(first.refreshToken, pair());
      }),
    );
    expect(err).toBeInstanceOf(TokenStoreError);
    expect(err.message).toMatch(/lock ran out/);
    expect(await s.load("m3")).toMatchObject(first);
    await client.del(`${PREFIX}m3:lock`);
  });

  describe("across processes", () => {
    multiProcessProofs(() => ({
      settings: () => ({ kind: "redis", url: server.url, lockTtlMs: LOCK_TTL_MS, prefix: PREFIX }),
      seed: (member, tokens) => store().set(member, tokens),
      read: (member) => store().load(member),
    }));
  });

  // Last: it stops the server.
  test("with Redis down, a call fails with a TokenStoreError that says so, and no token request is made", async () => {
    let tokenRequests = 0;
    const tokens = createTokenManager({
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      tokenUrl: "http://127.0.0.1:9/OAuth/token",
      fetch: async () => {
        tokenRequests++;
        throw new Error("not reached");
      },
      store: store({ commandTimeoutMs: 500 }),
    });
    await tokens.save("m4", { accessToken: undefined, refreshToken: REFRESH_TOKEN, expiresAt: undefined });
    await server.stop();
    const err = await caught(tokens.forMember("m4").getToken());
    expect(err).toBeInstanceOf(TokenStoreError);
    expect(err).toMatchObject({ reason: "unavailable" });
    expect(err.message).toMatch(/The token store failed while .*\. The member.s tokens were not refreshed/);
    expect(tokenRequests).toBe(0);
  });
});
