import { type TokenStore } from "../token-store.js";
import type { CacheStore } from "../cache.js";
/** What the stores need of a Redis client: one command at a time, as node-redis's `sendCommand` does. */
export interface RedisCommander {
    sendCommand(args: string[]): Promise<unknown>;
}
export interface RedisTokenStoreOptions {
    /** The app's connected node-redis client (`createClient()` from "redis"). */
    client: RedisCommander;
    /** Prefix of the store's keys (default "adultwork:tokens:"). */
    prefix?: string | undefined;
    /**
     * How long the refresh lock lives unless renewed (default 10 000 ms). The holder renews it every
     * third of that while it works; a holder that dies releases it when it runs out.
     */
    lockTtlMs?: number | undefined;
    /** How long a refresh waits for another holder's lock before a TokenStoreError (default 30 000 ms). */
    lockWaitMs?: number | undefined;
    /** A command Redis does not answer within this long is a TokenStoreError (default 5 000 ms). */
    commandTimeoutMs?: number | undefined;
}
export declare function redisTokenStore(options: RedisTokenStoreOptions): TokenStore;
export interface RedisCacheStoreOptions {
    client: RedisCommander;
    /** Prefix of the cache's keys (default "adultwork:cache:"). */
    prefix?: string | undefined;
    /** A command Redis does not answer within this long counts as a miss (default 1 000 ms). */
    commandTimeoutMs?: number | undefined;
}
/** A response cache store in Redis, shared by every instance; entries expire with Redis's own TTL. */
export declare function redisCacheStore(options: RedisCacheStoreOptions): CacheStore;
//# sourceMappingURL=index.d.ts.map