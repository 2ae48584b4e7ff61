// Bad input reaches the caller as typed errors that never carry a credential.
import { describe, expect, inject, test } from "vitest";
import {
  AdultWorkApiError,
  AdultWorkUsageError,
  AuthenticationError,
  BadRequestError,
  createAdultWorkClient,
  unwrap,
} from "adultwork-api-client";

const baseUrl = inject("prismUrl");
const TOKEN = "tok_secret_4f9a8b7c6d5e";

/** Every string an error exposes: message, stack, body and its JSON form. */
function exposed(err: unknown): string {
  const e = err as Error & Record<string, unknown>;
  return [String(e), e.message, e.stack, JSON.stringify(e), JSON.stringify(e.body ?? null)].join("\n");
}

describe("errors", () => {
  test("a user operation called without a token is refused with 401 and throws AuthenticationError", async () => {
    const client = createAdultWorkClient({ baseUrl });
    const result = await client.GET("/v1/Webcam/MadeBookingDetails", { params: { query: { BookingID: 1 } } });
    expect(result.response.status).toBe(401);
    const err = await unwrap(result).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AuthenticationError);
    expect(err).toBeInstanceOf(AdultWorkApiError);
    expect(err).toMatchObject({ status: 401, operationId: "madeWebcamBookingDetails", method: "GET", path: "/v1/Webcam/MadeBookingDetails" });
  });

  test("a wrong-typed parameter is refused by the contract and throws BadRequestError without the token", async () => {
    const client = createAdultWorkClient({ baseUrl, accessToken: TOKEN });
    const err = await unwrap(
      // A string where the contract says integer: the request Prism validates is invalid.
      client.GET("/v1/Webcam/MadeBookingDetails", { params: { query: { BookingID: "not-a-number" as unknown as number } } }),
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BadRequestError);
    expect(err).toMatchObject({ status: 400, operationId: "madeWebcamBookingDetails" });
    expect((err as AdultWorkApiError).headers.get("sl-violations")).toMatch(/bookingid/i);
    expect(exposed(err)).not.toContain(TOKEN);
  });

  test("a bad body is refused, and the group-manager route names the group operation", async () => {
    const client = createAdultWorkClient({ baseUrl, accessToken: TOKEN });
    const err = await unwrap(
      client.GET("/v1/Webcam/MadeBookings", { params: { query: { BookingsPerPage: 101 } } }),
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BadRequestError);

    const groupErr = await unwrap(
      client.asGroupMember(42).GET("/v1/Webcam/MadeBookingDetails", { params: { query: { BookingID: "x" as unknown as number } } }),
    ).catch((e: unknown) => e);
    expect(groupErr).toMatchObject({ status: 400, operationId: "madeWebcamBookingDetailsAsGroupManager", path: "/v1/Groups/Webcam/MadeBookingDetails" });
  });

  test("unwrap returns the data of a successful call", async () => {
    const client = createAdultWorkClient({ baseUrl, accessToken: TOKEN });
    const booking = await unwrap(client.GET("/v1/Webcam/MadeBookingDetails", { params: { query: { BookingID: 1 } } }));
    expect(booking.IsMulitple).toBe(true);
    expect(booking.Performer.Nickname).toBe("JosepheneBlogs");
  });

  test("asGroupMember refuses an ID that is not a positive integer, and an operation without a group form", () => {
    const client = createAdultWorkClient({ baseUrl, accessToken: TOKEN });
    for (const bad of [0, -1, 1.5, Number.NaN]) expect(() => client.asGroupMember(bad)).toThrow(AdultWorkUsageError);
    const member = client.asGroupMember(7);
    // @ts-expect-error: CreateBooking has no group-manager form, so the typed client rejects it.
    expect(() => member.POST("/v1/Webcam/CreateBooking", { body: {} })).toThrow(/no group-manager form/);
  });

  test("a base URL that would send credentials in clear text is refused", () => {
    expect(() => createAdultWorkClient({ baseUrl: "http://api.example.test" })).toThrow(AdultWorkUsageError);
    expect(() => createAdultWorkClient({ baseUrl: "not a url" })).toThrow(AdultWorkUsageError);
    expect(() => createAdultWorkClient({ baseUrl: "http://127.0.0.1:9" })).not.toThrow();
  });
});
