/**
 * Removes known secrets from strings, from the strings inside parsed bodies, from header sets and
 * from error chains. Secrets are registered as the client learns them (API key, each access and
 * refresh token, the client secret); a Redactor linked to another also removes that one's secrets.
 */
export declare class Redactor {
    private readonly forms;
    private readonly linked;
    add(secret: string | undefined | null): void;
    /** Also removes every secret `other` knows, now or later (a token provider's refresh token and client secret). */
    link(other: Redactor | undefined): void;
    /** The secrets registered so far, here and in linked redactors. */
    known(): string[];
    /** Each secret with its forms, here and (a bounded number of links deep) in linked redactors. */
    private entries;
    private empty;
    /** True when `value` contains a known secret (in any of the forms `text` redacts). */
    holdsSecret(value: string): boolean;
    text(value: string): string;
    value<T>(value: T, depth?: number): T;
    /**
     * A redacted copy of response headers, for errors that keep them. Cookie values are credentials
     * by nature, whoever made them, so only their names are kept; a header whose name holds a secret is
     * dropped (a name cannot carry the placeholder).
     */
    headers(headers: Headers | undefined): Headers;
    /**
     * A redacted copy of an error and its `cause` chain, for use as the `cause` of a client error:
     * a fetch wrapper may well have put the request URL (with the API key) or its headers in a message.
     */
    error(value: unknown, depth?: number): unknown;
}
/**
 * Lets others learn every secret a part of the client knows: middleware added by the caller (such
 * as the validate entry's) reads it from the Request, the client reads a token provider's.
 */
export declare function attachRedactor(target: object, redactor: Redactor): void;
export declare function redactorOf(target: object | undefined): Redactor | undefined;
//# sourceMappingURL=redact.d.ts.map