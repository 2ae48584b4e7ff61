// The response cache the docs' best practices ask for, opt-in: public (API-key) GET answers kept for a
// TTL per operation, one upstream request for any number of identical concurrent misses, and a
// member's own answers only in a cache view that names the member.
import { AdultWorkUsageError } from "./errors.js";
import { isOperationId, operationIdFor, operationInfo, type OperationId } from "./operations.js";

/** One answer as a cache store keeps it. */
export interface CachedAnswer {
  status: number;
  statusText: string;
  headers: [string, string][];
  body: string;
}

/** Where cached answers live: a Map by default, Redis (adultwork-api-client/redis) across instances. */
export interface CacheStore {
  get(key: string): Promise<CachedAnswer | undefined>;
  /** Keeps `answer` for `ttlMs`. */
  set(key: string, answer: CachedAnswer, ttlMs: number): Promise<void>;
  delete(key: string): Promise<void>;
}

export interface MemoryCacheStoreOptions {
  /** At most this many answers are kept; the least recently used go first (default 1 000). */
  maxEntries?: number | undefined;
  /** The clock, in milliseconds since the epoch. */
  now?: (() => number) | undefined;
}

/** A bounded in-process cache store. */
export function memoryCacheStore(options: MemoryCacheStoreOptions = {}): CacheStore & { readonly size: number } {
  const maxEntries = options.maxEntries ?? 1_000;
  if (!Number.isInteger(maxEntries) || maxEntries < 1) throw new AdultWorkUsageError("maxEntries must be a positive integer");
  const now = options.now ?? Date.now;
  // Insertion order is recency order: a hit re-inserts its entry.
  const entries = new Map<string, { answer: CachedAnswer; expiresAt: number }>();
  return {
    get size() {
      return entries.size;
    },
    async get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      entries.delete(key);
      if (now() >= entry.expiresAt) return undefined;
      entries.set(key, entry);
      return entry.answer;
    },
    async set(key, answer, ttlMs) {
      entries.delete(key);
      entries.set(key, { answer, expiresAt: now() + ttlMs });
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
    },
    async delete(key) {
      entries.delete(key);
    },
  };
}

export interface ResponseCacheOptions {
  /**
   * How long to keep each operation's answers, in milliseconds. Public (API-key) GET operations are
   * cached by any client; a member's own (access-token) GET operations only through `forMember(id)`.
   */
  ttlMs: Partial<Record<OperationId, number>>;
  /** Defaults to `memoryCacheStore()`. */
  store?: CacheStore | undefined;
}

/** Pass as the client's `cache` option. */
export interface ResponseCache {
  /**
   * The same cache for a client that acts for member `memberId`: it may also cache that member's own
   * operations listed in `ttlMs`, under keys that name the member, so no other member can read them.
   */
  forMember(memberId: string | number): ResponseCache;
}

interface CacheState {
  store: CacheStore;
  ttlMs: ReadonlyMap<OperationId, number>;
  member: string | undefined;
  /** Shared by every view of one cache: identical concurrent misses wait for one upstream request. */
  inflight: Map<string, Promise<CachedAnswer | Response>>;
}

/**
 * How the client finds a cache's fetch wrapper without importing this module: a client that is given
 * no cache does not carry the cache's code.
 */
export const CACHING_FETCH = Symbol.for("adultwork-api-client.cachingFetch");
export type CachingFetch = (next: typeof globalThis.fetch, baseUrl: string) => typeof globalThis.fetch;

function view(state: CacheState): ResponseCache {
  const cache: ResponseCache = {
    forMember(memberId) {
      if ((typeof memberId !== "string" && typeof memberId !== "number") || memberId === "") throw new AdultWorkUsageError("A member ID must be a non-empty string or a number");
      return view({ ...state, member: String(memberId) });
    },
  };
  const wrap: CachingFetch = (next, baseUrl) => cachingFetch(state, next, baseUrl);
  Object.defineProperty(cache, CACHING_FETCH, { value: wrap });
  return cache;
}

export function createResponseCache(options: ResponseCacheOptions): ResponseCache {
  const ttlMs = new Map<OperationId, number>();
  for (const [id, ms] of Object.entries(options?.ttlMs ?? {})) {
    if (!isOperationId(id)) throw new AdultWorkUsageError(`ttlMs names an operation the contract does not have: ${JSON.stringify(id)}`);
    const op = operationInfo(id);
    if (op.method !== "GET") throw new AdultWorkUsageError(`${id} is a ${op.method}: only GET answers can be cached`);
    if (op.security !== "apiKey" && op.security !== "user") throw new AdultWorkUsageError(`${id} is not an API operation that can be cached`);
    if (typeof ms !== "number" || !Number.isFinite(ms) || ms <= 0) throw new AdultWorkUsageError(`ttlMs.${id} must be a positive number of milliseconds`);
    ttlMs.set(id, ms);
  }
  return view({ store: options?.store ?? memoryCacheStore(), ttlMs, member: undefined, inflight: new Map() });
}

function answerOf(cached: CachedAnswer): Response {
  return new Response(cached.body, { status: cached.status, statusText: cached.statusText, headers: cached.headers });
}

/**
 * The client's fetch with the cache in front of it. `next` is the transport; requests reach it with
 * the API key already set, and the key is left out of the cache key.
 */
function cachingFetch(state: CacheState, next: typeof globalThis.fetch, baseUrl: string): typeof globalThis.fetch {
  const basePath = new URL(baseUrl).pathname.replace(/\/+$/, "");
  return async function cachedFetch(input, init) {
    const request = input instanceof Request ? input : new Request(input, init);
    if (request.method !== "GET") return next(input, init);
    const url = new URL(request.url);
    const path = basePath && url.pathname.startsWith(`${basePath}/`) ? url.pathname.slice(basePath.length) : url.pathname;
    const id = operationIdFor("GET", path);
    const ttl = id && state.ttlMs.get(id);
    if (!id || !ttl) return next(input, init);
    const op = operationInfo(id);
    // A member's answers are cached only in a view that names the member, and only under that name.
    if (op.security === "user" && state.member === undefined) return next(input, init);
    const owner = op.security === "user" ? `member:${state.member}` : "public";
    const params = [...url.searchParams].filter(([name]) => name !== (op.apiKeyParam ?? "apiKey")).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const key = JSON.stringify([id, owner, request.headers.get("accept") ?? "", url.pathname, params]);

    const waiting = state.inflight.get(key);
    if (waiting) {
      try {
        const shared = await waiting;
        if (!(shared instanceof Response)) return answerOf(shared);
      } catch {
        // The first caller's request failed (or it gave up): this caller tries on its own.
      }
      return next(input, init);
    }
    // Registered before the first await: every identical call from here on waits for this one.
    const upstream = (async (): Promise<CachedAnswer | Response> => {
      try {
        const hit = await state.store.get(key);
        if (hit) return hit;
      } catch {
        // A cache that cannot be read is a miss: the answer is still right, only slower.
      }
      const response = await next(input, init);
      // Only complete successes are kept; anything else goes to this caller alone.
      if (response.status < 200 || response.status >= 300) return response;
      const answer: CachedAnswer = { status: response.status, statusText: response.statusText, headers: [], body: await response.text() };
      const type = response.headers.get("content-type");
      if (type) answer.headers.push(["content-type", type]);
      try {
        await state.store.set(key, answer, ttl);
      } catch {
        // Not kept this time; the caller still gets its answer.
      }
      return answer;
    })();
    state.inflight.set(key, upstream);
    try {
      const result = await upstream;
      return result instanceof Response ? result : answerOf(result);
    } finally {
      state.inflight.delete(key);
    }
  };
}
