// An empty 2xx is an answer only where the contract says the operation answers with no body. Where it
// declares a body (read from the generated operation table, `responseBody`), empty is an
// InvalidResponseError, not `undefined` typed as a booking.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { InvalidResponseError, createAdultWorkClient, unwrap } from "adultwork-api-client";
import { operations } from "adultwork-api-client/operations";
import { faults, startFaultServer, type FaultServer } from "../support/fault-server.js";
import { ACCESS_TOKEN, caught, recordingLogger, scanForSecrets } from "../support/secrets.js";

scanForSecrets();

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const client = () => createAdultWorkClient({ baseUrl: server.url, accessToken: ACCESS_TOKEN, retryDelayMs: 1 });

const EMPTY_ANSWERS = [
  ["200 with Content-Length: 0", () => faults.raw(200, { "Content-Type": "application/json", "Content-Length": "0" })],
  ["200 chunked with no bytes", () => faults.raw(200, { "Content-Type": "application/json", "Transfer-Encoding": "chunked" })],
  ["200 with no Content-Type either", () => faults.raw(200, { "Content-Length": "0" })],
  ["204 No Content", () => faults.raw(204, {})],
] as const;

test("the operations used here are what the contract says they are", () => {
  expect(operations.madeWebcamBookingDetails.responseBody).toBe(true);
  expect(operations.confirmMadeWebcamBooking.responseBody).toBe(true);
  // The docs do not show what booking creation answers: an empty answer may be what it sends.
  expect(operations.createWebcamBooking.responseBody).toBe(false);
  expect(operations.addBlockedSendersListEmail.responseBody).toBe(false);
  expect(operations.updateBlockedSendersListEmail.responseBody).toBe(false);
});

describe("an operation whose contract declares a JSON body", () => {
  test.each(EMPTY_ANSWERS)("GET answered %s: InvalidResponseError", async (_what, answer) => {
    server.queue(answer());
    const { logger, events } = recordingLogger();
    const c = createAdultWorkClient({ baseUrl: server.url, accessToken: ACCESS_TOKEN, logger });
    const err = await caught(unwrap(c.GET("/v1/Webcam/MadeBookingDetails", { params: { query: { BookingID: 1 } } })));
    expect(err).toBeInstanceOf(InvalidResponseError);
    expect(err).toMatchObject({ operationId: "madeWebcamBookingDetails", mayHaveBeenProcessed: true, body: "" });
    expect(err.message).toMatch(/an empty body where the contract declares one/);
    expect(events.at(-1)).toMatchObject({ type: "error", error: err });
    // Not retried: the same request would get the same answer.
    expect(server.count()).toBe(1);
  });

  test("a POST answered with an empty 200 is sent once, and it may have been processed", async () => {
    server.fallback = () => faults.raw(200, { "Content-Type": "application/json", "Content-Length": "0" });
    const err = await caught(unwrap(client().POST("/v1/Webcam/ConfirmMadeBooking", { body: { WebcamBookingID: 1 } as never })));
    expect(err).toBeInstanceOf(InvalidResponseError);
    expect(err.mayHaveBeenProcessed).toBe(true);
    expect(server.count()).toBe(1);
  });

  test("an empty answer to a group-manager call is refused the same way", async () => {
    server.queue(faults.raw(200, { "Content-Length": "0" }));
    const err = await caught(unwrap(client().asGroupMember(5).GET("/v1/Webcam/MadeBookingDetails", { params: { query: { BookingID: 1 } } })));
    expect(err).toBeInstanceOf(InvalidResponseError);
    expect(err.operationId).toBe("madeWebcamBookingDetailsAsGroupManager");
  });
});

describe("an operation whose contract declares no body, or whose answer the docs do not show", () => {
  test("an empty 200 to booking creation (answer undocumented) is data undefined, sent once", async () => {
    server.fallback = () => faults.raw(200, { "Content-Type": "application/json", "Content-Length": "0" });
    const result = await client().POST("/v1/Webcam/CreateBooking", { body: { BookUserIDs: "1" } as never });
    expect(result.error).toBeUndefined();
    expect(result.response.status).toBe(200);
    expect(server.count()).toBe(1);
  });

  test.each(EMPTY_ANSWERS)("POST BlockedSendersAdd answered %s: fine, no data", async (_what, answer) => {
    server.queue(answer());
    const c = client();
    const result = await c.POST("/v1/Email/BlockedSendersAdd", { body: { Emails: "a@example.test" } as never });
    expect(result.error).toBeUndefined();
    expect(result.response.ok).toBe(true);
    expect(result.data).toBeUndefined();
    expect(server.count()).toBe(1);
  });
});
