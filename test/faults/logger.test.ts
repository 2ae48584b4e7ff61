// A logger is best effort: one that throws, or returns a promise that rejects (at once or later),
// never changes a call's outcome, and never leaves an unhandled rejection that would end the process.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { InternalServerError, createAdultWorkClient, createRefreshingTokenProvider, unwrap, type Logger } from "adultwork-api-client";
import { faults, startFaultServer, type FaultServer } from "../support/fault-server.js";
import { ACCESS_TOKEN, CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN, caught, scanForSecrets } from "../support/secrets.js";
import { installTokenEndpoint } from "../support/token-endpoint.js";

scanForSecrets();

const PATH = "/v1/Webcam/MadeBookingDetails";

let server: FaultServer;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => void unhandled.push(reason);
beforeAll(async () => {
  server = await startFaultServer();
  process.on("unhandledRejection", onUnhandled);
});
afterAll(async () => {
  process.off("unhandledRejection", onUnhandled);
  await server.close();
});
beforeEach(() => {
  server.reset();
  unhandled.length = 0;
});
afterEach(async () => {
  // Rejections are reported once the microtask queue drains; the late ones below after 20 ms.
  await new Promise((resolve) => setTimeout(resolve, 60));
  expect(unhandled, "unhandled rejections").toEqual([]);
});

const hostile: Record<string, () => Logger> = {
  "throws an Error": () => () => {
    throw new Error("logger broke");
  },
  "throws a non-Error": () => () => {
    throw "just a string";
  },
  "is async and throws": () => async () => {
    throw new Error("async logger broke");
  },
  "rejects later": () => () => new Promise<void>((_resolve, reject) => setTimeout(() => reject(new Error("late")), 20)) as unknown as void,
  "returns a thenable that rejects": () => () => ({ then: (_ok: unknown, fail: (e: unknown) => void) => fail(new Error("thenable")) }) as unknown as void,
  "returns a thenable whose then throws": () => () => ({
    get then() {
      throw new Error("then getter");
    },
  }) as unknown as void,
};

describe.each(Object.entries(hostile))("a logger that %s", (_what, make) => {
  test("a call with a retry succeeds as it would without it, and every event was offered", async () => {
    let calls = 0;
    const logger = make();
    server.queue(faults.status(503, { "Retry-After": "0" }), faults.json({ WebcamBookingID: 1 }));
    const c = createAdultWorkClient({ baseUrl: server.url, accessToken: ACCESS_TOKEN, retryDelayMs: 1, logger: (e) => (calls++, logger(e)) });
    await expect(unwrap(c.GET(PATH, { params: { query: { BookingID: 1 } } }))).resolves.toEqual({ WebcamBookingID: 1 });
    expect(calls).toBe(5); // request, response, retry, request, response
    expect(server.count()).toBe(2);
  });

  test("a failing call fails with its own error, and a refresh still happens", async () => {
    installTokenEndpoint(server, { accessToken: ACCESS_TOKEN, refreshToken: REFRESH_TOKEN });
    server.route("/v1/Webcam/CreateBooking", () => faults.status(500));
    const tokens = createRefreshingTokenProvider({
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      tokenUrl: `${server.url}/OAuth/token`,
      tokens: { refreshToken: REFRESH_TOKEN },
      onTokens: () => undefined,
    });
    const c = createAdultWorkClient({ baseUrl: server.url, accessToken: tokens, maxRetries: 0, logger: make() });
    expect(await caught(unwrap(c.POST("/v1/Webcam/CreateBooking", { body: { BookUserIDs: "1" } as never })))).toBeInstanceOf(InternalServerError);
    expect(server.count("POST", "/OAuth/token")).toBe(1);
  });
});
