// Finds in the bundled contract the schema an operation's answer must fit, per HTTP status.
import bundled from "../../generated/openapi.json" with { type: "json" };
import { ShapeCompiler, type SchemaNode, type Shape } from "./shape.js";

const doc = bundled as unknown as SchemaNode;
const compiler = new ShapeCompiler(doc);
const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"];

let byOperationId: Map<string, SchemaNode> | undefined;
const shapes = new Map<string, Shape>();

const isObject = (v: unknown): v is SchemaNode => typeof v === "object" && v !== null && !Array.isArray(v);

function operation(operationId: string): SchemaNode | undefined {
  if (!byOperationId) {
    byOperationId = new Map();
    for (const item of Object.values((doc.paths ?? {}) as Record<string, SchemaNode>)) {
      for (const method of METHODS) {
        const op = item[method];
        if (isObject(op) && typeof op.operationId === "string") byOperationId.set(op.operationId, op);
      }
    }
  }
  return byOperationId.get(operationId);
}

const deref = (node: unknown): unknown => (isObject(node) && typeof node.$ref === "string" ? compiler.resolve(node.$ref) : node);

/** Whether the contract has this operation. */
export const hasOperation = (operationId: string): boolean => operation(operationId) !== undefined;

/** The status of the operation's first documented success response (200 unless the contract says otherwise). */
export function successStatus(operationId: string): number {
  const responses = operation(operationId)?.responses;
  const key = isObject(responses) ? Object.keys(responses).find((k) => /^2\d\d$/.test(k)) : undefined;
  return key ? Number(key) : 200;
}

/**
 * The schema of the operation's answer with `status`: the `application/xml` schema if the contract
 * gives one, else the `application/json` one (the two forms carry the same value). A status the
 * contract does not list, or an answer without a schema, is decoded by the XML's own shape.
 */
export function responseSchema(operationId: string, status: number): unknown {
  const responses = operation(operationId)?.responses;
  if (!isObject(responses)) return undefined;
  const response = deref(responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default);
  const content = isObject(response) && isObject(response.content) ? (response.content as Record<string, SchemaNode>) : {};
  const media = content["application/xml"] ?? content["application/json"] ?? Object.values(content)[0];
  return media?.schema;
}

/** The compiled shape of that schema (cached). */
export function responseShape(operationId: string, status: number): Shape {
  const key = `${operationId} ${status}`;
  let shape = shapes.get(key);
  if (!shape) {
    shape = compiler.compile(responseSchema(operationId, status));
    shapes.set(key, shape);
  }
  return shape;
}
