/** The JSON the transport parsed while checking the body, handed to the first `json()` call. */
export interface ParsedBody {
    text: string;
    value: unknown;
}
export declare class BufferedResponse extends Response {
    #private;
    constructor(bytes: Uint8Array<ArrayBuffer> | null, init: ResponseInit, url: string, parsed?: ParsedBody);
    get url(): string;
    get body(): ReadableStream<Uint8Array<ArrayBuffer>> | null;
    get bodyUsed(): boolean;
    text(): Promise<string>;
    json(): Promise<any>;
    arrayBuffer(): Promise<ArrayBuffer>;
    bytes(): Promise<Uint8Array<ArrayBuffer>>;
    blob(): Promise<Blob>;
    formData(): Promise<FormData>;
    /**
     * The body of `response` if it is an unread BufferedResponse, without reading it: its text, and the
     * value the transport parsed, if it did. A middleware that inspects every answer (validation) uses
     * it instead of `clone()`, which would make a stream, split it and parse the JSON a second time.
     * The value is the very object the caller's `json()` will get: an inspector must not change it.
     */
    static inspect(response: Response): {
        text: string;
        parsed: ParsedBody | undefined;
    } | undefined;
    clone(): Response;
}
//# sourceMappingURL=buffered-response.d.ts.map