// Type-checking cost for a consumer: `tsc --noEmit` on a file that calls every operation of the
// contract once through this client (generated from the operation table, so it grows with the
// contract), against the same calls through a client that @hey-api/openapi-ts generates from the
// same generated/openapi.json. Both are checked by this project's TypeScript, in the same run.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { operations, type OperationId } from "../generated/operations.js";
import { sampleRequest } from "../test/support/contract.js";
import { ROOT } from "./compiled.js";
import { median, round } from "./stats.js";

/** The peer generator, pinned so that a run can be repeated; it needs Node 22 or later. */
export const HEY_API = { package: "@hey-api/openapi-ts@0.99.0", typescript: "typescript@5.9.3", client: "@hey-api/client-fetch", node: "node@24" };
const GROUP_MEMBER = 123456;

export interface TypecheckRow {
  client: string;
  /** The consumer file: every operation called once, or only the import and the client's creation. */
  consumer: "every operation" | "import only";
  calls: number;
  /** Median wall time of `tsc --noEmit` (Node's start-up included), in seconds. */
  seconds: number;
  /** Median peak resident memory of the tsc process, in MiB. */
  peakMiB: number;
  /** Type instantiations tsc reports (--extendedDiagnostics); the same on every run. */
  instantiations: number;
  /** Calls the client's types refuse although they follow the contract's own examples. */
  typeErrors: number;
  /** The first few of them, as tsc words them. */
  errors: string[];
}

export interface TypecheckResult {
  runs: number;
  typescript: string;
  heyApi: string;
  rows: TypecheckRow[];
}

type Json = Record<string, unknown>;

/** The arguments of one call: query parameters and body from the contract's own examples. */
function sample(id: OperationId): { query: Json; body: unknown } {
  const op = operations[id];
  const { query, body } = sampleRequest(id);
  // sampleRequest leaves UserID to asGroupMember; a direct call of the group path passes it itself.
  if (op.groupUserIdIn === "query") query.UserID = GROUP_MEMBER;
  if (op.groupUserIdIn === "body" && body && typeof body === "object") (body as Json).UserID = GROUP_MEMBER;
  return { query, body };
}

const ids = () => Object.keys(operations).sort() as OperationId[];
const literal = (value: unknown) => JSON.stringify(value);

function adultworkConsumer(every: boolean): string {
  const calls = every
    ? ids().map((id) => {
        const op = operations[id];
        const { query, body } = sample(id);
        const init: string[] = [];
        if (Object.keys(query).length) init.push(`params: { query: ${literal(query)} }`);
        if (body !== undefined) init.push(`body: ${literal(body)}`);
        return `  await aw.${op.method}(${literal(op.path)}${init.length ? `, { ${init.join(", ")} }` : ""});`;
      })
    : [];
  return `import { createAdultWorkClient } from "adultwork-api-client";\n\nconst aw = createAdultWorkClient({ accessToken: "token", apiKey: "key" });\n\nexport async function callEveryOperation(): Promise<void> {\n${calls.join("\n")}\n}\n`;
}

/** hey-api names each SDK function after the operationId, in its own casing (getAllDirectChatPINs -> getAllDirectChatPins). */
function heyApiNames(sdk: string): Map<string, string> {
  const names = [...sdk.matchAll(/^export const (\w+) =/gm)].map((m) => m[1]!);
  return new Map(names.map((name) => [name.toLowerCase(), name]));
}

function heyApiConsumer(every: boolean, names: Map<string, string>): string {
  const calls = every
    ? ids().map((id) => {
        const name = names.get(id.toLowerCase());
        if (!name) throw new Error(`hey-api generated no function for ${id}`);
        const { query, body } = sample(id);
        const options: string[] = [];
        if (Object.keys(query).length) options.push(`query: ${literal(query)}`);
        if (body !== undefined) options.push(`body: ${literal(body)}`);
        return `  await sdk.${name}(${options.length ? `{ ${options.join(", ")} }` : ""});`;
      })
    : [];
  return `import { client } from "./hey-api/client.gen";\nimport * as sdk from "./hey-api/sdk.gen";\n\nclient.setConfig({ baseUrl: "https://api-sandbox.adultwork.com", auth: () => "token" });\n\nexport async function callEveryOperation(): Promise<void> {\n${calls.join("\n")}\n}\n`;
}

// What a strict consumer project would use; bundler resolution, because hey-api's output imports
// its own files without extensions.
const TSCONFIG = {
  compilerOptions: {
    target: "ES2022",
    lib: ["ES2023", "DOM", "DOM.Iterable"],
    module: "ESNext",
    moduleResolution: "bundler",
    strict: true,
    noUncheckedIndexedAccess: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
  },
};

