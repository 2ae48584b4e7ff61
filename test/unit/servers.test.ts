// An operation the contract places on another host (the Unified Login token endpoint) is sent there;
// the rest go to the API host. A client pointed at this machine (a mock) sends everything there.
import { describe, expect, test } from "vitest";
import { createAdultWorkClient, SANDBOX_BASE_URL } from "adultwork-api-client";
import { operations, type OperationInfo } from "adultwork-api-client/operations";

const elsewhere = Object.values(operations as Record<string, OperationInfo>).filter((op) => op.server);

function recordingFetch(seen: string[]): typeof fetch {
  return async (input, init) => {
    seen.push(new Request(input, init).url);
    return new Response(JSON.stringify({ access_token: "a-token", token_type: "bearer", expires_in: 3600, refresh_token: "r-token" }), {
      status: 200,
      headers: { "content-type": "application/json" },
    });
  };
}

const form = { bodySerializer: (b: Record<string, string>) => new URLSearchParams(b), headers: { "Content-Type": "application/x-www-form-urlencoded" } };
const grant = { grant_type: "refresh_token", client_id: "id", client_secret: "secret-value", refresh_token: "refresh-value" };

describe("operations on another host", () => {
  test("the contract names the token endpoint's host", () => {
    expect(elsewhere.map((op) => `${op.method} ${op.server}${op.path}`)).toContain("POST https://platform.adultwork.com/OAuth/token");
  });

  test("go to that host from a client of the API host, with the query kept", async () => {
    const seen: string[] = [];
    const client = createAdultWorkClient({ fetch: recordingFetch(seen), accessToken: "tok-123456" });
    const raw = client as unknown as { POST(path: string, init: object): Promise<{ response: Response }> };
    const { response } = await raw.POST("/OAuth/token", { body: grant, params: { query: { probe: "1" } }, ...form });
    expect(response.status).toBe(200);
    await client.GET("/v1/Webcam/MadeBookingDetails", { params: { query: { BookingID: 1 } } });
    expect(seen).toEqual(["https://platform.adultwork.com/OAuth/token?probe=1", `${SANDBOX_BASE_URL}/v1/Webcam/MadeBookingDetails?BookingID=1`]);
  });

  test("stay on a mock on this machine, which serves the whole contract", async () => {
    const seen: string[] = [];
    const client = createAdultWorkClient({ baseUrl: "http://127.0.0.1:4010", fetch: recordingFetch(seen) });
    const raw = client as unknown as { POST(path: string, init: object): Promise<{ response: Response }> };
    await raw.POST("/OAuth/token", { body: grant, ...form });
    expect(seen).toEqual(["http://127.0.0.1:4010/OAuth/token"]);
  });
});
