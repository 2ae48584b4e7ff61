// The multi-process proofs every shared token store must pass, against the rotating token endpoint:
// 4 processes × 50 concurrent calls refresh once per expiry; a lock holder killed before the endpoint
// answers costs nothing; one killed after it answered but before saving loses the member's chain.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, beforeEach, expect, test } from "vitest";
import type { StoredTokens } from "adultwork-api-client";
import { startFaultServer, type FaultServer } from "./fault-server.js";
import { ACCESS_TOKEN, CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN } from "./secrets.js";
import { acceptingCurrentToken, installTokenEndpoint, type TokenEndpoint } from "./token-endpoint.js";
import type { ChildSettings } from "./token-child.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CHILD = fileURLToPath(new URL("./token-child.ts", import.meta.url));
const PATH = "/v1/Webcam/MadeBookings";
const PROCESSES = 4;
const CALLS = 50;
const WAIT_MS = 25_000;
// Each proof starts 4 processes (tsx compiles on start): generous, for a CI machine running the whole suite.
const PROOF_TIMEOUT_MS = 120_000;

type Event = { type: "ready"; child?: number } | { type: "answered"; child: number } | { type: "report"; child: number; round: number; ok: number; errors: Record<string, number> };

/** The child processes of one proof, and what each said on stdout. */
class Fleet {
  private readonly events: Event[][] = [];
  private readonly waiters: (() => void)[] = [];
  private readonly stderr: string[] = [];
  readonly children: ChildProcess[];
  readonly dead = new Set<number>();

  constructor(settings: Omit<ChildSettings, "child">) {
    this.children = Array.from({ length: PROCESSES }, (_, child) => {
      this.events.push([]);
      const proc = spawn(process.execPath, ["--import", "tsx", CHILD], {
        cwd: ROOT,
        env: { ...process.env, TOKEN_CHILD: JSON.stringify({ ...settings, child }) },
        stdio: ["pipe", "pipe", "pipe"],
      });
      let buffered = "";
      proc.stdout!.on("data", (chunk: Buffer) => {
        buffered += chunk.toString();
        let at: number;
        while ((at = buffered.indexOf("\n")) >= 0) {
          const line = buffered.slice(0, at);
          buffered = buffered.slice(at + 1);
          try {
            this.events[child]!.push(JSON.parse(line) as Event);
          } catch {
            this.stderr.push(`child ${child} stdout: ${line}`);
          }
          for (const wake of this.waiters.splice(0)) wake();
        }
      });
      proc.stderr!.on("data", (chunk: Buffer) => void this.stderr.push(`child ${child}: ${chunk.toString()}`));
      proc.stdin!.on("error", () => undefined);
      proc.on("exit", () => {
        this.dead.add(child);
        for (const wake of this.waiters.splice(0)) wake();
      });
      return proc;
    });
  }

  alive(): number[] {
    return this.children.map((_, i) => i).filter((i) => !this.dead.has(i));
  }

  /** Waits until `find` returns something from the events seen so far. */
  async until<T>(what: string, find: () => T | undefined): Promise<T> {
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const found = find();
      if (found !== undefined) return found;
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}\n${this.stderr.join("").slice(-3000)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 100);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  ready(): Promise<true> {
    return this.until("every child to be ready", () => (this.events.every((e) => e.some((x) => x.type === "ready")) ? true : undefined));
  }

  go(clockOffsetMs: number): void {
    for (const i of this.alive()) this.children[i]!.stdin!.write(`go ${clockOffsetMs}\n`);
  }

  /** The reports of round `round` from every child still alive. */
  reports(round: number) {
    return this.until(`round ${round} reports`, () => {
      const alive = this.alive();
      const found = alive.map((i) => this.events[i]!.find((e): e is Extract<Event, { type: "report" }> => e.type === "report" && e.round === round));
      return found.every(Boolean) ? (found as Extract<Event, { type: "report" }>[]) : undefined;
    });
  }

  answered() {
    return this.until("a child to receive the token endpoint's answer", () => this.events.flat().find((e): e is Extract<Event, { type: "answered" }> => e.type === "answered"));
  }

  async kill(child: number): Promise<void> {
    const proc = this.children[child]!;
    proc.kill("SIGKILL");
    await this.until(`child ${child} to die`, () => (this.dead.has(child) ? true : undefined));
  }

  async close(): Promise<void> {
    for (const i of this.alive()) this.children[i]!.stdin!.end("exit\n");
    await this.until("every child to exit", () => (this.alive().length === 0 ? true : undefined)).catch(() => {
      for (const i of this.alive()) this.children[i]!.kill("SIGKILL");
    });
  }
}

export interface SharedStoreUnderTest {
  /** How a child process opens the store. */
  settings(): ChildSettings["store"];
  /** Writes a member's pair, as a login would. */
  seed(member: string, tokens: StoredTokens): Promise<void>;
  /** What the store holds for the member. */
  read(member: string): Promise<StoredTokens | undefined>;
}

