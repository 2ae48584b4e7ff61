// Credentials never appear in what the client exposes, even when the server, a proxy or a fetch
// wrapper repeats them: error messages, bodies, cause chains and log events are redacted.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import {
  AdultWorkConnectionError,
  InternalServerError,
  InvalidResponseError,
  OAuthError,
  createAdultWorkClient,
  parseAuthorizationCallback,
  unwrap,
} from "adultwork-api-client";
import { faults, startFaultServer, type FaultServer } from "../support/fault-server.js";
import { ACCESS_TOKEN, API_KEY, caught, leakedSecrets, newSecret, recordingLogger, scanForSecrets } from "../support/secrets.js";

scanForSecrets();

const PATH = "/v1/Webcam/MadeBookingDetails";

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const client = (extra: Parameters<typeof createAdultWorkClient>[0] = {}) =>
  createAdultWorkClient({ baseUrl: server.url, accessToken: ACCESS_TOKEN, apiKey: API_KEY, maxRetries: 0, ...extra });
const getBooking = (c = client()) => unwrap(c.GET(PATH, { params: { query: { BookingID: 1, apiKey: API_KEY } as { BookingID: number } } }));

describe("redaction", () => {
  test("the scan finds a credential when one is there (so a clean result means something)", () => {
    const leaky = new Error("outer", { cause: new Error(`request to /x?apiKey=${encodeURIComponent(API_KEY)} failed`) });
    expect(leakedSecrets(leaky)).toEqual([API_KEY]);
    expect(leakedSecrets({ nested: [{ authorization: `Bearer ${ACCESS_TOKEN}` }] })).toEqual([ACCESS_TOKEN]);
  });

  test("an error body that echoes the URL and the Authorization header is redacted", async () => {
    server.queue(faults.status(500));
    const err = await caught(getBooking());
    expect(err).toBeInstanceOf(InternalServerError);
    // The server did echo both: the redacted body still has the fields, with the credentials replaced.
    expect(err.body.echo.authorization).toBe("Bearer [REDACTED]");
    expect(err.body.echo.url).toContain("apiKey=[REDACTED]");
    // Bodies may hold personal data too, so a message never quotes them: the body is on `.body`.
    expect(err.message).not.toContain("echo");
  });

  test("an HTML page with status 200 that echoes them is redacted in InvalidResponseError", async () => {
    server.queue(faults.htmlPage());
    const err = await caught(getBooking());
    expect(err).toBeInstanceOf(InvalidResponseError);
    expect(err.body).toContain("[REDACTED]");
  });

  test("a fetch wrapper that puts the URL and headers in its error: the cause chain is redacted, the error code kept", async () => {
    // node-fetch and similar wrappers write "request to <url> failed" (the URL holds the API key).
    const wrapper: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      try {
        return await fetch(request);
      } catch (err) {
        throw new Error(`request to ${request.url} failed (authorization: ${request.headers.get("authorization")})`, { cause: err });
      }
    };
    server.queue(faults.resetBeforeResponse());
    const err = await caught(getBooking(client({ fetch: wrapper })));
    expect(err).toBeInstanceOf(AdultWorkConnectionError);
    expect(err.cause.message).toContain("apiKey=[REDACTED]");
    expect(err.cause.message).toContain("Bearer [REDACTED]");
    expect(err.cause.cause.cause.code).toBe("ECONNRESET");
  });

  test("log events carry the documented path, never the URL or a credential", async () => {
    server.queue(faults.status(503, { "Retry-After": "0" }), faults.status(500));
    const { logger, events } = recordingLogger();
    await caught(getBooking(client({ logger, maxRetries: 1, retryDelayMs: 1 })));
    // An HTTP error is an answer (the raw call returns it); only thrown errors are "error" events.
    expect(events.map((e) => e.type)).toEqual(["request", "response", "retry", "request", "response"]);
    expect(events[2]).toMatchObject({ type: "retry", reason: "HTTP 503", operationId: "madeWebcamBookingDetails", method: "GET", path: PATH });
    for (const event of events) if ("path" in event) expect(event.path).toBe(PATH);

    server.queue(faults.resetBeforeResponse());
    events.length = 0;
    const err = await caught(getBooking(client({ logger })));
    expect(events.map((e) => e.type)).toEqual(["request", "error"]);
    expect(events[1]).toMatchObject({ type: "error", attempts: 1, error: err });
  });

  test("an OAuth callback error does not repeat the code it came with", () => {
    const state = "state-for-redaction-test";
    const code = newSecret("callback-code");
    const err = (() => {
      try {
        parseAuthorizationCallback(`https://app.example/cb?state=${state}&code=${code}&error=access_denied&error_description=${code}`, state);
      } catch (e) {
        return e as OAuthError;
      }
      throw new Error("expected an OAuthError");
    })();
    expect(err).toBeInstanceOf(OAuthError);
    expect(err.error).toBe("access_denied");
    expect(leakedSecrets(err)).toEqual([]);
  });
});
