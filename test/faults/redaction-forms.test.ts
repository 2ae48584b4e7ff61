// Redaction without holes: whatever an error or a log event exposes (headers it keeps, a content type
// the server echoes, a body that repeats what a token provider holds) is redacted, in every form a
// person or a log shipper reads it (String, message, stack, JSON.stringify, util.inspect at any depth)
// and in every form a credential travels in (percent-encoded, form-encoded, base64).
import { inspect } from "node:util";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import {
  AdultWorkConnectionError,
  AuthenticationError,
  InternalServerError,
  InvalidResponseError,
  createAdultWorkClient,
  createRefreshingTokenProvider,
  unwrap,
  type AdultWorkClientOptions,
} from "adultwork-api-client";
import { faults, startFaultServer, type FaultServer } from "../support/fault-server.js";
import { ACCESS_TOKEN, API_KEY, CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN, caught, leakedSecrets, newSecret, recordingLogger, scanForSecrets, secret } from "../support/secrets.js";
import { installTokenEndpoint } from "../support/token-endpoint.js";

scanForSecrets();

const PATH = "/v1/Webcam/MadeBookingDetails";

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const client = (extra: AdultWorkClientOptions = {}) => createAdultWorkClient({ baseUrl: server.url, accessToken: ACCESS_TOKEN, apiKey: API_KEY, maxRetries: 0, ...extra });
const getBooking = (c = client()) => unwrap(c.GET(PATH, { params: { query: { BookingID: 1 } } }));

const b64 = (text: string) => Buffer.from(text).toString("base64");
const b64url = (text: string) => Buffer.from(text).toString("base64url");

/** Every way the error is read: each must be free of every registered credential. */
function everyView(err: unknown): Record<string, string> {
  const e = err as Error;
  return {
    string: String(e),
    message: e.message,
    stack: String(e.stack),
    json: JSON.stringify(e),
    inspect: inspect(e, { depth: Infinity }),
    console: inspect({ wrapped: [{ deeper: { err: e } }] }, { depth: Infinity }),
  };
}
function expectClean(err: unknown) {
  for (const [view, text] of Object.entries(everyView(err))) expect(leakedSecrets(text), view).toEqual([]);
  expect(leakedSecrets(err)).toEqual([]);
}

describe("headers kept on errors", () => {
  test("Set-Cookie, WWW-Authenticate, Location and Content-Location that repeat credentials are redacted", async () => {
    server.queue(
      faults.raw(
        401,
        {
          "Content-Type": "application/json",
          "Set-Cookie": [`session=${ACCESS_TOKEN}; Path=/; HttpOnly`, `key=${encodeURIComponent(API_KEY)}`],
          "WWW-Authenticate": `Bearer realm="aw", error="invalid_token", token="${ACCESS_TOKEN}"`,
          Location: `/v1/login?apiKey=${API_KEY}`,
          "Content-Location": `/v1/x?token=${b64(ACCESS_TOKEN)}`,
          "X-Request-Id": "req-1",
        },
        JSON.stringify({ Message: "denied" }),
      ),
    );
    const err = await caught(getBooking());
    expect(err).toBeInstanceOf(AuthenticationError);
    expectClean(err);
    // What is not a credential is still there to debug with.
    expect(err.headers.get("x-request-id")).toBe("req-1");
    expect(err.headers.getSetCookie()).toEqual(["session=[REDACTED]", "key=[REDACTED]"]);
    expect(err.headers.get("www-authenticate")).toContain('realm="aw"');
    expect(err.headers.get("location")).toBe("/v1/login?apiKey=[REDACTED]");
  });

  test("cookies are credentials whoever made them: their values are never kept", async () => {
    const session = newSecret("server-session");
    server.queue(faults.raw(500, { "Content-Type": "application/json", "Set-Cookie": `ASP.NET_SessionId=${session}; path=/` }, "{}"));
    const err = await caught(getBooking());
    expect(err).toBeInstanceOf(InternalServerError);
    expect(inspect(err, { depth: Infinity })).not.toContain(session);
    expect(err.headers.getSetCookie()).toEqual(["ASP.NET_SessionId=[REDACTED]"]);
  });
});

describe("a content type the server echoes", () => {
  test("is redacted in the message, the error's fields and the log event", async () => {
    server.queue(faults.raw(200, { "Content-Type": `text/html; charset=utf-8; echo=${ACCESS_TOKEN}; key=${encodeURIComponent(API_KEY)}` }, "<html></html>"));
    const { logger, events } = recordingLogger();
    const err = await caught(getBooking(client({ logger })));
    expect(err).toBeInstanceOf(InvalidResponseError);
    expect(err.contentType).toBe("text/html; charset=utf-8; echo=[REDACTED]; key=[REDACTED]");
    expect(err.message).toContain("echo=[REDACTED]");
    expectClean(err);
    expect(events.at(-1)).toMatchObject({ type: "error", error: err });
    expect(leakedSecrets(JSON.stringify(events))).toEqual([]);
  });
});

