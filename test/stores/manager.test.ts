// The token manager over the memory store: many members in one process, bounded memory, one
// refresh per expiry even between managers that share a store, and store failures that are typed.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import {
  TokenStoreError,
  createAdultWorkClient,
  createTokenManager,
  memoryTokenStore,
  unwrap,
  type StoredTokens,
  type TokenManagerOptions,
  type TokenStore,
} from "adultwork-api-client";
import { faults, startFaultServer, type FaultServer } from "../support/fault-server.js";
import { ACCESS_TOKEN, CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN, caught, leakedSecrets, newSecret, scanForSecrets } from "../support/secrets.js";
import { acceptingCurrentToken, installTokenEndpoint, type TokenEndpoint } from "../support/token-endpoint.js";

scanForSecrets();

const PATH = "/v1/Webcam/MadeBookings";
const PAGE = { PageNumber: 1, PageCount: 1, Bookings: [] };

let server: FaultServer;
let endpoint: TokenEndpoint;

beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.reset();
  endpoint = installTokenEndpoint(server, { accessToken: ACCESS_TOKEN, refreshToken: REFRESH_TOKEN });
  server.route(PATH, acceptingCurrentToken(endpoint, PAGE));
});

const expiring = (): StoredTokens => ({ accessToken: ACCESS_TOKEN, refreshToken: REFRESH_TOKEN, expiresAt: Date.now() + 10_000 });
const manager = (store: TokenStore, extra: Partial<TokenManagerOptions> = {}) =>
  createTokenManager({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, tokenUrl: endpoint.url, store, ...extra });
const call = (accessToken: ReturnType<ReturnType<typeof manager>["forMember"]>) =>
  unwrap(createAdultWorkClient({ baseUrl: server.url, accessToken, retryDelayMs: 1 }).GET(PATH, { params: { query: { PageNumber: 1 } } }));
const tokenRequests = () => server.requests.filter((r) => r.path === "/OAuth/token");

/** A memory store that counts what it is asked. */
function counting(inner: TokenStore) {
  const counts = { load: 0, lock: 0 };
  const store: TokenStore = {
    ...inner,
    load: (id) => (counts.load++, inner.load(id)),
    withLock: (id, run) => (counts.lock++, inner.withLock(id, run)),
  };
  return { store, counts };
}

