// A CommonJS TypeScript module using the package: TypeScript (module node20 or nodenext) types
// the require() of an ES module the way Node 20.19+ runs it.
import aw = require("adultwork-api-client");

async function readSessionDate(baseUrl: string): Promise<string> {
  const client = aw.createAdultWorkClient({ baseUrl, accessToken: "consumer-access-token" });
  const booking = await aw.unwrap(client.GET("/v1/Webcam/MadeBookingDetails", { params: { query: { BookingID: 1 } } }));
  return booking.SessionDate;
}

export = readSessionDate;
