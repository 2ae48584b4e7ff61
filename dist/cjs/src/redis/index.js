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
var redis_exports = {};
__export(redis_exports, {
  redisCacheStore: () => redisCacheStore,
  redisTokenStore: () => redisTokenStore
});
module.exports = __toCommonJS(redis_exports);
var import_errors = require("../errors.js");
var import_timers = require("../timers.js");
var import_token_store = require("../token-store.js");
const COMPARE_AND_SET = `
if ARGV[3] ~= "" and redis.call("GET", KEYS[2]) ~= ARGV[3] then return -1 end
local current = redis.call("GET", KEYS[1])
if not current then return 0 end
if cjson.decode(current).refreshToken ~= ARGV[1] then return 0 end
redis.call("SET", KEYS[1], ARGV[2])
return 1`;
const RELEASE = `if redis.call("GET", KEYS[1]) == ARGV[1] then return redis.call("DEL", KEYS[1]) end return 0`;
const RENEW = `if redis.call("GET", KEYS[1]) == ARGV[1] then return redis.call("PEXPIRE", KEYS[1], ARGV[2]) end return 0`;
const checkMs = (name, value, fallback) => (0, import_timers.checkDurationMs)(name, value, fallback);
function commander(client, commandTimeoutMs) {
  if (!client || typeof client.sendCommand !== "function") throw new import_errors.AdultWorkUsageError("The Redis stores need the app's node-redis client (an object with sendCommand())");
  return (args) => new Promise((resolve, reject) => {
    const timer = (0, import_timers.startTimer)(() => reject(new import_errors.TokenStoreError("unavailable", `Redis did not answer ${args[0]} within ${commandTimeoutMs} ms`)), commandTimeoutMs);
    client.sendCommand(args).then(
      (reply) => {
        (0, import_timers.stopTimer)(timer);
        resolve(reply);
      },
      (err) => {
        (0, import_timers.stopTimer)(timer);
        reject(err);
      }
    );
  });
}
const text = (reply) => typeof reply === "string" ? reply : reply instanceof Uint8Array ? new TextDecoder().decode(reply) : void 0;
function redisTokenStore(options) {
  const send = commander(options.client, checkMs("commandTimeoutMs", options.commandTimeoutMs, 5e3));
  const prefix = options.prefix ?? "adultwork:tokens:";
  const lockTtlMs = checkMs("lockTtlMs", options.lockTtlMs, 1e4);
  const lockWaitMs = checkMs("lockWaitMs", options.lockWaitMs, 3e4);
  const key = (memberId) => `${prefix}${memberId}`;
  const lockKey = (memberId) => `${prefix}${memberId}:lock`;
  const where = "Redis";
  const load = async (memberId) => {
    const value = text(await send(["GET", key(memberId)]));
    if (value === void 0) return void 0;
    let parsed;
    try {
      parsed = JSON.parse(value);
    } catch {
      parsed = void 0;
    }
    return (0, import_token_store.checkStoredTokens)(parsed, where);
  };
  const compareAndSet = async (memberId, spent, next, owner) => {
    const pair = JSON.stringify((0, import_token_store.checkStoredTokens)(next, "the pair to save"));
    const result = Number(await send(["EVAL", COMPARE_AND_SET, "2", key(memberId), lockKey(memberId), spent, pair, owner]));
    if (result === -1) throw new import_errors.TokenStoreError("unavailable", `The refresh lock ran out (lockTtlMs ${lockTtlMs} ms) before the pair was saved`);
    return result === 1;
  };
  return {
    load,
    async set(memberId, tokens) {
      await send(["SET", key(memberId), JSON.stringify((0, import_token_store.checkStoredTokens)(tokens, "the pair to save"))]);
    },
    compareAndSet: (memberId, spent, next) => compareAndSet(memberId, spent, next, ""),
    async delete(memberId) {
      await send(["DEL", key(memberId)]);
    },
    async withLock(memberId, run) {
      const owner = crypto.randomUUID();
      const deadline = Date.now() + lockWaitMs;
      while (await send(["SET", lockKey(memberId), owner, "NX", "PX", String(lockTtlMs)]) === null) {
        if (Date.now() >= deadline) {
          throw new import_errors.TokenStoreError("unavailable", `Another process held this member's refresh lock for longer than lockWaitMs (${lockWaitMs} ms)`);
        }
        await new Promise((resolve) => (0, import_timers.startTimer)(resolve, 10 + Math.random() * 30));
      }
      const renew = setInterval(() => void send(["EVAL", RENEW, "1", lockKey(memberId), owner, String(lockTtlMs)]).catch(() => void 0), Math.max(1, Math.floor(lockTtlMs / 3)));
      renew.unref?.();
      try {
        const locked = { load: () => load(memberId), compareAndSet: (spent, next) => compareAndSet(memberId, spent, next, owner) };
        return await run(locked);
      } finally {
        clearInterval(renew);
        await send(["EVAL", RELEASE, "1", lockKey(memberId), owner]).catch(() => void 0);
      }
    }
  };
}
function redisCacheStore(options) {
  const send = commander(options.client, checkMs("commandTimeoutMs", options.commandTimeoutMs, 1e3));
  const prefix = options.prefix ?? "adultwork:cache:";
  return {
    async get(key) {
      const value = text(await send(["GET", `${prefix}${key}`]));
      if (value === void 0) return void 0;
      try {
        return JSON.parse(value);
      } catch {
        return void 0;
      }
    },
    async set(key, answer, ttlMs) {
      await send(["SET", `${prefix}${key}`, JSON.stringify(answer), "PX", String(Math.max(1, Math.round(ttlMs)))]);
    },
    async delete(key) {
      await send(["DEL", `${prefix}${key}`]);
    }
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  redisCacheStore,
  redisTokenStore
});
//# sourceMappingURL=index.js.map
