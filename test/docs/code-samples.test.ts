// The code samples the reference shows beside each operation: generated from the contract, every
// TypeScript one type-checked against this package's own types as a strict consumer compiles it, and
// every curl one run against Prism serving the bundled contract.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import ts from "typescript";
import { afterAll, describe, expect, inject, test } from "vitest";
import { operations } from "adultwork-api-client/operations";
import { ENV, PACKAGE_NAME, codeSamples, curlSamples, sampleRequests, withCodeSamples } from "../../scripts/lib/code-samples.mjs";
import { createSchemaValidator, describeErrors } from "../../scripts/lib/contract.mjs";
import { deref, listOperations } from "../../scripts/lib/operations.mjs";
import { ROOT } from "../../scripts/lib/proc.mjs";
import { doc, operationIds, operationObject } from "../support/contract.js";

type Sample = { lang: string; label: string; source: string };
const samples = codeSamples(doc) as Record<string, Sample[]>;
const typescriptOf = (id: string) => samples[id]!.filter((s) => s.lang === "TypeScript");
const curlOf = (id: string) => samples[id]!.filter((s) => s.lang === "curl");
const requests = sampleRequests(doc) as Record<string, unknown>;
/** Each curl command of an operation's sample, one per example of its body. */
const commandsOf = (id: string) => curlSamples(doc, requests[id]) as { summary: string | null; source: string }[];
const tmp = mkdtempSync(join(tmpdir(), "aw-samples-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/**
 * Type-checks `files` (name → source) as a consumer with strict settings would, the package name
 * mapped to src/ as in tsconfig.json; returns the diagnostics found in those files only.
 */
function typeCheck(files: Record<string, string>): string[] {
  const dir = mkdtempSync(join(tmp, "ts-"));
  const names = Object.entries(files).map(([name, source]) => {
    const file = join(dir, `${name}.mts`);
    writeFileSync(file, source);
    return file;
  });
  const config = ts.readConfigFile(join(ROOT, "tsconfig.json"), ts.sys.readFile).config;
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, ROOT);
  const program = ts.createProgram(names, {
    ...options,
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    noUnusedLocals: true,
    noEmit: true,
    typeRoots: [join(ROOT, "node_modules", "@types")],
  });
  const ours = new Set(names);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file && ours.has(d.file.fileName))
    .map((d) => `${d.file!.fileName.split("/").at(-1)}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
}

describe("code samples", () => {
  test("every operation has a TypeScript sample and a curl sample, and the built docs carry them as x-codeSamples", () => {
    const embedded = withCodeSamples(doc);
    for (const { op } of listOperations(embedded)) {
      expect(op["x-codeSamples"], op.operationId).toEqual(samples[op.operationId]);
    }
    for (const id of operationIds) {
      expect(typescriptOf(id), id).toHaveLength(1);
      expect(curlOf(id), id).toHaveLength(1);
      // Every command is in the one curl sample Redoc shows.
      for (const { source } of commandsOf(id)) expect(curlOf(id)[0]!.source, id).toContain(source);
    }
    // The shipped contract stays as it is: the samples are added when the docs are built.
    expect(listOperations(doc).some(({ op }: { op: Record<string, unknown> }) => "x-codeSamples" in op)).toBe(false);
  });

  test("each sample uses the operation's own credential, host and form, as the operation table states them", () => {
    for (const id of operationIds) {
      const info = operations[id];
      const [typescript] = typescriptOf(id);
      const host = info.server ?? doc.servers[0].url;
      for (const { source } of commandsOf(id)) {
        expect(source.startsWith(`curl${info.method === "GET" ? "" : ` -X ${info.method}`} "${host}${info.path}`), id).toBe(true);
        expect(source.includes(`Authorization: Bearer $${ENV.accessToken}`), id).toBe(info.security === "user");
        expect(source.includes(`apiKey=$${ENV.apiKey}`), id).toBe(info.security === "apiKey");
      }
      const source = typescript!.source;
      expect(source, id).toContain(`from "${PACKAGE_NAME}"`);
      if (info.server) continue; // the token endpoint: the client's OAuth helpers
      expect(source.includes(`accessToken: process.env.${ENV.accessToken}`), id).toBe(info.security === "user");
      expect(source.includes(`apiKey: process.env.${ENV.apiKey}`), id).toBe(info.security === "apiKey");
      const pages = info.paging?.in === "query" && info.method === "GET";
      expect(source.includes("paginate("), id).toBe(pages);
      expect(source.includes("await unwrap("), id).toBe(!pages);
      if (info.groupBase) {
        const base = operations[info.groupBase as keyof typeof operations];
        expect(source, id).toMatch(/aw\.asGroupMember\(\d+\)/);
        expect(source, id).toContain(`"${base.path}"`);
        // asGroupMember names the member; UserID appears only where the base operation has its own.
        const baseSource = typescriptOf(info.groupBase)[0]!.source;
        if (!/\bUserID\b/.test(baseSource)) expect(source, id).not.toMatch(/\bUserID\b/);
      } else {
        expect(source, id).toContain(`"${info.path}"`);
      }
    }
  });

  test("no sample carries a credential: tokens, keys and secrets come from environment variables", () => {
    const credentialExamples = ["2YotnFZFEjr1zCsicMWpAA", "3Vtn6eOPE123Dl1JoMiQBBQC", "{your-client-secret}", "{your-refresh-token}"];
    for (const id of operationIds) {
      for (const { source } of samples[id]!) for (const secret of credentialExamples) expect(source, id).not.toContain(secret);
    }
  });

  test("every TypeScript sample compiles against the package's types (strict, exactOptionalPropertyTypes), and a broken one does not", () => {
    const files: Record<string, string> = Object.fromEntries(operationIds.map((id) => [id, typescriptOf(id)[0]!.source]));
    // Two samples broken the way a contract change breaks them, checked in the same program.
    const id = operationIds.find((i) => !operations[i].server && operations[i].method === "GET" && /query: \{ \w+:/.test(files[i]!))!;
    files.brokenParameter = files[id]!.replace(/query: \{ (\w+):/, "query: { $1Renamed:");
    files.brokenPath = files[id]!.replace(`"${operations[id].path}"`, `"${operations[id].path}Gone"`);
    expect(files.brokenParameter).not.toBe(files[id]);
    expect(files.brokenPath).not.toBe(files[id]);
    const errors = typeCheck(files);
    expect(errors.filter((e) => !e.startsWith("broken"))).toEqual([]);
    expect(errors.some((e) => e.startsWith("brokenParameter.mts"))).toBe(true);
    expect(errors.some((e) => e.startsWith("brokenPath.mts"))).toBe(true);
  }, 120_000);

  test("every TypeScript sample runs against the mock with its credential, and is refused without it", async () => {
    // The samples as written, pointed at the mock instead of the sandbox, importing the sources.
    // The token endpoint's sample is left out: its OAuth helpers post to the login host, which
    // test/unit/oauth.test.ts covers.
    const dir = mkdtempSync(join(tmp, "run-"));
    const ids = operationIds.filter((id) => !operations[id].server);
    for (const id of ids) {
      const source = typescriptOf(id)[0]!.source
        .replace(`from "${PACKAGE_NAME}"`, `from ${JSON.stringify(join(ROOT, "src", "index.ts"))}`)
        .replace("createAdultWorkClient({", "createAdultWorkClient({ baseUrl: process.env.AW_BASE_URL!,")
        .replace("createAdultWorkClient()", "createAdultWorkClient({ baseUrl: process.env.AW_BASE_URL! })");
      expect(source, id).toContain("baseUrl: process.env.AW_BASE_URL!");
      writeFileSync(join(dir, `${id}.mts`), source);
    }
    // One process runs them all in turn and reports each sample that threw.
    writeFileSync(
      join(dir, "run.mts"),
      [
        "const failures: string[] = [];",
        "let printed = 0;",
        "console.log = () => { printed++; };",
        `for (const id of ${JSON.stringify(ids)}) {`,
        "  try { await import(`./${id}.mts`); } catch (err) { failures.push(`${id}: ${(err as Error).message}`); }",
        "}",
        "process.stdout.write(JSON.stringify({ failures, printed }));",
      ].join("\n"),
    );
    const runAll = async (credentials: Record<string, string>) => {
      const { [ENV.accessToken]: _t, [ENV.apiKey]: _k, ...rest } = process.env;
      const env = { ...rest, AW_BASE_URL: inject("prismUrl"), ...credentials };
      const { stdout } = await promisify(execFile)(process.execPath, [join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"), join(dir, "run.mts")], { env, cwd: ROOT });
      return JSON.parse(stdout) as { failures: string[]; printed: number };
    };
    const { failures, printed } = await runAll({ [ENV.accessToken]: "mock-access-token", [ENV.apiKey]: "mock-api-key" });
    expect(failures).toEqual([]);
    expect(printed).toBeGreaterThanOrEqual(ids.filter((id) => /console\.log/.test(typescriptOf(id)[0]!.source)).length);
    // Without the credentials in the environment, every sample that needs one is refused by the mock.
    const refused = await runAll({});
    expect(refused.failures.length).toBe(ids.filter((id) => operations[id].security !== "none").length);
    expect(refused.failures.every((f) => /401/.test(f))).toBe(true);
  }, 120_000);

  test("every curl sample, sent to the mock, gets the documented success status and an answer that fits the contract", async () => {
    const prism = inject("prismUrl");
    const validate = createSchemaValidator(doc);
    const hosts = [...new Set([doc.servers[0].url, ...Object.values(operations).map((o) => o.server).filter(Boolean)])] as string[];
    const env = { ...process.env, [ENV.accessToken]: "mock-access-token", [ENV.apiKey]: "mock-api-key", AW_CLIENT_ID: "mock-client", AW_CLIENT_SECRET: "mock-secret", AW_REFRESH_TOKEN: "mock-refresh" };
    const run = promisify(execFile);
    const jobs = operationIds.flatMap((id) => commandsOf(id).map((s) => ({ id, label: s.summary ?? "curl", source: s.source })));
    const failures: string[] = [];
    const worker = async () => {
      for (let job = jobs.shift(); job; job = jobs.shift()) {
        let command = job.source.trimEnd();
        for (const host of hosts) command = command.split(host).join(prism);
        expect(command, job.id).not.toContain("adultwork.com");
        const { stdout } = await run("sh", ["-c", `${command} --silent --show-error --write-out '\n%{http_code}'`], { env });
        const lines = stdout.split("\n");
        const status = Number(lines.pop());
        const body = lines.join("\n");
        const { op } = operationObject(job.id as (typeof operationIds)[number]);
        const success = Object.keys(op.responses).find((k) => /^2\d\d$/.test(k))!;
        if (status !== Number(success)) {
          failures.push(`${job.id} (${job.label}): ${status} ${body.slice(0, 300)}`);
          continue;
        }
        const schema = deref(doc, op.responses[success])?.content?.["application/json"]?.schema;
        if (schema) {
          const errors = describeErrors(validate(schema, JSON.parse(body)));
          if (errors.length) failures.push(`${job.id} (${job.label}): ${errors.join("; ")}`);
        }
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    expect(failures).toEqual([]);
  }, 120_000);
});
