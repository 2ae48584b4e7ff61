// A team's unit test of its own code, written against adultwork-api-client/testing: no server, no
// network. The same file runs under vitest and under Jest (its globals: describe, test, expect).
import { createAdultWorkClient, unwrap, AuthenticationError, BadRequestError } from "adultwork-api-client";
import { createMockFetch } from "adultwork-api-client/testing";

// The code under test: what the team's app does with the API.
async function unreadSubjects(client) {
  const page = await unwrap(client.GET("/v1/Email/GetEmails", { params: { query: { UnreadOnly: true } } }));
  return (page.Emails ?? []).map((e) => e.Subject);
}

const inbox = { PageCount: 1, PageNumber: 1, Emails: [{ EmailID: 1, Subject: "Hi" }, { EmailID: 2, Subject: "Re: Hi" }] };

describe("unreadSubjects", () => {
  test("lists the subjects of the unread e-mails, asking for unread ones only", async () => {
    const mock = createMockFetch({ fixtures: { getEmails: inbox } });
    const client = createAdultWorkClient({ baseUrl: "https://api.test", accessToken: "t", fetch: mock.fetch });
    expect(await unreadSubjects(client)).toEqual(["Hi", "Re: Hi"]);
    expect(mock.callsOf("getEmails")).toHaveLength(1);
    expect(mock.callsOf("getEmails")[0].query.UnreadOnly).toBe("true");
  });

  test("reports a rejected token as an AuthenticationError", async () => {
    const mock = createMockFetch();
    mock.script("getEmails", { status: 401, body: { Message: "expired" } });
    const client = createAdultWorkClient({ baseUrl: "https://api.test", accessToken: "t", fetch: mock.fetch });
    await expect(unreadSubjects(client)).rejects.toBeInstanceOf(AuthenticationError);
  });

  test("a request the contract refuses gets the mock's 400", async () => {
    const mock = createMockFetch();
    const client = createAdultWorkClient({ baseUrl: "https://api.test", accessToken: "t", fetch: mock.fetch });
    await expect(unwrap(client.GET("/v1/Webcam/MadeBookingDetails", { params: { query: {} } }))).rejects.toBeInstanceOf(BadRequestError);
  });
});
