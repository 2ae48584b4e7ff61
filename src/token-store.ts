// Where members' token pairs live: the interface every store implements (memory, PostgreSQL, Redis,
// the app's own), and the in-memory store for one process.
import { AdultWorkUsageError, TokenStoreError } from "./errors.js";

/** One member's tokens as a store holds them. */
export interface StoredTokens {
  accessToken: string | undefined;
  /** The refresh token that has not been spent yet: the only way to get the next pair. */
  refreshToken: string;
  /** When the access token expires, in milliseconds since the epoch, if known. */
  expiresAt: number | undefined;
  /** The access token's lifetime in seconds, as the endpoint stated it (for the refresh margin). */
  expiresIn?: number | undefined;
  tokenType?: string | undefined;
  scope?: string[] | undefined;
}

/** The member's pair while the store's refresh lock is held: the same operations, inside the lock. */
export interface LockedTokens {
  /** The pair as stored now, read after the lock was won (another holder may have just refreshed). */
  load(): Promise<StoredTokens | undefined>;
  /** As TokenStore.compareAndSet, inside the lock (for PostgreSQL, in the lock's transaction). */
  compareAndSet(spent: string, next: StoredTokens): Promise<boolean>;
}

/**
 * Holds members' token pairs. A refresh spends the refresh token, so every replacement is a
 * compare-and-set on the one that was spent, made while the member's refresh lock is held: two
 * holders (threads, processes, machines) never spend the same refresh token.
 */
export interface TokenStore {
  /** The member's pair, or undefined when none is stored. */
  load(memberId: string): Promise<StoredTokens | undefined>;
  /** Stores the pair of a new login (from exchangeCode), replacing whatever the member had. */
  set(memberId: string, tokens: StoredTokens): Promise<void>;
  /**
   * Replaces the member's pair with `next` only while it still holds refresh token `spent`.
   * False when it holds another one: someone else already replaced it.
   */
  compareAndSet(memberId: string, spent: string, next: StoredTokens): Promise<boolean>;
  /** Forgets the member's pair (a logout). */
  delete(memberId: string): Promise<void>;
  /**
   * Runs `run` while holding the member's refresh lock, which every user of the same store respects,
   * and releases it when `run` settles. Errors `run` throws are passed on as they are. A holder that
   * dies must not keep the lock forever: each store bounds how long it lasts.
   */
  withLock<T>(memberId: string, run: (locked: LockedTokens) => Promise<T>): Promise<T>;
}

export interface MemoryTokenStoreOptions {
  /** Pairs to start with, by member ID. */
  initial?: Iterable<readonly [string, StoredTokens]> | undefined;
  /**
   * Receives every pair the store takes (a login or a refresh), and is awaited before the store
   * holds it: persist the pair there. If it throws, the store keeps the old pair and the save fails.
   */
  onTokens?(memberId: string, tokens: StoredTokens): void | Promise<void>;
}

/**
 * The store of one process: a Map, and a lock that is a queue of promises per member. It
 * coordinates the calls of one process only; several processes need a shared store.
 */
export function memoryTokenStore(options: MemoryTokenStoreOptions = {}): TokenStore {
  const pairs = new Map<string, StoredTokens>();
  for (const [id, tokens] of options.initial ?? []) pairs.set(id, copy(tokens));
  // The tail of each member's queue of lock holders; removed once the queue is empty.
  const locks = new Map<string, Promise<void>>();
  const onTokens = options.onTokens;
  if (onTokens !== undefined && typeof onTokens !== "function") throw new AdultWorkUsageError("onTokens must be a function");

  async function take(memberId: string, tokens: StoredTokens): Promise<void> {
    const next = copy(tokens);
    if (onTokens) {
      try {
        await onTokens(memberId, copy(next));
      } catch (err) {
        throw new TokenStoreError("not-saved", "onTokens failed; the new tokens are kept unused and will be handed over again on the next call", { cause: err });
      }
    }
    pairs.set(memberId, next);
  }

  const store: TokenStore = {
    async load(memberId) {
      const pair = pairs.get(memberId);
      return pair && copy(pair);
    },
    set: take,
    async compareAndSet(memberId, spent, next) {
      if (pairs.get(memberId)?.refreshToken !== spent) return false;
      await take(memberId, next);
      return true;
    },
    async delete(memberId) {
      pairs.delete(memberId);
    },
    async withLock(memberId, run) {
      const before = locks.get(memberId) ?? Promise.resolve();
      let release!: () => void;
      const mine = new Promise<void>((resolve) => (release = resolve));
      const tail = before.then(() => mine);
      locks.set(memberId, tail);
      await before;
      try {
        return await run({ load: () => store.load(memberId), compareAndSet: (spent, next) => store.compareAndSet(memberId, spent, next) });
      } finally {
        release();
        if (locks.get(memberId) === tail) locks.delete(memberId);
      }
    },
  };
  return store;
}

function copy(tokens: StoredTokens): StoredTokens {
  return { ...tokens, scope: tokens.scope && [...tokens.scope] };
}

/** The stored form of a pair, checked: what a shared store reads back must still be a pair. */
export function checkStoredTokens(value: unknown, where: string): StoredTokens {
  const v = value as Partial<StoredTokens> | null;
  if (!v || typeof v !== "object" || typeof v.refreshToken !== "string" || !v.refreshToken) {
    // The value is not quoted: it may hold a token.
    throw new TokenStoreError("unavailable", `${where} holds something that is not a token pair`);
  }
  const num = (n: unknown) => (typeof n === "number" && Number.isFinite(n) ? n : undefined);
  return {
    accessToken: typeof v.accessToken === "string" && v.accessToken ? v.accessToken : undefined,
    refreshToken: v.refreshToken,
    expiresAt: num(v.expiresAt),
    expiresIn: num(v.expiresIn),
    tokenType: typeof v.tokenType === "string" ? v.tokenType : undefined,
    scope: Array.isArray(v.scope) ? v.scope.filter((s): s is string => typeof s === "string") : undefined,
  };
}
