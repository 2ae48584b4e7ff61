import { AdultWorkUsageError } from "./errors.js";
function joinIds(ids, options = {}) {
  const out = [];
  for (const id of ids) {
    const text = typeof id === "string" ? id.trim() : String(id);
    const ok = typeof id === "number" && Number.isSafeInteger(id) && id > 0 || typeof id === "bigint" && id > 0n || typeof id === "string" && /^\d+$/.test(text) && !/^0+$/.test(text);
    if (!ok) throw new AdultWorkUsageError(`Not an ID (a positive integer): ${JSON.stringify(typeof id === "bigint" ? text : id)}`);
    out.push(typeof id === "string" ? text.replace(/^0+/, "") : text);
  }
  if (out.length === 0) throw new AdultWorkUsageError("An ID list needs at least one ID");
  if (options.max !== void 0 && out.length > options.max) {
    throw new AdultWorkUsageError(`At most ${options.max} IDs are allowed here, got ${out.length}`);
  }
  return out.join(",");
}
function splitIds(list) {
  if (typeof list !== "string" || !/^\s*\d+\s*(,\s*\d+\s*)*$/.test(list)) {
    throw new AdultWorkUsageError(`Not a comma-separated ID list: ${JSON.stringify(list)}`);
  }
  return list.split(",").map((s) => {
    const n = Number(s.trim());
    if (!Number.isSafeInteger(n)) throw new AdultWorkUsageError(`ID too large for a JavaScript number: ${s.trim()}`);
    return n;
  });
}
export {
  joinIds,
  splitIds
};
//# sourceMappingURL=ids.js.map
