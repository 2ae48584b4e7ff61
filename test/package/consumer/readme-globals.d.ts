// What the README's examples take from the reader's own application: declared, not implemented.
declare global {
  /** The reader's own storage for a member's tokens. */
  const store: {
    load(memberId: string): Promise<{ accessToken: string; refreshToken: string; expiresAt: number }>;
    save(memberId: string, tokens: { accessToken: string; refreshToken: string; expiresAt: number }): Promise<void>;
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
export {};
