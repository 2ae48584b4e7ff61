// Response validation against a real server that drifts from the contract: extra fields, wrong
// types, an unknown enum value, a bad date, a missing field, an undeclared status and content type
// give exactly the expected findings, and no finding, message, file or report holds a body value.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { AdultWorkError, AdultWorkUsageError, InvalidResponseError, createAdultWorkClient } from "adultwork-api-client";
import { AdultWorkContractError, responseValidation, type DriftFinding, type ResponseValidationOptions } from "adultwork-api-client/validate";
import { ROOT, bin } from "../../scripts/lib/proc.mjs";
import { toYaml } from "../../scripts/drift-report.mjs";
import { callOperation, doc, operationObject } from "../support/contract.js";

const TOKEN = "tok_drift_secret_5e8d1c77";
const API_KEY = "key_drift_secret_a9b8c7d6";

/** A booking that keeps to the contract, its personal fields filled with recognisable sentinels. */
const validBooking = {
  WebcamBookingID: 770011,
  Duration: 30,
  Credits: 12.5,
  Status: "Accepted",
  IsMulitple: false,
  SoftwareTypeID: 3,
  SignInNameOrEmail: "sentinel.client.4417@example.test",
  AlsoPhoneChat: false,
  CreateDate: "2031-07-01T09:15",
  SessionDate: "2031-07-19T08:45",
  AcceptBy: "2031-07-18T08:45",
  AcceptedDate: "2031-07-02T10:20:31.5",
  ConfirmedDate: null,
  CancelledDate: null,
  CancelledReason: null,
  CancelledBy: null,
  RejectedReason: "SentinelRejectedReason_c40f",
  LastUpdated: "2031-07-02T10:20:31.5",
  Performer: {
    UserID: 880022,
    Nickname: "SentinelPerformer_93b1",
    SignInNameOrEmail: "sentinel.performer.93b1@example.test",
    PhoneNumber: "+44 7700 900731",
    Total: 12,
    Positive: 13,
    Neutral: 1,
    Negative: 0,
    Ratings: 14,
    Disputes: 0,
  },
};

const { AlsoPhoneChat: _dropped, ...withoutAlsoPhoneChat } = validBooking;
const driftedBooking = {
  ...withoutAlsoPhoneChat,
  Duration: "SENTINEL_DURATION_thirty",
  Status: "SentinelStatusArchived",
  SessionDate: "2031-07-19 08:45:59",
  FavouriteColour: "SentinelColour_teal",
  // Property names that are data or a credential must never be reported as names.
  [TOKEN]: "SentinelTokenKeyed_value",
  "sentinel.key.holder@example.test": "SentinelEmailKeyed_value",
  Performer: { ...validBooking.Performer, Nickname: 4242917, Email: "sentinel.performer.email@example.test" },
};

const deleteResults = [
  { BookingID: 1, Deleted: true, Message: null, Reason: "SentinelReason_a1" },
  { BookingID: 2, Deleted: "SENTINEL_NOPE_b2", Message: "Sentinel message b2", Reason: "SentinelReason_b2" },
  { BookingID: 3, Deleted: "SENTINEL_NOPE_c3", Reason: "SentinelReason_c3" },
];

const bookingsPage = {
  PageCount: 1,
  PageNumber: 1,
  Bookings: [
    { WebcamBookingID: 9021011, Nickname: "SentinelListNick_d4", SessionDate: "2031-08-01T10:00" },
    { WebcamBookingID: 9021012, Nickname: "SentinelListNick_e5", SessionDate: null },
  ],
};

/** What the server answers, by path: status, content type and body. */
const ROUTES: Record<string, { status: number; type: string; body: string }> = {
  "/v1/Webcam/MadeBookingDetails": { status: 200, type: "application/json; charset=utf-8", body: JSON.stringify(driftedBooking) },
  "/v1/Webcam/AcceptReceivedBooking": { status: 200, type: "application/json", body: JSON.stringify(validBooking) },
  "/v1/Webcam/DeleteMadeBookings": { status: 200, type: "application/json", body: JSON.stringify(deleteResults) },
  "/v1/Webcam/MadeBookings": { status: 200, type: "application/json", body: JSON.stringify(bookingsPage) },
  "/v1/Webcam/ReceivedBookingDetails": { status: 409, type: "application/json", body: JSON.stringify({ Message: "SentinelConflict_f6 for sentinel.conflict@example.test" }) },
  "/v1/WebCam/GetUserBookingRequirements": { status: 200, type: "text/html", body: "<p>SentinelHtml_g7 sentinel.html@example.test</p>" },
};

