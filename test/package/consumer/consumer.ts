// A program another team would write against the installed package: strict TypeScript, the
// package's own types, run against the mock API whose URL is in AW_BASE_URL. It prints what it
// received as one JSON line for the package test to compare with the contract.
import { createRequire } from "node:module";
import {
  AdultWorkApiError,
  AuthenticationError,
  createAdultWorkClient,
  scopesFor,
  unwrap,
  type OperationId,
} from "adultwork-api-client";
import { operations } from "adultwork-api-client/operations";

const baseUrl = process.env["AW_BASE_URL"];
if (!baseUrl) throw new Error("Set AW_BASE_URL to the mock API");

const client = createAdultWorkClient({ baseUrl, accessToken: "consumer-access-token" });

const booking = await unwrap(client.GET("/v1/Webcam/MadeBookingDetails", { params: { query: { BookingID: 1 } } }));
// The answer is typed from the contract: these annotations fail to compile if the types are lost.
const bookingId: number = booking.WebcamBookingID;
const sessionDate: string = booking.SessionDate;
const isMultiple: boolean = booking.IsMulitple;

const theirs = await unwrap(client.asGroupMember(123456).GET("/v1/Webcam/MadeBookingDetails", { params: { query: { BookingID: 1 } } }));

// A call without a token fails as the typed error the package exports.
const anonymous = createAdultWorkClient({ baseUrl });
const refused = await unwrap(anonymous.GET("/v1/Webcam/MadeBookingDetails", { params: { query: { BookingID: 1 } } })).catch((e: unknown) => e);

// throwOnError: the raw call throws, and `data` is typed as present (no `!`, no unwrap).
const throwing = createAdultWorkClient({ baseUrl, accessToken: "consumer-access-token", throwOnError: true });
const { data: thrownBooking } = await throwing.GET("/v1/Webcam/MadeBookingDetails", { params: { query: { BookingID: 1 } } });
const thrownBookingId: number = thrownBooking.WebcamBookingID;
const thrownRefused = await createAdultWorkClient({ baseUrl, throwOnError: true })
  .GET("/v1/Webcam/MadeBookingDetails", { params: { query: { BookingID: 1 } } })
  .then(
    () => "resolved",
    (e: unknown) => (e instanceof AuthenticationError ? e.status : String(e)),
  );
// Options a program reads from its environment may be undefined (exactOptionalPropertyTypes holds).
const fromEnv = createAdultWorkClient({ baseUrl, apiKey: process.env["AW_API_KEY"], accessToken: process.env["AW_ACCESS_TOKEN"], timeoutMs: undefined });
void fromEnv;

/** Never called: proves that a path the contract lacks, or a missing parameter, does not compile. */
export function typeErrors() {
  // @ts-expect-error the contract has no such path
  void client.GET("/v1/Webcam/NoSuchOperation");
  // @ts-expect-error BookingID is required
  void client.GET("/v1/Webcam/MadeBookingDetails", { params: { query: {} } });
  // @ts-expect-error without throwOnError, data may be undefined
  void client.GET("/v1/Webcam/MadeBookingDetails", { params: { query: { BookingID: 1 } } }).then((r) => r.data.WebcamBookingID);
}

const used: OperationId[] = ["madeWebcamBookingDetails"];
const contract = createRequire(import.meta.url)("adultwork-api-client/openapi.json") as { openapi: string; paths: Record<string, unknown> };

console.log(
  JSON.stringify({
    bookingId,
    sessionDate,
    isMultiple,
    groupBookingId: theirs.WebcamBookingID,
    thrownBookingId,
    refused: refused instanceof AuthenticationError && refused instanceof AdultWorkApiError ? refused.status : String(refused),
    thrownRefused,
    scopes: scopesFor(used),
    operations: Object.keys(operations).length,
    contractPaths: Object.keys(contract.paths).length,
    openapi: contract.openapi,
  }),
);
