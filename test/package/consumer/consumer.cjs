// A plain CommonJS program: require() loads every entry of the package's exports map (Node
// 20.19+ loads ES modules synchronously), gets the same module instance import() gets, and the
// required client works against the mock API in AW_BASE_URL.
"use strict";
const { isDeepStrictEqual } = require("node:util");

const name = "adultwork-api-client";
const { exports: exportsMap } = require(`${name}/package.json`);

async function main() {
  const entries = {};
  for (const key of Object.keys(exportsMap)) {
    const specifier = key === "." ? name : `${name}${key.slice(1)}`;
    const required = require(specifier);
    if (key.endsWith(".json")) {
      const imported = (await import(specifier, { with: { type: "json" } })).default;
      entries[key] = { kind: "json", sameValue: isDeepStrictEqual(required, imported) };
    } else {
      const imported = await import(specifier);
      entries[key] = { kind: "module", exports: Object.keys(required).sort(), sameInstance: required === imported };
    }
  }
  const { createAdultWorkClient, unwrap } = require(name);
  const client = createAdultWorkClient({ baseUrl: process.env.AW_BASE_URL, accessToken: "consumer-access-token" });
  const booking = await unwrap(client.GET("/v1/Webcam/MadeBookingDetails", { params: { query: { BookingID: 1 } } }));
  console.log(JSON.stringify({ entries, bookingId: booking.WebcamBookingID }));
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
