import { AdultWorkUsageError, TokenStoreError } from "./errors.js";
function memoryTokenStore(options = {}) {
  const pairs = /* @__PURE__ */ new Map();
  for (const [id, tokens] of options.initial ?? []) pairs.set(id, copy(tokens));
  const locks = /* @__PURE__ */ new Map();
  const onTokens = options.onTokens;
  if (onTokens !== void 0 && typeof onTokens !== "function") throw new AdultWorkUsageError("onTokens must be a function");
  async function take(memberId, tokens) {
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
  const store = {
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
      let release;
      const mine = new Promise((resolve) => release = resolve);
      const tail = before.then(() => mine);
      locks.set(memberId, tail);
      await before;
      try {
        return await run({ load: () => store.load(memberId), compareAndSet: (spent, next) => store.compareAndSet(memberId, spent, next) });
      } finally {
        release();
        if (locks.get(memberId) === tail) locks.delete(memberId);
      }
    }
  };
  return store;
}
function copy(tokens) {
  return { ...tokens, scope: tokens.scope && [...tokens.scope] };
}
function checkStoredTokens(value, where) {
  const v = value;
  if (!v || typeof v !== "object" || typeof v.refreshToken !== "string" || !v.refreshToken) {
    throw new TokenStoreError("unavailable", `${where} holds something that is not a token pair`);
  }
  const num = (n) => typeof n === "number" && Number.isFinite(n) ? n : void 0;
  return {
    accessToken: typeof v.accessToken === "string" && v.accessToken ? v.accessToken : void 0,
    refreshToken: v.refreshToken,
    expiresAt: num(v.expiresAt),
    expiresIn: num(v.expiresIn),
    tokenType: typeof v.tokenType === "string" ? v.tokenType : void 0,
    scope: Array.isArray(v.scope) ? v.scope.filter((s) => typeof s === "string") : void 0
  };
}
export {
  checkStoredTokens,
  memoryTokenStore
};
//# sourceMappingURL=token-store.js.map
