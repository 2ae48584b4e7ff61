// Plain http to a host off this machine (a mock in docker-compose or a CI service container) is
// refused unless the client is created with dangerouslyAllowInsecureHttp, and then only that origin
// receives credentials.
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { networkInterfaces } from "node:os";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { AdultWorkUsageError, createAdultWorkClient, unwrap, type AdultWorkClientOptions } from "adultwork-api-client";
import type { AdultWorkLogEvent } from "../../src/log.js";

// An address of this machine that is not loopback: the client must treat it like any remote host.
const external = Object.values(networkInterfaces())
  .flat()
  .find((i) => i && i.family === "IPv4" && !i.internal)?.address;

interface Seen {
  host: string | undefined;
  url: string;
  authorization: string | undefined;
}
const seen: Seen[] = [];
let server: ReturnType<typeof createServer>;
let port = 0;

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res) => {
    seen.push({ host: req.headers.host, url: req.url ?? "", authorization: req.headers.authorization });
    const body = JSON.stringify({ access_token: "a", token_type: "bearer", expires_in: 3600, refresh_token: "r", UserID: 1 });
    res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
    res.end(body);
  });
  // 0.0.0.0, as a mock started with `--host 0.0.0.0` listens: reachable on the external address too.
  await new Promise<void>((resolve) => server.listen(0, "0.0.0.0", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A fetch that sends every request to the local server, as DNS would for a container named `mock`. */
function containerFetch(urls: string[]): typeof fetch {
  return (input, init) => {
    const request = new Request(input, init);
    urls.push(request.url);
    const url = new URL(request.url);
    url.hostname = "127.0.0.1";
    url.port = String(port);
    return fetch(new Request(url, request));
  };
}

describe("plain http to a host off this machine", () => {
  test("is refused by default, without echoing anything but the origin", () => {
    expect(() => createAdultWorkClient({ baseUrl: "http://mock:4010", accessToken: "tok-secret-1" })).toThrow(AdultWorkUsageError);
    expect(() => createAdultWorkClient({ baseUrl: "http://mock:4010", accessToken: "tok-secret-1" })).toThrow(/must use https.*http:\/\/mock:4010/);
  });

  test("the opt-in must be a real boolean: a string such as \"false\" is refused rather than read as true", () => {
    const options = { baseUrl: "http://mock:4010", dangerouslyAllowInsecureHttp: "false" } as unknown as AdultWorkClientOptions;
    expect(() => createAdultWorkClient(options)).toThrow(/dangerouslyAllowInsecureHttp must be true or false/);
  });

  test.skipIf(!external)("with the opt-in, the client talks to a real server on a non-loopback address and warns once", async () => {
    const events: AdultWorkLogEvent[] = [];
    const client = createAdultWorkClient({
      baseUrl: `http://${external}:${port}`,
      accessToken: "tok-secret-2",
      dangerouslyAllowInsecureHttp: true,
      logger: (e) => events.push(e),
    });
    seen.length = 0;
    await unwrap(client.GET("/v1/account/verifyCredentials"));
    await unwrap(client.GET("/v1/account/verifyCredentials"));
    expect(seen.map((s) => [s.host, s.authorization])).toEqual([
      [`${external}:${port}`, "Bearer tok-secret-2"],
      [`${external}:${port}`, "Bearer tok-secret-2"],
    ]);
    const warnings = events.filter((e) => e.type === "warning");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ code: "insecure-http" });
    expect(JSON.stringify(warnings)).not.toContain("tok-secret-2");
  });

  test("with the opt-in, operations the contract places on another host stay on the mock", async () => {
    const urls: string[] = [];
    const client = createAdultWorkClient({ baseUrl: "http://mock:4010", dangerouslyAllowInsecureHttp: true, fetch: containerFetch(urls) });
    const raw = client as unknown as { POST(path: string, init: object): Promise<{ response: Response }> };
    const form = { bodySerializer: (b: Record<string, string>) => new URLSearchParams(b), headers: { "Content-Type": "application/x-www-form-urlencoded" } };
    const { response } = await raw.POST("/OAuth/token", { body: { grant_type: "refresh_token", refresh_token: "r" }, ...form });
    expect(response.status).toBe(200);
    expect(urls).toEqual(["http://mock:4010/OAuth/token"]);
  });

  test("with the opt-in, a per-call plain-http URL to another host is still refused, so no credential reaches it", async () => {
    const urls: string[] = [];
    const client = createAdultWorkClient({ baseUrl: "http://mock:4010", accessToken: "tok-secret-3", apiKey: "key-secret-3", dangerouslyAllowInsecureHttp: true, fetch: containerFetch(urls) });
    await expect(client.GET("/v1/account/verifyCredentials", { baseUrl: "http://elsewhere:4010" })).rejects.toThrow(AdultWorkUsageError);
    expect(urls).toEqual([]);
  });

  test("https and loopback need no opt-in and raise no warning", () => {
    const events: AdultWorkLogEvent[] = [];
    createAdultWorkClient({ baseUrl: "http://127.0.0.1:4010", dangerouslyAllowInsecureHttp: true, logger: (e) => events.push(e) });
    createAdultWorkClient({ baseUrl: "https://api-sandbox.adultwork.com", dangerouslyAllowInsecureHttp: true, logger: (e) => events.push(e) });
    expect(events).toEqual([]);
  });
});
