// The one Redactor: every form a secret travels in is found, and nothing it is handed can make it throw.
import { describe, expect, test } from "vitest";
import { Redactor } from "../../src/redact.js";

const SECRET = "cs+secret/With=chars& 9Gk";

function redactor(...secrets: string[]) {
  const r = new Redactor();
  for (const s of secrets) r.add(s);
  return r;
}

describe("Redactor.text", () => {
  test.each([
    ["raw", SECRET],
    ["percent-encoded", encodeURIComponent(SECRET)],
    ["percent-encoded, lower-case hex", encodeURIComponent(SECRET).replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase())],
    ["form-encoded", new URLSearchParams({ s: SECRET }).toString().slice(2)],
    ["JSON-escaped", JSON.stringify(SECRET).slice(1, -1)],
    ["base64", Buffer.from(SECRET).toString("base64")],
    ["base64url", Buffer.from(SECRET).toString("base64url")],
    ["base64 after 1 byte", Buffer.from(`x${SECRET}`).toString("base64")],
    ["base64 after 2 bytes", Buffer.from(`xy${SECRET}`).toString("base64")],
    ["Basic credentials", `Basic ${Buffer.from(`client-id:${SECRET}`).toString("base64")}`],
  ])("finds the secret %s, and what is left no longer decodes to it", (_form, text) => {
    const out = redactor(SECRET).text(`before ${text} after`);
    expect(out).toContain("[REDACTED]");
    expect(out).not.toContain(text);
    for (const run of out.match(/[A-Za-z0-9+/_-]{8,}/g) ?? []) expect(Buffer.from(run, "base64").toString("latin1")).not.toContain(SECRET);
  });

  test("short values are not secrets (they would redact innocent text)", () => {
    expect(redactor("abc12").text("abc12 abc12")).toBe("abc12 abc12");
  });

  test("a secret holding a lone surrogate is added without throwing", () => {
    const r = redactor("tok\uD800en-123456");
    expect(r.text("x tok\uD800en-123456 y")).toBe("x [REDACTED] y");
  });

  test("linked redactors' secrets count, also ones learnt later, and a link circle ends", () => {
    const a = new Redactor();
    const b = new Redactor();
    a.link(b);
    b.link(a);
    b.add("learnt-later-123");
    expect(a.text("learnt-later-123")).toBe("[REDACTED]");
    expect(a.known()).toEqual(["learnt-later-123"]);
  });
});

describe("Redactor.value and headers", () => {
  test("a body nested deeper than the stack allows is cut, not a RangeError", () => {
    let deep: unknown = "aw_secret_123456";
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(() => redactor("aw_secret_123456").value(deep)).not.toThrow();
  });

  test("headers: values redacted, cookie values dropped, a header whose name holds a secret dropped", () => {
    const headers = new Headers([
      ["Location", `/x?key=${SECRET}`],
      ["Set-Cookie", "sid=abc; Path=/"],
      [`X-${"aw_secret_123456"}`, "1"],
    ]);
    const out = redactor(SECRET, "aw_secret_123456").headers(headers);
    expect([...out]).toEqual([
      ["location", "/x?key=[REDACTED]"],
      ["set-cookie", "sid=[REDACTED]"],
    ]);
  });
});
