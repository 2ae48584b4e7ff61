// Auto-pagination over the operations that take PageNumber and answer PageCount. Which operations
// page, and what their page-size parameter and list property are called, comes from the contract
// (generated/operation-paging.ts, which only this module loads), never from a list kept here.
import type { FetchOptions, FetchResponse } from "openapi-fetch";
import type { paths } from "../generated/schema.js";
import { unwrap } from "./client.js";
import { AdultWorkError, AdultWorkUsageError } from "./errors.js";
import { operationPaging } from "../generated/operation-paging.js";
import { operationIdFor, type OperationId, type operations } from "./operations.js";

type Ops = typeof operations;

/** The paths of the GET operations that page. */
export type PagedPath = Extract<
  {
    [K in OperationId]: Ops[K]["paging"] extends null ? never : Ops[K]["method"] extends "GET" ? Ops[K]["path"] : never;
  }[OperationId],
  keyof paths
>;

type GetOperation<P extends PagedPath> = NonNullable<paths[P]["get"]>;
/** The answer of one page of `P`. */
export type PageOf<P extends PagedPath> = NonNullable<FetchResponse<GetOperation<P>, object, "application/json">["data"]>;

type ItemsProperty<P extends PagedPath> = {
  [K in OperationId]: Ops[K]["path"] extends P ? (Ops[K]["paging"] extends { itemsProperty: infer I } ? I : never) : never;
}[OperationId];
/** One item of `P`'s list property, where the contract names it. */
export type ItemOf<P extends PagedPath> =
  PageOf<P> extends { [K in ItemsProperty<P> & string]?: infer L } ? (NonNullable<L> extends readonly (infer I)[] ? I : never) : never;

/** Anything that makes typed GET calls: the client, or its `asGroupMember(...)` view. */
export interface GetCaller {
  GET(path: never, init?: never): Promise<{ data?: unknown; error?: unknown; response: Response }>;
}

export interface PaginateOptions {
  /** Stops the iteration; the pending request is aborted and the iterator throws the signal's reason. */
  signal?: AbortSignal;
}

type RawGet = (path: string, init?: object) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/**
 * Yields every page of a paged operation, starting at the caller's `PageNumber` (default 1) and
 * stopping after page `PageCount`. The caller's page size and filters are sent unchanged with every
 * page; an HTTP error ends the iteration with the error `unwrap` would throw.
 *
 * ```ts
 * for await (const page of paginate(client, "/v1/Webcam/MadeBookings", { params: { query: { BookingsPerPage: 100 } } })) { ... }
 * ```
 */
export async function* paginate<P extends PagedPath>(
  client: GetCaller,
  path: P,
  init?: FetchOptions<GetOperation<P>>,
  options: PaginateOptions = {},
): AsyncGenerator<PageOf<P>, void, undefined> {
  const id = operationIdFor("GET", path);
  const paging = id ? operationPaging[id] : undefined;
  if (!paging || paging.in !== "query") throw new AdultWorkUsageError(`GET ${path} is not a paged operation`);
  const get = client.GET.bind(client) as unknown as RawGet;
  const base = (init ?? {}) as { params?: { query?: Record<string, unknown> }; signal?: AbortSignal | null };
  const signal = options.signal ?? base.signal ?? undefined;
  let page = Number(base.params?.query?.[paging.pageParam] ?? 1);
  if (!Number.isSafeInteger(page) || page < 1) throw new AdultWorkUsageError(`${paging.pageParam} must be a positive integer`);

  for (;;) {
    signal?.throwIfAborted();
    const data = (await unwrap(
      get(path, {
        ...base,
        ...(signal ? { signal } : {}),
        params: { ...base.params, query: { ...base.params?.query, [paging.pageParam]: page } },
      }),
    )) as { PageCount?: unknown } | null;
    if (typeof data?.PageCount !== "number") {
      throw new AdultWorkError(`${id} answered page ${page} without a numeric PageCount, so paging cannot continue`);
    }
    yield data as PageOf<P>;
    // PageCount 0 means an empty result: the single page just yielded is all there is.
    if (page >= data.PageCount) return;
    page++;
  }
}

/**
 * Yields the items of every page, where the contract names the page's list property (for example
 * `Bookings`). Operations whose list property the docs do not name can only be paged with `paginate`.
 */
export async function* paginateItems<P extends PagedPath>(
  client: GetCaller,
  path: P,
  init?: FetchOptions<GetOperation<P>>,
  options: PaginateOptions = {},
): AsyncGenerator<ItemOf<P>, void, undefined> {
  const id = operationIdFor("GET", path) as OperationId | undefined;
  const property = id ? operationPaging[id]?.itemsProperty : null;
  if (!property) {
    throw new AdultWorkUsageError(`The docs do not name the list property of GET ${path}: iterate pages with paginate() instead`);
  }
  for await (const page of paginate(client, path, init, options)) {
    const items = (page as Record<string, unknown>)[property];
    if (items === undefined || items === null) continue;
    if (!Array.isArray(items)) throw new AdultWorkError(`${id} answered a ${property} that is not a list`);
    yield* items as ItemOf<P>[];
  }
}
