// `format: "xml"` through the client: Prism serving the contract answers XML for
// `Accept: application/xml`, and the client turns it into the same typed data as JSON; real
// node:http servers supply the answers Prism cannot (malformed or ill-typed XML, XML errors).
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { AdultWorkUsageError, InvalidResponseError, NotFoundError, createAdultWorkClient, unwrap } from "adultwork-api-client";
import { AdultWorkXmlError, xmlSupport } from "adultwork-api-client/xml";
import { deref } from "../../scripts/lib/operations.mjs";
import { doc, operationObject } from "../support/contract.js";

const baseUrl = inject("prismUrl");
const TOKEN = "tok_xml_secret_7c6d5e4f";
const query = { params: { query: { BookingID: 1 } } };

/** The XML example the contract gives an operation's 200 answer. */
function xmlExample(id: "madeWebcamBookingDetails" | "madeWebcamBookingDetailsAsGroupManager"): string {
  const media = deref(doc, operationObject(id).op.responses["200"]).content["application/xml"];
  return deref(doc, Object.values(media.examples)[0]).value;
}

describe("Prism serves the contract's XML", () => {
  test.each([
    ["/v1/Webcam/MadeBookingDetails?BookingID=1", "madeWebcamBookingDetails"],
    ["/v1/Groups/Webcam/MadeBookingDetails?UserID=123456&BookingID=1", "madeWebcamBookingDetailsAsGroupManager"],
  ] as const)("GET %s with Accept: application/xml answers the XML example", async (path, id) => {
    const res = await fetch(`${baseUrl}${path}`, { headers: { Accept: "application/xml", Authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/xml/);
    expect(await res.text()).toBe(xmlExample(id));
  });

  test("an operation the contract gives no XML form is refused with 406 Not Acceptable", async () => {
    const res = await fetch(`${baseUrl}/v1/Webcam/MadeBookings`, { headers: { Accept: "application/xml", Authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(406);
  });
});

describe('format: "xml" returns the same typed data as JSON', () => {
  const jsonClient = createAdultWorkClient({ baseUrl, accessToken: TOKEN });
  const xmlClient = createAdultWorkClient({ baseUrl, accessToken: TOKEN, xml: xmlSupport(), format: "xml" });

  test("Made Webcam Booking Details: equal but for the documented differences (<Client>, SessionDate)", async () => {
    const json = await unwrap(jsonClient.GET("/v1/Webcam/MadeBookingDetails", query));
    const xml = await unwrap(xmlClient.GET("/v1/Webcam/MadeBookingDetails", query));
    const { Performer, ...rest } = json;
    expect(xml).toEqual({ ...rest, Client: Performer, SessionDate: "2018-02-01T00:00" });
    expect(json.SessionDate).toBe("2018-02-01T12:00");
    // The type is the JSON form's: these compile and hold.
    const credits: number = xml.Credits;
    const multiple: boolean = xml.IsMulitple;
    expect([credits, multiple]).toEqual([10, true]);
  });

  test('with names: "schema" the XML answer equals the JSON one but for SessionDate', async () => {
    const client = createAdultWorkClient({ baseUrl, accessToken: TOKEN, xml: xmlSupport({ names: "schema" }), format: "xml" });
    const xml = await unwrap(client.GET("/v1/Webcam/MadeBookingDetails", query));
    const json = await unwrap(jsonClient.GET("/v1/Webcam/MadeBookingDetails", query));
    expect(xml).toEqual({ ...json, SessionDate: "2018-02-01T00:00" });
    expect(xml.Performer.Nickname).toBe("JosepheneBlogs");
  });

  test("the format can be chosen per call, either way", async () => {
    const client = createAdultWorkClient({ baseUrl, accessToken: TOKEN, xml: xmlSupport() });
    const asXml = await unwrap(client.GET("/v1/Webcam/MadeBookingDetails", { ...query, format: "xml" }));
    expect(asXml).toHaveProperty("Client");
    const asJson = await unwrap(xmlClient.GET("/v1/Webcam/MadeBookingDetails", { ...query, format: "json" }));
    expect(asJson).toHaveProperty("Performer");
    expect(asJson).not.toHaveProperty("Client");
  });

  test("a group manager's call in XML reaches the group operation and decodes the same way", async () => {
    const { data, response } = await xmlClient.asGroupMember(123456).GET("/v1/Webcam/MadeBookingDetails", query);
    expect(new URL(response.url).pathname).toBe("/v1/Groups/Webcam/MadeBookingDetails");
    expect(data).toMatchObject({ WebcamBookingID: 1, Credits: 10, Client: { UserID: 123456 } });
  });

  test('parseAs: "text" hands back the XML as the API sent it', async () => {
    const { data } = await xmlClient.GET("/v1/Webcam/MadeBookingDetails", { ...query, parseAs: "text" });
    expect(data).toBe(xmlExample("madeWebcamBookingDetails"));
  });

  test("an XML call to an operation Prism has no XML for is reported by its status", async () => {
    const { error, response } = await xmlClient.GET("/v1/Webcam/MadeBookings", {});
    expect(response.status).toBe(406);
    expect(error).toMatchObject({ status: 406 });
  });
});

describe("XML needs the XML entry point", () => {
  test('format: "xml" without xmlSupport() is refused when the client is made', () => {
    expect(() => createAdultWorkClient({ baseUrl, format: "xml" })).toThrow(AdultWorkUsageError);
    expect(() => createAdultWorkClient({ baseUrl, format: "xml" })).toThrow(/adultwork-api-client\/xml.*xmlSupport\(\)/);
  });

  test('a call with format: "xml" on a client without it is refused before anything is sent', async () => {
    const client = createAdultWorkClient({ baseUrl, accessToken: TOKEN });
    await expect(client.GET("/v1/Webcam/MadeBookingDetails", { ...query, format: "xml" })).rejects.toThrow(AdultWorkUsageError);
  });

  test("a format other than json or xml is refused", async () => {
    expect(() => createAdultWorkClient({ baseUrl, format: "yaml" as "xml" })).toThrow(/must be "json" or "xml"/);
    expect(() => createAdultWorkClient({ baseUrl, xml: {} as ReturnType<typeof xmlSupport> })).toThrow(AdultWorkUsageError);
    expect(() => xmlSupport({ names: "camel" as "schema" })).toThrow(AdultWorkUsageError);
    const client = createAdultWorkClient({ baseUrl, accessToken: TOKEN, xml: xmlSupport() });
    await expect(client.GET("/v1/Webcam/MadeBookingDetails", { ...query, format: "yaml" })).rejects.toThrow(/must be "json" or "xml"/);
  });
});

describe("answers Prism cannot give, from a real server", () => {
  let server: Server;
  let url = "";
  let next: { status: number; type: string; body: string } = { status: 200, type: "application/xml", body: "" };
  const seen: IncomingMessage[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push(req);
      res.writeHead(next.status, { "Content-Type": next.type });
      res.end(next.body);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const client = () => createAdultWorkClient({ baseUrl: url, accessToken: TOKEN, xml: xmlSupport(), format: "xml" });
  const serve = (status: number, body: string, type = "application/xml; charset=utf-8") => {
    next = { status, type, body };
  };

  test("the request asks for XML", async () => {
    serve(200, xmlExample("madeWebcamBookingDetails"));
    await client().GET("/v1/Webcam/MadeBookingDetails", query);
    expect(seen.at(-1)!.headers.accept).toBe("application/xml");
  });

  test("malformed XML throws AdultWorkXmlError naming the operation", async () => {
    serve(200, "<WebcamBooking><Duration>10</WebcamBooking>");
    const err = await client().GET("/v1/Webcam/MadeBookingDetails", query).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AdultWorkXmlError);
    expect(err).toMatchObject({ operationId: "madeWebcamBookingDetails", status: 200 });
    expect((err as Error).message).toMatch(/madeWebcamBookingDetails \(GET \/v1\/Webcam\/MadeBookingDetails\).*not well-formed/);
  });

  test("a value that does not fit throws with the element path, never a wrong object", async () => {
    serve(200, xmlExample("madeWebcamBookingDetails").replace("<Credits>10.0000</Credits>", "<Credits>lots</Credits>"));
    const err = await client().GET("/v1/Webcam/MadeBookingDetails", query).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AdultWorkXmlError);
    expect(err).toMatchObject({ elementPath: "/WebcamBooking/Credits" });
  });

  test("a credential echoed in the XML is redacted from the error", async () => {
    serve(200, xmlExample("madeWebcamBookingDetails").replace("<Duration>10</Duration>", `<Duration>${TOKEN}</Duration>`));
    const err = (await client().GET("/v1/Webcam/MadeBookingDetails", query).catch((e: unknown) => e)) as Error;
    expect(err).toBeInstanceOf(AdultWorkXmlError);
    expect(err.message).toContain("[REDACTED]");
    expect(`${err.message}\n${err.stack}\n${JSON.stringify(err)}`).not.toContain(TOKEN);
  });

  test("an XML error answer is decoded by its shape and unwrap() throws the error for its status", async () => {
    serve(404, `<Error><Message>No such booking</Message></Error>`);
    const result = await client().GET("/v1/Webcam/MadeBookingDetails", query);
    expect(result.error).toEqual({ Message: "No such booking" });
    const err = await unwrap(result).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NotFoundError);
    expect(err).toMatchObject({ operationId: "madeWebcamBookingDetails", body: { Message: "No such booking" } });
  });

  test("an error answer that is not XML at all stays text", async () => {
    serve(503, "<html><body>Down for maintenance</html>");
    const { error, response } = await client().GET("/v1/Webcam/MadeBookingDetails", query);
    expect(response.status).toBe(503);
    expect(error).toBe("<html><body>Down for maintenance</html>");
  });

  test("an empty answer where the contract declares a body is an InvalidResponseError, in XML as in JSON", async () => {
    serve(204, "");
    await expect(client().GET("/v1/Webcam/MadeBookingDetails", query)).rejects.toBeInstanceOf(InvalidResponseError);
    serve(200, "");
    await expect(client().GET("/v1/Webcam/MadeBookingDetails", query)).rejects.toBeInstanceOf(InvalidResponseError);
  });

  test("an XML answer of whitespace only has no data", async () => {
    serve(200, "  ");
    expect(await client().GET("/v1/Webcam/MadeBookingDetails", query)).toMatchObject({ data: undefined, response: { status: 200 } });
  });

  test("a JSON answer to an XML request is passed on as JSON", async () => {
    serve(200, JSON.stringify({ WebcamBookingID: 9 }), "application/json");
    const { data } = await client().GET("/v1/Webcam/MadeBookingDetails", query);
    expect(data).toEqual({ WebcamBookingID: 9 });
  });
});
