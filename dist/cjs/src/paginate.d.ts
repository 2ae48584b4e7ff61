import type { FetchOptions, FetchResponse } from "openapi-fetch";
import type { paths } from "../generated/schema.js";
import { AdultWorkError } from "./errors.js";
import { type OperationId, type operations } from "./operations.js";
type Ops = typeof operations;
/** The paths of the GET operations that page. */
export type PagedPath = Extract<{
    [K in OperationId]: Ops[K]["paging"] extends null ? never : Ops[K]["method"] extends "GET" ? Ops[K]["path"] : never;
}[OperationId], keyof paths>;
type GetOperation<P extends PagedPath> = NonNullable<paths[P]["get"]>;
/** The answer of one page of `P`. */
export type PageOf<P extends PagedPath> = NonNullable<FetchResponse<GetOperation<P>, object, "application/json">["data"]>;
type ItemsProperty<P extends PagedPath> = {
    [K in OperationId]: Ops[K]["path"] extends P ? (Ops[K]["paging"] extends {
        itemsProperty: infer I;
    } ? I : never) : never;
}[OperationId];
/** One item of `P`'s list property, where the contract names it. */
export type ItemOf<P extends PagedPath> = PageOf<P> extends {
    [K in ItemsProperty<P> & string]?: infer L;
} ? (NonNullable<L> extends readonly (infer I)[] ? I : never) : never;
/** Anything that makes typed GET calls: the client, or its `asGroupMember(...)` view. */
export interface GetCaller {
    GET(path: never, init?: never): Promise<{
        data?: unknown;
        error?: unknown;
        response: Response;
    }>;
}
export interface PaginateOptions {
    /** Stops the iteration; the pending request is aborted and the iterator throws the signal's reason. */
    signal?: AbortSignal | undefined;
    /**
     * The most pages one iteration fetches (default 1000). Reaching it ends the iteration with a
     * PaginationError rather than silently stopping, so a truncated walk is never mistaken for the whole list.
     */
    maxPages?: number | undefined;
}
/** Pages fetched by one iteration unless the caller says otherwise: 1000 pages of 100 items is more than any documented list. */
export declare const DEFAULT_MAX_PAGES = 1000;
/**
 * The server's paging numbers cannot be followed to an end: a page other than the one asked for, a
 * PageCount that is not a non-negative integer, a PageCount that grew, or more pages than `maxPages`.
 */
export declare class PaginationError extends AdultWorkError {
    name: string;
    readonly operationId: string | undefined;
    /** The page that was asked for when paging stopped. */
    readonly page: number;
    /** Pages yielded before paging stopped. */
    readonly pagesYielded: number;
    constructor(message: string, info: {
        operationId: string | undefined;
        page: number;
        pagesYielded: number;
    });
}
/**
 * Yields every page of a paged operation, starting at the caller's `PageNumber` (default 1) and
 * stopping after page `PageCount`. The caller's page size and filters are sent unchanged with every
 * page; an HTTP error ends the iteration with the error `unwrap` would throw.
 *
 * ```ts
 * for await (const page of paginate(client, "/v1/Webcam/MadeBookings", { params: { query: { BookingsPerPage: 100 } } })) { ... }
 * ```
 */
export declare function paginate<P extends PagedPath>(client: GetCaller, path: P, init?: FetchOptions<GetOperation<P>>, options?: PaginateOptions): AsyncGenerator<PageOf<P>, void, undefined>;
/**
 * Yields the items of every page, where the contract names the page's list property (for example
 * `Bookings`). Operations whose list property the docs do not name can only be paged with `paginate`.
 */
export declare function paginateItems<P extends PagedPath>(client: GetCaller, path: P, init?: FetchOptions<GetOperation<P>>, options?: PaginateOptions): AsyncGenerator<ItemOf<P>, void, undefined>;
export {};
//# sourceMappingURL=paginate.d.ts.map