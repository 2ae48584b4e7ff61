// The test runners consumer projects use, each in a fresh project that installed the packed
// tarball, each running a test file written as a team would write it: Jest 30 with its default
// CommonJS setup (no transform, no ESM flags), and vitest with its defaults. Both call the mock API
// through the client and check the error classes.
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { installedVersion, peerSpecs, runAll, workspace, type Workspace } from "../support/consumer.js";

const prismUrl = inject("prismUrl");
let ws: Workspace;

beforeAll(() => {
  ws = workspace("runners");
}, 120_000);
afterAll(() => ws?.remove());

const JEST_TEST = `// A Jest test as a CommonJS project writes it.
const { createAdultWorkClient, unwrap, AuthenticationError, AdultWorkApiError, AdultWorkError } = require("adultwork-api-client");
const { createMockFetch } = require("adultwork-api-client/testing");

const baseUrl = process.env.AW_BASE_URL;
const query = { params: { query: { BookingID: 1 } } };

test("reads a made booking from the mock API", async () => {
  const aw = createAdultWorkClient({ baseUrl, accessToken: "jest-token" });
  const booking = await unwrap(aw.GET("/v1/Webcam/MadeBookingDetails", query));
  expect(typeof booking.WebcamBookingID).toBe("number");
});

test("a call without a token rejects with AuthenticationError", async () => {
  const aw = createAdultWorkClient({ baseUrl });
  await expect(unwrap(aw.GET("/v1/Webcam/MadeBookingDetails", query))).rejects.toBeInstanceOf(AuthenticationError);
});

test("throwOnError makes the raw call throw the same hierarchy", async () => {
  const aw = createAdultWorkClient({ baseUrl, throwOnError: true });
  const err = await aw.GET("/v1/Webcam/MadeBookingDetails", query).catch((e) => e);
  expect(err).toBeInstanceOf(AdultWorkApiError);
  expect(err).toBeInstanceOf(AdultWorkError);
  expect(err.status).toBe(401);
  expect(err.operationId).toBe("madeWebcamBookingDetails");
});

test("the testing entry's in-process fake answers, with no server", async () => {
  const mock = createMockFetch();
  const aw = createAdultWorkClient({ baseUrl: "https://api.test", accessToken: "t", fetch: mock.fetch });
  const booking = await unwrap(aw.GET("/v1/Webcam/MadeBookingDetails", query));
  expect(typeof booking.WebcamBookingID).toBe("number");
  expect(mock.callsOf("madeWebcamBookingDetails")).toHaveLength(1);
  mock.script("madeWebcamBookingDetails", { status: 404 });
  await expect(unwrap(aw.GET("/v1/Webcam/MadeBookingDetails", query))).rejects.toBeInstanceOf(AdultWorkApiError);
});
`;

const VITEST_TEST = `import { expect, test } from "vitest";
import { createAdultWorkClient, unwrap, AuthenticationError } from "adultwork-api-client";

const baseUrl = process.env.AW_BASE_URL;
const query = { params: { query: { BookingID: 1 } } };

test("reads a made booking from the mock API", async () => {
  const booking = await unwrap(createAdultWorkClient({ baseUrl, accessToken: "vitest-token" }).GET("/v1/Webcam/MadeBookingDetails", query));
  expect(typeof booking.WebcamBookingID).toBe("number");
});

test("a call without a token rejects with AuthenticationError", async () => {
  await expect(unwrap(createAdultWorkClient({ baseUrl }).GET("/v1/Webcam/MadeBookingDetails", query))).rejects.toBeInstanceOf(AuthenticationError);
});
`;

/** The runner's own summary line (`Tests: 3 passed, 3 total` / `Tests  2 passed (2)`). */
const passed = (out: string) => Number(/Tests:?\s+(\d+) passed/.exec(out.replace(/\x1b\[[0-9;]*m/g, ""))?.[1] ?? 0);

describe("test runners in consumer projects", () => {
  test("Jest 30, default CommonJS setup: calls the client, checks error classes and uses the testing entry", () => {
    const project = ws.project("jest-consumer", { scripts: { test: "jest" } }, { "client.test.js": JEST_TEST });
    ws.install(project, [ws.tarball().path, `jest@${installedVersion("jest")}`, ...peerSpecs().filter((p) => /^ajv/.test(p))]);
    // Jest writes its report to stderr.
    const { status, output } = runAll(process.execPath, [join("node_modules", "jest", "bin", "jest.js"), "--ci"], project, { ...process.env, AW_BASE_URL: prismUrl });
    expect(status, output).toBe(0);
    expect(passed(output), output).toBe(4);
  }, 300_000);

  test("vitest, default setup: calls the client and checks an error class", () => {
    const project = ws.project("vitest-consumer", { type: "module" }, { "client.test.ts": VITEST_TEST });
    ws.install(project, [ws.tarball().path, `vitest@${installedVersion("vitest")}`]);
    const { status, output } = runAll(process.execPath, [join("node_modules", "vitest", "vitest.mjs"), "run"], project, { ...process.env, AW_BASE_URL: prismUrl, CI: "true" });
    expect(status, output).toBe(0);
    expect(passed(output), output).toBe(2);
  }, 300_000);
});
