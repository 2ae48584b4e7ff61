import { type Client } from "openapi-fetch";
import type { paths } from "../generated/schema.js";
import { type GroupMemberClient } from "./group.js";
import { type RetryOptions } from "./transport.js";
import { type AccessToken } from "./auth.js";
import { type Logger } from "./log.js";
import { type FormatOptions } from "./format.js";
import { type ThrowingCalls } from "./throwing.js";
import type { GroupPaths } from "./group.js";
import type { ResponseCache } from "./cache.js";
/** The only API host the public docs name. */
export declare const SANDBOX_BASE_URL = "https://api-sandbox.adultwork.com";
export type { AccessToken };
export interface AdultWorkClientOptions extends RetryOptions, FormatOptions {
    /** API host; defaults to the sandbox. Must be https unless it is a loopback address. */
    baseUrl?: string | undefined;
    /**
     * The member's access token, for operations that act for a member: a string, a function returning
     * the current one, or a TokenProvider such as `createRefreshingTokenProvider(...)`.
     */
    accessToken?: AccessToken | undefined;
    /** The developer API key, for public operations (sent as the `apiKey` query parameter). */
    apiKey?: string | undefined;
    /** The fetch to send requests with; defaults to the platform's. */
    fetch?: typeof globalThis.fetch | undefined;
    /** Extra headers for every request. */
    headers?: Record<string, string> | undefined;
    /** Receives what the client does (requests, retries, refreshes, errors), with no credential in it. */
    logger?: Logger | undefined;
    /**
     * A response cache from `createResponseCache()`, shared by any number of clients: public GET answers
     * for the operations it names; a member's own answers only from `cache.forMember(id)`.
     */
    cache?: ResponseCache | undefined;
    /**
     * `true`: every raw call (`GET`, `POST`, ..., and those of `asGroupMember`) throws the error
     * `unwrap()` would throw, and resolves only with `data` present. Default `false`: calls resolve to
     * openapi-fetch's `{ data, error, response }`.
     */
    throwOnError?: boolean | undefined;
    /**
     * Lets `baseUrl` be plain http to a host that is not this machine: a mock in docker-compose or a CI
     * service container (`http://mock:4010`). Requests then go to that origin only: operations the
     * contract places on another host are sent there too, and a per-call URL elsewhere must still be
     * https. The logger receives one `insecure-http` warning. Never set it for the real API.
     */
    dangerouslyAllowInsecureHttp?: boolean | undefined;
    /**
     * The largest answer body a call reads, counted after decompression (default 32 MiB). A larger one
     * ends the call with ResponseTooLargeError as soon as the limit is passed; it is not retried.
     */
    maxResponseBytes?: number | undefined;
}
/** Responses are typed from the JSON form of the contract. */
export type Media = "application/json";
export type AdultWorkClient = Client<paths, Media> & {
    /** The same typed calls, made as a group manager on behalf of member `userId`. */
    asGroupMember(userId: number): GroupMemberClient;
};
/** A group member's view of a throwing client: its calls throw too. */
export interface ThrowingGroupMemberClient {
    readonly userId: number;
    GET: ThrowingCalls<GroupPaths<"GET">>["GET"];
    POST: ThrowingCalls<GroupPaths<"POST">>["POST"];
    PUT: ThrowingCalls<GroupPaths<"PUT">>["PUT"];
}
/** The client made with `throwOnError: true`: every call resolves to its data or throws. */
export type AdultWorkThrowingClient = Pick<AdultWorkClient, "use" | "eject"> & ThrowingCalls & {
    /** The same typed calls, made as a group manager on behalf of member `userId`; they throw too. */
    asGroupMember(userId: number): ThrowingGroupMemberClient;
};
/**
 * Parses and checks a base URL: credentials only ever travel over https, to this machine, or, when
 * `allowInsecureHttp` is set, to this one plain-http URL.
 */
export declare function checkBaseUrl(value: string, allowInsecureHttp?: boolean): string;
export declare function createAdultWorkClient(options: AdultWorkClientOptions & {
    throwOnError: true;
}): AdultWorkThrowingClient;
export declare function createAdultWorkClient(options?: AdultWorkClientOptions): AdultWorkClient;
/** The result shape of every raw call. */
export interface CallResult<T> {
    data?: T | undefined;
    error?: unknown | undefined;
    response: Response;
}
/**
 * Turns a raw call's result into its data, or throws the AdultWorkApiError subclass for its status
 * (carrying operationId, method, path, status and the parsed body, credentials redacted).
 */
export declare function unwrap<R extends CallResult<unknown>>(result: R | Promise<R>): Promise<Exclude<R["data"], undefined>>;
//# sourceMappingURL=client.d.ts.map