describe("what a token provider holds", () => {
  test("a body that repeats the provider's refresh token and client secret is redacted in err.body", async () => {
    installTokenEndpoint(server, { accessToken: ACCESS_TOKEN, refreshToken: REFRESH_TOKEN });
    server.route(PATH, (received) => faults.json({ Message: "bad", echo: `${received.headers.authorization} ${REFRESH_TOKEN} ${CLIENT_SECRET} ${b64(`${CLIENT_ID}:${CLIENT_SECRET}`)}` }, 400));
    const tokens = createRefreshingTokenProvider({
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      tokenUrl: `${server.url}/OAuth/token`,
      tokens: { accessToken: ACCESS_TOKEN, refreshToken: REFRESH_TOKEN, expiresAt: Date.now() + 3_600_000 },
      onTokens: () => undefined,
    });
    const err = await caught(getBooking(createAdultWorkClient({ baseUrl: server.url, accessToken: tokens, maxRetries: 0 })));
    expect(err.status).toBe(400);
    expect(err.body.echo).toContain("[REDACTED]");
    expectClean(err);
  });

  test("refresh tokens the provider learns later (each rotation) are redacted too", async () => {
    const endpoint = installTokenEndpoint(server, { accessToken: ACCESS_TOKEN, refreshToken: REFRESH_TOKEN });
    server.route(PATH, () => faults.json({ Message: "bad", echo: `rotated to ${endpoint.current.refreshToken}` }, 400));
    const tokens = createRefreshingTokenProvider({
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      tokenUrl: endpoint.url,
      // Expired: the first call refreshes, and the new refresh token exists only in the provider.
      tokens: { accessToken: ACCESS_TOKEN, refreshToken: REFRESH_TOKEN, expiresAt: 0 },
      onTokens: () => undefined,
    });
    const err = await caught(getBooking(createAdultWorkClient({ baseUrl: server.url, accessToken: tokens, maxRetries: 0 })));
    expect(endpoint.issued).toHaveLength(1);
    expect(err.body.echo).toBe("rotated to [REDACTED]");
    expectClean(err);
  });
});

describe("every form a credential travels in", () => {
  test.each([
    ["raw", (s: string) => s],
    ["percent-encoded", (s: string) => encodeURIComponent(s)],
    ["percent-encoded in lower-case hex", (s: string) => encodeURIComponent(s).replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase())],
    ["form-encoded", (s: string) => new URLSearchParams({ s }).toString().slice(2)],
    ["JSON-escaped twice", (s: string) => JSON.stringify(JSON.stringify(s))],
    ["base64", (s: string) => b64(s)],
    ["base64url", (s: string) => b64url(s)],
    ["inside Basic credentials", (s: string) => `Basic ${b64(`user:${s}`)}`],
    ["inside base64 at the second offset", (s: string) => b64(`ab${s}cd`)],
  ])("%s, in a body and a header", async (_form, encode) => {
    // A token with a space and the characters encodings change, so each form really differs from raw.
    const token = secret(`aw tok+en/${Math.random().toString(36).slice(2, 10)}=&`);
    const forms = [token, API_KEY].map(encode).join(" | ");
    server.queue(faults.raw(500, { "Content-Type": "application/json", "X-Echo": Buffer.from(forms).toString("latin1").replace(/[^\x20-\x7e]/g, "") }, JSON.stringify({ Message: forms, nested: [[[{ deeper: { forms } }]]] })));
    const err = await caught(getBooking(client({ accessToken: token })));
    expect(err).toBeInstanceOf(InternalServerError);
    expectClean(err);
  });

  test("an error code a fetch wrapper made up from the key, and a status text that repeats it, are redacted", async () => {
    const wrapper: typeof fetch = async () => {
      throw Object.assign(new Error("failed"), { code: API_KEY });
    };
    const err = await caught(getBooking(client({ fetch: wrapper })));
    expect(err).toBeInstanceOf(AdultWorkConnectionError);
    expectClean(err);

    server.queue({ name: "a status text with the key", answer: (_req, res) => (res.writeHead(500, `Broke for ${API_KEY}`, { "Content-Length": 0 }), res.end()) });
    const apiErr = await caught(getBooking());
    expect(apiErr).toBeInstanceOf(InternalServerError);
    expect(apiErr.message).toContain("Broke for [REDACTED]");
    expectClean(apiErr);
  });

  test("twice percent-encoded (a URL holding the key, passed on as a parameter)", async () => {
    const token = secret(`aw/tok+en=${Math.random().toString(36).slice(2, 10)}`);
    const twice = encodeURIComponent(encodeURIComponent(token));
    server.queue(faults.json({ Message: "x", next: `https://a.example/?return=${encodeURIComponent("/v1/x?t=")}${twice}` }, 500));
    const err = await caught(getBooking(client({ accessToken: token })));
    expect(err.body.next).toBe(`https://a.example/?return=${encodeURIComponent("/v1/x?t=")}[REDACTED]`);
    expectClean(err);
  });

  test("a cause chain deeper than the client copies leaks nothing from its depths", async () => {
    const wrapper: typeof fetch = async () => {
      let err = new Error(`bottom: ${API_KEY}`);
      for (let i = 0; i < 20; i++) err = new Error(`level ${i}: ${b64(API_KEY)}`, { cause: err });
      throw err;
    };
    const err = await caught(getBooking(client({ fetch: wrapper })));
    expect(err).toBeInstanceOf(AdultWorkConnectionError);
    expectClean(err);
  });
});