/** Every string and long number of every body that the contract itself does not contain. */
function sentinels(): string[] {
  const contractText = JSON.stringify(doc);
  const out = new Set<string>([TOKEN, API_KEY]);
  const walk = (v: unknown): void => {
    if (typeof v === "string" && v.length >= 4) out.add(v);
    else if (typeof v === "number" && String(v).length >= 5) out.add(String(v));
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") {
      for (const [k, x] of Object.entries(v)) {
        // Identifier-like names are facts findings must state; other names are data.
        if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(k) || k === TOKEN) walk(k);
        walk(x);
      }
    }
  };
  for (const { body } of Object.values(ROUTES)) {
    try {
      walk(JSON.parse(body));
    } catch {
      walk(body);
      for (const word of body.split(/[\s<>/]+/)) walk(word);
    }
  }
  // Values the contract itself holds (enum members such as "Accepted") may appear in what it expects.
  return [...out].filter((s) => !contractText.includes(`"${s}"`));
}

function expectNoValue(text: string) {
  for (const s of sentinels()) expect(text, `a body value leaked: ${s}`).not.toContain(s);
}

let server: Server;
let baseUrl: string;
const tmp = mkdtempSync(join(tmpdir(), "aw-drift-"));

beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      const route = ROUTES[new URL(req.url ?? "/", "http://x").pathname];
      if (!route) return res.writeHead(500).end();
      res.writeHead(route.status, { "Content-Type": route.type }).end(route.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(tmp, { recursive: true, force: true });
});

function validatedClient(options: ResponseValidationOptions) {
  const client = createAdultWorkClient({ baseUrl, accessToken: TOKEN, apiKey: API_KEY });
  client.use(responseValidation(options));
  return client;
}

const projection = (f: DriftFinding) => ({ operationId: f.operationId, status: f.status, kind: f.kind, pointer: f.pointer, expected: f.expected, observed: f.observed, count: f.count });
const byPointer = (a: { operationId: string; pointer: string; kind: string }, b: typeof a) =>
  a.operationId.localeCompare(b.operationId) || a.pointer.localeCompare(b.pointer) || a.kind.localeCompare(b.kind);

const schemas = doc.components.schemas;
const declaredStatuses = (id: string) => Object.keys(operationObject(id as never).op.responses).join(", ");