describe("the token manager", () => {
  test("two managers sharing one store refresh an expiring member once for 100 concurrent calls, and the store holds the new pair", async () => {
    const store = memoryTokenStore({ initial: [["42", expiring()]] });
    const a = manager(store);
    const b = manager(store);
    const results = await Promise.all(Array.from({ length: 100 }, (_, i) => call((i % 2 ? a : b).forMember(42))));
    expect(results).toHaveLength(100);
    expect(tokenRequests()).toHaveLength(1);
    expect(endpoint.reuses).toBe(0);
    expect(await store.load("42")).toMatchObject({ accessToken: endpoint.issued[0]!.accessToken, refreshToken: endpoint.issued[0]!.refreshToken, expiresIn: 3600 });
  });

  test("each member gets its own token", async () => {
    server.route(PATH, () => faults.json(PAGE));
    const pairs = Array.from({ length: 5 }, () => ({ accessToken: newSecret("access"), refreshToken: newSecret("refresh"), expiresAt: Date.now() + 3_600_000 }));
    const tokens = manager(memoryTokenStore({ initial: pairs.map((p, i) => [String(i), p] as const) }));
    await Promise.all(pairs.map((_, i) => call(tokens.forMember(i))));
    const sent = new Set(server.requests.filter((r) => r.path === PATH).map((r) => r.headers.authorization));
    expect(sent).toEqual(new Set(pairs.map((p) => `Bearer ${p.accessToken}`)));
    expect(tokenRequests()).toHaveLength(0);
  });

  test("memory stays bounded: beyond maxMembers the least recently used member is read from the store again", async () => {
    server.route(PATH, () => faults.json(PAGE));
    const pairs = Array.from({ length: 3 }, (_, i) => [String(i), { accessToken: newSecret("access"), refreshToken: newSecret("refresh"), expiresAt: Date.now() + 3_600_000 }] as const);
    const { store, counts } = counting(memoryTokenStore({ initial: pairs }));
    const tokens = manager(store, { maxMembers: 2 });
    for (const id of [0, 1, 1, 0, 0]) await tokens.forMember(id).getToken();
    expect(counts.load).toBe(2);
    await tokens.forMember(2).getToken(); // forgets member 1, used least recently
    await tokens.forMember(0).getToken();
    expect(counts.load).toBe(3);
    await tokens.forMember(1).getToken();
    expect(counts.load).toBe(4);
  });

  test("a new login is saved to the store and used; forget() removes it", async () => {
    const store = memoryTokenStore();
    const tokens = manager(store);
    await tokens.save("7", { accessToken: ACCESS_TOKEN, refreshToken: REFRESH_TOKEN, tokenType: "bearer", expiresIn: 3600, expiresAt: Date.now() + 3_600_000, scope: undefined });
    expect(await call(tokens.forMember("7"))).toEqual(PAGE);
    expect((await store.load("7"))?.refreshToken).toBe(REFRESH_TOKEN);
    await tokens.forget("7");
    const err = await caught(tokens.forMember("7").getToken());
    expect(err).toBeInstanceOf(TokenStoreError);
    expect(err.reason).toBe("no-tokens");
    expect(tokenRequests()).toHaveLength(0);
  });

  test("a store that fails is a TokenStoreError saying so, with no token in it, and nothing is refreshed without it", async () => {
    const broken: TokenStore = {
      ...memoryTokenStore({ initial: [["1", expiring()]] }),
      // A driver error that quotes what it was given, as some do (the pair was read before the store went down).
      withLock: async () => {
        throw new Error(`connection refused while locking ${REFRESH_TOKEN}`);
      },
    };
    const err = await caught(call(manager(broken).forMember("1")));
    expect(err).toBeInstanceOf(TokenStoreError);
    expect(err).toMatchObject({ name: "TokenStoreError", reason: "unavailable" });
    expect(err.message).toMatch(/token store failed.*not refreshed/);
    expect(err.message).toContain("[REDACTED]");
    expect(tokenRequests()).toHaveLength(0);
  });

  test("a refresh whose pair the store did not take keeps it unused, saves it on the next call, and spends nothing twice", async () => {
    const inner = memoryTokenStore({ initial: [["1", expiring()]] });
    let down = true;
    const flaky: TokenStore = {
      ...inner,
      withLock: (id, run) =>
        inner.withLock(id, (locked) =>
          run({
            load: locked.load,
            compareAndSet: async (spent, next) => {
              if (down) throw new Error("connection reset");
              return locked.compareAndSet(spent, next);
            },
          }),
        ),
    };
    const tokens = manager(flaky);
    const err = await caught(call(tokens.forMember("1")));
    expect(err).toMatchObject({ name: "TokenStoreError", reason: "not-saved" });
    expect((await inner.load("1"))?.refreshToken).toBe(REFRESH_TOKEN);
    down = false;
    expect(await call(tokens.forMember("1"))).toEqual(PAGE);
    expect(tokenRequests()).toHaveLength(1);
    expect((await inner.load("1"))?.refreshToken).toBe(endpoint.issued[0]!.refreshToken);
  });

  test("the manager, a member's provider and the store show no token or secret to inspect or JSON.stringify", async () => {
    const store = memoryTokenStore({ initial: [["1", expiring()]] });
    const tokens = manager(store);
    const provider = tokens.forMember("1");
    await call(provider);
    expect(endpoint.issued).toHaveLength(1);
    for (const value of [tokens, provider, store]) expect(leakedSecrets(value)).toEqual([]);
  });
});
