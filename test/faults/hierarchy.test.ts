// Nothing escapes the hierarchy: whatever goes wrong, the caller gets an AdultWorkError. Input that
// cannot be sent is a usage error and nothing reaches the server; a failure once a request may have
// left is a call error that says whether it may have been processed. No thrown value quotes a
// credential, though the platform's own messages would.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import {
  AdultWorkCallError,
  AdultWorkConnectionError,
  AdultWorkError,
  AdultWorkUsageError,
  InvalidResponseError,
  createAdultWorkClient,
  unwrap,
  type AdultWorkClientOptions,
} from "adultwork-api-client";
import { faults, startFaultServer, startRawServer, type FaultServer } from "../support/fault-server.js";
import { ACCESS_TOKEN, API_KEY, caught, caughtSync, leakedSecrets, newSecret, recordingLogger, scanForSecrets } from "../support/secrets.js";

scanForSecrets();

const PATH = "/v1/Webcam/MadeBookingDetails";
const CREATE = "/v1/Webcam/CreateBooking";

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const client = (extra: AdultWorkClientOptions = {}) => createAdultWorkClient({ baseUrl: server.url, accessToken: ACCESS_TOKEN, apiKey: API_KEY, retryDelayMs: 1, ...extra });
const getBooking = (c = client(), query: Record<string, unknown> = { BookingID: 1 }) => unwrap(c.GET(PATH, { params: { query: query as { BookingID: number } } }));
const createBooking = (c = client(), body: unknown = { BookUserIDs: "1" }) => unwrap(c.POST(CREATE, { body: body as never }));

/** Every failure here must be one of ours, and a usage error must mean that nothing was sent. */
function expectUsageError(err: unknown) {
  expect(err).toBeInstanceOf(AdultWorkUsageError);
  expect(server.count()).toBe(0);
}

describe("statuses outside 200–599", () => {
  test.each([600, 700, 999])("HTTP %i to a GET is an InvalidResponseError, not the platform's RangeError", async (status) => {
    server.queue(faults.raw(status, { "Content-Type": "application/json" }, "{}"));
    const err = await caught(getBooking());
    expect(err).toBeInstanceOf(InvalidResponseError);
    expect(err).toMatchObject({ status, mayHaveBeenProcessed: true, operationId: "madeWebcamBookingDetails" });
    expect(err.message).toMatch(new RegExp(`status ${status}, which is outside HTTP's 200–599`));
  });

  test("HTTP 600 to a POST: sent once, not retried, and it may have been processed", async () => {
    server.fallback = () => faults.raw(600, { "Content-Type": "application/json" }, "{}");
    const err = await caught(createBooking(client({ maxRetries: 3 })));
    expect(err).toBeInstanceOf(InvalidResponseError);
    expect(err.mayHaveBeenProcessed).toBe(true);
    expect(server.count()).toBe(1);
  });

  test.each(["HTTP/1.1 1000 Odd", "HTTP/1.1 099 Odd", "HTTP/1.1 abc Odd"])("a status line node:http would not write (%s) is a connection error", async (line) => {
    const raw = await startRawServer(line);
    try {
      const c = createAdultWorkClient({ baseUrl: raw.url, accessToken: ACCESS_TOKEN, maxRetries: 0 });
      const err = await caught(createBooking(c));
      expect(err).toBeInstanceOf(AdultWorkConnectionError);
      expect(err.mayHaveBeenProcessed).toBe(true);
      expect(raw.count()).toBe(1);
    } finally {
      await raw.close();
    }
  });
});

