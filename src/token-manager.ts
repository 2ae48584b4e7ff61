// Access tokens for any number of members, from a TokenStore: each refresh made once, under the
// store's lock, and saved by compare-and-set before the new access token is used.
import { AdultWorkError, AdultWorkUsageError, Redactor, RefreshTokenExpiredError, TokenStoreError, attachRedactor } from "./errors.js";
import { emit } from "./log.js";
import { refreshTokens, tokenLifetimeMs, type TokenEndpointOptions, type TokenSet } from "./oauth.js";
import type { TokenContext, TokenProvider } from "./token-provider.js";
import type { StoredTokens, TokenStore } from "./token-store.js";

export const DEFAULT_REFRESH_AHEAD_MS = 60_000;
export const DEFAULT_MAX_MEMBERS = 10_000;

export interface TokenManagerOptions extends Omit<TokenEndpointOptions, "logger"> {
  /** Where the members' pairs live: `memoryTokenStore()` for one process, a shared store for more. */
  store: TokenStore;
  /** Refresh this long before the access token expires (default 60 000 ms, at most half its lifetime). */
  refreshAheadMs?: number | undefined;
  /**
   * How many members' current tokens this process keeps in memory (default 10 000). Beyond that the
   * least recently used are forgotten and read from the store again when next needed; a member with
   * a refresh in flight or a pair not yet saved is never forgotten.
   */
  maxMembers?: number | undefined;
}

export interface TokenManager {
  /** The member's token source, for the client's `accessToken` option. */
  forMember(memberId: string | number): TokenProvider;
  /** Stores the pair of a new login (from `exchangeCode`) for the member, replacing any other. */
  save(memberId: string | number, tokens: TokenSet | StoredTokens): Promise<void>;
  /** Forgets the member's pair here and in the store (a logout). */
  forget(memberId: string | number): Promise<void>;
}

/** What this process knows about one member. */
interface Member {
  /** The pair as last read from, or written to, the store. */
  current: StoredTokens | undefined;
  /** A pair the endpoint issued (spending `spent`) that the store has not taken yet: never used, never lost. */
  unsaved: { spent: string; next: StoredTokens } | undefined;
  /** The load or refresh every concurrent caller shares. */
  inflight: Promise<string> | undefined;
  /** After refresh_token_has_expired for this refresh token, only a new login helps. */
  expired: { refreshToken: string; error: RefreshTokenExpiredError } | undefined;
}

const NOT_REFRESHED = "The member's tokens were not refreshed: refreshing without the store's lock could spend the refresh token twice";

// Errors thrown by the manager's own code inside a store's lock, so they are not taken for the store's.
const OWN = new WeakSet<object>();
function own<T>(err: T): T {
  if (err && typeof err === "object") OWN.add(err);
  return err;
}

/** The access token's lifetime as the client counts it: `expires_in` kept within 30 s and 24 h (see tokenLifetimeMs). */
function lifetimeMsOf(pair: StoredTokens): number | undefined {
  return tokenLifetimeMs(pair.expiresIn);
}

function toStored(set: TokenSet | StoredTokens, previousRefreshToken?: string): StoredTokens {
  const refreshToken = set.refreshToken ?? previousRefreshToken;
  if (!refreshToken) throw new AdultWorkUsageError("A member's tokens need a refresh token");
  return { accessToken: set.accessToken, refreshToken, expiresAt: set.expiresAt, expiresIn: set.expiresIn, tokenType: set.tokenType, scope: set.scope };
}

