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
var buffered_response_exports = {};
__export(buffered_response_exports, {
  BufferedResponse: () => BufferedResponse
});
module.exports = __toCommonJS(buffered_response_exports);
const decoder = new TextDecoder();
class BufferedResponse extends Response {
  #bytes;
  #text;
  #parsed;
  #used = false;
  #url;
  // A plain Response over the same bytes, made the first time the body is wanted as a stream (or as
  // a Blob or FormData); from then on it answers every body method.
  #stream;
  constructor(bytes, init, url, parsed) {
    super(null, init);
    this.#bytes = bytes;
    this.#parsed = parsed;
    this.#text = parsed?.text;
    this.#url = url;
  }
  // A Response made by hand has no URL; this one keeps the URL the answer came from (a getter, as the
  // platform's is: defining a property on every answer costs more).
  get url() {
    return this.#url;
  }
  #streamed() {
    this.#stream ??= new Response(this.#used ? null : this.#bytes, { status: this.status, statusText: this.statusText, headers: this.headers });
    return this.#stream;
  }
  /** Marks the body read, as the platform does; a second read is a TypeError. */
  #take() {
    if (this.#used) throw new TypeError("Body is unusable: Body has already been read");
    this.#used = true;
    return this.#bytes;
  }
  get body() {
    return this.#streamed().body;
  }
  get bodyUsed() {
    return this.#used || (this.#stream?.bodyUsed ?? false);
  }
  async text() {
    if (this.#stream) return this.#stream.text();
    const bytes = this.#take();
    return this.#text ??= bytes ? decoder.decode(bytes) : "";
  }
  async json() {
    if (this.#stream) return this.#stream.json();
    const bytes = this.#take();
    const parsed = this.#parsed;
    this.#parsed = void 0;
    if (parsed) return parsed.value;
    return JSON.parse(this.#text ??= bytes ? decoder.decode(bytes) : "");
  }
  async arrayBuffer() {
    if (this.#stream) return this.#stream.arrayBuffer();
    const bytes = this.#take();
    return bytes ? bytes.slice().buffer : new ArrayBuffer(0);
  }
  async bytes() {
    if (this.#stream) return this.#stream.bytes();
    const bytes = this.#take();
    return bytes ? bytes.slice() : new Uint8Array(0);
  }
  async blob() {
    return this.#streamed().blob();
  }
  async formData() {
    return this.#streamed().formData();
  }
  /**
   * The body of `response` if it is an unread BufferedResponse, without reading it: its text, and the
   * value the transport parsed, if it did. A middleware that inspects every answer (validation) uses
   * it instead of `clone()`, which would make a stream, split it and parse the JSON a second time.
   * The value is the very object the caller's `json()` will get: an inspector must not change it.
   */
  static inspect(response) {
    if (!(response instanceof BufferedResponse) || response.#stream || response.#used) return void 0;
    const parsed = response.#parsed;
    if (parsed) return { text: parsed.text, parsed };
    const bytes = response.#bytes;
    return { text: response.#text ??= bytes ? decoder.decode(bytes) : "", parsed: void 0 };
  }
  clone() {
    if (this.#stream) {
      const copy2 = this.#stream.clone();
      Object.defineProperty(copy2, "url", { value: this.url });
      return copy2;
    }
    if (this.#used) throw new TypeError("Response.clone: Body has already been consumed.");
    const copy = new BufferedResponse(this.#bytes, { status: this.status, statusText: this.statusText, headers: this.headers }, this.url);
    copy.#text = this.#text;
    return copy;
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  BufferedResponse
});
//# sourceMappingURL=buffered-response.js.map