const EXPECTED = [
  { operationId: "madeWebcamBookingDetails", status: 200, kind: "missing-required", pointer: "/AlsoPhoneChat", expected: "required boolean", observed: "absent", count: 1 },
  { operationId: "madeWebcamBookingDetails", status: 200, kind: "type-mismatch", pointer: "/Duration", expected: "integer", observed: "string", count: 1 },
  { operationId: "madeWebcamBookingDetails", status: 200, kind: "unknown-property", pointer: "/FavouriteColour", expected: "not listed", observed: "string", count: 1 },
  { operationId: "madeWebcamBookingDetails", status: 200, kind: "unknown-property", pointer: "/Performer/Email", expected: "not listed", observed: "string", count: 1 },
  { operationId: "madeWebcamBookingDetails", status: 200, kind: "type-mismatch", pointer: "/Performer/Nickname", expected: "string", observed: "integer", count: 1 },
  {
    operationId: "madeWebcamBookingDetails",
    status: 200,
    kind: "date-format",
    pointer: "/SessionDate",
    expected: `AwDateTime (${schemas.AwDateTime.pattern})`,
    observed: "9999-99-99 99:99:99",
    count: 1,
  },
  { operationId: "madeWebcamBookingDetails", status: 200, kind: "enum-mismatch", pointer: "/Status", expected: `one of ${schemas.BookingStatus.enum.join(", ")}`, observed: "string not in the list", count: 1 },
  // The token-named and the e-mail-named property: counted together under a placeholder name.
  { operationId: "madeWebcamBookingDetails", status: 200, kind: "unknown-property", pointer: "/{key}", expected: "not listed", observed: "string", count: 2 },
  // Array items aggregate under `*`.
  { operationId: "deleteMadeWebcamBooking", status: 200, kind: "type-mismatch", pointer: "/*/Deleted", expected: "boolean", observed: "string", count: 2 },
  { operationId: "deleteMadeWebcamBooking", status: 200, kind: "unknown-property", pointer: "/*/Reason", expected: "not listed", observed: "string", count: 3 },
  { operationId: "madeWebcamBookings", status: 200, kind: "unknown-property", pointer: "/Bookings", expected: "not listed", observed: "array of object", count: 1 },
  { operationId: "receivedWebcamBookingDetails", status: 409, kind: "undeclared-status", pointer: "", expected: declaredStatuses("receivedWebcamBookingDetails"), observed: "409", count: 1 },
  { operationId: "getWebCamUserBookingRequirements", status: 200, kind: "undeclared-content-type", pointer: "", expected: "application/json", observed: "text/html", count: 1 },
].sort(byPointer);

/**
 * Calls every drifting operation and the one that keeps to the contract. The HTML answer cannot be
 * parsed as JSON by the client, so that call fails after validation has reported it.
 */
async function callAll(client: ReturnType<typeof validatedClient>) {
  const results = [];
  for (const id of ["madeWebcamBookingDetails", "acceptReceivedWebcamBooking", "deleteMadeWebcamBooking", "madeWebcamBookings", "receivedWebcamBookingDetails"] as const) {
    results.push(await callOperation(client, id));
  }
  const html = await callOperation(client, "getWebCamUserBookingRequirements").then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(html).toBeInstanceOf(InvalidResponseError);
  return results;
}

describe('validateResponses: "warn"', () => {
  const findings: DriftFinding[] = [];
  const file = join(tmp, "logs", "drift.jsonl");
  let results: Awaited<ReturnType<typeof callAll>>;

  beforeAll(async () => {
    results = await callAll(validatedClient({ validateResponses: "warn", onFinding: (f) => findings.push(f), file }));
  });

  test("reports exactly the differences between the answers and the contract", () => {
    expect(findings.map(projection).sort(byPointer)).toEqual(EXPECTED);
  });

  test("names the schema each finding lies in and how complete the docs are there", () => {
    const at = (pointer: string) => findings.find((f) => f.pointer === pointer);
    expect(at("/FavouriteColour")).toMatchObject({ schema: "WebcamBooking", docs: "complete", method: "GET", path: "/v1/Webcam/MadeBookingDetails" });
    expect(at("/Performer/Email")).toMatchObject({ schema: "WebcamBookingPerformer" });
    expect(at("/*/Reason")).toMatchObject({ schema: "DeleteResult", docs: "partial" });
    // An unknown list: its structure, names and types only, dates named by their contract schema.
    expect(at("/Bookings")?.shape).toEqual({
      type: "array",
      items: {
        type: "object",
        properties: { WebcamBookingID: { type: "integer" }, Nickname: { type: "string" }, SessionDate: { type: ["null", "string"], form: "AwDateTime" } },
      },
    });
  });

  test("hands every answer to the caller unchanged", () => {
    const [details, accept, deleted] = results;
    expect(details!.data).toEqual(driftedBooking);
    expect(accept!.data).toEqual(validBooking);
    expect(deleted!.data).toEqual(deleteResults);
    expect(results[4]!.response.status).toBe(409);
  });

  test("writes the same findings to the JSON-lines file, one per line", () => {
    const lines = readFileSync(file, "utf8").trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => projection(l)).sort(byPointer)).toEqual(EXPECTED);
    for (const l of lines) expect(l).toMatchObject({ v: 1, at: expect.any(String), response: expect.any(String) });
    // One response tag per answer that had findings.
    expect(new Set(lines.map((l) => l.response)).size).toBe(5);
  });

  test("no finding and no line of the file holds a value of any body, a credential or a data-like name", () => {
    expect(sentinels()).toEqual(expect.arrayContaining([TOKEN, "SentinelColour_teal", "sentinel.key.holder@example.test", "4242917", "2031-07-19 08:45:59", "SentinelStatusArchived"]));
    expectNoValue(JSON.stringify(findings));
    expectNoValue(readFileSync(file, "utf8"));
  });
});

