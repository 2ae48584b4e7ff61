// throwOnError: true, against the mock. Every raw call, and every call of asGroupMember, resolves
// only to a success (data present) or throws the error unwrap() throws for the same answer.
import { describe, expect, expectTypeOf, inject, test } from "vitest";
import {
  AdultWorkApiError,
  AdultWorkConnectionError,
  AuthenticationError,
  BadRequestError,
  NotFoundError,
  createAdultWorkClient,
  unwrap,
  type components,
} from "adultwork-api-client";
import { successExample } from "../support/contract.js";

const baseUrl = inject("prismUrl");
const query = { params: { query: { BookingID: 1 } } };
const booking = () => successExample("madeWebcamBookingDetails")?.value as Record<string, unknown>;

describe("throwOnError", () => {
  test("a GET resolves to the success branch, with data typed as present", async () => {
    const aw = createAdultWorkClient({ baseUrl, accessToken: "t", throwOnError: true });
    const result = await aw.GET("/v1/Webcam/MadeBookingDetails", query);
    expectTypeOf(result.data.WebcamBookingID).toEqualTypeOf<number>();
    expectTypeOf<undefined>().not.toExtend<typeof result.data>();
    expectTypeOf(result.data).toExtend<components["schemas"]["WebcamBooking"]>();
    expect(result.data.WebcamBookingID).toBe(booking().WebcamBookingID);
    expect(result.error).toBeUndefined();
    expect(result.response.status).toBe(200);
  });

  test("an error status throws the subclass unwrap() throws, with the call's fields", async () => {
    const aw = createAdultWorkClient({ baseUrl, accessToken: "t", throwOnError: true });
    const err = await aw.GET("/v1/Webcam/MadeBookingDetails", { ...query, headers: { Prefer: "code=404" } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NotFoundError);
    expect(err).toMatchObject({ status: 404, operationId: "madeWebcamBookingDetails", method: "GET", path: "/v1/Webcam/MadeBookingDetails", mayHaveBeenProcessed: false });

    const plain = createAdultWorkClient({ baseUrl, accessToken: "t" });
    const same = await unwrap(plain.GET("/v1/Webcam/MadeBookingDetails", { ...query, headers: { Prefer: "code=404" } })).catch((e: unknown) => e);
    expect((same as Error).constructor).toBe((err as Error).constructor);
    expect((same as Error).message).toBe((err as Error).message);
  });

  test("a missing token (401) and an invalid request (400) throw too, POST included", async () => {
    const aw = createAdultWorkClient({ baseUrl, throwOnError: true });
    await expect(aw.GET("/v1/Webcam/MadeBookingDetails", query)).rejects.toBeInstanceOf(AuthenticationError);
    const authed = createAdultWorkClient({ baseUrl, accessToken: "t", throwOnError: true });
    const bad = await authed
      .POST("/v1/Webcam/CreateBooking", { body: { BookUserIDs: "not,ids", SessionDate: "x", Duration: 1, Credits: 1, SoftwareTypeID: 3, SignInNameOrEmail: "s" } })
      .catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(BadRequestError);
    expect((bad as AdultWorkApiError).operationId).toBe("createWebcamBooking");
  });

  test("a group member's calls throw as well, and succeed through the group-manager form", async () => {
    const aw = createAdultWorkClient({ baseUrl, accessToken: "t", throwOnError: true });
    const { data } = await aw.asGroupMember(123456).GET("/v1/Webcam/MadeBookingDetails", query);
    expect(typeof data.WebcamBookingID).toBe("number");
    const anonymous = createAdultWorkClient({ baseUrl, throwOnError: true });
    const err = await anonymous.asGroupMember(123456).GET("/v1/Webcam/MadeBookingDetails", query).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AuthenticationError);
    expect((err as AdultWorkApiError).operationId).toBe("madeWebcamBookingDetailsAsGroupManager");
  });

  test("unwrap() still works on a throwing client's results, and transport failures reject as before", async () => {
    const aw = createAdultWorkClient({ baseUrl, accessToken: "t", throwOnError: true });
    const data = await unwrap(aw.GET("/v1/Webcam/MadeBookingDetails", query));
    expect(data.WebcamBookingID).toBe(booking().WebcamBookingID);
    const nowhere = createAdultWorkClient({ baseUrl: "http://127.0.0.1:9", accessToken: "t", throwOnError: true, maxRetries: 0 });
    await expect(nowhere.GET("/v1/Webcam/MadeBookingDetails", query)).rejects.toBeInstanceOf(AdultWorkConnectionError);
  });
});
