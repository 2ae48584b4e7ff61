// The XML decoder as a specification: .NET DataContract XML becomes the JSON value the schema
// describes, or a typed error that names the operation and the element. The schemas are the
// contract's own (generated/openapi.json) where it has the case, small inline ones where it has not.
import { describe, expect, test } from "vitest";
import { AdultWorkError } from "adultwork-api-client";
import { AdultWorkXmlError, decodeOperationXml } from "adultwork-api-client/xml";
import { decodeXml } from "../../src/xml/decode.js";
import { ShapeCompiler } from "../../src/xml/shape.js";
import { doc } from "../support/contract.js";
import { operationIdOf, reference } from "../support/reference.js";
import type { OperationId } from "adultwork-api-client";

const seed = reference.find((op) => op.docSlug === "MadeWebcamBookingDetails")!;
const seedXml = seed.sampleXml!;
const seedJson = JSON.parse(seed.sampleJson!) as Record<string, unknown>;
const compiler = new ShapeCompiler(doc);
const decodeAs = (schema: unknown, xml: string, names?: "as-sent" | "schema") => decodeXml(xml, compiler.compile(schema), { names });
const SER = 'xmlns="http://schemas.microsoft.com/2003/10/Serialization/"';
const XSI = 'xmlns:i="http://www.w3.org/2001/XMLSchema-instance"';

/** The error a decode throws (the test fails if it throws none). */
function errorOf(run: () => unknown): AdultWorkXmlError {
  try {
    run();
  } catch (err) {
    expect(err).toBeInstanceOf(AdultWorkXmlError);
    expect(err).toBeInstanceOf(AdultWorkError);
    return err as AdultWorkXmlError;
  }
  throw new Error("expected the decode to throw");
}

describe("the docs' XML sample (Made Webcam Booking Details)", () => {
  test("decodes to the docs' JSON sample except for exactly the two documented differences", () => {
    const decoded = decodeOperationXml("madeWebcamBookingDetails", seedXml) as Record<string, unknown>;
    const { Performer, ...rest } = seedJson;
    // 1. The XML names the performer <Client>; decoding keeps the name as sent.
    // 2. The XML's SessionDate is 2018-02-01T00:00, the JSON's 2018-02-01T12:00.
    expect(decoded).toEqual({ ...rest, Client: Performer, SessionDate: "2018-02-01T00:00" });
    expect(seedJson.SessionDate).toBe("2018-02-01T12:00");
    const differing = [...new Set([...Object.keys(decoded), ...Object.keys(seedJson)])].filter(
      (k) => JSON.stringify(decoded[k]) !== JSON.stringify(seedJson[k]),
    );
    expect(differing.sort()).toEqual(["Client", "Performer", "SessionDate"]);
  });

  test("with names: \"schema\", <Client> takes the property name the contract records for it, leaving only SessionDate", () => {
    const decoded = decodeOperationXml("madeWebcamBookingDetails", seedXml, { names: "schema" });
    expect(decoded).toEqual({ ...seedJson, SessionDate: "2018-02-01T00:00" });
  });

  test("values take their schema types: 10.0000 is the number 10, true the boolean, i:nil and i:isnil null", () => {
    const decoded = decodeOperationXml("madeWebcamBookingDetails", seedXml, { names: "schema" });
    expect(decoded.Credits).toBe(10);
    expect(decoded.IsMulitple).toBe(true);
    expect(decoded.WebcamBookingID).toBe(1);
    expect(decoded.AcceptedDate).toBeNull(); // i:nil="true"
    expect(decoded.Performer.PhoneNumber).toBeNull(); // i:isnil="true", as the sample writes it
    expect(decoded.Performer.Disputes).toBe(0); // an element with its own namespace
  });

  test("element order and namespace prefixes make no difference", () => {
    // Every element moved into a prefixed namespace, and the children of the root reversed.
    const prefixed = seedXml.replace(/<(\/?)(\w+)(?=[\s>/])/g, "<$1w:$2").replace("<w:WebcamBooking ", '<w:WebcamBooking xmlns:w="urn:other" ');
    const lines = prefixed.split("\n");
    const clientStart = lines.findIndex((l) => l.includes("<w:Client>"));
    const clientEnd = lines.findIndex((l) => l.includes("</w:Client>"));
    const body = [...lines.slice(1, clientStart), lines.slice(clientStart, clientEnd + 1).join("\n"), ...lines.slice(clientEnd + 1, -1)];
    const reordered = [lines[0], ...body.reverse(), lines.at(-1)].join("\n");
    expect(reordered).not.toBe(seedXml);
    expect(decodeOperationXml("madeWebcamBookingDetails", reordered)).toEqual(decodeOperationXml("madeWebcamBookingDetails", seedXml));
  });

  test("every XML sample in the docs decodes as its operation's answer", () => {
    const samples = reference.filter((op) => op.sampleXml);
    expect(samples.length).toBeGreaterThan(0);
    for (const op of samples) expect(() => decodeOperationXml(operationIdOf(op.docSlug) as OperationId, op.sampleXml!)).not.toThrow();
  });
});

