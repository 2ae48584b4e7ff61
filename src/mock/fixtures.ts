// A team's own fixtures for the mock: JSON files named `<operationId>.json` (the operation's success
// answer) or `<operationId>.<status>.json`, each checked against the contract before anything is served.
/// <reference types="node" />
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { deref, inlineSchema, type SchemaNode } from "../validate/schema.js";

export interface Fixture {
  operationId: string;
  /** The HTTP status the fixture answers with. */
  status: number;
  /** The file it was read from, relative to the fixtures folder. */
  file: string;
  value: unknown;
}

export interface FixtureProblem {
  file: string;
  operationId: string | undefined;
  status: number | undefined;
  /** JSON pointer into the fixture ("" for the whole file). */
  pointer: string;
  problem: string;
}

/** Fixtures that cannot be served: each problem names the file, the operation and the JSON pointer. */
export class FixtureError extends Error {
  override name = "FixtureError";
  readonly problems: readonly FixtureProblem[];
  constructor(problems: FixtureProblem[]) {
    super(
      `${problems.length} fixture problem(s); the mock was not started:\n` +
        problems.map((p) => `  ${p.file}: ${p.operationId ?? "?"}${p.status ? ` ${p.status}` : ""} at ${p.pointer || "(root)"}: ${p.problem}`).join("\n"),
    );
    this.problems = problems;
  }
}

type Doc = SchemaNode;
interface OperationEntry {
  responses: Record<string, unknown>;
}
const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"];

/** Every operation of the contract by operationId. */
export function operationsOf(doc: Doc): Map<string, OperationEntry> {
  const out = new Map<string, OperationEntry>();
  for (const item of Object.values((doc.paths ?? {}) as Record<string, Record<string, unknown>>)) {
    for (const m of METHODS) {
      const op = item[m] as { operationId?: string; responses?: Record<string, unknown> } | undefined;
      if (op?.operationId) out.set(op.operationId, { responses: op.responses ?? {} });
    }
  }
  return out;
}

/** The status `<operationId>.json` stands for: the operation's first declared 2xx. */
export function successStatus(op: OperationEntry): number | undefined {
  const codes = Object.keys(op.responses).filter((k) => /^2\d\d$/.test(k)).map(Number).sort((a, b) => a - b);
  return codes[0];
}

/** The response object an exact status falls under: the status itself, else its range (`4XX`), else `default`. */
export function responseFor(op: OperationEntry, status: number): { key: string; response: unknown } | undefined {
  for (const key of [String(status), `${String(status)[0]}XX`, "default"]) {
    if (key in op.responses) return { key, response: op.responses[key] };
  }
  return undefined;
}

const NAME = /^([A-Za-z][A-Za-z0-9]*)(?:\.(\d{3}))?\.json$/;

/**
 * Reads and validates every fixture in `dir`. Throws a FixtureError listing every problem: a name
 * that is not an operationId, a status the operation does not declare, a file that is not JSON,
 * a value that does not fit the operation's JSON schema for that status. Objects the docs describe
 * whole accept no field they do not list (a typo is caught); partial ones stay open to the fields
 * the docs have not shown (a team may know the name of a list the stored pages cut off).
 */
export function loadFixtures(dir: string, doc: Doc): Fixture[] {
  const ops = operationsOf(doc);
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  const plugin = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;
  (plugin as unknown as (a: Ajv2020) => void)(ajv);
  const fixtures: Fixture[] = [];
  const problems: FixtureProblem[] = [];
  let names: string[];
  try {
    names = readdirSync(dir).filter((f) => f.endsWith(".json")).sort();
  } catch {
    throw new FixtureError([{ file: dir, operationId: undefined, status: undefined, pointer: "", problem: "the fixtures folder cannot be read" }]);
  }
  for (const file of names) {
    const match = NAME.exec(file);
    const operationId = match?.[1];
    const op = operationId ? ops.get(operationId) : undefined;
    const fail = (problem: string, status?: number, pointer = "") => problems.push({ file, operationId, status, pointer, problem });
    if (!match || !op) {
      fail("the name is not <operationId>.json or <operationId>.<status>.json for an operation of the contract");
      continue;
    }
    const status = match[2] ? Number(match[2]) : successStatus(op);
    const found = status === undefined ? undefined : responseFor(op, status);
    if (status === undefined || !found) {
      fail(`the operation declares no ${match[2] ? `status ${match[2]}` : "success status"}`, status);
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(join(dir, file), "utf8"));
    } catch (err) {
      fail(`not valid JSON (${err instanceof Error ? err.message : String(err)})`, status);
      continue;
    }
    const media = (deref(doc, found.response) as { content?: Record<string, { schema?: unknown }> } | undefined)?.content;
    const json = media && Object.entries(media).find(([type]) => /^application\/(.+\+)?json/.test(type))?.[1];
    if (!json) {
      fail(`the contract gives status ${status} no JSON body`, status);
      continue;
    }
    if (json.schema !== undefined) {
      const validate = ajv.compile(inlineSchema(doc, json.schema, { closed: "where-documented" }) as SchemaNode);
      if (!validate(value)) {
        for (const e of validate.errors ?? []) {
          const extra = (e.params as { additionalProperty?: string; unevaluatedProperty?: string }).additionalProperty ??
            (e.params as { unevaluatedProperty?: string }).unevaluatedProperty;
          fail(`${e.message ?? "does not fit"}${extra ? `: ${extra}` : ""}`, status, e.instancePath);
        }
        continue;
      }
    }
    fixtures.push({ operationId: match[1]!, status, file, value });
  }
  if (problems.length) throw new FixtureError(problems);
  return fixtures;
}
