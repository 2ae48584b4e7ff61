import { type TokenEndpointOptions, type TokenSet } from "./oauth.js";
import type { TokenProvider } from "./token-provider.js";
import type { StoredTokens, TokenStore } from "./token-store.js";
export declare const DEFAULT_REFRESH_AHEAD_MS = 60000;
export declare const DEFAULT_MAX_MEMBERS = 10000;
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
export declare function createTokenManager(options: TokenManagerOptions): TokenManager;
//# sourceMappingURL=token-manager.d.ts.map