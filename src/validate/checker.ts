// Checks one response against its operation in the contract: declared status, declared content type,
// and the body against the response schema, compiled lazily once per operation, status and type.
import { Ajv2020 } from "ajv/dist/2020.js";
import type { ErrorObject, ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";
import { INFERRED_REQUIRED, acceptsAnything, closedSchema, deref, describeSchemaType, isDateSchemaTitle, type SchemaNode } from "./schema.js";
import { findingsFromErrors, type DriftFinding, type FindingCore } from "./findings.js";
import type { DateForms } from "./shape.js";

type Doc = SchemaNode;

/** One response as the checker sees it. */
export interface ResponseToCheck {
  operationId: string;
  status: number;
  /** The Content-Type header, if any. */
  contentType: string | null;
  /** The body as received; "" when there is none. */
  body: string;
  /** The body already parsed as JSON, when the caller holds it: spares a second parse of `body`. */
  parsed?: { value: unknown } | undefined;
  /**
   * Credentials of the call: a property name holding one is reported as `{key}`. A function is called
   * only when there is a finding to word, so a clean answer costs no look-up of them.
   */
  secrets?: (readonly string[] | (() => readonly string[])) | undefined;
}

export interface DriftChecker {
  /** The findings for one response; [] when it keeps to the contract. */
  check(response: ResponseToCheck): DriftFinding[];
}

interface OperationEntry {
  method: string;
  path: string;
  docs: string | undefined;
  responses: Record<string, unknown>;
}

interface Compiled {
  validate: ValidateFunction | null;
  root: unknown;
  docs: string | undefined;
}

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"];
const isJson = (mediaType: string) => /^application\/([\w.-]+\+)?json$/.test(mediaType);

/** `application/json; charset=utf-8` → `application/json`; anything unreadable → undefined. */
function mediaTypeOf(header: string | null): string | undefined {
  const essence = header?.split(";")[0]?.trim().toLowerCase();
  return essence && /^[\w.+-]+\/[\w.+-]+$/.test(essence) ? essence : undefined;
}

function matchesDeclared(declared: string, actual: string): boolean {
  const d = declared.split(";")[0]!.trim().toLowerCase();
  if (d === actual || d === "*/*") return true;
  return d.endsWith("/*") && actual.startsWith(d.slice(0, -1));
}

/** The response object a status falls under: exact code, then its range (`5XX`), then `default`. */
function declaredKey(responses: Record<string, unknown>, status: number): string | undefined {
  const exact = String(status);
  if (exact in responses) return exact;
  const range = Object.keys(responses).find((k) => k.toUpperCase() === `${exact[0]}XX`);
  return range ?? ("default" in responses ? "default" : undefined);
}

/**
 * A checker over an OpenAPI 3.1 document (the bundled contract). Nothing is compiled until a
 * response of an operation arrives; each (operation, status, content type) is compiled once.
 */
/** Checks `x-aw-inferred-required` like `required`, under its own keyword, so findings can tell the two apart. */
function inferredRequired(this: unknown, names: unknown[], data: Record<string, unknown>): boolean {
  const missing = names.filter((n) => typeof n === "string" && !Object.hasOwn(data, n));
  inferredRequired.errors = missing.map((missingProperty) => ({ keyword: INFERRED_REQUIRED, message: "inferred field absent", params: { missingProperty } }));
  return missing.length === 0;
}
inferredRequired.errors = [] as Array<Partial<ErrorObject>>;

export function createDriftChecker(doc: Doc): DriftChecker {
  let ajv: Ajv2020 | undefined;
  let operations: Map<string, OperationEntry> | undefined;
  const compiled = new Map<string, Compiled>();
  let forms: DateForms | undefined;

  const operationTable = () => {
    if (operations) return operations;
    operations = new Map();
    for (const [path, item] of Object.entries((doc.paths ?? {}) as Record<string, SchemaNode>)) {
      for (const method of METHODS) {
        const op = item[method] as SchemaNode | undefined;
        if (!op || typeof op.operationId !== "string") continue;
        operations.set(op.operationId, {
          method: method.toUpperCase(),
          path,
          docs: typeof op["x-aw-docs"] === "string" ? op["x-aw-docs"] : undefined,
          responses: (op.responses ?? {}) as Record<string, unknown>,
        });
      }
    }
    return operations;
  };

  // The contract's own date schemas (AwDateTime, AwDate...): used to name the form of a string
  // found under a property the contract does not list.
  const dateForms = (): DateForms => {
    if (forms) return forms;
    const out: Array<readonly [string, RegExp]> = [];
    for (const s of Object.values(((doc.components as SchemaNode | undefined)?.schemas ?? {}) as Record<string, SchemaNode>)) {
      if (isDateSchemaTitle(s.title) && typeof s.pattern === "string") {
        try {
          out.push([s.title, new RegExp(s.pattern, "u")]);
        } catch {
          /* a pattern JavaScript cannot read names no form */
        }
      }
    }
    return (forms = out);
  };

  const compile = (key: string, schema: unknown, docs: string | undefined): Compiled => {
    let entry = compiled.get(key);
    if (entry) return entry;
    const root = closedSchema(doc, schema);
    if (acceptsAnything(root)) {
      entry = { validate: null, root, docs };
    } else {
      if (!ajv) {
        ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
        const plugin = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;
        (plugin as unknown as (a: Ajv2020) => void)(ajv);
        ajv.addKeyword({ keyword: INFERRED_REQUIRED, type: "object", schemaType: "array", errors: true, validate: inferredRequired });
      }
      try {
        entry = { validate: ajv.compile(root as SchemaNode), root, docs };
      } catch (err) {
        // Remember the failure, so the schema is neither compiled nor reported again.
        compiled.set(key, { validate: null, root, docs });
        throw new Error(`the contract's schema for ${key} does not compile: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    compiled.set(key, entry);
    return entry;
  };

  // Each (operation, status, Content-Type) that led to a schema keeps the validator it led to: the
  // answers of a well-behaved API repeat, and a clean one then costs a map look-up and ajv's own check.
  const routes = new Map<string, Compiled>();

  return {
    check(answer) {
      const { operationId, status, contentType, body, parsed } = answer;
      const op = operationTable().get(operationId);
      if (!op) return [];
      // The path a clean, repeated answer takes allocates nothing but the empty result.
      const known = body === "" ? undefined : routes.get(`${operationId} ${status} ${contentType}`);
      if (known?.validate && parsed && known.validate(parsed.value)) return [];
      return full(op, answer, known);
    },
  };

  /** Everything check() does, for an answer the fast path did not settle. */
  function full(op: OperationEntry, { operationId, status, contentType, body, parsed, secrets = [] }: ResponseToCheck, known: Compiled | undefined): DriftFinding[] {
    const out: DriftFinding[] = [];
    const add = (f: FindingCore & { count?: number }) => out.push({ operationId, method: op.method, path: op.path, status, count: 1, ...f });
    const target = known ?? route(op);
    if (!target) return out;
    if (!known) routes.set(`${operationId} ${status} ${contentType}`, target);
    const { validate, root, docs } = target;
    if (!validate) return out;
    let data: unknown;
    if (parsed) data = parsed.value;
    else {
      try {
        data = JSON.parse(body);
      } catch {
        add({ kind: "invalid-json", pointer: "", expected: describeSchemaType(root), observed: "a body that does not parse as JSON", ...(docs ? { docs } : {}) });
        return out;
      }
    }
    if (validate(data)) return out;
    const keys = typeof secrets === "function" ? secrets() : secrets;
    for (const f of findingsFromErrors(validate.errors ?? [], { root, body: data, forms: dateForms(), secrets: keys })) {
      add({ ...f, ...(f.docs === undefined && docs ? { docs } : {}) });
    }
    return out;

    /** The schema this answer is checked against, or undefined when its findings are already in `out` or it has none. */
    function route(op: OperationEntry): Compiled | undefined {
      const statusKey = declaredKey(op.responses, status);
      if (statusKey === undefined) {
        add({ kind: "undeclared-status", pointer: "", expected: Object.keys(op.responses).join(", "), observed: String(status), ...(op.docs ? { docs: op.docs } : {}) });
        return undefined;
      }
      const response = deref(doc, op.responses[statusKey]) as SchemaNode | undefined;
      const content = (response?.content ?? {}) as Record<string, SchemaNode>;
      const docs = (typeof response?.["x-aw-docs"] === "string" ? response["x-aw-docs"] : undefined) ?? op.docs;
      const declaredTypes = Object.keys(content);
      const mediaType = mediaTypeOf(contentType);

      if (body === "") {
        // No body: drift only when the contract promises one that cannot be empty.
        const schemas = declaredTypes.map((t) => content[t]?.schema).filter((s) => s !== undefined);
        if (schemas.length && !schemas.some((s) => acceptsAnything(closedSchema(doc, s)))) {
          add({ kind: "type-mismatch", pointer: "", expected: describeSchemaType(closedSchema(doc, schemas[0])), observed: "empty body", ...(docs ? { docs } : {}) });
        }
        return undefined;
      }
      const declared = mediaType ? declaredTypes.find((t) => matchesDeclared(t, mediaType)) : undefined;
      if (declared === undefined) {
        add({
          kind: "undeclared-content-type",
          pointer: "",
          expected: declaredTypes.length ? declaredTypes.join(", ") : "no body",
          observed: mediaType ?? (contentType ? "unreadable content type" : "no content type"),
          ...(docs ? { docs } : {}),
        });
        return undefined;
      }
      // Only JSON bodies are checked against their schema (the XML entry parses XML itself).
      const media = content[declared];
      if (!isJson(mediaType!) || !media || media.schema === undefined) return undefined;
      return compile(`${operationId} ${statusKey} ${declared}`, media.schema, docs);
    }
  }
}
