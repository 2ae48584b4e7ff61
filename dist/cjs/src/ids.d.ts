export interface JoinIdsOptions {
    /** The most IDs the operation takes (BookUserIDs takes four, for example). */
    max?: number | undefined;
}
/**
 * Joins IDs into the comma-separated form the API takes, checking each is a positive integer.
 * Accepts numbers, bigints and digit strings; refuses an empty list, since the API has no way to say
 * "none" in this form.
 */
export declare function joinIds(ids: Iterable<number | bigint | string>, options?: JoinIdsOptions): string;
/** Splits a comma-separated ID list from the API into numbers. */
export declare function splitIds(list: string): number[];
//# sourceMappingURL=ids.d.ts.map