describe("DataContract forms", () => {
  const deleteResult = (id: number) => `<DeleteResult><BookingID>${id}</BookingID><Deleted>true</Deleted><Message i:nil="true"/></DeleteResult>`;

  test("a list arrives as an ArrayOf… root with one element per item; a one-item list stays a list", () => {
    const one = `<ArrayOfDeleteResult ${XSI}>${deleteResult(7)}</ArrayOfDeleteResult>`;
    expect(decodeOperationXml("deleteMadeWebcamBooking", one)).toEqual([{ BookingID: 7, Deleted: true, Message: null }]);
    const two = `<ArrayOfDeleteResult ${XSI}>${deleteResult(7)}${deleteResult(8)}</ArrayOfDeleteResult>`;
    expect(decodeOperationXml("deleteMadeWebcamBooking", two)).toHaveLength(2);
    expect(decodeOperationXml("deleteMadeWebcamBooking", `<ArrayOfDeleteResult ${XSI}/>`)).toEqual([]);
  });

  test("the same operation's single-object form decodes as an object (the schema allows both)", () => {
    const single = `<DeleteResult ${XSI}><BookingID>7</BookingID><Deleted>false</Deleted><Message>Not yet</Message></DeleteResult>`;
    expect(decodeOperationXml("deleteMadeWebcamBooking", single)).toEqual({ BookingID: 7, Deleted: false, Message: "Not yet" });
  });

  test("a list inside an object is the property's element wrapping one element per item", () => {
    const schema = { type: "object", properties: { Ids: { type: "array", items: { type: "integer" } } } };
    expect(decodeAs(schema, `<R><Ids><int>5</int></Ids></R>`)).toEqual({ Ids: [5] });
    expect(decodeAs(schema, `<R><Ids/></R>`)).toEqual({ Ids: [] });
  });

  test("a bare value arrives as one element in the Serialization namespace", () => {
    expect(decodeAs({ type: "number" }, `<int ${SER}>299</int>`)).toBe(299);
    expect(decodeAs({ type: "number" }, `<decimal ${SER}>12.5000</decimal>`)).toBe(12.5);
    expect(decodeAs({ type: "integer" }, `<int ${SER}>-42</int>`)).toBe(-42);
    expect(decodeAs({ type: "string" }, `<string ${SER}>  spaced  </string>`)).toBe("  spaced  ");
    expect(decodeAs({ type: "boolean" }, `<boolean ${SER}>false</boolean>`)).toBe(false);
    expect(decodeAs({ type: ["string", "null"] }, `<string ${SER} ${XSI} i:nil="true"/>`)).toBeNull();
  });

  test("numbers and booleans are read as XML Schema writes them", () => {
    expect(decodeAs({ type: "integer" }, `<int>10.0000</int>`)).toBe(10);
    expect(decodeAs({ type: "integer" }, `<int> +7 </int>`)).toBe(7);
    expect(decodeAs({ type: "number" }, `<double>1.5E+3</double>`)).toBe(1500);
    expect(decodeAs({ type: "number" }, `<decimal>-.25</decimal>`)).toBe(-0.25);
    expect(decodeAs({ type: "boolean" }, `<boolean>1</boolean>`)).toBe(true);
  });

  test("text is kept exactly: entities, character references, CDATA and surrounding spaces", () => {
    expect(decodeAs({ type: "string" }, `<string> A &amp; B &lt;3&gt; &quot;&apos; &#xD;&#10;&#x1F600; </string>`)).toBe(` A & B <3> "' \r\n😀 `);
    expect(decodeAs({ type: "string" }, `<string><![CDATA[<b>&amp;</b>]]></string>`)).toBe("<b>&amp;</b>");
    expect(decodeAs({ type: "string" }, `<string></string>`)).toBe("");
  });

  test("an undocumented answer is decoded by its shape: text as strings, children as objects, ArrayOf… or repeated elements as lists", () => {
    // receivedWebcamBookingDetails answers an undocumented body: no types to apply.
    const decoded = decodeOperationXml("receivedWebcamBookingDetails", seedXml) as Record<string, any>;
    expect(decoded.Credits).toBe("10.0000");
    expect(decoded.AcceptedDate).toBeNull();
    expect(decoded.Client.Nickname).toBe("JosepheneBlogs");
    expect(decodeAs(undefined, `<ArrayOfX><X><A>1</A></X></ArrayOfX>`)).toEqual([{ A: "1" }]);
    expect(decodeAs(undefined, `<R><Ids><Id>1</Id><Id>2</Id></Ids></R>`)).toEqual({ Ids: ["1", "2"] });
    expect(decodeAs(undefined, `<R><A>1</A><B>x</B><A>2</A></R>`)).toEqual({ A: ["1", "2"], B: "x" });
  });

  test("an open (partly documented) schema keeps elements it does not list, decoded by their shape", () => {
    const page = decodeOperationXml("madeWebcamBookings", `<Page><PageCount>3</PageCount><PageNumber>1</PageNumber><Bookings><B><ID>4</ID></B></Bookings></Page>`);
    expect(page).toEqual({ PageCount: 3, PageNumber: 1, Bookings: { B: { ID: "4" } } });
  });
});

