// The PostgreSQL token store (adultwork-api-client/postgres) against a real server: compare-and-set,
// the row lock across processes, and a server that is down.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { TokenStoreError, createTokenManager } from "adultwork-api-client";
import { postgresTokenStore } from "adultwork-api-client/postgres";
import { multiProcessProofs } from "../support/multi-process.js";
import { startPostgres, type PostgresServer } from "../support/postgres-server.js";
import { CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN, caught, newSecret, scanForSecrets } from "../support/secrets.js";

scanForSecrets();

const TABLE = "adultwork_tokens";
let server: PostgresServer;
let pool: pg.Pool;

beforeAll(async () => {
  server = await startPostgres();
  pool = new pg.Pool({ ...server.connection, max: 10 });
  pool.on("error", () => undefined);
  await postgresTokenStore({ pool, table: TABLE }).createTable();
});
afterAll(async () => {
  await pool?.end().catch(() => undefined);
  await server?.stop();
});

const pair = () => ({ accessToken: newSecret("access"), refreshToken: newSecret("refresh"), expiresAt: Date.now() + 3_600_000, expiresIn: 3600 });

describe("the PostgreSQL token store", () => {
  test("compare-and-set replaces the pair only while it holds the refresh token that was spent", async () => {
    const store = postgresTokenStore({ pool });
    const first = pair();
    const second = pair();
    await store.set("m1", first);
    expect(await store.load("m1")).toMatchObject(first);
    expect(await store.compareAndSet("m1", newSecret("other"), second)).toBe(false);
    expect(await store.compareAndSet("m1", first.refreshToken, second)).toBe(true);
    expect(await store.compareAndSet("m1", first.refreshToken, pair())).toBe(false);
    expect(await store.load("m1")).toMatchObject(second);
    await store.delete("m1");
    expect(await store.load("m1")).toBeUndefined();
  });

  test("the lock is the member's row: a second holder waits until the first commits, then reads what it wrote", async () => {
    const store = postgresTokenStore({ pool });
    const first = pair();
    const second = pair();
    await store.set("m2", first);
    const order: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const a = store.withLock("m2", async (locked) => {
      order.push("a locked");
      await held;
      expect(await locked.compareAndSet(first.refreshToken, second)).toBe(true);
      order.push("a saved");
    });
    await new Promise((r) => setTimeout(r, 50));
    const b = store.withLock("m2", async (locked) => {
      order.push("b locked");
      return locked.load();
    });
    await new Promise((r) => setTimeout(r, 200));
    order.push("released");
    release();
    await a;
    expect(await b).toMatchObject(second);
    expect(order).toEqual(["a locked", "released", "a saved", "b locked"]);
  });

  test("a lock held longer than lockTimeoutMs is a TokenStoreError, not a refresh without the lock", async () => {
    const store = postgresTokenStore({ pool, lockTimeoutMs: 100 });
    await store.set("m3", pair());
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const a = store.withLock("m3", () => held);
    await new Promise((r) => setTimeout(r, 50));
    const err = await caught(store.withLock("m3", async () => "never"));
    expect(err).toBeInstanceOf(TokenStoreError);
    expect(err.message).toMatch(/lockTimeoutMs \(100 ms\)/);
    release();
    await a;
  });

  describe("across processes", () => {
    multiProcessProofs(() => ({
      settings: () => ({ kind: "postgres", connection: server.connection, table: TABLE }),
      seed: (member, tokens) => postgresTokenStore({ pool }).set(member, tokens),
      read: (member) => postgresTokenStore({ pool }).load(member),
    }));
  });

  // Last: it stops the server.
  test("with PostgreSQL down, a call fails with a TokenStoreError that says so, and no token request is made", async () => {
    let tokenRequests = 0;
    const tokens = createTokenManager({
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      tokenUrl: "http://127.0.0.1:9/OAuth/token",
      fetch: async () => {
        tokenRequests++;
        throw new Error("not reached");
      },
      store: postgresTokenStore({ pool }),
    });
    await tokens.save("m4", { accessToken: undefined, refreshToken: REFRESH_TOKEN, expiresAt: undefined });
    await pool.end();
    await server.stop();
    const down = new pg.Pool({ ...server.connection, connectionTimeoutMillis: 2000 });
    down.on("error", () => undefined);
    const err = await caught(createTokenManager({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, store: postgresTokenStore({ pool: down }) }).forMember("m4").getToken());
    expect(err).toBeInstanceOf(TokenStoreError);
    expect(err).toMatchObject({ reason: "unavailable" });
    expect(err.message).toMatch(/The token store failed while .*ECONNREFUSED/);
    expect(err.message).toMatch(/not refreshed/);
    const again = await caught(tokens.forMember("m4").getToken());
    expect(again).toBeInstanceOf(TokenStoreError);
    expect(tokenRequests).toBe(0);
    await down.end();
  });
});
