// The mock a team runs: its own fixtures, checked against the contract before Prism starts, served
// in place of the examples; and dynamic answers that stay plausible. Each case runs a real Prism.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createAdultWorkClient, paginate, PaginationError, unwrap } from "adultwork-api-client";
import { main } from "../../src/mock/cli.js";
import { FixtureError } from "../../src/mock/fixtures.js";
import { DYNAMIC_MAX_PAGES } from "../../src/mock/contract.js";
import { startMock, type RunningMock } from "../../src/mock/server.js";

const work = mkdtempSync(join(tmpdir(), "aw-mock-test-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A fixtures folder holding `files` (name → JSON value, or raw text). */
function folder(name: string, files: Record<string, unknown>): string {
  const dir = join(work, name);
  mkdirSync(dir);
  for (const [file, value] of Object.entries(files)) writeFileSync(join(dir, file), typeof value === "string" ? value : JSON.stringify(value));
  return dir;
}

const emails = { PageCount: 2, PageNumber: 1, Emails: [{ EmailID: 1, Subject: "Hello" }, { EmailID: 2, Subject: "Again" }] };

describe("fixtures a team owns", () => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock({
      fixtures: folder("good", { "getEmails.json": emails, "getCountries.404.json": { Message: "none here" } }),
    });
  });
  afterAll(() => mock?.stop());

  test("a list fixture is what the client receives, in place of the contract's example", async () => {
    const client = createAdultWorkClient({ baseUrl: mock.url, accessToken: "any-token" });
    expect(await unwrap(client.GET("/v1/Email/GetEmails"))).toEqual(emails);
  });

  test("a fixture for another status is served when the request asks for it", async () => {
    const res = await fetch(`${mock.url}/v1/lists/getCountries?apiKey=k`, { headers: { Prefer: "code=404" } });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ Message: "none here" });
    // Without the header the operation answers with its own success example.
    expect((await fetch(`${mock.url}/v1/lists/getCountries?apiKey=k`)).status).toBe(200);
  });

  test("the mock still validates requests: a call without credentials gets Prism's error", async () => {
    expect((await fetch(`${mock.url}/v1/Email/GetEmails`)).status).toBe(401);
  });
});

describe("fixtures that do not fit the contract", () => {
  // A Prism path that does not exist: a fixture problem must be found before anything is spawned.
  const never = { prism: join(work, "no-prism-here.js") };

  test("a value of the wrong type is refused with the operationId, the status and the JSON pointer", async () => {
    const dir = folder("bad-type", { "getEmails.json": { ...emails, PageCount: "two" } });
    const err = await startMock({ fixtures: dir, ...never }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FixtureError);
    expect((err as FixtureError).problems).toEqual([
      { file: "getEmails.json", operationId: "getEmails", status: 200, pointer: "/PageCount", problem: "must be integer" },
    ]);
    expect((err as Error).message).toContain("getEmails.json: getEmails 200 at /PageCount: must be integer");
  });

  test("a field a complete schema does not list, a name that is no operation, a status not declared and broken JSON are all refused together", async () => {
    const dir = folder("bad-many", {
      "getPermissions.json": { Permissions: [{ Permission: "userid", Status: "granted", Colour: "red" }] },
      "getEverything.json": {},
      "getEmails.299.json": {},
      "getCountries.json": "{ not json",
    });
    const err = (await startMock({ fixtures: dir, ...never }).catch((e: unknown) => e)) as FixtureError;
    expect(err).toBeInstanceOf(FixtureError);
    const byFile = Object.fromEntries(err.problems.map((p) => [p.file, p]));
    expect(Object.keys(byFile).sort()).toEqual(["getCountries.json", "getEmails.299.json", "getEverything.json", "getPermissions.json"]);
    expect(byFile["getPermissions.json"]).toMatchObject({ operationId: "getPermissions", pointer: "/Permissions/0" });
    expect(byFile["getPermissions.json"]!.problem).toContain("Colour");
    expect(byFile["getEverything.json"]!.problem).toMatch(/not <operationId>\.json/);
    expect(byFile["getEmails.299.json"]!.problem).toContain("declares no status 299");
    expect(byFile["getCountries.json"]!.problem).toContain("not valid JSON");
  });

  test("the command prints the problems and exits 1 without starting the mock", async () => {
    const dir = folder("bad-cli", { "getEmails.json": { ...emails, PageNumber: "one" } });
    const errors: string[] = [];
    const code = await main(["mock", "--port", "0", "--fixtures", dir], () => undefined, (l) => errors.push(l));
    expect(code).toBe(1);
    expect(errors.join("\n")).toContain("getEmails.json: getEmails 200 at /PageNumber: must be integer");
  });

  test("the command refuses unknown options and commands with its usage", async () => {
    const errors: string[] = [];
    expect(await main(["serve"], () => undefined, (l) => errors.push(l))).toBe(2);
    expect(await main(["mock", "--prot", "1"], () => undefined, (l) => errors.push(l))).toBe(2);
    expect(errors.join("\n")).toContain("Usage: adultwork-api-client mock");
  });
});

describe("dynamic answers", () => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock({ dynamic: true, fixtures: folder("dyn", { "getEmails.json": emails }) });
  });
  afterAll(() => mock?.stop());
  const get = async (path: string) => (await fetch(`${mock.url}${path}`, { headers: { Authorization: "Bearer t" } })).json();

  test("an undocumented body is an empty object, never the schema document", async () => {
    for (let i = 0; i < 3; i++) expect(await get("/v1/Bookings/GetBooking?BookingID=1")).toEqual({});
  });

  test("paging numbers stay plausible: page 1 of at most 20, page sizes within the documented 1 to 100", async () => {
    for (let i = 0; i < 5; i++) {
      const page = (await get("/v1/CreditHistory/GetCreditsHistory")) as { PageCount: number; PageNumber: number; PageSize?: number; CreditHistory?: unknown[] };
      // The docs name the transactions' type but publish none of its fields: no made-up entries.
      expect(page.CreditHistory ?? []).toEqual([]);
      expect(page.PageNumber).toBe(1);
      expect(page.PageCount).toBeGreaterThanOrEqual(1);
      expect(page.PageCount).toBeLessThanOrEqual(DYNAMIC_MAX_PAGES);
      if (page.PageSize !== undefined) expect(page.PageSize).toBeGreaterThanOrEqual(1);
      if (page.PageSize !== undefined) expect(page.PageSize).toBeLessThanOrEqual(100);
    }
  });

  test("paginate() against it ends after a bounded walk, never hundreds of pages", async () => {
    const client = createAdultWorkClient({ baseUrl: mock.url, accessToken: "t" });
    let pages = 0;
    try {
      for await (const _ of paginate(client, "/v1/Webcam/MadeBookings")) pages++;
    } catch (err) {
      // A generated answer cannot echo the page asked for: page 2 answering "1" is caught.
      expect(err).toBeInstanceOf(PaginationError);
    }
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(DYNAMIC_MAX_PAGES);
  });

  test("a list whose items the docs describe holds two to five of them", async () => {
    for (let i = 0; i < 3; i++) {
      const countries = (await (await fetch(`${mock.url}/v1/lists/getCountries?apiKey=k`)).json()) as unknown[];
      expect(countries.length).toBeGreaterThanOrEqual(2);
      expect(countries.length).toBeLessThanOrEqual(5);
    }
  });

  test("a fixture wins over generated data in dynamic mode too", async () => {
    expect(await get("/v1/Email/GetEmails")).toEqual(emails);
  });
});
