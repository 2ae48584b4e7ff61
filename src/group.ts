// Group-manager calls: the same typed call, sent to the operation's /v1/Groups/... twin with the
// impersonated member's UserID filled in where that twin expects it (query or JSON body).
import type { Client } from "openapi-fetch";
import type { paths } from "../generated/schema.js";
import { AdultWorkUsageError } from "./errors.js";
import { operationIdFor, operationInfo, type operations, type OperationId } from "./operations.js";

type Ops = typeof operations;
/** Paths whose `M` operation has a group-manager twin. */
export type GroupCapablePath<M extends string> = {
  [K in OperationId]: Ops[K]["method"] extends M ? (Ops[K]["groupVariant"] extends string ? Ops[K]["path"] : never) : never;
}[OperationId];

/** The paths of `paths` whose `M` operation has a group-manager twin. */
export type GroupPaths<M extends string> = Pick<paths, Extract<GroupCapablePath<M>, keyof paths>>;

/** Typed like the normal client, but only for operations that have a group-manager form. */
export interface GroupMemberClient {
  readonly userId: number;
  GET: Client<GroupPaths<"GET">, "application/json">["GET"];
  POST: Client<GroupPaths<"POST">, "application/json">["POST"];
  PUT: Client<GroupPaths<"PUT">, "application/json">["PUT"];
}

type AnyInit = { params?: { query?: Record<string, unknown> } & Record<string, unknown>; body?: unknown } & Record<string, unknown>;
type RawMethod = (path: string, init?: AnyInit) => Promise<unknown>;

export function createGroupMemberClient(core: Client<paths, "application/json">, userId: number): GroupMemberClient {
  if (!Number.isSafeInteger(userId) || userId < 1) {
    throw new AdultWorkUsageError(`asGroupMember needs a member's UserID (a positive integer), got ${String(userId)}`);
  }
  const route = (method: "GET" | "POST" | "PUT") => (path: string, init: AnyInit = {}) => {
    const baseId = operationIdFor(method, path);
    const variantId = baseId ? operationInfo(baseId).groupVariant : null;
    if (!variantId) throw new AdultWorkUsageError(`${method} ${path} has no group-manager form`);
    const variant = operationInfo(variantId as OperationId);
    const next: AnyInit =
      variant.groupUserIdIn === "query"
        ? { ...init, params: { ...init.params, query: { ...init.params?.query, UserID: userId } } }
        : { ...init, body: { ...(init.body as object | undefined), UserID: userId } };
    return (core[method] as unknown as RawMethod)(variant.path, next);
  };
  return { userId, GET: route("GET"), POST: route("POST"), PUT: route("PUT") } as unknown as GroupMemberClient;
}
