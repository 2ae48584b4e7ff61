// What the README's examples take from the reader's own application: declared, not implemented.
import type { TokenSet } from "adultwork-api-client";

declare global {
  /** The reader's own storage for a member's tokens. */
  const store: {
    load(memberId: string): Promise<TokenSet>;
    save(memberId: string, tokens: TokenSet): Promise<void>;
  };
  const memberId: string;
  const clientId: string;
  const clientSecret: string;
  const redirectUri: string;
  /** The incoming HTTP request of the reader's login callback, and the member's session. */
  const req: { url: string };
  const session: { state: string };
  const metrics: { increment(name: string): void };
}
