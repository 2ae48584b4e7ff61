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
  paginate: () => paginate,
  paginateItems: () => paginateItems
});
module.exports = __toCommonJS(paginate_exports);
var import_client = require("./client.js");
var import_errors = require("./errors.js");
var import_operations = require("./operations.js");
async function* paginate(client, path, init, options = {}) {
  const id = (0, import_operations.operationIdFor)("GET", path);
  const paging = id ? (0, import_operations.operationInfo)(id).paging : null;
  if (!paging || paging.in !== "query") throw new import_errors.AdultWorkUsageError(`GET ${path} is not a paged operation`);
  const get = client.GET.bind(client);
  const base = init ?? {};
  const signal = options.signal ?? base.signal ?? void 0;
  let page = Number(base.params?.query?.[paging.pageParam] ?? 1);
  if (!Number.isSafeInteger(page) || page < 1) throw new import_errors.AdultWorkUsageError(`${paging.pageParam} must be a positive integer`);
  for (; ; ) {
    signal?.throwIfAborted();
    const data = await (0, import_client.unwrap)(
      get(path, {
        ...base,
        ...signal ? { signal } : {},
        params: { ...base.params, query: { ...base.params?.query, [paging.pageParam]: page } }
      })
    );
    if (typeof data?.PageCount !== "number") {
      throw new import_errors.AdultWorkError(`${id} answered page ${page} without a numeric PageCount, so paging cannot continue`);
    }
    yield data;
    if (page >= data.PageCount) return;
    page++;
  }
}
async function* paginateItems(client, path, init, options = {}) {
  const id = (0, import_operations.operationIdFor)("GET", path);
  const property = id ? (0, import_operations.operationInfo)(id).paging?.itemsProperty : null;
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
  paginate,
  paginateItems
});
//# sourceMappingURL=paginate.js.map