/** Registers the multi-process proofs for one shared store (called inside a describe block). */
export function multiProcessProofs(subject: () => SharedStoreUnderTest): void {
  let server: FaultServer;
  let endpoint: TokenEndpoint;
  let fleet: Fleet | undefined;
  let member: string;

  beforeAll(async () => {
    server = await startFaultServer();
  });
  afterAll(async () => {
    await fleet?.close();
    await server.close();
  });
  beforeEach(async () => {
    await fleet?.close();
    fleet = undefined;
    server.reset();
    endpoint = installTokenEndpoint(server, { accessToken: ACCESS_TOKEN, refreshToken: REFRESH_TOKEN });
    server.route(PATH, acceptingCurrentToken(endpoint, { PageNumber: 1, PageCount: 1, Bookings: [] }));
    member = `member-${randomBytes(4).toString("hex")}`;
    // The access token expires in 30 s, inside the 60 s refresh margin: every call wants a refresh.
    await subject().seed(member, { accessToken: ACCESS_TOKEN, refreshToken: REFRESH_TOKEN, expiresAt: Date.now() + 30_000 });
  });

  const start = async (extra: Partial<ChildSettings> = {}) => {
    fleet = new Fleet({
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      store: subject().settings(),
      tokenUrl: endpoint.url,
      apiUrl: server.url,
      member,
      calls: CALLS,
      ...extra,
    });
    await fleet.ready();
    return fleet;
  };
  const refreshRequests = () => server.requests.filter((r) => r.path === "/OAuth/token");

  test(`${PROCESSES} processes × ${CALLS} concurrent calls with an expiring token: exactly one token request per expiry, every call succeeds, the store holds the last pair`, async () => {
    const f = await start();
    f.go(0);
    for (const report of await f.reports(1)) expect(report).toMatchObject({ ok: CALLS, errors: {} });
    expect(refreshRequests()).toHaveLength(1);
    expect(await subject().read(member)).toMatchObject(endpoint.issued[0]!);

    // An hour later on every process's clock, the refreshed token is about to expire in turn.
    f.go(3_600_000 - 30_000);
    for (const report of await f.reports(2)) expect(report).toMatchObject({ ok: CALLS, errors: {} });
    expect(refreshRequests()).toHaveLength(2);
    expect(endpoint.received.map((form) => form.get("refresh_token"))).toEqual([REFRESH_TOKEN, endpoint.issued[0]!.refreshToken]);
    expect(endpoint.reuses).toBe(0);
    expect(await subject().read(member)).toMatchObject(endpoint.issued[1]!);
  }, PROOF_TIMEOUT_MS);

  test("the lock holder killed (SIGKILL) before the endpoint answers: the others wait out its lock, one refreshes, nothing is spent twice", async () => {
    // The first refresh request is parked unprocessed, as if still on its way; its sender is killed.
    endpoint.hold = () => endpoint.held.length === 0;
    const f = await start();
    f.go(0);
    const held = await f.until("the first refresh request", () => endpoint.held[0]);
    const victim = Number(held.received.headers["x-child"]);
    await f.kill(victim);
    const reports = await f.reports(1);
    expect(reports.map((r) => r.child).sort()).toEqual([0, 1, 2, 3].filter((i) => i !== victim));
    for (const report of reports) expect(report).toMatchObject({ ok: CALLS, errors: {} });
    // Two requests carried the first refresh token; only the survivor's was processed.
    expect(endpoint.received.map((form) => form.get("refresh_token"))).toEqual([REFRESH_TOKEN, REFRESH_TOKEN]);
    expect(endpoint.spent).toEqual([REFRESH_TOKEN]);
    expect(endpoint.reuses).toBe(0);
    expect(endpoint.issued).toHaveLength(1);
    expect(await subject().read(member)).toMatchObject(endpoint.issued[0]!);
  }, PROOF_TIMEOUT_MS);

  test("the lock holder killed after the endpoint answered but before it saved: the member's chain is lost (the one window no client can close)", async () => {
    const f = await start({ hangAfterAnswer: true });
    f.go(0);
    const answered = await f.answered();
    await f.kill(answered.child);
    const reports = await f.reports(1);
    // The store still holds the refresh token the dead process spent; presenting it again revokes the chain.
    for (const report of reports) expect(report).toMatchObject({ ok: 0, errors: { RefreshTokenExpiredError: CALLS } });
    expect(endpoint.issued).toHaveLength(1);
    expect(endpoint.reuses).toBeGreaterThanOrEqual(1);
    expect(endpoint.current.refreshToken).not.toBe(endpoint.issued[0]!.refreshToken);
    expect((await subject().read(member))?.refreshToken).toBe(REFRESH_TOKEN);
    // Each surviving process asked at most once: a refused refresh token is not sent again.
    expect(endpoint.received.length).toBeLessThanOrEqual(PROCESSES);
  }, PROOF_TIMEOUT_MS);
}
