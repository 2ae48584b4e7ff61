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
  signal?: AbortSignal | undefined;
  /**
   * The most pages one iteration fetches (default 1000). Reaching it ends the iteration with a
   * PaginationError rather than silently stopping, so a truncated walk is never mistaken for the whole list.
   */
  maxPages?: number | undefined;
}

/** Pages fetched by one iteration unless the caller says otherwise: 1000 pages of 100 items is more than any documented list. */
export const DEFAULT_MAX_PAGES = 1000;

/**
 * The server's paging numbers cannot be followed to an end: a page other than the one asked for, a
 * PageCount that is not a non-negative integer, a PageCount that grew, or more pages than `maxPages`.
 */
export class PaginationError extends AdultWorkError {
  override name = "PaginationError";
  readonly operationId: string | undefined;
  /** The page that was asked for when paging stopped. */
  readonly page: number;
  /** Pages yielded before paging stopped. */
  readonly pagesYielded: number;

  constructor(message: string, info: { operationId: string | undefined; page: number; pagesYielded: number }) {
    super(message);
    this.operationId = info.operationId;
    this.page = info.page;
    this.pagesYielded = info.pagesYielded;
  }
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
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  if (!Number.isSafeInteger(maxPages) || maxPages < 1) throw new AdultWorkUsageError("maxPages must be a positive integer");

  let yielded = 0;
  // The smallest PageCount seen so far: a count that only shrinks (items deleted while paging) still
  // ends, one that grows could be fed forever by a server that lies.
  let bound = Infinity;
  const stop = (why: string) => new PaginationError(`${id} ${why}; paging stopped after ${yielded} page(s)`, { operationId: id, page, pagesYielded: yielded });
  for (;;) {
    signal?.throwIfAborted();
    if (yielded >= maxPages) throw stop(`has more than maxPages (${maxPages}) pages`);
    const data = (await unwrap(
      get(path, {
        ...base,
        ...(signal ? { signal } : {}),
        params: { ...base.params, query: { ...base.params?.query, [paging.pageParam]: page } },
      }),
    )) as { PageCount?: unknown; PageNumber?: unknown } | null;
    const count = data?.PageCount;
    if (typeof count !== "number" || !Number.isSafeInteger(count) || count < 0) {
      throw stop(`answered page ${page} with a PageCount that is not a non-negative integer`);
    }
    // The answer's own page number, where it carries one, must be the page asked for: otherwise the
    // walk would repeat or skip pages without noticing.
    if (data !== null && data.PageNumber !== undefined && data.PageNumber !== page) {
      throw stop(`answered page ${page} with PageNumber ${JSON.stringify(data.PageNumber)}`);
    }
    if (count > bound) throw stop(`raised its PageCount from ${bound} to ${count} while paging`);
    bound = count;
    yield data as PageOf<P>;
    yielded++;
    // PageCount 0 means an empty result: the single page just yielded is all there is.
    if (page >= count) return;
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
