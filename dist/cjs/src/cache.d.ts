import { type OperationId } from "./operations.js";
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
export declare function memoryCacheStore(options?: MemoryCacheStoreOptions): CacheStore & {
    readonly size: number;
};
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
/**
 * How the client finds a cache's fetch wrapper without importing this module: a client that is given
 * no cache does not carry the cache's code.
 */
export declare const CACHING_FETCH: unique symbol;
export type CachingFetch = (next: typeof globalThis.fetch, baseUrl: string) => typeof globalThis.fetch;
export declare function createResponseCache(options: ResponseCacheOptions): ResponseCache;
//# sourceMappingURL=cache.d.ts.map