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
export declare function memoryTokenStore(options?: MemoryTokenStoreOptions): TokenStore;
/** The stored form of a pair, checked: what a shared store reads back must still be a pair. */
export declare function checkStoredTokens(value: unknown, where: string): StoredTokens;
//# sourceMappingURL=token-store.d.ts.map