describe('validateResponses: "warn", answer after answer', () => {
  test("an answer seen before is checked again in full: the same drift gives the same findings each time", async () => {
    const findings: DriftFinding[] = [];
    const client = validatedClient({ validateResponses: "warn", onFinding: (f) => findings.push(f) });
    await callOperation(client, "madeWebcamBookingDetails");
    const first = findings.splice(0).map(projection).sort(byPointer);
    await callOperation(client, "madeWebcamBookingDetails");
    expect(findings.map(projection).sort(byPointer)).toEqual(first);
    expect(first).toEqual(EXPECTED.filter((f) => f.operationId === "madeWebcamBookingDetails"));
  });

  test("an answer another middleware replaced (a plain Response) is checked through a clone, and reaches the caller whole", async () => {
    const findings: DriftFinding[] = [];
    const client = validatedClient({ validateResponses: "warn", onFinding: (f) => findings.push(f) });
    // Used after the validation, so openapi-fetch runs it first and the validation sees its Response.
    client.use({ onResponse: async ({ response }) => new Response(await response.text(), { status: response.status, headers: response.headers }) });
    const { data } = await callOperation(client, "madeWebcamBookingDetails");
    expect(data).toEqual(driftedBooking);
    expect(findings.map(projection).sort(byPointer)).toEqual(EXPECTED.filter((f) => f.operationId === "madeWebcamBookingDetails"));
  });
});

describe('validateResponses: "throw"', () => {
  test("raises AdultWorkContractError naming the operation and the pointer, holding no value", async () => {
    const client = validatedClient({ validateResponses: "throw", onFinding: () => {} });
    const err = await client.GET("/v1/Webcam/MadeBookingDetails", { params: { query: { BookingID: 1 } } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AdultWorkContractError);
    expect(err).toBeInstanceOf(AdultWorkError);
    const e = err as AdultWorkContractError;
    expect(e).toMatchObject({ operationId: "madeWebcamBookingDetails", method: "GET", path: "/v1/Webcam/MadeBookingDetails", status: 200 });
    expect(e.findings.map(projection).sort(byPointer)).toEqual(EXPECTED.filter((f) => f.operationId === "madeWebcamBookingDetails"));
    expect(e.pointer).toBe(e.findings[0]!.pointer);
    expect(e.message).toContain("madeWebcamBookingDetails");
    expect(e.message).toContain(` at ${e.pointer}, `);
    expectNoValue([String(e), e.message, e.stack, JSON.stringify(e)].join("\n"));
  });

  test("lets an answer that keeps to the contract through", async () => {
    const client = validatedClient({ validateResponses: "throw" });
    const { data } = await callOperation(client, "acceptReceivedWebcamBooking");
    expect(data).toEqual(validBooking);
  });

  test("raises for an undeclared status too", async () => {
    const client = validatedClient({ validateResponses: "throw", onFinding: () => {} });
    const err = await callOperation(client, "receivedWebcamBookingDetails").catch((e: unknown) => e);
    expect(err).toMatchObject({ name: "AdultWorkContractError", operationId: "receivedWebcamBookingDetails", pointer: "", status: 409 });
  });
});

describe("defaults", () => {
  test('"off" is the default and checks nothing', async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      const onFinding = vi.fn();
      await callAll(validatedClient({ onFinding }));
      expect(onFinding).not.toHaveBeenCalled();
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  test('"warn" without a callback or file warns on the console, without values', async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      await callAll(validatedClient({ validateResponses: "warn" }));
      const text = warn.mock.calls.map((c) => c.join(" ")).join("\n");
      expect(warn).toHaveBeenCalledTimes(EXPECTED.length);
      expect(text).toContain("madeWebcamBookingDetails HTTP 200: unknown-property at /FavouriteColour");
      expect(text).toContain("deleteMadeWebcamBooking HTTP 200: unknown-property at /*/Reason, expected not listed, observed string (×3)");
      expectNoValue(text);
    } finally {
      warn.mockRestore();
    }
  });

  test("a mode that does not exist is refused", () => {
    expect(() => responseValidation({ validateResponses: "loud" as never })).toThrow(AdultWorkUsageError);
  });
});