export function createTokenManager(options: TokenManagerOptions): TokenManager {
  const { store } = options;
  if (!store || typeof store.withLock !== "function") throw new AdultWorkUsageError("createTokenManager needs a TokenStore (for example memoryTokenStore())");
  if (!options.clientId || !options.clientSecret) throw new AdultWorkUsageError("createTokenManager needs the project's clientId and clientSecret");
  const refreshAheadMs = options.refreshAheadMs ?? DEFAULT_REFRESH_AHEAD_MS;
  if (!Number.isFinite(refreshAheadMs) || refreshAheadMs < 0) throw new AdultWorkUsageError("refreshAheadMs must be a non-negative number");
  const maxMembers = options.maxMembers ?? DEFAULT_MAX_MEMBERS;
  if (!Number.isInteger(maxMembers) || maxMembers < 1) throw new AdultWorkUsageError("maxMembers must be a positive integer");
  const now = options.now ?? Date.now;
  const { store: _store, refreshAheadMs: _ahead, maxMembers: _max, ...endpoint } = options;

  // One redactor for everything the manager throws: the client secret and every token it has seen.
  const redactor = new Redactor();
  redactor.add(options.clientSecret);
  const learn = (pair: StoredTokens | undefined) => {
    redactor.add(pair?.accessToken);
    redactor.add(pair?.refreshToken);
  };

  // Insertion order is recency order: a member is re-inserted on each use.
  const members = new Map<string, Member>();
  function member(id: string): Member {
    let m = members.get(id);
    if (m) {
      members.delete(id);
      members.set(id, m);
      return m;
    }
    m = { current: undefined, unsaved: undefined, inflight: undefined, expired: undefined };
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

  const stale = (pair: StoredTokens) => {
    if (!pair.accessToken) return true;
    if (pair.expiresAt === undefined) return false;
    // A token that lives shorter than twice the margin would otherwise be refreshed on every call.
    const lifetimeMs = lifetimeMsOf(pair);
    const ahead = lifetimeMs === undefined ? refreshAheadMs : Math.min(refreshAheadMs, lifetimeMs / 2);
    return now() >= pair.expiresAt - ahead;
  };

  /** A store failure as the error the caller sees: typed, and with no token in it. */
  function storeFailure(err: unknown, doing: string): AdultWorkError {
    if (err && typeof err === "object" && OWN.has(err)) return err as AdultWorkError;
    if (err instanceof TokenStoreError) {
      const cause = err.cause === undefined ? undefined : { cause: redactor.error(err.cause) };
      const message = redactor.text(err.message);
      if (err.reason !== "unavailable") return new TokenStoreError(err.reason, message, cause);
      return new TokenStoreError("unavailable", `The token store failed while ${doing}: ${message}. ${NOT_REFRESHED}`, cause);
    }
    const detail = err instanceof Error ? `: ${redactor.text(err.message)}` : "";
    return new TokenStoreError("unavailable", `The token store failed while ${doing}${detail}. ${NOT_REFRESHED}`, { cause: redactor.error(err) });
  }

  async function load(id: string, m: Member, context: TokenContext | undefined): Promise<string> {
    let pair: StoredTokens | undefined;
    try {
      pair = await store.load(id);
    } catch (err) {
      throw storeFailure(err, "loading the member's tokens");
    }
    learn(pair);
    if (!pair) throw new TokenStoreError("no-tokens", "No tokens are stored for this member: save the pair from the member's login first");
    m.current = pair;
    if (!stale(pair) && !m.unsaved) return pair.accessToken!;
    return refresh(id, m, "expiring", undefined, context);
  }

  async function refresh(id: string, m: Member, reason: "expiring" | "rejected", rejected: string | undefined, context?: TokenContext): Promise<string> {
    let outcome: { token: string; saved: StoredTokens | undefined };
    try {
      outcome = await store.withLock(id, async (locked) => {
        let stored: StoredTokens | undefined;
        try {
          stored = await locked.load();
        } catch (err) {
          throw own(storeFailure(err, "reading the member's tokens under the lock"));
        }
        learn(stored);
        if (!stored) throw own(new TokenStoreError("no-tokens", "No tokens are stored for this member: save the pair from the member's login first"));
        let next: StoredTokens;
        if (m.unsaved && m.unsaved.spent === stored.refreshToken) {
          // This process's last refresh was answered but not saved: save that pair, spend nothing.
          next = m.unsaved.next;
        } else {
          m.unsaved = undefined;
          m.current = stored;
          // Another holder refreshed while this one waited for the lock.
          if (!stale(stored) && (rejected === undefined || stored.accessToken !== rejected)) return { token: stored.accessToken!, saved: undefined };
          if (m.expired?.refreshToken === stored.refreshToken) throw own(m.expired.error);
          emit(context?.log, { type: "refresh", reason });
          let set: TokenSet;
          try {
            set = await refreshTokens({ ...endpoint, refreshToken: stored.refreshToken, logger: context?.log });
          } catch (err) {
            if (err instanceof RefreshTokenExpiredError) m.expired = { refreshToken: stored.refreshToken, error: err };
            throw own(err);
          }
          next = toStored(set, stored.refreshToken);
          learn(next);
          m.unsaved = { spent: stored.refreshToken, next };
        }
        let saved: boolean;
        try {
          saved = await locked.compareAndSet(stored.refreshToken, next);
        } catch (err) {
          throw own(notSaved(storeFailure(err, "saving the rotated tokens")));
        }
        if (!saved) {
          m.unsaved = undefined;
          throw own(
            new TokenStoreError(
              "conflict",
              "The token store no longer holds the refresh token this refresh spent: something refreshed this member without the store's lock",
            ),
          );
        }
        return { token: next.accessToken!, saved: next };
      });
    } catch (err) {
      const failure = storeFailure(err, "taking the member's refresh lock");
      // A pair the endpoint issued counts as saved only once the lock was released cleanly (for
      // PostgreSQL, the transaction committed): until then it is kept, unused, for the next call.
      throw m.unsaved ? notSaved(failure) : failure;
    }
    if (outcome.saved) {
      m.unsaved = undefined;
      m.current = outcome.saved;
    }
    return outcome.token;
  }

  function notSaved(failure: AdultWorkError): AdultWorkError {
    if (!(failure instanceof TokenStoreError) || failure.reason !== "unavailable") return failure;
    return new TokenStoreError("not-saved", "The token store did not save the rotated tokens; they are kept unused and saved again on the next call", { cause: failure });
  }

  /** One load or refresh at a time per member: every caller that needs one while it runs shares it. */
  function once(m: Member, start: () => Promise<string>): Promise<string> {
    m.inflight ??= start().finally(() => {
      m.inflight = undefined;
    });
    return m.inflight;
  }

  const idOf = (memberId: string | number) => {
    if ((typeof memberId !== "string" && typeof memberId !== "number") || memberId === "") throw new AdultWorkUsageError("A member ID must be a non-empty string or a number");
    return String(memberId);
  };

  return {
    forMember(memberId) {
      const id = idOf(memberId);
      const provider: TokenProvider = {
        async getToken(context) {
          const m = member(id);
          if (m.inflight) return m.inflight;
          if (!m.current) return once(m, () => load(id, m, context));
          if (!stale(m.current) && !m.unsaved) return m.current.accessToken!;
          return once(m, () => refresh(id, m, "expiring", undefined, context));
        },
        async refresh(rejected, context) {
          const m = member(id);
          if (m.inflight) return m.inflight;
          // Another call already replaced the refused token: use its replacement.
          if (m.current && m.current.accessToken !== rejected && !stale(m.current) && !m.unsaved) return m.current.accessToken!;
          return once(m, () => refresh(id, m, "rejected", rejected, context));
        },
      };
      // The client that uses this provider redacts what the manager holds (refresh tokens, the client secret) too.
      attachRedactor(provider, redactor);
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
      m.unsaved = undefined;
      m.expired = undefined;
    },
    async forget(memberId) {
      const id = idOf(memberId);
      members.delete(id);
      try {
        await store.delete(id);
      } catch (err) {
        throw storeFailure(err, "deleting the member's tokens");
      }
    },
  };
}
