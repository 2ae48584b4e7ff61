import { type TokenStore } from "../token-store.js";
/** What the store needs of a `pg` client: `query`, as `pg.Pool`, `pg.Client` and `PoolClient` have it. */
export interface PgQueryable {
    query(text: string, values?: unknown[]): Promise<{
        rows: unknown[];
        rowCount: number | null;
    }>;
}
/** What the store needs of a `pg.Pool`: queries, and a connection of its own for each refresh. */
export interface PgPool extends PgQueryable {
    connect(): Promise<PgQueryable & {
        release(err?: Error | boolean): void;
    }>;
}
export interface PostgresTokenStoreOptions {
    /** The app's `pg.Pool` (the store never opens connections of its own). */
    pool: PgPool;
    /** The table, optionally schema-qualified (default "adultwork_tokens"); `createTable()` makes it. */
    table?: string | undefined;
    /**
     * How long a refresh waits for another process's lock on the same member before giving up with a
     * TokenStoreError (default 30 000 ms). Keep it above the token request's `timeoutMs`.
     */
    lockTimeoutMs?: number | undefined;
    /**
     * The server ends a refresh transaction left idle this long (default 60 000 ms), so a process
     * that hangs (rather than dies, which PostgreSQL notices at once) cannot hold a member's lock forever.
     */
    idleTimeoutMs?: number | undefined;
}
export interface PostgresTokenStore extends TokenStore {
    /** Creates the table if it does not exist. */
    createTable(): Promise<void>;
}
export declare function postgresTokenStore(options: PostgresTokenStoreOptions): PostgresTokenStore;
//# sourceMappingURL=index.d.ts.map