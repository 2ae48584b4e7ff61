// The credentials the fault suite uses, and the scan that proves none of them leaks into an error
// or a log event: every error a test catches through `caught` is scanned after the test.
import { inspect } from "node:util";
import { afterAll, afterEach, expect } from "vitest";
import type { AdultWorkLogEvent } from "adultwork-api-client";

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

/** Every string an error (or any value) exposes: message, stack, own properties, cause chain, inspect, JSON. */
export function exposedText(value: unknown): string {
  const parts: string[] = [];
  const seen = new Set<unknown>();
  const walk = (v: unknown, depth: number): void => {
    if (v === null || v === undefined || depth > 12) return;
    if (typeof v === "string") return void parts.push(v);
    if (typeof v !== "object" && typeof v !== "function") return void parts.push(String(v));
    if (seen.has(v)) return;
    seen.add(v);
    if (v instanceof Headers) {
      for (const [name, text] of v) parts.push(`${name}: ${text}`);
      return;
    }
    if (v instanceof Error) parts.push(v.name, v.message, v.stack ?? "");
    for (const key of Reflect.ownKeys(v)) {
      try {
        walk((v as Record<PropertyKey, unknown>)[key], depth + 1);
      } catch {
        // A throwing getter exposes nothing.
      }
    }
  };
  walk(value, 0);
  parts.push(inspect(value, { depth: 20 }));
  try {
    parts.push(JSON.stringify(value) ?? "");
  } catch {
    // Not serialisable: covered by the walk.
  }
  try {
    parts.push(String(value));
  } catch {
    // Not printable: covered by the walk.
  }
  return parts.join("\n");
}

/** The registered credentials found in `value`, raw or in a URL/form encoding. */
export function leakedSecrets(value: unknown): string[] {
  const text = exposedText(value);
  return [...secrets].filter((s) => [s, encodeURIComponent(s), new URLSearchParams({ s }).toString().slice(2)].some((form) => text.includes(form)));
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
