import { AdultWorkUsageError, TokenStoreError } from "../errors.js";
import { checkDurationMs } from "../timers.js";
import { checkStoredTokens } from "../token-store.js";
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;
function quoteTable(name) {
  const parts = name.split(".");
  if (parts.length > 2 || !parts.every((p) => IDENTIFIER.test(p))) throw new AdultWorkUsageError(`table must be a plain identifier, optionally schema-qualified: ${JSON.stringify(name)}`);
  return parts.map((p) => `"${p}"`).join(".");
}
const checkMs = (name, value, fallback) => checkDurationMs(name, value, fallback);
function postgresTokenStore(options) {
  const { pool } = options;
  if (!pool || typeof pool.query !== "function" || typeof pool.connect !== "function") {
    throw new AdultWorkUsageError("postgresTokenStore needs the app's pg.Pool (an object with query() and connect())");
  }
  const table = quoteTable(options.table ?? "adultwork_tokens");
  const lockTimeoutMs = checkMs("lockTimeoutMs", options.lockTimeoutMs, 3e4);
  const idleTimeoutMs = checkMs("idleTimeoutMs", options.idleTimeoutMs, 6e4);
  const where = `PostgreSQL table ${table}`;
  const load = async (db, memberId) => {
    const { rows } = await db.query(`SELECT tokens FROM ${table} WHERE member_id = $1`, [memberId]);
    const row = rows[0];
    return row ? checkStoredTokens(row.tokens, where) : void 0;
  };
  const compareAndSet = async (db, memberId, spent, next) => {
    const pair = checkStoredTokens(next, "the pair to save");
    const { rowCount } = await db.query(`UPDATE ${table} SET tokens = $3, refresh_token = $4, updated_at = now() WHERE member_id = $1 AND refresh_token = $2`, [
      memberId,
      spent,
      JSON.stringify(pair),
      pair.refreshToken
    ]);
    return rowCount === 1;
  };
  return {
    async createTable() {
      await pool.query(
        `CREATE TABLE IF NOT EXISTS ${table} (member_id text PRIMARY KEY, refresh_token text NOT NULL, tokens jsonb NOT NULL, updated_at timestamptz NOT NULL DEFAULT now())`
      );
    },
    load: (memberId) => load(pool, memberId),
    async set(memberId, tokens) {
      const pair = checkStoredTokens(tokens, "the pair to save");
      await pool.query(
        `INSERT INTO ${table} (member_id, refresh_token, tokens) VALUES ($1, $2, $3)
         ON CONFLICT (member_id) DO UPDATE SET refresh_token = excluded.refresh_token, tokens = excluded.tokens, updated_at = now()`,
        [memberId, pair.refreshToken, JSON.stringify(pair)]
      );
    },
    compareAndSet: (memberId, spent, next) => compareAndSet(pool, memberId, spent, next),
    async delete(memberId) {
      await pool.query(`DELETE FROM ${table} WHERE member_id = $1`, [memberId]);
    },
    async withLock(memberId, run) {
      const client = await pool.connect();
      let broken;
      let began = false;
      try {
        await client.query("BEGIN");
        began = true;
        await client.query(`SET LOCAL lock_timeout = ${lockTimeoutMs}`);
        await client.query(`SET LOCAL idle_in_transaction_session_timeout = ${idleTimeoutMs}`);
        try {
          await client.query(`SELECT 1 FROM ${table} WHERE member_id = $1 FOR UPDATE`, [memberId]);
        } catch (err) {
          if (err.code === "55P03") {
            throw new TokenStoreError("unavailable", `Another process held this member's refresh lock for longer than lockTimeoutMs (${lockTimeoutMs} ms)`, { cause: err });
          }
          throw err;
        }
        const locked = { load: () => load(client, memberId), compareAndSet: (spent, next) => compareAndSet(client, memberId, spent, next) };
        const result = await run(locked);
        await client.query("COMMIT");
        began = false;
        return result;
      } catch (err) {
        if (began) {
          try {
            await client.query("ROLLBACK");
          } catch (rollbackFailed) {
            broken = rollbackFailed instanceof Error ? rollbackFailed : new Error("ROLLBACK failed");
          }
        }
        throw err;
      } finally {
        client.release(broken ?? false);
      }
    }
  };
}
export {
  postgresTokenStore
};
//# sourceMappingURL=index.js.map
