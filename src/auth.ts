// Where access tokens come from: a fixed token, the app's own getter, or a provider that refreshes
// through the Unified Login and hands every rotated pair to the app before using it.
import { AdultWorkError, AdultWorkUsageError, Redactor, RefreshTokenExpiredError, attachRedactor } from "./errors.js";
import { emit } from "./log.js";
import { refreshTokens, tokenLifetimeMs, type TokenEndpointOptions, type TokenSet } from "./oauth.js";
import { fixedTokenProvider, type TokenContext, type TokenProvider } from "./token-provider.js";

export { fixedTokenOf, type TokenContext, type TokenProvider } from "./token-provider.js";

/** A Unified Login access token, a function that returns the current one, or a TokenProvider. */
export type AccessToken = string | (() => string | Promise<string>) | TokenProvider;

export function isTokenProvider(value: unknown): value is TokenProvider {
  return typeof value === "object" && value !== null && typeof (value as TokenProvider).getToken === "function";
}

/** The provider behind the `accessToken` option. */
export function tokenProviderFrom(token: AccessToken | undefined): TokenProvider | undefined {
  if (token === undefined) return undefined;
  if (typeof token === "string") return fixedTokenProvider(token);
  if (typeof token === "function") return { getToken: async () => await token() };
  if (isTokenProvider(token)) return token;
  throw new AdultWorkUsageError("accessToken must be a string, a function returning one, or an object with getToken()");
}

export interface RefreshingTokenProviderOptions extends Omit<TokenEndpointOptions, "logger"> {
  /** The member's tokens as the app stored them (`expiresAt` in milliseconds since the epoch, if known). */
  tokens: { accessToken?: string; refreshToken: string; expiresAt?: number };
  /**
   * Receives every new pair. It is awaited before the new access token is used, so the new refresh
   * token is stored before anything depends on it. If it throws, the pair is kept and handed over
   * again on the next call; the new access token is not used until it has been accepted.
   */
  onTokens(tokens: TokenSet): void | Promise<void>;
  /** Refresh this long before the access token expires (default 60 000 ms, at most half its lifetime). */
  refreshAheadMs?: number;
}

export const DEFAULT_REFRESH_AHEAD_MS = 60_000;

/**
 * A TokenProvider on the Unified Login's refresh_token grant: refreshes ahead of expiry (from
 * `expires_in`), once for any number of concurrent calls, and again when the API refuses the token.
 */
export function createRefreshingTokenProvider(options: RefreshingTokenProviderOptions): TokenProvider {
  const { onTokens } = options;
  if (!options.tokens?.refreshToken) throw new AdultWorkUsageError("createRefreshingTokenProvider needs the member's refresh token");
  if (typeof onTokens !== "function") throw new AdultWorkUsageError("createRefreshingTokenProvider needs onTokens, to store each rotated refresh token");
  const refreshAheadMs = options.refreshAheadMs ?? DEFAULT_REFRESH_AHEAD_MS;
  if (!Number.isFinite(refreshAheadMs) || refreshAheadMs < 0) throw new AdultWorkUsageError("refreshAheadMs must be a non-negative number");
  const now = options.now ?? Date.now;
  const storedExpiry = options.tokens.expiresAt;
  // null is what a database gives for "not known": the same as leaving it out.
  if (storedExpiry !== undefined && storedExpiry !== null && (typeof storedExpiry !== "number" || !Number.isFinite(storedExpiry))) {
    throw new AdultWorkUsageError("tokens.expiresAt must be a time in milliseconds since the epoch, or left out");
  }

  let current: { accessToken: string | undefined; refreshToken: string; expiresAt: number | undefined; lifetimeMs: number | undefined } = {
    accessToken: options.tokens.accessToken,
    refreshToken: options.tokens.refreshToken,
    expiresAt: options.tokens.expiresAt,
    lifetimeMs: undefined,
  };
  // A pair the endpoint issued that onTokens has not accepted yet: never used, never lost.
  let unsaved: TokenSet | undefined;
  let inflight: Promise<string> | undefined;
  // After refresh_token_has_expired nothing but a new login helps: do not ask the endpoint again.
  let expired: RefreshTokenExpiredError | undefined;
  const redactor = new Redactor();
  redactor.add(options.clientSecret);
  redactor.add(current.refreshToken);
  redactor.add(current.accessToken);

  const stale = () => {
    if (!current.accessToken || unsaved) return true;
    if (current.expiresAt === undefined) return false;
    // A token that lives shorter than twice the margin would otherwise be refreshed on every call.
    const ahead = current.lifetimeMs === undefined ? refreshAheadMs : Math.min(refreshAheadMs, current.lifetimeMs / 2);
    return now() >= current.expiresAt - ahead;
  };

  async function run(reason: "expiring" | "rejected", context: TokenContext | undefined): Promise<string> {
    if (expired) throw expired;
    if (!unsaved) {
      emit(context?.log, { type: "refresh", reason });
      try {
        unsaved = await refreshTokens({ ...options, refreshToken: current.refreshToken, logger: context?.log });
      } catch (err) {
        if (err instanceof RefreshTokenExpiredError) expired = err;
        throw err;
      }
      redactor.add(unsaved.accessToken);
      redactor.add(unsaved.refreshToken);
    }
    const pair = unsaved;
    try {
      await onTokens({ ...pair });
    } catch (err) {
      throw new AdultWorkError("onTokens failed; the new tokens are kept unused and will be handed over again on the next call", {
        cause: redactor.error(err),
      });
    }
    current = {
      accessToken: pair.accessToken,
      refreshToken: pair.refreshToken ?? current.refreshToken,
      expiresAt: pair.expiresAt,
      lifetimeMs: tokenLifetimeMs(pair.expiresIn),
    };
    unsaved = undefined;
    return pair.accessToken;
  }

  /** One refresh at a time: every caller that needs one while it runs shares its result. */
  function refreshOnce(reason: "expiring" | "rejected", context: TokenContext | undefined): Promise<string> {
    inflight ??= run(reason, context).finally(() => {
      inflight = undefined;
    });
    return inflight;
  }

  const provider: TokenProvider = {
    async getToken(context) {
      if (inflight) return inflight;
      if (!stale()) return current.accessToken!;
      return refreshOnce("expiring", context);
    },
    async refresh(rejected, context) {
      if (inflight) return inflight;
      // Another call already replaced the refused token: use its replacement.
      if (current.accessToken !== rejected && !stale()) return current.accessToken!;
      return refreshOnce("rejected", context);
    },
  };
  // The client that uses this provider redacts what it holds (the refresh token, the client secret) too.
  attachRedactor(provider, redactor);
  return provider;
}
