// A CommonJS TypeScript module using the package: require() of its CommonJS build, typed by the
// same declarations ES module code sees, under `module` node16, node20 and nodenext alike.
import aw = require("adultwork-api-client");

async function readSessionDate(baseUrl: string): Promise<string> {
  const client = aw.createAdultWorkClient({ baseUrl, accessToken: "consumer-access-token" });
  const booking = await aw.unwrap(client.GET("/v1/Webcam/MadeBookingDetails", { params: { query: { BookingID: 1 } } }));
  return booking.SessionDate;
}

async function readThrowing(baseUrl: string): Promise<number> {
  const client = aw.createAdultWorkClient({ baseUrl, accessToken: "consumer-access-token", throwOnError: true });
  const { data } = await client.GET("/v1/Webcam/MadeBookingDetails", { params: { query: { BookingID: 1 } } });
  return data.WebcamBookingID;
}

const isRefusal = (err: unknown): boolean => err instanceof aw.AuthenticationError;

export = { readSessionDate, readThrowing, isRefusal };
