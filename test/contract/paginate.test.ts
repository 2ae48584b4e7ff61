// paginate() walks PageNumber up to PageCount, keeping the caller's page size and filters.
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import {
  AdultWorkUsageError,
  AuthenticationError,
  DEFAULT_MAX_PAGES,
  PaginationError,
  createAdultWorkClient,
  paginate,
  paginateItems,
  type PagedPath,
} from "adultwork-api-client";
import { operations, type OperationInfo } from "adultwork-api-client/operations";
import { sendJson, startLocalServer } from "../support/local-server.js";

const PAGES = 3;
let server: Awaited<ReturnType<typeof startLocalServer>>;

beforeAll(async () => {
  server = await startLocalServer((req, res) => {
    if (req.headers.authorization !== "Bearer page-token") return sendJson(res, 401, { error: "no token" });
    const page = Number(req.url.searchParams.get("PageNumber"));
    sendJson(res, 200, { PageCount: PAGES, PageNumber: page, Bookings: [{ WebcamBookingID: page * 10 }] });
  });
});
afterAll(() => server.close());

const path: PagedPath = "/v1/Webcam/MadeBookings";

describe("paginate", () => {
  test("the contract marks the paged operations, with their page-size parameter", () => {
    const paged = Object.entries(operations as Record<string, OperationInfo>).filter(([, op]) => op.paging);
    expect(paged.map(([id]) => id)).toContain("madeWebcamBookings");
    expect((operations.madeWebcamBookings as OperationInfo).paging).toMatchObject({ in: "query", pageParam: "PageNumber", sizeParam: "BookingsPerPage" });
  });

  test("every page is fetched once, in order, with the caller's page size and filters, and iteration stops at PageCount", async () => {
    const client = createAdultWorkClient({ baseUrl: server.url, accessToken: "page-token" });
    server.requests.length = 0;
    const seen: number[] = [];
    for await (const page of paginate(client, path, { params: { query: { BookingsPerPage: 25, StartDate: "2018-01-01", OrderBy: "nickname-asc" } } })) {
      seen.push(page.PageNumber);
    }
    expect(seen).toEqual([1, 2, 3]);
    expect(server.requests.map((r) => r.url.searchParams.get("PageNumber"))).toEqual(["1", "2", "3"]);
    for (const r of server.requests) {
      expect(r.url.searchParams.get("BookingsPerPage")).toBe("25");
      expect(r.url.searchParams.get("StartDate")).toBe("2018-01-01");
      expect(r.url.searchParams.get("OrderBy")).toBe("nickname-asc");
    }
  });

  test("it starts at the caller's PageNumber and pages a group member's bookings through asGroupMember", async () => {
    const client = createAdultWorkClient({ baseUrl: server.url, accessToken: "page-token" });
    server.requests.length = 0;
    const seen: number[] = [];
    for await (const page of paginate(client.asGroupMember(77), path, { params: { query: { PageNumber: 2 } } })) seen.push(page.PageNumber);
    expect(seen).toEqual([2, 3]);
    expect(server.requests.every((r) => r.url.pathname === "/v1/Groups/Webcam/MadeBookings" && r.url.searchParams.get("UserID") === "77")).toBe(true);
  });

  test("an AbortSignal stops the iteration and no further page is requested", async () => {
    const client = createAdultWorkClient({ baseUrl: server.url, accessToken: "page-token" });
    server.requests.length = 0;
    const controller = new AbortController();
    const seen: number[] = [];
    const run = async () => {
      for await (const page of paginate(client, path, undefined, { signal: controller.signal })) {
        seen.push(page.PageNumber);
        controller.abort(new Error("caller stopped"));
      }
    };
    await expect(run()).rejects.toThrow("caller stopped");
    expect(seen).toEqual([1]);
    expect(server.requests).toHaveLength(1);
  });

  test("an HTTP error ends the iteration with the typed error", async () => {
    const client = createAdultWorkClient({ baseUrl: server.url, accessToken: "wrong" });
    const run = async () => {
      for await (const _ of paginate(client, path)) void _;
    };
    await expect(run()).rejects.toBeInstanceOf(AuthenticationError);
  });

  test("paginateItems refuses an operation whose list property the docs do not name", async () => {
    const client = createAdultWorkClient({ baseUrl: server.url, accessToken: "page-token" });
    const run = async () => {
      for await (const _ of paginateItems(client, path)) void _;
    };
    await expect(run()).rejects.toBeInstanceOf(AdultWorkUsageError);
  });

  test("paginateItems yields the items of every page where the contract names the list property", async () => {
    const [id, op] = Object.entries(operations as Record<string, OperationInfo>).find(([, o]) => o.method === "GET" && o.paging?.itemsProperty)!;
    const property = op.paging!.itemsProperty!;
    const items = await startLocalServer((req, res) => {
      const page = Number(req.url.searchParams.get("PageNumber"));
      sendJson(res, 200, { PageCount: 2, PageNumber: page, [property]: [{ n: page * 2 - 1 }, { n: page * 2 }] });
    });
    try {
      const client = createAdultWorkClient({ baseUrl: items.url, accessToken: "t", apiKey: "k" });
      const seen: unknown[] = [];
      for await (const item of paginateItems(client, op.path as PagedPath)) seen.push(item);
      expect(seen, id).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }, { n: 4 }]);
      expect(items.requests).toHaveLength(2);
    } finally {
      await items.close();
    }
  });

  test("against the mock, a one-page answer gives one page", async () => {
    const client = createAdultWorkClient({ baseUrl: inject("prismUrl"), accessToken: "mock-token" });
    const pages = [];
    for await (const page of paginate(client, path, { params: { query: { BookingsPerPage: 10 } } })) pages.push(page);
    expect(pages).toHaveLength(1);
    expect(pages[0]!.PageCount).toBe(1);
  });
});

