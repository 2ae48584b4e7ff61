// adultwork-api-client/redis: a TokenStore and a response cache store in Redis, on the app's own
// node-redis client. The refresh lock is a key with an owner token and a TTL (SET NX PX), renewed
// while held and released by compare-and-delete; the pair is re-read once the lock is won and
// written by a compare-and-set script that also checks the lock is still this holder's.
import { AdultWorkUsageError, TokenStoreError } from "../errors.js";
import { checkDurationMs, startTimer, stopTimer } from "../timers.js";
import { checkStoredTokens, type LockedTokens, type StoredTokens, type TokenStore } from "../token-store.js";
import type { CacheStore, CachedAnswer } from "../cache.js";

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

// KEYS: pair, lock. ARGV: spent refresh token, next pair (JSON), lock owner ("" outside a lock).
const COMPARE_AND_SET = `
if ARGV[3] ~= "" and redis.call("GET", KEYS[2]) ~= ARGV[3] then return -1 end
local current = redis.call("GET", KEYS[1])
if not current then return 0 end
if cjson.decode(current).refreshToken ~= ARGV[1] then return 0 end
redis.call("SET", KEYS[1], ARGV[2])
return 1`;
const RELEASE = `if redis.call("GET", KEYS[1]) == ARGV[1] then return redis.call("DEL", KEYS[1]) end return 0`;
const RENEW = `if redis.call("GET", KEYS[1]) == ARGV[1] then return redis.call("PEXPIRE", KEYS[1], ARGV[2]) end return 0`;

const checkMs = (name: string, value: number | undefined, fallback: number) => checkDurationMs(name, value, fallback);

/** Sends commands with a deadline: a client that queues commands while Redis is away would wait forever. */
function commander(client: RedisCommander, commandTimeoutMs: number) {
  if (!client || typeof client.sendCommand !== "function") throw new AdultWorkUsageError("The Redis stores need the app's node-redis client (an object with sendCommand())");
  return (args: string[]): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const timer = startTimer(() => reject(new TokenStoreError("unavailable", `Redis did not answer ${args[0]} within ${commandTimeoutMs} ms`)), commandTimeoutMs);
      client.sendCommand(args).then(
        (reply) => {
          stopTimer(timer);
          resolve(reply);
        },
        (err: unknown) => {
          stopTimer(timer);
          reject(err);
        },
      );
    });
}

const text = (reply: unknown): string | undefined => (typeof reply === "string" ? reply : reply instanceof Uint8Array ? new TextDecoder().decode(reply) : undefined);

export function redisTokenStore(options: RedisTokenStoreOptions): TokenStore {
  const send = commander(options.client, checkMs("commandTimeoutMs", options.commandTimeoutMs, 5_000));
  const prefix = options.prefix ?? "adultwork:tokens:";
  const lockTtlMs = checkMs("lockTtlMs", options.lockTtlMs, 10_000);
  const lockWaitMs = checkMs("lockWaitMs", options.lockWaitMs, 30_000);
  const key = (memberId: string) => `${prefix}${memberId}`;
  const lockKey = (memberId: string) => `${prefix}${memberId}:lock`;
  const where = "Redis";

  const load = async (memberId: string) => {
    const value = text(await send(["GET", key(memberId)]));
    if (value === undefined) return undefined;
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch {
      parsed = undefined;
    }
    return checkStoredTokens(parsed, where);
  };
  const compareAndSet = async (memberId: string, spent: string, next: StoredTokens, owner: string) => {
    const pair = JSON.stringify(checkStoredTokens(next, "the pair to save"));
    const result = Number(await send(["EVAL", COMPARE_AND_SET, "2", key(memberId), lockKey(memberId), spent, pair, owner]));
    if (result === -1) throw new TokenStoreError("unavailable", `The refresh lock ran out (lockTtlMs ${lockTtlMs} ms) before the pair was saved`);
    return result === 1;
  };

  return {
    load,
    async set(memberId, tokens) {
      await send(["SET", key(memberId), JSON.stringify(checkStoredTokens(tokens, "the pair to save"))]);
    },
    compareAndSet: (memberId, spent, next) => compareAndSet(memberId, spent, next, ""),
    async delete(memberId) {
      await send(["DEL", key(memberId)]);
    },
    async withLock(memberId, run) {
      const owner = crypto.randomUUID();
      const deadline = Date.now() + lockWaitMs;
      while ((await send(["SET", lockKey(memberId), owner, "NX", "PX", String(lockTtlMs)])) === null) {
        if (Date.now() >= deadline) {
          throw new TokenStoreError("unavailable", `Another process held this member's refresh lock for longer than lockWaitMs (${lockWaitMs} ms)`);
        }
        // Jittered, so the waiters do not all ask again in the same instant.
        await new Promise<void>((resolve) => startTimer(resolve, 10 + Math.random() * 30));
      }
      const renew = setInterval(() => void send(["EVAL", RENEW, "1", lockKey(memberId), owner, String(lockTtlMs)]).catch(() => undefined), Math.max(1, Math.floor(lockTtlMs / 3)));
      (renew as { unref?: () => void }).unref?.();
      try {
        const locked: LockedTokens = { load: () => load(memberId), compareAndSet: (spent, next) => compareAndSet(memberId, spent, next, owner) };
        return await run(locked);
      } finally {
        clearInterval(renew);
        // A release that fails leaves the lock to run out on its own; the result is what counts.
        await send(["EVAL", RELEASE, "1", lockKey(memberId), owner]).catch(() => undefined);
      }
    },
  };
}

export interface RedisCacheStoreOptions {
  client: RedisCommander;
  /** Prefix of the cache's keys (default "adultwork:cache:"). */
  prefix?: string | undefined;
  /** A command Redis does not answer within this long counts as a miss (default 1 000 ms). */
  commandTimeoutMs?: number | undefined;
}

/** A response cache store in Redis, shared by every instance; entries expire with Redis's own TTL. */
export function redisCacheStore(options: RedisCacheStoreOptions): CacheStore {
  const send = commander(options.client, checkMs("commandTimeoutMs", options.commandTimeoutMs, 1_000));
  const prefix = options.prefix ?? "adultwork:cache:";
  return {
    async get(key) {
      const value = text(await send(["GET", `${prefix}${key}`]));
      if (value === undefined) return undefined;
      try {
        return JSON.parse(value) as CachedAnswer;
      } catch {
        return undefined;
      }
    },
    async set(key, answer, ttlMs) {
      await send(["SET", `${prefix}${key}`, JSON.stringify(answer), "PX", String(Math.max(1, Math.round(ttlMs)))]);
    },
    async delete(key) {
      await send(["DEL", `${prefix}${key}`]);
    },
  };
}