describe("npm run drift:report", () => {
  const file = join(tmp, "report", "findings.jsonl");
  const patchFile = join(tmp, "report", "patch.yaml");
  let stdout: string;

  beforeAll(async () => {
    const client = validatedClient({ validateResponses: "warn", file });
    await callAll(client);
    await callOperation(client, "deleteMadeWebcamBooking"); // a second answer of the same operation
    stdout = execFileSync(process.execPath, [bin("tsx"), join(ROOT, "scripts/drift-report.mjs"), file, "--out", patchFile], { cwd: ROOT, encoding: "utf8" });
  });

  test("summarises the findings per operation, counts summed over responses", () => {
    expect(stdout).toContain("deleteMadeWebcamBooking (POST /v1/Webcam/DeleteMadeBookings): 2 findings in 2 responses");
    expect(stdout).toContain("| 200 | unknown-property | /*/Reason | not listed | string | 6 |");
    expect(stdout).toContain("madeWebcamBookingDetails (GET /v1/Webcam/MadeBookingDetails): 8 findings in 1 response");
    expect(stdout).toContain("| 409 | undeclared-status | (body) |");
    expect(stdout).toMatch(/Suggested spec patch: .*patch\.yaml \(4 new properties, 1 new response, 8 to review\)\. spec\/ was not changed\./);
  });

  test("writes a suggested patch: new properties with their observed types, marked for review, per spec file", () => {
    const patch = readFileSync(patchFile, "utf8");
    expect(patch).toContain(
      [
        "  - file: spec/components/schemas/WebcamBooking.yaml",
        "    schema: WebcamBooking",
        "    at: (body)",
        "    x-aw-docs: partial",
        "    properties:",
        "      FavouriteColour:",
        "        type: string",
        '        description: "TODO: what this holds (seen 1 time in 1 response of madeWebcamBookingDetails)."',
        "        x-aw-drift-suggestion: true",
      ].join("\n"),
    );
    expect(patch).toContain("  - file: spec/components/schemas/WebcamBookingPerformer.yaml");
    expect(patch).toContain("      Reason:\n        type: string\n        description: \"TODO: what this holds (seen 6 times in 2 responses of deleteMadeWebcamBooking).\"");
    // A list of objects keeps its structure; a date takes the contract's date schema.
    expect(patch).toContain(
      [
        "      Bookings:",
        "        type: array",
        "        items:",
        "          type: object",
        "          properties:",
        "            WebcamBookingID:",
        "              type: integer",
        "            Nickname:",
        "              type: string",
        "            SessionDate:",
        "              anyOf:",
        "                - $ref: ./AwDateTime.yaml",
        "                - type: \"null\"",
      ].join("\n"),
    );
    expect(patch).toContain("  - file: spec/paths/Webcam/ReceivedWebcamBookingDetails.yaml\n    operation: receivedWebcamBookingDetails\n    responses:\n      \"409\":");
    // A data-like name is never proposed as a property, only listed for review.
    expect(patch).not.toMatch(/^\s*"?\{key\}"?:/m);
    expect(patch).toMatch(/kind: unknown-property\n\s+pointer: "\/\{key\}"[\s\S]*?hint: .*additionalProperties/);
    expectNoValue(patch + stdout);
  });

  test("the patch's YAML writer quotes what YAML would misread", () => {
    expect(toYaml({ a: "null", b: "x: y", "4": 4, c: [{ d: true }], e: [] })).toBe('\n"4": 4\na: "null"\nb: "x: y"\nc:\n  - d: true\ne: []');
  });
});
