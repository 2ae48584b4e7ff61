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
var token_manager_exports = {};
__export(token_manager_exports, {
  DEFAULT_MAX_MEMBERS: () => DEFAULT_MAX_MEMBERS,
  DEFAULT_REFRESH_AHEAD_MS: () => DEFAULT_REFRESH_AHEAD_MS,
  createTokenManager: () => createTokenManager
});
module.exports = __toCommonJS(token_manager_exports);
var import_errors = require("./errors.js");
var import_log = require("./log.js");
var import_oauth = require("./oauth.js");
const DEFAULT_REFRESH_AHEAD_MS = 6e4;
const DEFAULT_MAX_MEMBERS = 1e4;
const NOT_REFRESHED = "The member's tokens were not refreshed: refreshing without the store's lock could spend the refresh token twice";
const OWN = /* @__PURE__ */ new WeakSet();
function own(err) {
  if (err && typeof err === "object") OWN.add(err);
  return err;
}
function lifetimeMsOf(pair) {
  return (0, import_oauth.tokenLifetimeMs)(pair.expiresIn);
}
function toStored(set, previousRefreshToken) {
  const refreshToken = set.refreshToken ?? previousRefreshToken;
  if (!refreshToken) throw new import_errors.AdultWorkUsageError("A member's tokens need a refresh token");
  return { accessToken: set.accessToken, refreshToken, expiresAt: set.expiresAt, expiresIn: set.expiresIn, tokenType: set.tokenType, scope: set.scope };
}
function createTokenManager(options) {
  const { store } = options;
  if (!store || typeof store.withLock !== "function") throw new import_errors.AdultWorkUsageError("createTokenManager needs a TokenStore (for example memoryTokenStore())");
  if (!options.clientId || !options.clientSecret) throw new import_errors.AdultWorkUsageError("createTokenManager needs the project's clientId and clientSecret");
  const refreshAheadMs = options.refreshAheadMs ?? DEFAULT_REFRESH_AHEAD_MS;
  if (!Number.isFinite(refreshAheadMs) || refreshAheadMs < 0) throw new import_errors.AdultWorkUsageError("refreshAheadMs must be a non-negative number");
  const maxMembers = options.maxMembers ?? DEFAULT_MAX_MEMBERS;
  if (!Number.isInteger(maxMembers) || maxMembers < 1) throw new import_errors.AdultWorkUsageError("maxMembers must be a positive integer");
  const now = options.now ?? Date.now;
  const { store: _store, refreshAheadMs: _ahead, maxMembers: _max, ...endpoint } = options;
  const redactor = new import_errors.Redactor();
  redactor.add(options.clientSecret);
  const learn = (pair) => {
    redactor.add(pair?.accessToken);
    redactor.add(pair?.refreshToken);
  };
  const members = /* @__PURE__ */ new Map();
  function member(id) {
    let m = members.get(id);
    if (m) {
      members.delete(id);
      members.set(id, m);
      return m;
    }
    m = { current: void 0, unsaved: void 0, inflight: void 0, expired: void 0 };
    members.set(id, m);
    if (members.size > maxMembers) {
      for (const [oldId, old] of members) {
        if (members.size <= maxMembers) break;
        if (old === m || old.inflight || old.unsaved) continue;
        members.delete(oldId);
      }
    }
    return m;
  }
  const stale = (pair) => {
    if (!pair.accessToken) return true;
    if (pair.expiresAt === void 0) return false;
    const lifetimeMs = lifetimeMsOf(pair);
    const ahead = lifetimeMs === void 0 ? refreshAheadMs : Math.min(refreshAheadMs, lifetimeMs / 2);
    return now() >= pair.expiresAt - ahead;
  };
  function storeFailure(err, doing) {
    if (err && typeof err === "object" && OWN.has(err)) return err;
    if (err instanceof import_errors.TokenStoreError) {
      const cause = err.cause === void 0 ? void 0 : { cause: redactor.error(err.cause) };
      const message = redactor.text(err.message);
      if (err.reason !== "unavailable") return new import_errors.TokenStoreError(err.reason, message, cause);
      return new import_errors.TokenStoreError("unavailable", `The token store failed while ${doing}: ${message}. ${NOT_REFRESHED}`, cause);
    }
    const detail = err instanceof Error ? `: ${redactor.text(err.message)}` : "";
    return new import_errors.TokenStoreError("unavailable", `The token store failed while ${doing}${detail}. ${NOT_REFRESHED}`, { cause: redactor.error(err) });
  }
  async function load(id, m, context) {
    let pair;
    try {
      pair = await store.load(id);
    } catch (err) {
      throw storeFailure(err, "loading the member's tokens");
    }
    learn(pair);
    if (!pair) throw new import_errors.TokenStoreError("no-tokens", "No tokens are stored for this member: save the pair from the member's login first");
    m.current = pair;
    if (!stale(pair) && !m.unsaved) return pair.accessToken;
    return refresh(id, m, "expiring", void 0, context);
  }
  async function refresh(id, m, reason, rejected, context) {
    let outcome;
    try {
      outcome = await store.withLock(id, async (locked) => {
        let stored;
        try {
          stored = await locked.load();
        } catch (err) {
          throw own(storeFailure(err, "reading the member's tokens under the lock"));
        }
        learn(stored);
        if (!stored) throw own(new import_errors.TokenStoreError("no-tokens", "No tokens are stored for this member: save the pair from the member's login first"));
        let next;
        if (m.unsaved && m.unsaved.spent === stored.refreshToken) {
          next = m.unsaved.next;
        } else {
          m.unsaved = void 0;
          m.current = stored;
          if (!stale(stored) && (rejected === void 0 || stored.accessToken !== rejected)) return { token: stored.accessToken, saved: void 0 };
          if (m.expired?.refreshToken === stored.refreshToken) throw own(m.expired.error);
          (0, import_log.emit)(context?.log, { type: "refresh", reason });
          let set;
          try {
            set = await (0, import_oauth.refreshTokens)({ ...endpoint, refreshToken: stored.refreshToken, logger: context?.log });
          } catch (err) {
            if (err instanceof import_errors.RefreshTokenExpiredError) m.expired = { refreshToken: stored.refreshToken, error: err };
            throw own(err);
          }
          next = toStored(set, stored.refreshToken);
          learn(next);
          m.unsaved = { spent: stored.refreshToken, next };
        }
        let saved;
        try {
          saved = await locked.compareAndSet(stored.refreshToken, next);
        } catch (err) {
          throw own(notSaved(storeFailure(err, "saving the rotated tokens")));
        }
        if (!saved) {
          m.unsaved = void 0;
          throw own(
            new import_errors.TokenStoreError(
              "conflict",
              "The token store no longer holds the refresh token this refresh spent: something refreshed this member without the store's lock"
            )
          );
        }
        return { token: next.accessToken, saved: next };
      });
    } catch (err) {
      const failure = storeFailure(err, "taking the member's refresh lock");
      throw m.unsaved ? notSaved(failure) : failure;
    }
    if (outcome.saved) {
      m.unsaved = void 0;
      m.current = outcome.saved;
    }
    return outcome.token;
  }
  function notSaved(failure) {
    if (!(failure instanceof import_errors.TokenStoreError) || failure.reason !== "unavailable") return failure;
    return new import_errors.TokenStoreError("not-saved", "The token store did not save the rotated tokens; they are kept unused and saved again on the next call", { cause: failure });
  }
  function once(m, start) {
    m.inflight ??= start().finally(() => {
      m.inflight = void 0;
    });
    return m.inflight;
  }
  const idOf = (memberId) => {
    if (typeof memberId !== "string" && typeof memberId !== "number" || memberId === "") throw new import_errors.AdultWorkUsageError("A member ID must be a non-empty string or a number");
    return String(memberId);
  };
  return {
    forMember(memberId) {
      const id = idOf(memberId);
      const provider = {
        async getToken(context) {
          const m = member(id);
          if (m.inflight) return m.inflight;
          if (!m.current) return once(m, () => load(id, m, context));
          if (!stale(m.current) && !m.unsaved) return m.current.accessToken;
          return once(m, () => refresh(id, m, "expiring", void 0, context));
        },
        async refresh(rejected, context) {
          const m = member(id);
          if (m.inflight) return m.inflight;
          if (m.current && m.current.accessToken !== rejected && !stale(m.current) && !m.unsaved) return m.current.accessToken;
          return once(m, () => refresh(id, m, "rejected", rejected, context));
        }
      };
      (0, import_errors.attachRedactor)(provider, redactor);
      return provider;
    },
    async save(memberId, tokens) {
      const id = idOf(memberId);
      const pair = toStored(tokens);
      learn(pair);
      try {
        await store.set(id, pair);
      } catch (err) {
        throw storeFailure(err, "saving the member's new login");
      }
      const m = member(id);
      m.current = pair;
      m.unsaved = void 0;
      m.expired = void 0;
    },
    async forget(memberId) {
      const id = idOf(memberId);
      members.delete(id);
      try {
        await store.delete(id);
      } catch (err) {
        throw storeFailure(err, "deleting the member's tokens");
      }
    }
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  DEFAULT_MAX_MEMBERS,
  DEFAULT_REFRESH_AHEAD_MS,
  createTokenManager
});
//# sourceMappingURL=token-manager.js.map
