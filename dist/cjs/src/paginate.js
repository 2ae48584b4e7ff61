"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var paginate_exports = {};
__export(paginate_exports, {
  DEFAULT_MAX_PAGES: () => DEFAULT_MAX_PAGES,
  PaginationError: () => PaginationError,
  paginate: () => paginate,
  paginateItems: () => paginateItems
});
module.exports = __toCommonJS(paginate_exports);
var import_client = require("./client.js");
var import_errors = require("./errors.js");
var import_operation_paging = require("../generated/operation-paging.js");
var import_operations = require("./operations.js");
const DEFAULT_MAX_PAGES = 1e3;
class PaginationError extends import_errors.AdultWorkError {
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
  const id = (0, import_operations.operationIdFor)("GET", path);
  const paging = id ? import_operation_paging.operationPaging[id] : void 0;
  if (!paging || paging.in !== "query") throw new import_errors.AdultWorkUsageError(`GET ${path} is not a paged operation`);
  const get = client.GET.bind(client);
  const base = init ?? {};
  const signal = options.signal ?? base.signal ?? void 0;
  let page = Number(base.params?.query?.[paging.pageParam] ?? 1);
  if (!Number.isSafeInteger(page) || page < 1) throw new import_errors.AdultWorkUsageError(`${paging.pageParam} must be a positive integer`);
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  if (!Number.isSafeInteger(maxPages) || maxPages < 1) throw new import_errors.AdultWorkUsageError("maxPages must be a positive integer");
  let yielded = 0;
  let bound = Infinity;
  const stop = (why) => new PaginationError(`${id} ${why}; paging stopped after ${yielded} page(s)`, { operationId: id, page, pagesYielded: yielded });
  for (; ; ) {
    signal?.throwIfAborted();
    if (yielded >= maxPages) throw stop(`has more than maxPages (${maxPages}) pages`);
    const data = await (0, import_client.unwrap)(
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
  const id = (0, import_operations.operationIdFor)("GET", path);
  const property = id ? import_operation_paging.operationPaging[id]?.itemsProperty : null;
  if (!property) {
    throw new import_errors.AdultWorkUsageError(`The docs do not name the list property of GET ${path}: iterate pages with paginate() instead`);
  }
  for await (const page of paginate(client, path, init, options)) {
    const items = page[property];
    if (items === void 0 || items === null) continue;
    if (!Array.isArray(items)) throw new import_errors.AdultWorkError(`${id} answered a ${property} that is not a list`);
    yield* items;
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  DEFAULT_MAX_PAGES,
  PaginationError,
  paginate,
  paginateItems
});
//# sourceMappingURL=paginate.js.map