describe("status texts a Response cannot hold", () => {
  test.each([
    ["a control character", "HTTP/1.1 200 \u0001bad", "?bad"],
    ["DEL", "HTTP/1.1 200 a\u007fb", "a?b"],
    ["bytes that are not UTF-8", "HTTP/1.1 200 caf\u00e9", "caf?"],
  ])("%s in the reason phrase: the answer is still delivered, its status text cleaned", async (_what, line, cleaned) => {
    const raw = await startRawServer(line);
    try {
      const c = createAdultWorkClient({ baseUrl: raw.url, accessToken: ACCESS_TOKEN, maxRetries: 0 });
      const result = await c.GET(PATH, { params: { query: { BookingID: 1 } } });
      expect(result.data).toEqual({});
      expect(result.response.statusText).toBe(cleaned);
    } finally {
      await raw.close();
    }
  });

  test("and an error status with one is still the right error", async () => {
    const raw = await startRawServer("HTTP/1.1 503 \u0001down");
    try {
      const c = createAdultWorkClient({ baseUrl: raw.url, accessToken: ACCESS_TOKEN, maxRetries: 0 });
      const err = await caught(unwrap(c.POST(CREATE, { body: { BookUserIDs: "1" } as never })));
      expect(err).toMatchObject({ status: 503, mayHaveBeenProcessed: true });
      expect(raw.count()).toBe(1);
    } finally {
      await raw.close();
    }
  });
});

describe("input that cannot be sent is a usage error, and nothing is sent", () => {
  test.each([
    ["a lone high surrogate", "\uD800"],
    ["a lone low surrogate", "x\uDFFFy"],
  ])("a query value with %s", async (_what, value) => {
    expectUsageError(await caught(getBooking(client(), { BookingID: 1, Note: value })));
  });

  test("a lone surrogate in a POST body is sent as JSON escapes it (valid), not refused", async () => {
    server.queue(faults.json({ ok: true }));
    await expect(createBooking(client(), { BookUserIDs: "\uD800" })).resolves.toEqual({ ok: true });
    expect(server.requests[0]!.body).toBe('{"BookUserIDs":"\\ud800"}');
  });

  test.each([
    ["a BigInt", { BookUserIDs: 1n }],
    ["a circular object", (() => {
      const body: Record<string, unknown> = {};
      body.self = body;
      return body;
    })()],
  ])("a body JSON cannot hold (%s)", async (_what, body) => {
    expectUsageError(await caught(createBooking(client(), body)));
  });

  test.each(["\r\nX-Injected: 1", "\n", "\r", "\u0000", "tok\u2028en"])("an access token holding %j is refused when the client is made", (tail) => {
    const token = newSecret("access") + tail;
    const err = caughtSync(() => client({ accessToken: token }));
    expectUsageError(err);
    expect(leakedSecrets(err)).toEqual([]);
    expect(String(err)).not.toContain(token.slice(0, 10));
  });

  test("an API key holding CR/LF is refused when the client is made", () => {
    const key = `${newSecret("key")}\r\nX-Injected: 1`;
    const err = caughtSync(() => client({ apiKey: key }));
    expectUsageError(err);
    expect(String(err)).not.toContain(key.slice(0, 10));
  });

  test("a token from a getter holding CR/LF is refused at the call, without quoting it", async () => {
    const token = `${newSecret("access")}\r\nX-Injected: 1`;
    const { logger, events } = recordingLogger();
    const err = await caught(getBooking(client({ accessToken: async () => token, logger })));
    expectUsageError(err);
    expect(exposes(err, token)).toBe(false);
    expect(events.at(-1)).toMatchObject({ type: "error", error: err });
  });

  test("a per-call header value with CR/LF is a usage error that does not quote the value", async () => {
    const value = `${newSecret("session")}\r\nX-Injected: 1`;
    const c = client();
    const err = await caught(unwrap(c.GET(PATH, { params: { query: { BookingID: 1 } }, headers: { "X-Session": value } })));
    expectUsageError(err);
    expect(exposes(err, value)).toBe(false);
  });

  test("a client-wide header value with CR/LF is refused when the client is made", () => {
    const value = `${newSecret("session")}\nX: 1`;
    const err = caughtSync(() => client({ headers: { "X-Session": value } }));
    expectUsageError(err);
    expect(exposes(err, value)).toBe(false);
  });
});

