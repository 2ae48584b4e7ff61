// Lists of IDs travel as one comma-separated string ("123,456"), not as JSON arrays (schema IdList).
import { AdultWorkUsageError } from "./errors.js";

export interface JoinIdsOptions {
  /** The most IDs the operation takes (BookUserIDs takes four, for example). */
  max?: number | undefined;
}

/**
 * Joins IDs into the comma-separated form the API takes, checking each is a positive integer.
 * Accepts numbers, bigints and digit strings; refuses an empty list, since the API has no way to say
 * "none" in this form.
 */
export function joinIds(ids: Iterable<number | bigint | string>, options: JoinIdsOptions = {}): string {
  const out: string[] = [];
  for (const id of ids) {
    const text = typeof id === "string" ? id.trim() : String(id);
    const ok =
      (typeof id === "number" && Number.isSafeInteger(id) && id > 0) ||
      (typeof id === "bigint" && id > 0n) ||
      (typeof id === "string" && /^\d+$/.test(text) && !/^0+$/.test(text));
    if (!ok) throw new AdultWorkUsageError(`Not an ID (a positive integer): ${JSON.stringify(typeof id === "bigint" ? text : id)}`);
    out.push(typeof id === "string" ? text.replace(/^0+/, "") : text);
  }
  if (out.length === 0) throw new AdultWorkUsageError("An ID list needs at least one ID");
  if (options.max !== undefined && out.length > options.max) {
    throw new AdultWorkUsageError(`At most ${options.max} IDs are allowed here, got ${out.length}`);
  }
  return out.join(",");
}

/** Splits a comma-separated ID list from the API into numbers. */
export function splitIds(list: string): number[] {
  if (typeof list !== "string" || !/^\s*\d+\s*(,\s*\d+\s*)*$/.test(list)) {
    throw new AdultWorkUsageError(`Not a comma-separated ID list: ${JSON.stringify(list)}`);
  }
  return list.split(",").map((s) => {
    const n = Number(s.trim());
    if (!Number.isSafeInteger(n)) throw new AdultWorkUsageError(`ID too large for a JavaScript number: ${s.trim()}`);
    return n;
  });
}
