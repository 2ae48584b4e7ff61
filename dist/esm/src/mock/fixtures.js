import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { deref, inlineSchema } from "../validate/schema.js";
class FixtureError extends Error {
  name = "FixtureError";
  problems;
  constructor(problems) {
    super(
      `${problems.length} fixture problem(s); the mock was not started:
` + problems.map((p) => `  ${p.file}: ${p.operationId ?? "?"}${p.status ? ` ${p.status}` : ""} at ${p.pointer || "(root)"}: ${p.problem}`).join("\n")
    );
    this.problems = problems;
  }
}
const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"];
function operationsOf(doc) {
  const out = /* @__PURE__ */ new Map();
  for (const item of Object.values(doc.paths ?? {})) {
    for (const m of METHODS) {
      const op = item[m];
      if (op?.operationId) out.set(op.operationId, { responses: op.responses ?? {} });
    }
  }
  return out;
}
function successStatus(op) {
  const codes = Object.keys(op.responses).filter((k) => /^2\d\d$/.test(k)).map(Number).sort((a, b) => a - b);
  return codes[0];
}
function responseFor(op, status) {
  for (const key of [String(status), `${String(status)[0]}XX`, "default"]) {
    if (key in op.responses) return { key, response: op.responses[key] };
  }
  return void 0;
}
const NAME = /^([A-Za-z][A-Za-z0-9]*)(?:\.(\d{3}))?\.json$/;
function loadFixtures(dir, doc) {
  const ops = operationsOf(doc);
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  const plugin = addFormatsModule.default ?? addFormatsModule;
  plugin(ajv);
  const fixtures = [];
  const problems = [];
  let names;
  try {
    names = readdirSync(dir).filter((f) => f.endsWith(".json")).sort();
  } catch {
    throw new FixtureError([{ file: dir, operationId: void 0, status: void 0, pointer: "", problem: "the fixtures folder cannot be read" }]);
  }
  for (const file of names) {
    const match = NAME.exec(file);
    const operationId = match?.[1];
    const op = operationId ? ops.get(operationId) : void 0;
    const fail = (problem, status2, pointer = "") => problems.push({ file, operationId, status: status2, pointer, problem });
    if (!match || !op) {
      fail("the name is not <operationId>.json or <operationId>.<status>.json for an operation of the contract");
      continue;
    }
    const status = match[2] ? Number(match[2]) : successStatus(op);
    const found = status === void 0 ? void 0 : responseFor(op, status);
    if (status === void 0 || !found) {
      fail(`the operation declares no ${match[2] ? `status ${match[2]}` : "success status"}`, status);
      continue;
    }
    let value;
    try {
      value = JSON.parse(readFileSync(join(dir, file), "utf8"));
    } catch (err) {
      fail(`not valid JSON (${err instanceof Error ? err.message : String(err)})`, status);
      continue;
    }
    const media = deref(doc, found.response)?.content;
    const json = media && Object.entries(media).find(([type]) => /^application\/(.+\+)?json/.test(type))?.[1];
    if (!json) {
      fail(`the contract gives status ${status} no JSON body`, status);
      continue;
    }
    if (json.schema !== void 0) {
      const validate = ajv.compile(inlineSchema(doc, json.schema, { closed: "where-documented" }));
      if (!validate(value)) {
        for (const e of validate.errors ?? []) {
          const extra = e.params.additionalProperty ?? e.params.unevaluatedProperty;
          fail(`${e.message ?? "does not fit"}${extra ? `: ${extra}` : ""}`, status, e.instancePath);
        }
        continue;
      }
    }
    fixtures.push({ operationId: match[1], status, file, value });
  }
  if (problems.length) throw new FixtureError(problems);
  return fixtures;
}
export {
  FixtureError,
  loadFixtures,
  operationsOf,
  responseFor,
  successStatus
};
//# sourceMappingURL=fixtures.js.map
