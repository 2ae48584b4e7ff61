import { unwrap } from "./client.js";
import { AdultWorkError, AdultWorkUsageError } from "./errors.js";
import { operationPaging } from "../generated/operation-paging.js";
import { operationIdFor } from "./operations.js";
const DEFAULT_MAX_PAGES = 1e3;
class PaginationError extends AdultWorkError {
  name = "PaginationError";
  operationId;
  /** The page that was asked for when paging stopped. */
  page;
  /** Pages yielded before paging stopped. */
  pagesYielded;
  constructor(message, info) {
    super(message);
    this.operationId = info.operationId;
    this.page = info.page;
    this.pagesYielded = info.pagesYielded;
  }
}
async function* paginate(client, path, init, options = {}) {
  const id = operationIdFor("GET", path);
  const paging = id ? operationPaging[id] : void 0;
  if (!paging || paging.in !== "query") throw new AdultWorkUsageError(`GET ${path} is not a paged operation`);
  const get = client.GET.bind(client);
  const base = init ?? {};
  const signal = options.signal ?? base.signal ?? void 0;
  let page = Number(base.params?.query?.[paging.pageParam] ?? 1);
  if (!Number.isSafeInteger(page) || page < 1) throw new AdultWorkUsageError(`${paging.pageParam} must be a positive integer`);
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  if (!Number.isSafeInteger(maxPages) || maxPages < 1) throw new AdultWorkUsageError("maxPages must be a positive integer");
  let yielded = 0;
  let bound = Infinity;
  const stop = (why) => new PaginationError(`${id} ${why}; paging stopped after ${yielded} page(s)`, { operationId: id, page, pagesYielded: yielded });
  for (; ; ) {
    signal?.throwIfAborted();
    if (yielded >= maxPages) throw stop(`has more than maxPages (${maxPages}) pages`);
    const data = await unwrap(
      get(path, {
        ...base,
        ...signal ? { signal } : {},
        params: { ...base.params, query: { ...base.params?.query, [paging.pageParam]: page } }
      })
    );
    const count = data?.PageCount;
    if (typeof count !== "number" || !Number.isSafeInteger(count) || count < 0) {
      throw stop(`answered page ${page} with a PageCount that is not a non-negative integer`);
    }
    if (data !== null && data.PageNumber !== void 0 && data.PageNumber !== page) {
      throw stop(`answered page ${page} with PageNumber ${JSON.stringify(data.PageNumber)}`);
    }
    if (count > bound) throw stop(`raised its PageCount from ${bound} to ${count} while paging`);
    bound = count;
    yield data;
    yielded++;
    if (page >= count) return;
    page++;
  }
}
async function* paginateItems(client, path, init, options = {}) {
  const id = operationIdFor("GET", path);
  const property = id ? operationPaging[id]?.itemsProperty : null;
  if (!property) {
    throw new AdultWorkUsageError(`The docs do not name the list property of GET ${path}: iterate pages with paginate() instead`);
  }
  for await (const page of paginate(client, path, init, options)) {
    const items = page[property];
    if (items === void 0 || items === null) continue;
    if (!Array.isArray(items)) throw new AdultWorkError(`${id} answered a ${property} that is not a list`);
    yield* items;
  }
}
export {
  DEFAULT_MAX_PAGES,
  PaginationError,
  paginate,
  paginateItems
};
//# sourceMappingURL=paginate.js.map
