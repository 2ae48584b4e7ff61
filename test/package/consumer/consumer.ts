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

const baseUrl = process.env.AW_BASE_URL;
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

/** Never called: proves that a path the contract lacks, or a missing parameter, does not compile. */
export function typeErrors() {
  // @ts-expect-error the contract has no such path
  void client.GET("/v1/Webcam/NoSuchOperation");
  // @ts-expect-error BookingID is required
  void client.GET("/v1/Webcam/MadeBookingDetails", { params: { query: {} } });
}

const used: OperationId[] = ["madeWebcamBookingDetails"];
const contract = createRequire(import.meta.url)("adultwork-api-client/openapi.json") as { openapi: string; paths: Record<string, unknown> };

console.log(
  JSON.stringify({
    bookingId,
    sessionDate,
    isMultiple,
    groupBookingId: theirs.WebcamBookingID,
    refused: refused instanceof AuthenticationError && refused instanceof AdultWorkApiError ? refused.status : String(refused),
    scopes: scopesFor(used),
    operations: Object.keys(operations).length,
    contractPaths: Object.keys(contract.paths).length,
    openapi: contract.openapi,
  }),
);
