import type { Client } from "openapi-fetch";
import type { paths } from "../generated/schema.js";
import { type operations, type OperationId } from "./operations.js";
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
export declare function createGroupMemberClient(core: Client<paths, "application/json">, userId: number): GroupMemberClient;
export {};
//# sourceMappingURL=group.d.ts.map