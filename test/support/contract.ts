// What the tests know about the contract: the bundled document and sample calls derived from it.
import { deref, listOperations } from "../../scripts/lib/operations.mjs";
import { loadBundle } from "../../scripts/lib/contract.mjs";
import { exampleValue } from "../../scripts/lib/code-samples.mjs";
import { operations, type OperationId } from "../../generated/operations.js";
import type { AdultWorkClient } from "../../src/index.js";

export const doc = loadBundle();
export const operationIds = Object.keys(operations) as OperationId[];

type Json = Record<string, any>;

export function operationObject(id: OperationId): { method: string; path: string; op: Json; item: Json } {
  const found = listOperations(doc).find((o: Json) => o.op.operationId === id);
  if (!found) throw new Error(`No operation ${id} in the bundle`);
  return found;
}

/** A value for a schema taken from the contract itself: an example, a default, an enum member. */
export const sampleValue = (schema: Json, where: string): unknown => exampleValue(doc, schema, where);

/**
 * The request a test sends for an operation: every query parameter the contract can fill, and the
 * (first) example of its body in the body's media type.
 */
export function sampleRequest(id: OperationId): { query: Json; body: unknown; mediaType: string | null } {
  const { op, item } = operationObject(id);
  const query: Json = {};
  for (const p of [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p: Json) => deref(doc, p))) {
    if (p.in !== "query") continue;
    // Group variants get UserID from asGroupMember, never from the caller.
    if (operations[id].groupBase && p.name === "UserID") continue;
    query[p.name] = p.example ?? sampleValue(p.schema, `${id} parameter ${p.name}`);
  }
  const mediaType = operations[id].requestBody;
  const media = mediaType ? deref(doc, op.requestBody).content[mediaType] : undefined;
  let body: unknown;
  if (media) {
    body = media.example ?? deref(doc, Object.values(media.examples ?? {})[0] as Json)?.value;
    if (body === undefined) throw new Error(`${id}: the request body has no example`);
    if (operations[id].groupBase && body && typeof body === "object") {
      const { UserID: _omit, ...rest } = body as Json;
      body = rest;
    }
  }
  return { query, body, mediaType };
}

/** The JSON example of the operation's success response, if the contract has one. */
export function successExample(id: OperationId): { status: number; value: unknown } | undefined {
  const { op } = operationObject(id);
  for (const [status, ref] of Object.entries(op.responses as Json)) {
    if (!/^2\d\d$/.test(status)) continue;
    const media = deref(doc, ref)?.content?.["application/json"];
    if (!media) continue;
    if ("example" in media) return { status: Number(status), value: media.example };
    const first = Object.values(media.examples ?? {})[0] as Json | undefined;
    if (first) return { status: Number(status), value: deref(doc, first).value };
  }
  return undefined;
}

type RawCall = (path: string, init?: object) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
/** The group member the contract tests act for. */
export const GROUP_MEMBER = 123456;

/**
 * Calls one operation through `client` with its sample request. Group variants are reached the way
 * users reach them: the base path, through asGroupMember.
 */
export function callOperation(client: AdultWorkClient, id: OperationId) {
  const op = operations[id];
  const { query, body } = sampleRequest(id);
  const init = { params: { query }, ...(body === undefined ? {} : { body }) };
  if (op.groupBase) {
    const base = operations[op.groupBase as OperationId];
    const member = client.asGroupMember(GROUP_MEMBER) as unknown as Record<string, RawCall>;
    return member[base.method]!(base.path, init);
  }
  return (client as unknown as Record<string, RawCall>)[op.method]!(op.path, init);
}
