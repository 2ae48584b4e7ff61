// A first tour of the client: list the member's made webcam bookings, read one, then read one as a
// group manager acting for a member. `npm start` runs it against the mock; set AW_ACCESS_TOKEN
// (and AW_BASE_URL, AW_BOOKING_ID, AW_GROUP_MEMBER_ID) to run it against the real API.
import { AdultWorkApiError, createAdultWorkClient, scopesFor, unwrap } from "adultwork-api-client";

const client = createAdultWorkClient({
  baseUrl: process.env.AW_BASE_URL,
  accessToken: process.env.AW_ACCESS_TOKEN,
});

const used = ["madeWebcamBookings", "madeWebcamBookingDetails"] as const;
console.log(`Scopes this example needs: ${scopesFor(used).join(" ")}`);

try {
  const page = await unwrap(client.GET("/v1/Webcam/MadeBookings", { params: { query: { BookingsPerPage: 10, PageNumber: 1 } } }));
  console.log(`Made webcam bookings: page ${page.PageNumber} of ${page.PageCount}`);

  const bookingId = Number(process.env.AW_BOOKING_ID ?? 1);
  const booking = await unwrap(client.GET("/v1/Webcam/MadeBookingDetails", { params: { query: { BookingID: bookingId } } }));
  console.log(
    `Booking ${booking.WebcamBookingID}: ${booking.Status}, ${booking.Duration} min for ${booking.Credits} credits, ` +
      `session ${booking.SessionDate}, performer ${booking.Performer.Nickname} (${booking.Performer.Positive} positive ratings)`,
  );

  const memberId = Number(process.env.AW_GROUP_MEMBER_ID ?? 123456);
  const member = client.asGroupMember(memberId);
  const theirs = await unwrap(member.GET("/v1/Webcam/MadeBookingDetails", { params: { query: { BookingID: bookingId } } }));
  console.log(`As group manager for member ${memberId}: booking ${theirs.WebcamBookingID} is ${theirs.Status}`);
} catch (err) {
  if (err instanceof AdultWorkApiError) {
    console.error(`${err.name}: ${err.message}`);
    process.exitCode = 1;
  } else {
    throw err;
  }
}
