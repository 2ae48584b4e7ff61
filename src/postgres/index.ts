// adultwork-api-client/postgres: a TokenStore in a PostgreSQL table, on the app's own `pg` pool. A
// refresh runs inside one transaction that holds the member's row lock (SELECT … FOR UPDATE) and
// writes the new pair before it commits, so no two processes spend the same refresh token.
import { AdultWorkUsageError, TokenStoreError } from "../errors.js";
import { checkDurationMs } from "../timers.js";
import { checkStoredTokens, type LockedTokens, type StoredTokens, type TokenStore } from "../token-store.js";

/** What the store needs of a `pg` client: `query`, as `pg.Pool`, `pg.Client` and `PoolClient` have it. */
export interface PgQueryable {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[]; rowCount: number | null }>;
}

/** What the store needs of a `pg.Pool`: queries, and a connection of its own for each refresh. */
export interface PgPool extends PgQueryable {
  connect(): Promise<PgQueryable & { release(err?: Error | boolean): void }>;
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

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

function quoteTable(name: string): string {
  const parts = name.split(".");
  if (parts.length > 2 || !parts.every((p) => IDENTIFIER.test(p))) throw new AdultWorkUsageError(`table must be a plain identifier, optionally schema-qualified: ${JSON.stringify(name)}`);
  return parts.map((p) => `"${p}"`).join(".");
}

// PostgreSQL's timeouts are 32-bit milliseconds too: the same bound as the client's own timers.
const checkMs = (name: string, value: number | undefined, fallback: number) => checkDurationMs(name, value, fallback);

export function postgresTokenStore(options: PostgresTokenStoreOptions): PostgresTokenStore {
  const { pool } = options;
  if (!pool || typeof pool.query !== "function" || typeof pool.connect !== "function") {
    throw new AdultWorkUsageError("postgresTokenStore needs the app's pg.Pool (an object with query() and connect())");
  }
  const table = quoteTable(options.table ?? "adultwork_tokens");
  const lockTimeoutMs = checkMs("lockTimeoutMs", options.lockTimeoutMs, 30_000);
  const idleTimeoutMs = checkMs("idleTimeoutMs", options.idleTimeoutMs, 60_000);
  const where = `PostgreSQL table ${table}`;

  const load = async (db: PgQueryable, memberId: string) => {
    const { rows } = await db.query(`SELECT tokens FROM ${table} WHERE member_id = $1`, [memberId]);
    const row = rows[0] as { tokens: unknown } | undefined;
    return row ? checkStoredTokens(row.tokens, where) : undefined;
  };
  const compareAndSet = async (db: PgQueryable, memberId: string, spent: string, next: StoredTokens) => {
    const pair = checkStoredTokens(next, "the pair to save");
    const { rowCount } = await db.query(`UPDATE ${table} SET tokens = $3, refresh_token = $4, updated_at = now() WHERE member_id = $1 AND refresh_token = $2`, [
      memberId,
      spent,
      JSON.stringify(pair),
      pair.refreshToken,
    ]);
    return rowCount === 1;
  };

  return {
    async createTable() {
      await pool.query(
        `CREATE TABLE IF NOT EXISTS ${table} (member_id text PRIMARY KEY, refresh_token text NOT NULL, tokens jsonb NOT NULL, updated_at timestamptz NOT NULL DEFAULT now())`,
      );
    },
    load: (memberId) => load(pool, memberId),
    async set(memberId, tokens) {
      const pair = checkStoredTokens(tokens, "the pair to save");
      await pool.query(
        `INSERT INTO ${table} (member_id, refresh_token, tokens) VALUES ($1, $2, $3)
         ON CONFLICT (member_id) DO UPDATE SET refresh_token = excluded.refresh_token, tokens = excluded.tokens, updated_at = now()`,
        [memberId, pair.refreshToken, JSON.stringify(pair)],
      );
    },
    compareAndSet: (memberId, spent, next) => compareAndSet(pool, memberId, spent, next),
    async delete(memberId) {
      await pool.query(`DELETE FROM ${table} WHERE member_id = $1`, [memberId]);
    },
    async withLock(memberId, run) {
      const client = await pool.connect();
      let broken: Error | undefined;
      let began = false;
      try {
        await client.query("BEGIN");
        began = true;
        // SET LOCAL takes no parameters; both values are integers checked above.
        await client.query(`SET LOCAL lock_timeout = ${lockTimeoutMs}`);
        await client.query(`SET LOCAL idle_in_transaction_session_timeout = ${idleTimeoutMs}`);
        try {
          await client.query(`SELECT 1 FROM ${table} WHERE member_id = $1 FOR UPDATE`, [memberId]);
        } catch (err) {
          if ((err as { code?: unknown }).code === "55P03") {
            throw new TokenStoreError("unavailable", `Another process held this member's refresh lock for longer than lockTimeoutMs (${lockTimeoutMs} ms)`, { cause: err });
          }
          throw err;
        }
        const locked: LockedTokens = { load: () => load(client, memberId), compareAndSet: (spent, next) => compareAndSet(client, memberId, spent, next) };
        const result = await run(locked);
        await client.query("COMMIT");
        began = false;
        return result;
      } catch (err) {
        if (began) {
          try {
            await client.query("ROLLBACK");
          } catch (rollbackFailed) {
            // The connection is gone; the server has rolled back on its own. Do not reuse it.
            broken = rollbackFailed instanceof Error ? rollbackFailed : new Error("ROLLBACK failed");
          }
        }
        throw err;
      } finally {
        client.release(broken ?? false);
      }
    },
  };
}
