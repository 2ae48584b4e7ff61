import type { Client, ClientPathsWithMethod, FetchResponse, MaybeOptionalInit } from "openapi-fetch";
import type { paths } from "../generated/schema.js";
type Media = "application/json";
type Method = "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace";
type RequiredKeysOfHelper<T> = {
    [K in keyof T]: {} extends Pick<T, K> ? never : K;
}[keyof T];
type RequiredKeysOf<T> = RequiredKeysOfHelper<T> extends undefined ? never : RequiredKeysOfHelper<T>;
type InitParam<Init> = RequiredKeysOf<Init> extends never ? [(Init & {
    [key: string]: unknown;
})?] : [Init & {
    [key: string]: unknown;
}];
/** What a throwing call resolves to: only ever the success branch, with `data` present. */
export interface SuccessResult<T> {
    data: T;
    error?: never;
    response: Response;
}
type SuccessOf<R> = SuccessResult<Exclude<R extends {
    data?: infer D;
} ? D : never, undefined>>;
/** A raw call of `Paths` that resolves to its data or throws. */
export type ThrowingMethod<Paths extends Record<string, any>, M extends Method> = <Path extends ClientPathsWithMethod<Client<Paths, Media>, M>, Init extends MaybeOptionalInit<Paths[Path], M>>(url: Path, ...init: InitParam<Init>) => Promise<SuccessOf<FetchResponse<Paths[Path][M], Init, Media>>>;
/** The typed calls of `Paths`, each throwing on failure. */
export interface ThrowingCalls<Paths extends Record<string, any> = paths> {
    GET: ThrowingMethod<Paths, "get">;
    PUT: ThrowingMethod<Paths, "put">;
    POST: ThrowingMethod<Paths, "post">;
    DELETE: ThrowingMethod<Paths, "delete">;
}
type RawResult = {
    data?: unknown;
    error?: unknown;
    response: Response;
};
type RawCall = (...args: never[]) => Promise<RawResult>;
/**
 * Wraps one raw call: the result passes through `check` (unwrap), which throws the error an
 * unsuccessful result stands for. Transport failures already reject, so they pass unchanged.
 */
export declare function throwing<F extends RawCall>(call: F, check: (result: RawResult) => Promise<unknown>): F;
export {};
//# sourceMappingURL=throwing.d.ts.map