describe("anything else the platform, fetch or openapi-fetch throws", () => {
  test("a fetch that throws a plain TypeError quoting the token: a connection error, redacted", async () => {
    const leaky: typeof fetch = async (input) => {
      const request = input as Request;
      throw new TypeError(`Headers.set: "${request.headers.get("authorization")}" is an invalid header value.`);
    };
    const err = await caught(createBooking(client({ fetch: leaky })));
    expect(err).toBeInstanceOf(AdultWorkConnectionError);
    expect(err.mayHaveBeenProcessed).toBe(true);
  });

  test("a fetch that throws something that is not an Error (a string with the API key) is still one of ours", async () => {
    const odd: typeof fetch = async (input) => {
      throw `request to ${(input as Request).url} failed`;
    };
    const err = await caught(getBooking(client({ fetch: odd, maxRetries: 0 })));
    expect(err).toBeInstanceOf(AdultWorkConnectionError);
  });

  test("a token getter that throws a plain Error: a call error saying the request never reached the server", async () => {
    const err = await caught(createBooking(client({ accessToken: () => Promise.reject(new RangeError(`no token for the member of ${API_KEY}`)) })));
    expect(err).toBeInstanceOf(AdultWorkConnectionError);
    expect(err).toMatchObject({ mayHaveBeenProcessed: false, attempts: 0 });
    expect(err.message).toMatch(/unexpected RangeError/);
    expect(server.count()).toBe(0);
  });

  test("a getter that returns something other than a string is refused before sending", async () => {
    const err = await caught(getBooking(client({ accessToken: (() => 42) as unknown as () => string })));
    expect(err).toBeInstanceOf(AdultWorkError);
    expect(server.count()).toBe(0);
  });

  test("a body openapi-fetch cannot parse as asked (broken JSON under a non-JSON Accept) is an InvalidResponseError", async () => {
    server.queue(faults.raw(200, { "Content-Type": "text/plain" }, `{"token": "${ACCESS_TOKEN}", `));
    const c = client();
    const err = await caught(unwrap(c.GET(PATH, { params: { query: { BookingID: 1 } }, headers: { Accept: "*/*" } })));
    expect(err).toBeInstanceOf(InvalidResponseError);
    expect(err).toMatchObject({ status: 200, mayHaveBeenProcessed: true, operationId: "madeWebcamBookingDetails" });
    expect(err.message).not.toContain("token");
  });

  test("parseAs a form that the answer is not is an InvalidResponseError", async () => {
    server.queue(faults.json({ WebcamBookingID: 1 }));
    const c = client();
    const err = await caught(unwrap(c.GET(PATH, { params: { query: { BookingID: 1 } }, parseAs: "formData" } as never)));
    expect(err).toBeInstanceOf(InvalidResponseError);
    expect(err).toBeInstanceOf(AdultWorkCallError);
  });

  test("the group-manager client is covered too", async () => {
    const err = await caught(unwrap(client().asGroupMember(7).GET(PATH, { params: { query: { BookingID: 1, Note: "\uD800" } as never } })));
    expectUsageError(err);
  });

  test("with throwOnError the same translation holds, before sending and after", async () => {
    const c = client({ throwOnError: true });
    expectUsageError(await caught(c.GET(PATH, { params: { query: { BookingID: 1, Note: "\uD800" } as never } })));
    server.queue(faults.raw(700, { "Content-Type": "application/json" }, "{}"));
    expect(await caught(c.GET(PATH, { params: { query: { BookingID: 1 } } }))).toBeInstanceOf(InvalidResponseError);
  });

  test("the caller's own abort reason still reaches the caller as it is", async () => {
    const reason = new Error("navigated away");
    const err = await caught(unwrap(client().GET(PATH, { params: { query: { BookingID: 1 } }, signal: AbortSignal.abort(reason) })));
    expect(err).toBe(reason);
  });
});

/** True when `value` exposes `text` anywhere (in the scan's sense), or its first line. */
function exposes(value: unknown, text: string): boolean {
  const first = text.split(/[\r\n]/)[0]!;
  return leakedSecrets(value).length > 0 || JSON.stringify(String(value)).includes(first) || String((value as Error).stack).includes(first);
}
