"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var postgres_exports = {};
__export(postgres_exports, {
  postgresTokenStore: () => postgresTokenStore
});
module.exports = __toCommonJS(postgres_exports);
var import_errors = require("../errors.js");
var import_timers = require("../timers.js");
var import_token_store = require("../token-store.js");
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;
function quoteTable(name) {
  const parts = name.split(".");
  if (parts.length > 2 || !parts.every((p) => IDENTIFIER.test(p))) throw new import_errors.AdultWorkUsageError(`table must be a plain identifier, optionally schema-qualified: ${JSON.stringify(name)}`);
  return parts.map((p) => `"${p}"`).join(".");
}
const checkMs = (name, value, fallback) => (0, import_timers.checkDurationMs)(name, value, fallback);
function postgresTokenStore(options) {
  const { pool } = options;
  if (!pool || typeof pool.query !== "function" || typeof pool.connect !== "function") {
    throw new import_errors.AdultWorkUsageError("postgresTokenStore needs the app's pg.Pool (an object with query() and connect())");
  }
  const table = quoteTable(options.table ?? "adultwork_tokens");
  const lockTimeoutMs = checkMs("lockTimeoutMs", options.lockTimeoutMs, 3e4);
  const idleTimeoutMs = checkMs("idleTimeoutMs", options.idleTimeoutMs, 6e4);
  const where = `PostgreSQL table ${table}`;
  const load = async (db, memberId) => {
    const { rows } = await db.query(`SELECT tokens FROM ${table} WHERE member_id = $1`, [memberId]);
    const row = rows[0];
    return row ? (0, import_token_store.checkStoredTokens)(row.tokens, where) : void 0;
  };
  const compareAndSet = async (db, memberId, spent, next) => {
    const pair = (0, import_token_store.checkStoredTokens)(next, "the pair to save");
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
      const pair = (0, import_token_store.checkStoredTokens)(tokens, "the pair to save");
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
            throw new import_errors.TokenStoreError("unavailable", `Another process held this member's refresh lock for longer than lockTimeoutMs (${lockTimeoutMs} ms)`, { cause: err });
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
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  postgresTokenStore
});
//# sourceMappingURL=index.js.map
