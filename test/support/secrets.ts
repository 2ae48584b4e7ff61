// The credentials the fault suite uses, and the scan that proves none of them leaks into an error
// or a log event: every error a test catches through `caught` is scanned after the test.
import { inspect } from "node:util";
import { afterAll, afterEach, expect } from "vitest";
import type { AdultWorkLogEvent } from "adultwork-api-client";
import { secretsIn } from "./exposure.js";

export { exposedText } from "./exposure.js";

const secrets = new Set<string>();

/** Registers a credential the scan must never find. Returns it. */
export function secret(value: string): string {
  secrets.add(value);
  return value;
}

let serial = 0;
/** A fresh credential-like string, registered. */
export function newSecret(kind: string): string {
  serial += 1;
  return secret(`${kind}_${serial}_${Math.random().toString(36).slice(2, 12)}`);
}

export const API_KEY = secret("aw_apikey_5Jd8Qw2LzX9m");
export const ACCESS_TOKEN = secret("aw_access_3Fh7Kp1Vn6Qe");
export const REFRESH_TOKEN = secret("aw_refresh_8Ty2Mc4Rb0Ws");
// Characters that form encoding changes, so the encoded forms are scanned for too.
export const CLIENT_SECRET = secret("cs+secret/With=chars&9Gk");
export const CLIENT_ID = "fault-suite-client";

/** The registered credentials found in `value`, raw or in a URL/form encoding. */
export function leakedSecrets(value: unknown): string[] {
  return secretsIn(value, secrets);
}

const pending: unknown[] = [];
let scanned = 0;

/** Awaits a call that must fail and returns its error, which the after-test scan then checks. */
export async function caught(call: Promise<unknown> | (() => Promise<unknown>)): Promise<any> {
  try {
    await (typeof call === "function" ? call() : call);
  } catch (err) {
    pending.push(err);
    return err;
  }
  throw new Error("expected the call to fail, but it succeeded");
}

/** Runs a call that must throw and returns its error, which the after-test scan then checks. */
export function caughtSync(call: () => unknown): any {
  try {
    call();
  } catch (err) {
    pending.push(err);
    return err;
  }
  throw new Error("expected the call to throw, but it returned");
}

/** A logger whose events the after-test scan checks too. */
export function recordingLogger(): { logger: (event: AdultWorkLogEvent) => void; events: AdultWorkLogEvent[] } {
  const events: AdultWorkLogEvent[] = [];
  return {
    events,
    logger: (event) => {
      events.push(event);
      pending.push(event);
    },
  };
}

/** Scans every caught error and logged event of each test; a file that scanned nothing fails. */
export function scanForSecrets(): void {
  afterEach(() => {
    const found = pending.map((value) => ({ value: inspect(value, { depth: 1 }).slice(0, 300), leaked: leakedSecrets(value) })).filter((f) => f.leaked.length);
    scanned += pending.length;
    pending.length = 0;
    expect(found, "credentials found in errors or log events").toEqual([]);
  });
  afterAll(() => {
    expect(scanned, "the secret scan saw no errors at all").toBeGreaterThan(0);
  });
}
