// A plain CommonJS program: require() loads every entry of the package's exports map (its
// CommonJS build), import() loads the ES module build, both export the same names, errors of one
// build are instances of the other's classes, and the required client works against the mock API in
// AW_BASE_URL.
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
      const names = (m) => Object.keys(m).filter((k) => k !== "default" && k !== "__esModule").sort();
      entries[key] = { kind: "module", required: names(required), imported: names(imported) };
    }
  }
  const cjs = require(name);
  const esm = await import(name);
  const booking = await cjs.unwrap(
    cjs.createAdultWorkClient({ baseUrl: process.env.AW_BASE_URL, accessToken: "consumer-access-token" }).GET("/v1/Webcam/MadeBookingDetails", {
      params: { query: { BookingID: 1 } },
    }),
  );

  // A call without a token fails with 401: once through each build.
  const refuse = (build) =>
    build.unwrap(build.createAdultWorkClient({ baseUrl: process.env.AW_BASE_URL }).GET("/v1/Webcam/MadeBookingDetails", { params: { query: { BookingID: 1 } } })).catch((e) => e);
  const esmError = await refuse(esm);
  const cjsError = await refuse(cjs);
  // The ES module client's result, unwrapped by the CommonJS build, still names its operation.
  const viaOther = await cjs
    .unwrap(esm.createAdultWorkClient({ baseUrl: process.env.AW_BASE_URL }).GET("/v1/Webcam/MadeBookingDetails", { params: { query: { BookingID: 1 } } }))
    .catch((e) => e);
  const xmlError = new (await import(`${name}/xml`)).AdultWorkXmlError({ elementPath: "/X", problem: "test" });
  const crossBuild = {
    esmErrorIsCjsClass: esmError instanceof cjs.AuthenticationError,
    cjsErrorIsEsmClass: cjsError instanceof esm.AuthenticationError,
    esmErrorIsCjsBase: esmError instanceof cjs.AdultWorkApiError && esmError instanceof cjs.AdultWorkError,
    notOtherStatus: esmError instanceof cjs.NotFoundError,
    xmlErrorIsCjsBase: xmlError instanceof cjs.AdultWorkError,
    unwrapAcrossBuilds: viaOther.operationId,
  };
  console.log(JSON.stringify({ entries, bookingId: booking.WebcamBookingID, crossBuild }));
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
