// The Response the transport returns holds its body in memory; it must behave as a platform Response
// does for every way a caller or a middleware reads it: once, as text, JSON, bytes, a Blob, FormData or
// a stream, cloned before reading, with its status, headers and URL intact.
import { describe, expect, test } from "vitest";
import { BufferedResponse } from "../../src/buffered-response.js";

const URL_ = "https://api.example.test/v1/Webcam/MadeBookingDetails?BookingID=1";
const JSON_TEXT = '{"WebcamBookingID":1,"Client":{"Nickname":"Zoë"}}';
const bytesOf = (text: string) => new TextEncoder().encode(text);

function make(text: string | null = JSON_TEXT, parsed = true) {
  const bytes = text === null ? null : bytesOf(text);
  const init = { status: 200, statusText: "OK", headers: { "Content-Type": "application/json; charset=utf-8", "X-Request-Id": "r-1" } };
  return new BufferedResponse(bytes, init, URL_, parsed && text ? { text, value: JSON.parse(text) } : undefined);
}

describe("BufferedResponse", () => {
  test("is a Response with the status, headers and URL of the answer", () => {
    const res = make();
    expect(res).toBeInstanceOf(Response);
    expect(res).toMatchObject({ status: 200, statusText: "OK", ok: true, url: URL_, bodyUsed: false });
    expect(res.headers.get("x-request-id")).toBe("r-1");
  });

  test.each<[string, (r: Response) => Promise<unknown>, unknown, boolean?]>([
    ["text", (r: Response) => r.text(), JSON_TEXT],
    ["json (already parsed)", (r: Response) => r.json(), JSON.parse(JSON_TEXT)],
    ["json (parsed on demand)", (r: Response) => r.json(), JSON.parse(JSON_TEXT), false],
    ["arrayBuffer", async (r: Response) => new TextDecoder().decode(await r.arrayBuffer()), JSON_TEXT],
    ["bytes", async (r: Response) => new TextDecoder().decode(await r.bytes()), JSON_TEXT],
    ["blob", async (r: Response) => (await r.blob()).text(), JSON_TEXT],
    ["body stream", (r: Response) => new Response(r.body).text(), JSON_TEXT],
  ])("reads as %s, once: a second read rejects with TypeError as the platform's does", async (_name, read, expected, parsed = true) => {
    const res = make(JSON_TEXT, parsed);
    expect(await read(res)).toEqual(expected);
    expect(res.bodyUsed).toBe(true);
    await expect(res.text()).rejects.toBeInstanceOf(TypeError);
  });

  test("blob has the content type the platform gives it, formData reads a form body", async () => {
    const platform = new Response(JSON_TEXT, { headers: { "Content-Type": "application/json; charset=utf-8" } });
    expect((await make().blob()).type).toBe((await platform.blob()).type);
    const form = new BufferedResponse(bytesOf("a=1&b=%C3%A9"), { headers: { "Content-Type": "application/x-www-form-urlencoded" } }, URL_);
    const data = await form.formData();
    expect([data.get("a"), data.get("b")]).toEqual(["1", "é"]);
  });

  test("JSON that does not parse rejects with SyntaxError, like the platform's json()", async () => {
    await expect(make("{not json", false).json()).rejects.toBeInstanceOf(SyntaxError);
  });

  test("a null body reads as empty, and its stream is null", async () => {
    const res = make(null);
    expect(res.body).toBeNull();
    expect(await res.text()).toBe("");
  });

  test("clones read independently and never share the parsed value", async () => {
    const res = make();
    const copy = res.clone();
    expect(copy.url).toBe(URL_);
    const [a, b] = await Promise.all([res.json(), copy.json()]);
    expect(a).toEqual(b);
    expect(a).not.toBe(b);
    (a as { WebcamBookingID: number }).WebcamBookingID = 99;
    expect((b as { WebcamBookingID: number }).WebcamBookingID).toBe(1);
  });

  test("clone of a read body throws, clone after the stream was taken tees it", async () => {
    const read = make();
    await read.text();
    expect(() => read.clone()).toThrow(TypeError);

    const streamed = make();
    expect(streamed.body).not.toBeNull();
    const copy = streamed.clone();
    expect(copy.url).toBe(URL_);
    expect(await copy.text()).toBe(JSON_TEXT);
    expect(await streamed.text()).toBe(JSON_TEXT);
  });

  test("each arrayBuffer is the caller's own copy", async () => {
    const res = make();
    const copy = res.clone();
    const first = new Uint8Array(await res.arrayBuffer());
    first.fill(0);
    expect(await copy.text()).toBe(JSON_TEXT);
  });

  test("inspect gives an unread body's text and parsed value without reading it; a read or streamed body it leaves alone", async () => {
    const res = make();
    const seen = BufferedResponse.inspect(res)!;
    expect(seen.text).toBe(JSON_TEXT);
    expect(seen.parsed?.value).toEqual(JSON.parse(JSON_TEXT));
    expect(res.bodyUsed).toBe(false);
    // The caller still reads the body, and gets the value that was inspected.
    expect(await res.json()).toBe(seen.parsed!.value);
    expect(BufferedResponse.inspect(res)).toBeUndefined();

    const unparsed = make(JSON_TEXT, false);
    expect(BufferedResponse.inspect(unparsed)).toEqual({ text: JSON_TEXT, parsed: undefined });
    expect(await unparsed.text()).toBe(JSON_TEXT);

    const streamed = make();
    expect(streamed.body).not.toBeNull();
    expect(BufferedResponse.inspect(streamed)).toBeUndefined();
    expect(BufferedResponse.inspect(new Response(JSON_TEXT))).toBeUndefined();
  });
});