describe("what does not fit is refused with an AdultWorkXmlError naming the operation and the element", () => {
  const op = "madeWebcamBookingDetails";
  const swap = (from: string, to: string) => {
    expect(seedXml).toContain(from);
    return seedXml.replace(from, to);
  };

  test.each([
    ["an unclosed element", `<WebcamBooking><Duration>10</WebcamBooking>`, /not well-formed/],
    ["two root elements", `<WebcamBooking/><WebcamBooking/>`, /not well-formed XML \(documents may contain only one root at line 1, column \d+\)/],
    ["text instead of a document", `Service Unavailable`, /not well-formed/],
    ["an empty document", ``, /not well-formed/],
    ["an entity declared in a DOCTYPE", `<!DOCTYPE a [<!ENTITY e "x">]><WebcamBooking><Status>&e;</Status></WebcamBooking>`, /no XML entity/],
    ["a closing tag that does not match", `<WebcamBooking><Duration>10</Status></WebcamBooking>`, /not well-formed/],
    ["an attribute without quotes", `<WebcamBooking><Duration i:nil=true/></WebcamBooking>`, /not well-formed/],
    ["an attribute given twice", `<WebcamBooking ${XSI}><Duration i:nil="true" i:nil="true"/></WebcamBooking>`, /not well-formed/],
    ["a bare ampersand", `<WebcamBooking><Status>A & B</Status></WebcamBooking>`, /not well-formed/],
    ["an entity XML does not define", `<WebcamBooking><Status>&nbsp;</Status></WebcamBooking>`, /not well-formed.*undefined entity/],
    ["a character reference to a character XML forbids", `<WebcamBooking><Status>&#0;</Status></WebcamBooking>`, /not well-formed/],
    ["a control character", `<WebcamBooking><Status>\u0001</Status></WebcamBooking>`, /not well-formed.*disallowed character/],
    ["text after the root element", `<WebcamBooking/>trailing`, /not well-formed/],
    ["an external entity declared in a DOCTYPE", `<!DOCTYPE a [<!ENTITY e SYSTEM "file:///etc/passwd">]><WebcamBooking><Status>&e;</Status></WebcamBooking>`, /no XML entity/],
    ["nested entities declared in a DOCTYPE (billion laughs)", `<!DOCTYPE a [<!ENTITY a "aa"><!ENTITY b "&a;&a;">]><WebcamBooking><Status>&b;</Status></WebcamBooking>`, /no XML entity/],
  ])("malformed XML: %s", (_what, xml, problem) => {
    const err = errorOf(() => decodeOperationXml(op, xml));
    expect(err.operationId).toBe(op);
    expect(err.message).toContain(op);
    expect(err.problem).toMatch(problem);
  });

  test("a truncated document is refused wherever it was cut, never decoded as far as it goes", () => {
    const end = seedXml.lastIndexOf(">") + 1;
    let refused = 0;
    for (let cut = 0; cut < end; cut++) {
      const err = errorOf(() => decodeOperationXml(op, seedXml.slice(0, cut)));
      expect(err.problem, `cut at ${cut}`).toMatch(/not well-formed/);
      refused++;
    }
    expect(refused).toBe(end);
    expect(decodeOperationXml(op, seedXml.slice(0, end))).toEqual(decodeOperationXml(op, seedXml));
  });

  test("namespaces play no part: an element is matched by its local name, whatever its prefix", () => {
    // Namespaces are not resolved (that is a fifth of the parse), so a prefix needs no declaration.
    const decoded = decodeAs({ type: "object", properties: { Duration: { type: "integer" } } }, `<a:R><w:Duration>10</w:Duration></a:R>`);
    expect(decoded).toEqual({ Duration: 10 });
  });

  test("a DOCTYPE that declares no entity is read, and the five XML entities still decode", () => {
    expect(decodeAs({ type: "string" }, `<!DOCTYPE string><string>&lt;&amp;&gt;</string>`)).toBe("<&>");
  });

  test("the position of a malformed spot is named by line and column", () => {
    const err = errorOf(() => decodeOperationXml(op, `<WebcamBooking>\n  <Duration>10</Status>\n</WebcamBooking>`));
    expect(err.problem).toMatch(/at line 2, column \d+\)$/);
  });

  test.each([
    ["another object's root", `<Booking><Duration>1</Duration></Booking>`, "/Booking", /unexpected root element <Booking>: expected <WebcamBooking>/],
    ["a list where an object is expected", `<ArrayOfWebcamBooking/>`, "/ArrayOfWebcamBooking", /unexpected root/],
  ])("an unexpected root: %s", (_what, xml, path, problem) => {
    const err = errorOf(() => decodeOperationXml(op, xml));
    expect(err.elementPath).toBe(path);
    expect(err.problem).toMatch(problem);
    expect(err.message).toContain(`at ${path}`);
  });

  test("a list root must be an ArrayOf… element, a bare value one of the Serialization primitives", () => {
    expect(errorOf(() => decodeOperationXml("deleteMadeWebcamBooking", `<Results/>`)).problem).toMatch(/lacks the element <BookingID>/);
    expect(errorOf(() => decodeAs({ type: "array" }, `<Items/>`)).problem).toMatch(/unexpected root element <Items>/);
    expect(errorOf(() => decodeAs({ type: "integer" }, `<WebcamBooking>1</WebcamBooking>`)).problem).toMatch(/unexpected root/);
  });

  test.each([
    ["a number that is not one", ["<Credits>10.0000</Credits>", "<Credits>ten</Credits>"], "/WebcamBooking/Credits", /expected a number, got "ten"/],
    ["an integer with a fraction", ["<Duration>10</Duration>", "<Duration>10.5</Duration>"], "/WebcamBooking/Duration", /expected an integer/],
    ["a boolean that is not one", ["<IsMulitple>true</IsMulitple>", "<IsMulitple>yes</IsMulitple>"], "/WebcamBooking/IsMulitple", /expected a boolean/],
    ["a value outside its enum", ["<Status>Pending</Status>", "<Status>Maybe</Status>"], "/WebcamBooking/Status", /"Maybe" is not one of "Pending"/],
    ["null where the schema allows none", ["<Duration>10</Duration>", '<Duration i:nil="true"/>'], "/WebcamBooking/Duration", /does not allow null/],
    ["a nested value", ["<UserID>123456</UserID>", "<UserID>x</UserID>"], "/WebcamBooking/Client/UserID", /expected an integer/],
    ["a required element missing", ["<WebcamBookingID>1</WebcamBookingID>", ""], "/WebcamBooking", /lacks the element <WebcamBookingID>/],
    ["a required nested object missing", [seedXml.slice(seedXml.indexOf("<Client>"), seedXml.indexOf("</Client>") + 9), ""], "/WebcamBooking", /lacks the element <Performer> \(or <Client>\)/],
    ["an element given twice", ["<Duration>10</Duration>", "<Duration>10</Duration><Duration>11</Duration>"], "/WebcamBooking/Duration", /more than once/],
    ["the performer under both its names", ["<ConfirmedDate", "<Performer/><ConfirmedDate"], "/WebcamBooking/Performer", /more than once/],
    ["elements where a value belongs", ["<Duration>10</Duration>", "<Duration><int>10</int></Duration>"], "/WebcamBooking/Duration", /found the element <int>/],
    ["text where elements belong", ["<Nickname>", "stray<Nickname>"], "/WebcamBooking/Client", /has text "stray"/],
  ])("a value that does not fit its type: %s", (_what, [from, to], path, problem) => {
    const err = errorOf(() => decodeOperationXml(op, swap(from!, to!)));
    expect(err.elementPath).toBe(path);
    expect(err.problem).toMatch(problem);
    expect(err.message).toContain(op);
    expect(err.message).toContain(path);
  });

  test("a list item that does not fit is named by its position", () => {
    const xml = `<ArrayOfDeleteResult><DeleteResult><BookingID>1</BookingID><Deleted>true</Deleted></DeleteResult><DeleteResult><BookingID>x</BookingID><Deleted>true</Deleted></DeleteResult></ArrayOfDeleteResult>`;
    const err = errorOf(() => decodeOperationXml("deleteMadeWebcamBooking", xml));
    expect(err.problem).toMatch(/\/ArrayOfDeleteResult\/DeleteResult\[2\]\/BookingID expected an integer/);
  });

  test("a closed schema refuses elements it does not list", () => {
    const schema = { type: "object", properties: { A: { type: "integer" } }, additionalProperties: false };
    const err = errorOf(() => decodeAs(schema, `<R><A>1</A><B>2</B></R>`));
    expect(err.elementPath).toBe("/R/B");
    expect(err.problem).toMatch(/not a property the schema allows/);
  });

  test("a value quoted in a message is cut short", () => {
    const err = errorOf(() => decodeAs({ type: "integer" }, `<int>${"9x".repeat(100)}</int>`));
    expect(err.message.length).toBeLessThan(200);
    expect(err.message).toContain("…");
  });
});
