/** The JSON the transport parsed while checking the body, handed to the first `json()` call. */
export interface ParsedBody {
    text: string;
    value: unknown;
}
export declare class BufferedResponse extends Response {
    #private;
    constructor(bytes: Uint8Array<ArrayBuffer> | null, init: ResponseInit, url: string, parsed?: ParsedBody);
    get body(): ReadableStream<Uint8Array<ArrayBuffer>> | null;
    get bodyUsed(): boolean;
    text(): Promise<string>;
    json(): Promise<any>;
    arrayBuffer(): Promise<ArrayBuffer>;
    bytes(): Promise<Uint8Array<ArrayBuffer>>;
    blob(): Promise<Blob>;
    formData(): Promise<FormData>;
    clone(): Response;
}
//# sourceMappingURL=buffered-response.d.ts.map