function tsc(dir: string, file: string): { seconds: number; peakMiB: number; instantiations: number; errors: string[] } {
  const tsconfig = join(dir, `tsconfig.${file}.json`);
  writeFileSync(tsconfig, JSON.stringify({ ...TSCONFIG, files: [`${file}.ts`] }, null, 2));
  const args = [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", tsconfig, "--extendedDiagnostics"];
  // GNU time reports the peak memory of the process it runs; without it, tsc's own figure is used.
  const gnuTime = existsSync("/usr/bin/time");
  const start = performance.now();
  const res = gnuTime
    ? spawnSync("/usr/bin/time", ["-v", process.execPath, ...args], { cwd: dir, encoding: "utf8" })
    : spawnSync(process.execPath, args, { cwd: dir, encoding: "utf8" });
  const seconds = (performance.now() - start) / 1000;
  // Type errors are a finding (reported), anything else a failure of the benchmark.
  const errors = res.stdout.split("\n").filter((line) => / error TS\d+:/.test(line));
  if (res.status !== 0 && !(res.status === 2 && errors.length)) throw new Error(`tsc failed on ${file}.ts:\n${res.stdout}\n${res.stderr}`);
  const number = (pattern: RegExp, text: string) => {
    const m = pattern.exec(text);
    if (!m) throw new Error(`tsc output lacks ${pattern}:\n${text}`);
    return Number(m[1]!.replace(/,/g, ""));
  };
  const peakMiB = gnuTime ? number(/Maximum resident set size \(kbytes\): (\d+)/, res.stderr) / 1024 : number(/^Memory used:\s+([\d,]+)K/m, res.stdout) / 1024;
  return { seconds, peakMiB, instantiations: number(/^Instantiations:\s+([\d,]+)/m, res.stdout), errors };
}

function generateHeyApi(out: string): void {
  // Installed into a project of its own with TypeScript pinned: through `npx -p`, its typescript peer
  // resolves to the newest TypeScript, whose native release has no JavaScript API for it to call.
  const tools = mkdtempSync(join(tmpdir(), "aw-hey-api-"));
  try {
    writeFileSync(join(tools, "package.json"), "{}\n");
    const install = spawnSync("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", HEY_API.package, HEY_API.typescript], { cwd: tools, encoding: "utf8" });
    if (install.status !== 0) throw new Error(`installing ${HEY_API.package} failed:\n${install.stdout}\n${install.stderr}`);
    const bin = join(tools, "node_modules", "@hey-api", "openapi-ts", "bin", "run.js");
    const res = spawnSync("npx", ["-y", "-p", HEY_API.node, "node", bin, "-i", join(ROOT, "generated", "openapi.json"), "-o", out, "-c", HEY_API.client], { cwd: ROOT, encoding: "utf8" });
    if (res.status !== 0 || !existsSync(join(out, "sdk.gen.ts"))) throw new Error(`@hey-api/openapi-ts failed:\n${res.stdout}\n${res.stderr}`);
  } finally {
    rmSync(tools, { recursive: true, force: true });
  }
}

export async function benchTypecheck({ runs = 3 }: { runs?: number } = {}): Promise<TypecheckResult> {
  // A consumer sees the published declarations (the committed dist/, which `npm test` proves current), not the sources.
  const dir = mkdtempSync(join(tmpdir(), "aw-typecheck-"));
  try {
    mkdirSync(join(dir, "node_modules"));
    symlinkSync(ROOT, join(dir, "node_modules", "adultwork-api-client"), "dir");
    generateHeyApi(join(dir, "hey-api"));
    const names = heyApiNames(readFileSync(join(dir, "hey-api", "sdk.gen.ts"), "utf8"));
    const consumers = [
      { client: "adultwork-api-client", consumer: "every operation", file: "adultwork-every", text: adultworkConsumer(true) },
      { client: "adultwork-api-client", consumer: "import only", file: "adultwork-import", text: adultworkConsumer(false) },
      { client: `${HEY_API.package.replace(/@[^@]+$/, "")} (${HEY_API.client})`, consumer: "every operation", file: "hey-api-every", text: heyApiConsumer(true, names) },
      { client: `${HEY_API.package.replace(/@[^@]+$/, "")} (${HEY_API.client})`, consumer: "import only", file: "hey-api-import", text: heyApiConsumer(false, names) },
    ] as const;
    for (const c of consumers) writeFileSync(join(dir, `${c.file}.ts`), c.text);
    const samples = consumers.map(() => [] as ReturnType<typeof tsc>[]);
    // Interleaved, so machine load falls on every consumer alike.
    for (let r = 0; r < runs; r++) consumers.forEach((c, i) => samples[i]!.push(tsc(dir, c.file)));
    const rows = consumers.map((c, i): TypecheckRow => ({
      client: c.client,
      consumer: c.consumer,
      calls: c.consumer === "every operation" ? ids().length : 0,
      seconds: round(median(samples[i]!.map((s) => s.seconds)), 2),
      peakMiB: round(median(samples[i]!.map((s) => s.peakMiB))),
      instantiations: samples[i]![0]!.instantiations,
      typeErrors: samples[i]![0]!.errors.length,
      errors: samples[i]![0]!.errors.slice(0, 5).map((e) => e.slice(0, 300)),
    }));
    const { version } = (await import("typescript")).default;
    return { runs, typescript: version, heyApi: HEY_API.package, rows };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const res = await benchTypecheck({ runs: Number(process.env.BENCH_RUNS ?? 1) });
  console.table(res.rows.map(({ errors: _errors, ...row }) => row));
  for (const row of res.rows) for (const e of row.errors) console.log(`${row.client}: ${e}`);
}
