// Redirects: followed only within the origin credentials were meant for; anything else is an error,
// and the other origin receives nothing (no Authorization, no apiKey).
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { AdultWorkRedirectError, AdultWorkUsageError, createAdultWorkClient, unwrap } from "adultwork-api-client";
import { faults, startFaultServer, type FaultServer } from "../support/fault-server.js";
import { ACCESS_TOKEN, API_KEY, caught, caughtSync, scanForSecrets } from "../support/secrets.js";

scanForSecrets();

const PATH = "/v1/Webcam/MadeBookingDetails";
const BOOKING = { WebcamBookingID: 2 };

let server: FaultServer;
let other: FaultServer;
beforeAll(async () => {
  [server, other] = await Promise.all([startFaultServer(), startFaultServer()]);
});
afterAll(() => Promise.all([server.close(), other.close()]));
beforeEach(() => {
  server.reset();
  other.reset();
});

const client = () => createAdultWorkClient({ baseUrl: server.url, accessToken: ACCESS_TOKEN, apiKey: API_KEY, retryDelayMs: 1 });
// The API key travels in the query string, where the apiKey middleware puts it for public operations.
const getBooking = (c = client()) => unwrap(c.GET(PATH, { params: { query: { BookingID: 1, apiKey: API_KEY } as { BookingID: number } } }));

describe("redirects", () => {
  test("a same-origin redirect is followed, with the Authorization header", async () => {
    server.queue(faults.redirect(`${PATH}?BookingID=2`, 301), faults.json(BOOKING));
    await expect(getBooking()).resolves.toEqual(BOOKING);
    expect(server.requests.map((r) => [r.path, r.query.get("BookingID"), r.headers.authorization])).toEqual([
      [PATH, "1", `Bearer ${ACCESS_TOKEN}`],
      [PATH, "2", `Bearer ${ACCESS_TOKEN}`],
    ]);
  });

  test.each([
    ["another port", () => `${other.url}${PATH}`],
    ["another host name for the same machine", () => `http://localhost:${server.port}${PATH}`],
  ])("a redirect to %s is an error, and nothing is sent there", async (_what, target) => {
    server.queue(faults.redirect(`${target()}?BookingID=1&apiKey=${API_KEY}`));
    const err = await caught(getBooking());
    expect(err).toBeInstanceOf(AdultWorkRedirectError);
    expect(err).toMatchObject({ status: 302, operationId: "madeWebcamBookingDetails", location: target() });
    expect(server.count()).toBe(1);
    expect(other.count()).toBe(0);
  });

  test("a cross-origin hop after a same-origin one is still refused", async () => {
    server.queue(faults.redirect("/v1/elsewhere", 307), faults.redirect(`${other.url}/v1/elsewhere`, 307));
    const err = await caught(getBooking());
    expect(err).toBeInstanceOf(AdultWorkRedirectError);
    expect(server.count()).toBe(2);
    expect(other.count()).toBe(0);
  });

  test("a redirect loop ends after a few hops", async () => {
    server.fallback = () => faults.redirect(PATH, 302);
    const err = await caught(getBooking());
    expect(err).toBeInstanceOf(AdultWorkRedirectError);
    expect(err.message).toMatch(/more than 5 redirects/);
    expect(server.count()).toBe(6);
  });

  test("303 after a POST is followed as a GET without the body", async () => {
    server.queue(faults.redirect(`${PATH}?BookingID=2`, 303), faults.json(BOOKING));
    const c = client();
    await expect(unwrap(c.POST("/v1/Webcam/CreateBooking", { body: { BookUserIDs: "1" } as never }))).resolves.toEqual(BOOKING);
    expect(server.requests.map((r) => [r.method, r.body])).toEqual([
      ["POST", JSON.stringify({ BookUserIDs: "1" })],
      ["GET", ""],
    ]);
  });
});

describe("base URLs", () => {
  test("https, or plain http only to this machine", () => {
    for (const ok of ["https://api.example.test", "http://127.0.0.1:9", "http://localhost:9", "http://[::1]:9"]) {
      expect(() => createAdultWorkClient({ baseUrl: ok }), ok).not.toThrow();
    }
    for (const bad of ["http://api.example.test", "http://10.0.0.1", "ftp://127.0.0.1", `https://user:${API_KEY}@api.example.test`]) {
      expect(caughtSync(() => createAdultWorkClient({ baseUrl: bad })), bad).toBeInstanceOf(AdultWorkUsageError);
    }
  });
});

test("a per-call baseUrl in clear text is refused before anything is sent", async () => {
  const c = createAdultWorkClient({ baseUrl: server.url, accessToken: ACCESS_TOKEN });
  const err = await caught(unwrap(c.GET(PATH, { baseUrl: "http://api.example.test", params: { query: { BookingID: 1 } } })));
  expect(err).toBeInstanceOf(AdultWorkUsageError);
  expect(server.count()).toBe(0);
});
