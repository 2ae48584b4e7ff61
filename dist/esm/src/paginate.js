import { unwrap } from "./client.js";
import { AdultWorkError, AdultWorkUsageError } from "./errors.js";
import { operationIdFor, operationInfo } from "./operations.js";
async function* paginate(client, path, init, options = {}) {
  const id = operationIdFor("GET", path);
  const paging = id ? operationInfo(id).paging : null;
  if (!paging || paging.in !== "query") throw new AdultWorkUsageError(`GET ${path} is not a paged operation`);
  const get = client.GET.bind(client);
  const base = init ?? {};
  const signal = options.signal ?? base.signal ?? void 0;
  let page = Number(base.params?.query?.[paging.pageParam] ?? 1);
  if (!Number.isSafeInteger(page) || page < 1) throw new AdultWorkUsageError(`${paging.pageParam} must be a positive integer`);
  for (; ; ) {
    signal?.throwIfAborted();
    const data = await unwrap(
      get(path, {
        ...base,
        ...signal ? { signal } : {},
        params: { ...base.params, query: { ...base.params?.query, [paging.pageParam]: page } }
      })
    );
    if (typeof data?.PageCount !== "number") {
      throw new AdultWorkError(`${id} answered page ${page} without a numeric PageCount, so paging cannot continue`);
    }
    yield data;
    if (page >= data.PageCount) return;
    page++;
  }
}
async function* paginateItems(client, path, init, options = {}) {
  const id = operationIdFor("GET", path);
  const property = id ? operationInfo(id).paging?.itemsProperty : null;
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
  paginate,
  paginateItems
};
//# sourceMappingURL=paginate.js.map
