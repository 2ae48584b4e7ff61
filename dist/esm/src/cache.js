import { AdultWorkUsageError } from "./errors.js";
import { isOperationId, operationIdFor, operationInfo } from "./operations.js";
function memoryCacheStore(options = {}) {
  const maxEntries = options.maxEntries ?? 1e3;
  if (!Number.isInteger(maxEntries) || maxEntries < 1) throw new AdultWorkUsageError("maxEntries must be a positive integer");
  const now = options.now ?? Date.now;
  const entries = /* @__PURE__ */ new Map();
  return {
    get size() {
      return entries.size;
    },
    async get(key) {
      const entry = entries.get(key);
      if (!entry) return void 0;
      entries.delete(key);
      if (now() >= entry.expiresAt) return void 0;
      entries.set(key, entry);
      return entry.answer;
    },
    async set(key, answer, ttlMs) {
      entries.delete(key);
      entries.set(key, { answer, expiresAt: now() + ttlMs });
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value);
    },
    async delete(key) {
      entries.delete(key);
    }
  };
}
const CACHING_FETCH = /* @__PURE__ */ Symbol.for("adultwork-api-client.cachingFetch");
function view(state) {
  const cache = {
    forMember(memberId) {
      if (typeof memberId !== "string" && typeof memberId !== "number" || memberId === "") throw new AdultWorkUsageError("A member ID must be a non-empty string or a number");
      return view({ ...state, member: String(memberId) });
    }
  };
  const wrap = (next, baseUrl) => cachingFetch(state, next, baseUrl);
  Object.defineProperty(cache, CACHING_FETCH, { value: wrap });
  return cache;
}
function createResponseCache(options) {
  const ttlMs = /* @__PURE__ */ new Map();
  for (const [id, ms] of Object.entries(options?.ttlMs ?? {})) {
    if (!isOperationId(id)) throw new AdultWorkUsageError(`ttlMs names an operation the contract does not have: ${JSON.stringify(id)}`);
    const op = operationInfo(id);
    if (op.method !== "GET") throw new AdultWorkUsageError(`${id} is a ${op.method}: only GET answers can be cached`);
    if (op.security !== "apiKey" && op.security !== "user") throw new AdultWorkUsageError(`${id} is not an API operation that can be cached`);
    if (typeof ms !== "number" || !Number.isFinite(ms) || ms <= 0) throw new AdultWorkUsageError(`ttlMs.${id} must be a positive number of milliseconds`);
    ttlMs.set(id, ms);
  }
  return view({ store: options?.store ?? memoryCacheStore(), ttlMs, member: void 0, inflight: /* @__PURE__ */ new Map() });
}
function answerOf(cached) {
  return new Response(cached.body, { status: cached.status, statusText: cached.statusText, headers: cached.headers });
}
function cachingFetch(state, next, baseUrl) {
  const basePath = new URL(baseUrl).pathname.replace(/\/+$/, "");
  return async function cachedFetch(input, init) {
    const request = input instanceof Request ? input : new Request(input, init);
    if (request.method !== "GET") return next(input, init);
    const url = new URL(request.url);
    const path = basePath && url.pathname.startsWith(`${basePath}/`) ? url.pathname.slice(basePath.length) : url.pathname;
    const id = operationIdFor("GET", path);
    const ttl = id && state.ttlMs.get(id);
    if (!id || !ttl) return next(input, init);
    const op = operationInfo(id);
    if (op.security === "user" && state.member === void 0) return next(input, init);
    const owner = op.security === "user" ? `member:${state.member}` : "public";
    const params = [...url.searchParams].filter(([name]) => name !== (op.apiKeyParam ?? "apiKey")).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
    const key = JSON.stringify([id, owner, request.headers.get("accept") ?? "", url.pathname, params]);
    const waiting = state.inflight.get(key);
    if (waiting) {
      try {
        const shared = await waiting;
        if (!(shared instanceof Response)) return answerOf(shared);
      } catch {
      }
      return next(input, init);
    }
    const upstream = (async () => {
      try {
        const hit = await state.store.get(key);
        if (hit) return hit;
      } catch {
      }
      const response = await next(input, init);
      if (response.status < 200 || response.status >= 300) return response;
      const answer = { status: response.status, statusText: response.statusText, headers: [], body: await response.text() };
      const type = response.headers.get("content-type");
      if (type) answer.headers.push(["content-type", type]);
      try {
        await state.store.set(key, answer, ttl);
      } catch {
      }
      return answer;
    })();
    state.inflight.set(key, upstream);
    try {
      const result = await upstream;
      return result instanceof Response ? result : answerOf(result);
    } finally {
      state.inflight.delete(key);
    }
  };
}
export {
  CACHING_FETCH,
  createResponseCache,
  memoryCacheStore
};
//# sourceMappingURL=cache.js.map