describe("paginate against a server that lies", () => {
  // Each case is a real server answering with paging numbers no honest API sends.
  async function walk(answer: (page: number, call: number) => unknown, options?: { maxPages?: number }) {
    let calls = 0;
    const liar = await startLocalServer((req, res) => sendJson(res, 200, answer(Number(req.url.searchParams.get("PageNumber")), ++calls)));
    const client = createAdultWorkClient({ baseUrl: liar.url, accessToken: "t" });
    const seen: unknown[] = [];
    try {
      for await (const page of paginate(client, path, undefined, options)) seen.push(page.PageNumber);
      return { seen, error: undefined, requests: liar.requests.length };
    } catch (error) {
      return { seen, error, requests: liar.requests.length };
    } finally {
      await liar.close();
    }
  }

  test("an answer for another page than the one asked for ends paging with a PaginationError", async () => {
    const { seen, error, requests } = await walk(() => ({ PageCount: 5, PageNumber: 1 }));
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as PaginationError).page).toBe(2);
    expect((error as PaginationError).message).toContain("PageNumber 1");
    expect(seen).toEqual([1]);
    expect(requests).toBe(2);
  });

  test.each([
    ["negative", -3],
    ["fractional", 2.5],
    ["a string", "4"],
    ["absent", undefined],
    ["beyond a safe integer", 2 ** 60],
  ])("a PageCount that is %s stops before the page is yielded", async (_, count) => {
    const { seen, error, requests } = await walk((page) => ({ PageCount: count, PageNumber: page }));
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as Error).message).toContain("not a non-negative integer");
    expect(seen).toEqual([]);
    expect(requests).toBe(1);
  });

  test("a PageCount that grows while paging ends the walk instead of chasing it", async () => {
    const { seen, error } = await walk((page) => ({ PageCount: page + 1, PageNumber: page }));
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as Error).message).toContain("raised its PageCount from 2 to 3");
    expect(seen).toEqual([1]);
  });

  test("a PageCount that shrinks (items removed meanwhile) still ends normally", async () => {
    const { seen, error } = await walk((page) => ({ PageCount: page === 1 ? 4 : 2, PageNumber: page }));
    expect(error).toBeUndefined();
    expect(seen).toEqual([1, 2]);
  });

  test("a huge PageCount stops at maxPages with a PaginationError, not after millions of requests", async () => {
    const { seen, error, requests } = await walk((page) => ({ PageCount: 57_904_483, PageNumber: page }), { maxPages: 4 });
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as PaginationError).pagesYielded).toBe(4);
    expect((error as Error).message).toContain("maxPages (4)");
    expect(seen).toEqual([1, 2, 3, 4]);
    expect(requests).toBe(4);
  });

  test("maxPages has a finite default, and a maxPages that is not a positive integer is refused", async () => {
    expect(Number.isSafeInteger(DEFAULT_MAX_PAGES) && DEFAULT_MAX_PAGES > 0).toBe(true);
    const client = createAdultWorkClient({ baseUrl: server.url, accessToken: "page-token" });
    for (const maxPages of [0, -1, 1.5, Number.POSITIVE_INFINITY]) {
      await expect(paginate(client, path, undefined, { maxPages }).next()).rejects.toBeInstanceOf(AdultWorkUsageError);
    }
  });
});
