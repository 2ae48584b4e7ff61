// The answer the transport hands back: a real Response whose body is already in memory (it was read
// inside the attempt, so timeouts cover it). Reading it back needs no stream and, for the JSON the
// transport has already checked, no second parse; a stream is made only if someone asks for `body`.

const decoder = new TextDecoder();

/** The JSON the transport parsed while checking the body, handed to the first `json()` call. */
export interface ParsedBody {
  text: string;
  value: unknown;
}

export class BufferedResponse extends Response {
  readonly #bytes: Uint8Array<ArrayBuffer> | null;
  #text: string | undefined;
  #parsed: ParsedBody | undefined;
  #used = false;
  readonly #url: string;
  // A plain Response over the same bytes, made the first time the body is wanted as a stream (or as
  // a Blob or FormData); from then on it answers every body method.
  #stream: Response | undefined;

  constructor(bytes: Uint8Array<ArrayBuffer> | null, init: ResponseInit, url: string, parsed?: ParsedBody) {
    super(null, init);
    this.#bytes = bytes;
    this.#parsed = parsed;
    this.#text = parsed?.text;
    this.#url = url;
  }

  // A Response made by hand has no URL; this one keeps the URL the answer came from (a getter, as the
  // platform's is: defining a property on every answer costs more).
  override get url(): string {
    return this.#url;
  }

  #streamed(): Response {
    // A body already read here has nothing left to stream.
    this.#stream ??= new Response(this.#used ? null : this.#bytes, { status: this.status, statusText: this.statusText, headers: this.headers });
    return this.#stream;
  }

  /** Marks the body read, as the platform does; a second read is a TypeError. */
  #take(): Uint8Array<ArrayBuffer> | null {
    if (this.#used) throw new TypeError("Body is unusable: Body has already been read");
    this.#used = true;
    return this.#bytes;
  }

  override get body(): ReadableStream<Uint8Array<ArrayBuffer>> | null {
    return this.#streamed().body;
  }

  override get bodyUsed(): boolean {
    return this.#used || (this.#stream?.bodyUsed ?? false);
  }

  override async text(): Promise<string> {
    if (this.#stream) return this.#stream.text();
    const bytes = this.#take();
    return (this.#text ??= bytes ? decoder.decode(bytes) : "");
  }

  override async json(): Promise<any> {
    if (this.#stream) return this.#stream.json();
    const bytes = this.#take();
    const parsed = this.#parsed;
    // The parsed value goes to one reader only: clones and later reads never share an object with it.
    this.#parsed = undefined;
    if (parsed) return parsed.value;
    return JSON.parse((this.#text ??= bytes ? decoder.decode(bytes) : ""));
  }

  override async arrayBuffer(): Promise<ArrayBuffer> {
    if (this.#stream) return this.#stream.arrayBuffer();
    const bytes = this.#take();
    return bytes ? bytes.slice().buffer : new ArrayBuffer(0);
  }

  override async bytes(): Promise<Uint8Array<ArrayBuffer>> {
    if (this.#stream) return this.#stream.bytes();
    const bytes = this.#take();
    return bytes ? bytes.slice() : new Uint8Array(0);
  }

  override async blob(): Promise<Blob> {
    return this.#streamed().blob();
  }

  override async formData(): Promise<FormData> {
    return this.#streamed().formData();
  }

  /**
   * The body of `response` if it is an unread BufferedResponse, without reading it: its text, and the
   * value the transport parsed, if it did. A middleware that inspects every answer (validation) uses
   * it instead of `clone()`, which would make a stream, split it and parse the JSON a second time.
   * The value is the very object the caller's `json()` will get: an inspector must not change it.
   */
  static inspect(response: Response): { text: string; parsed: ParsedBody | undefined } | undefined {
    if (!(response instanceof BufferedResponse) || response.#stream || response.#used) return undefined;
    const parsed = response.#parsed;
    if (parsed) return { text: parsed.text, parsed };
    const bytes = response.#bytes;
    return { text: (response.#text ??= bytes ? decoder.decode(bytes) : ""), parsed: undefined };
  }

  override clone(): Response {
    if (this.#stream) {
      const copy = this.#stream.clone();
      Object.defineProperty(copy, "url", { value: this.url });
      return copy;
    }
    if (this.#used) throw new TypeError("Response.clone: Body has already been consumed.");
    const copy = new BufferedResponse(this.#bytes, { status: this.status, statusText: this.statusText, headers: this.headers }, this.url);
    copy.#text = this.#text;
    return copy;
  }
}
