// Redirects: followed only within the origin credentials were meant for; anything else is an error,
// and the other origin receives nothing (no Authorization, no apiKey).
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { AdultWorkRedirectError, AdultWorkUsageError, createAdultWorkClient, unwrap } from "adultwork-api-client";
import { faults, startFaultServer, type FaultServer } from "../support/fault-server.js";
import { ACCESS_TOKEN, API_KEY, caught, caughtSync, newSecret, recordingLogger, scanForSecrets } from "../support/secrets.js";

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

  test("a same-origin redirect to a URL with a user name and password is refused, and the password is not repeated", async () => {
    const password = newSecret("redirect-password");
    server.queue(faults.redirect(`http://user:${password}@127.0.0.1:${server.port}${PATH}`, 307));
    const err = await caught(getBooking());
    expect(err).toBeInstanceOf(AdultWorkRedirectError);
    expect(err.message).toMatch(/carries a user name or password/);
    expect(server.count()).toBe(1);
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

describe("a POST body is sent again at most once across redirects", () => {
  const CREATE = "/v1/Webcam/CreateBooking";
  const BODY = JSON.stringify({ BookUserIDs: "1" });
  const create = (c = client()) => unwrap(c.POST(CREATE, { body: { BookUserIDs: "1" } as never }));
  const posts = () => server.requests.filter((r) => r.method === "POST" && r.body === BODY).length;

  test.each([307, 308])("a %i loop: the body arrives twice, then AdultWorkRedirectError", async (status) => {
    server.fallback = () => faults.redirect(CREATE, status);
    const { logger, events } = recordingLogger();
    const err = await caught(create(createAdultWorkClient({ baseUrl: server.url, accessToken: ACCESS_TOKEN, logger })));
    expect(err).toBeInstanceOf(AdultWorkRedirectError);
    expect(err).toMatchObject({ status, mayHaveBeenProcessed: true, operationId: "createWebcamBooking" });
    expect(err.message).toMatch(/would send the request body a third time/);
    expect(posts()).toBe(2);
    expect(server.count()).toBe(2);
    expect(events.at(-1)).toMatchObject({ type: "error", error: err });
  });

  test("one 307 is followed: the booking is made, its body sent twice in all", async () => {
    server.queue(faults.redirect(`${CREATE}?moved=1`, 307), faults.json(BOOKING));
    await expect(create()).resolves.toEqual(BOOKING);
    expect(posts()).toBe(2);
  });

  test("307 then 308: the second re-send is refused, wherever it points", async () => {
    server.queue(faults.redirect("/v1/Webcam/CreateBooking2", 307), faults.redirect("/v1/Webcam/CreateBooking3", 308), faults.json(BOOKING));
    expect(await caught(create())).toBeInstanceOf(AdultWorkRedirectError);
    expect(posts()).toBe(2);
  });

  test("the bound holds across the 401 replay: at most three receptions of the body in one call", async () => {
    // 401 (not processed), refresh, replay; the replay is redirected twice.
    server.queue(faults.json({ Message: "expired" }, 401), faults.redirect(CREATE, 307), faults.redirect(CREATE, 307), faults.json(BOOKING));
    let n = 0;
    const tokens = { getToken: async () => `${ACCESS_TOKEN}-${n}`, refresh: async () => `${ACCESS_TOKEN}-${++n}` };
    const err = await caught(create(createAdultWorkClient({ baseUrl: server.url, accessToken: tokens })));
    expect(err).toBeInstanceOf(AdultWorkRedirectError);
    expect(posts()).toBe(3);
  });

  test("a GET still follows up to 5 redirects (it is safe to repeat)", async () => {
    for (let i = 0; i < 5; i++) server.queue(faults.redirect(`${PATH}?BookingID=${i}`, 307));
    server.queue(faults.json(BOOKING));
    await expect(getBooking()).resolves.toEqual(BOOKING);
    expect(server.count()).toBe(6);
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
