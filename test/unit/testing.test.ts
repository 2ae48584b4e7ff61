// adultwork-api-client/testing, used the way a team's unit tests would use it: the client with the
// fake fetch, no server. Where the fake claims to behave like the Prism mock, the same request is
// also sent to the real Prism (serving the same contract) and the statuses must agree.
import { describe, expect, inject, test } from "vitest";
import {
  AdultWorkConnectionError,
  BadRequestError,
  AuthenticationError,
  InternalServerError,
  createAdultWorkClient,
  paginate,
  unwrap,
} from "adultwork-api-client";
import { createMockFetch, MockFixtureError } from "adultwork-api-client/testing";

const emails = { PageCount: 2, PageNumber: 1, Emails: [{ EmailID: 1 }, { EmailID: 2 }] };
const prism = inject("prismUrl");

function clientWith(mock: ReturnType<typeof createMockFetch>, extra: object = {}) {
  return createAdultWorkClient({ baseUrl: "https://api.test", accessToken: "token-1", apiKey: "key-1", fetch: mock.fetch, maxRetries: 0, ...extra });
}

describe("the fake fetch answers from the contract", () => {
  test("every operation without a fixture gets the contract's example, the same answer Prism serves", async () => {
    const mock = createMockFetch();
    const client = clientWith(mock);
    const fake = await unwrap(client.GET("/v1/Webcam/MadeBookingDetails", { params: { query: { BookingID: 1 } } }));
    const real = await unwrap(createAdultWorkClient({ baseUrl: prism, accessToken: "t" }).GET("/v1/Webcam/MadeBookingDetails", { params: { query: { BookingID: 1 } } }));
    expect(fake).toEqual(real);
    expect(fake.WebcamBookingID).toBeTypeOf("number");
  });

  test("a fixture replaces the example and is what paginate() walks", async () => {
    const onePage = { ...emails, PageCount: 1 };
    const mock = createMockFetch({ fixtures: { getEmails: onePage } });
    const client = clientWith(mock);
    const pages: unknown[] = [];
    for await (const page of paginate(client, "/v1/Email/GetEmails")) pages.push(page);
    expect(pages).toEqual([onePage]);
    expect(mock.callsOf("getEmails").map((c) => c.query.PageNumber)).toEqual(["1"]);
  });

  test("a fixture that does not fit the contract is refused when the fake is created, naming the pointer", () => {
    expect(() => createMockFetch({ fixtures: { getEmails: { ...emails, PageCount: "2" } } })).toThrow(MockFixtureError);
    expect(() => createMockFetch({ fixtures: { getEmails: { ...emails, PageCount: "2" } } })).toThrow("Fixture getEmails at /PageCount: must be integer");
    expect(() => createMockFetch({ fixtures: { getNothing: {} } })).toThrow(/no operation/);
  });
});

describe("the fake checks requests as the mock does", () => {
  const cases: Array<[string, string, Record<string, string>]> = [
    ["a missing required query parameter", "/v1/Webcam/MadeBookingDetails", { Authorization: "Bearer t" }],
    ["a parameter of the wrong type", "/v1/Webcam/MadeBookingDetails?BookingID=abc", { Authorization: "Bearer t" }],
    ["no access token on a member operation", "/v1/Webcam/MadeBookingDetails?BookingID=1", {}],
    ["no API key on a public operation", "/v1/lists/getCountries", {}],
    ["a valid request", "/v1/Webcam/MadeBookingDetails?BookingID=1", { Authorization: "Bearer t" }],
  ];
  test.each(cases)("%s gets the status Prism gives", async (_what, path, headers) => {
    const mock = createMockFetch();
    const fake = await mock.fetch(`https://api.test${path}`, { headers });
    const real = await fetch(`${prism}${path}`, { headers });
    expect(fake.status).toBe(real.status);
  });

  test("through the client, a wrong parameter is a BadRequestError and a missing token an AuthenticationError", async () => {
    const mock = createMockFetch();
    const client = clientWith(mock);
    const wrong = client.GET("/v1/Webcam/MadeBookingDetails", { params: { query: { BookingID: "x" as unknown as number } } });
    await expect(unwrap(wrong)).rejects.toBeInstanceOf(BadRequestError);
    const anonymous = createAdultWorkClient({ baseUrl: "https://api.test", fetch: mock.fetch, maxRetries: 0 });
    await expect(unwrap(anonymous.GET("/v1/account/verifyCredentials"))).rejects.toBeInstanceOf(AuthenticationError);
  });
});

describe("the fake records calls and plays scripts", () => {
  test("each call is recorded with its operation, query, headers and body", async () => {
    const mock = createMockFetch();
    const client = clientWith(mock);
    await unwrap(client.POST("/v1/Webcam/AcceptReceivedBooking", { body: { BookingID: 7, Credits: 10 } }));
    await unwrap(client.GET("/v1/lists/getCountries"));
    expect(mock.calls.map((c) => [c.operationId, c.status])).toEqual([
      ["acceptReceivedWebcamBooking", 200],
      ["getCountries", 200],
    ]);
    expect(mock.callsOf("acceptReceivedWebcamBooking")[0]!.body).toEqual({ BookingID: 7, Credits: 10 });
    expect(mock.callsOf("acceptReceivedWebcamBooking")[0]!.headers.get("authorization")).toBe("Bearer token-1");
    expect(mock.callsOf("getCountries")[0]!.query).toEqual({ apiKey: "key-1" });
  });

  test("a scripted status answers the next call only, then the normal answer returns", async () => {
    const mock = createMockFetch();
    const client = clientWith(mock);
    mock.script("getCountries", { status: 500, body: { Message: "down" } });
    await expect(unwrap(client.GET("/v1/lists/getCountries"))).rejects.toBeInstanceOf(InternalServerError);
    await expect(unwrap(client.GET("/v1/lists/getCountries"))).resolves.toBeDefined();
  });

  test("scripted faults drive the client's retries: a 503 then a network error, then success", async () => {
    const mock = createMockFetch();
    const client = clientWith(mock, { maxRetries: 2, retryDelayMs: 1, maxRetryDelayMs: 1 });
    mock.script("getCountries", { status: 503 }, { fault: "network-error" });
    await unwrap(client.GET("/v1/lists/getCountries"));
    expect(mock.callsOf("getCountries").map((c) => c.status)).toEqual([503, 0, 200]);
  });

  test("a network fault that is not retried surfaces as a connection error, and a hang ends with the caller's timeout", async () => {
    const mock = createMockFetch();
    const client = clientWith(mock, { timeoutMs: 200 });
    mock.script("acceptReceivedWebcamBooking", { fault: "network-error" });
    await expect(unwrap(client.POST("/v1/Webcam/AcceptReceivedBooking", { body: { BookingID: 7, Credits: 10 } }))).rejects.toBeInstanceOf(AdultWorkConnectionError);
    mock.script("getCountries", { fault: "hang" });
    await expect(unwrap(client.GET("/v1/lists/getCountries"))).rejects.toBeInstanceOf(AdultWorkConnectionError);
    mock.reset();
    expect(mock.calls).toEqual([]);
  });
});
