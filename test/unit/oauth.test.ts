// The Unified Login's browser side: the authorize URL for both flows, the state, and the callback
// (authorized, token, cancelled, refused, forged).
import { describe, expect, test } from "vitest";
import {
  AdultWorkUsageError,
  OAuthError,
  authorizeUrl,
  createAdultWorkClient,
  generateState,
  parseAuthorizationCallback,
  scopesFor,
  statesMatch,
} from "adultwork-api-client";
import { unifiedLogin } from "../../generated/operations.js";

const REDIRECT = "https://app.example/auth/callback";

describe("authorizeUrl", () => {
  test("the authorization-code flow: the contract's authorize URL with response_type, client_id, redirect_uri, scope and state", () => {
    const { url, state } = authorizeUrl({ clientId: "client-1", redirectUri: REDIRECT, operations: ["madeWebcamBookings", "createWebcamBooking"] });
    const parsed = new URL(url);
    expect(`${parsed.origin}${parsed.pathname}`).toBe(unifiedLogin.authorizationUrl);
    expect(Object.fromEntries(parsed.searchParams)).toEqual({
      response_type: "code",
      client_id: "client-1",
      redirect_uri: REDIRECT,
      scope: scopesFor(["madeWebcamBookings", "createWebcamBooking"]).join(" "),
      state,
    });
  });

  test("the implicit flow asks for response_type=token; extra scopes join those of the operations", () => {
    const { url } = authorizeUrl({ clientId: "c", redirectUri: REDIRECT, responseType: "token", operations: ["madeWebcamBookings"], scopes: ["account_information"] });
    const params = new URL(url).searchParams;
    expect(params.get("response_type")).toBe("token");
    expect(params.get("scope")).toBe("account_information account_webcam_bookings");
  });

  test("every call gets a new, unguessable state unless one is given", () => {
    const states = new Set(Array.from({ length: 50 }, () => authorizeUrl({ clientId: "c", redirectUri: REDIRECT }).state));
    expect(states.size).toBe(50);
    for (const state of states) expect(state).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(authorizeUrl({ clientId: "c", redirectUri: REDIRECT, state: "mine" }).state).toBe("mine");
    expect(generateState()).not.toBe(generateState());
  });

  test("a redirect URI that would carry the code in clear text, or a missing client ID, is refused", () => {
    expect(() => authorizeUrl({ clientId: "c", redirectUri: "http://app.example/cb" })).toThrow(AdultWorkUsageError);
    expect(() => authorizeUrl({ clientId: "c", redirectUri: "http://localhost:3000/cb" })).not.toThrow();
    expect(() => authorizeUrl({ clientId: "", redirectUri: REDIRECT })).toThrow(AdultWorkUsageError);
    expect(() => authorizeUrl({ clientId: "c", redirectUri: REDIRECT, responseType: "id_token" as "code" })).toThrow(AdultWorkUsageError);
  });
});

describe("statesMatch", () => {
  test("equal strings match; anything else does not", () => {
    expect(statesMatch("abc123", "abc123")).toBe(true);
    expect(statesMatch("abc123", "abc124")).toBe(false);
    expect(statesMatch("abc123", "abc1234")).toBe(false);
    expect(statesMatch("abc123", "")).toBe(false);
    expect(statesMatch("abc123", null)).toBe(false);
    expect(statesMatch("", "")).toBe(false);
  });
});

describe("parseAuthorizationCallback", () => {
  const state = "s-1234567890";

  test("a code and the right state: authorized", () => {
    expect(parseAuthorizationCallback(`${REDIRECT}?code=a1b2c3d4f5&state=${state}`, state)).toEqual({ status: "authorized", code: "a1b2c3d4f5", state });
  });

  test("the documented cancel: an empty code and status=cancelled", () => {
    expect(parseAuthorizationCallback(`${REDIRECT}?code=&state=${state}&status=cancelled`, state)).toEqual({ status: "cancelled", state });
  });

  test("the implicit flow's token in the fragment", () => {
    expect(parseAuthorizationCallback(`${REDIRECT}#access_token=tok-123456&token_type=bearer&expires_in=1200&state=${state}`, state)).toEqual({
      status: "token",
      accessToken: "tok-123456",
      tokenType: "bearer",
      expiresIn: 1200,
      state,
    });
  });

  test("a state that is missing or not ours is refused before anything else is read", () => {
    for (const url of [`${REDIRECT}?code=x`, `${REDIRECT}?code=x&state=other`, `${REDIRECT}?code=&state=other&status=cancelled`]) {
      expect(() => parseAuthorizationCallback(url, state)).toThrow(OAuthError);
      try {
        parseAuthorizationCallback(url, state);
      } catch (err) {
        expect((err as OAuthError).error).toBe("state_mismatch");
      }
    }
  });

  test("an error from the login, or neither code nor cancel, is an OAuthError", () => {
    expect(() => parseAuthorizationCallback(`${REDIRECT}?error=access_denied&state=${state}`, state)).toThrow(/access_denied/);
    expect(() => parseAuthorizationCallback(`${REDIRECT}?code=&state=${state}`, state)).toThrow(/missing_code/);
    expect(() => parseAuthorizationCallback("not a url", state)).toThrow(AdultWorkUsageError);
  });

  test("takes the query as URLSearchParams too", () => {
    expect(parseAuthorizationCallback(new URLSearchParams({ code: "c0de", state }), state)).toMatchObject({ status: "authorized", code: "c0de" });
  });
});

test("accessToken must be a string, a function or a TokenProvider", () => {
  expect(() => createAdultWorkClient({ accessToken: 42 as unknown as string })).toThrow(AdultWorkUsageError);
  expect(() => createAdultWorkClient({ accessToken: { getToken: async () => "t" } })).not.toThrow();
});
