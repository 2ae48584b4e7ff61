// The one redaction implementation: every string, body, header set and error chain the client
// exposes passes through a Redactor that knows the credentials in play.

// Properties Node and undici put on network errors that are worth keeping (after redaction).
const CAUSE_FIELDS = ["code", "errno", "syscall", "hostname", "address", "port"] as const;
// Parsed bodies come from servers; a hostile one may nest deeper than the stack allows.
const MAX_DEPTH = 64;
const REDACTED = "[REDACTED]";
const utf8 = new TextEncoder();

function base64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * The forms a secret takes when a server, proxy or wrapper repeats it: raw, percent-encoded (either
 * hex case, once or twice), form-encoded (`+` for space), JSON-escaped, and base64 (standard and URL-safe). A secret
 * inside a longer base64 text (`Basic base64(id:secret)`) is found by the characters that depend on the
 * secret alone, at each of the three byte offsets it can start at.
 */
function formsOf(secret: string): string[] {
  const forms = new Set([secret, new URLSearchParams({ s: secret }).toString().slice(2), JSON.stringify(secret).slice(1, -1)]);
  try {
    const percent = encodeURIComponent(secret);
    // Twice-encoded too: a URL that carried the key, itself passed on as a query parameter.
    forms.add(percent).add(percent.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase())).add(encodeURIComponent(percent));
  } catch {
    // A lone surrogate has no percent-encoded form, so there is none to find.
  }
  const bytes = utf8.encode(secret);
  for (let offset = 0; offset < 3; offset++) {
    const padded = new Uint8Array(offset + bytes.length);
    padded.set(bytes, offset);
    const core = base64(padded).slice(Math.ceil((8 * offset) / 6), Math.floor((8 * padded.length) / 6));
    if (core.length < 6) continue;
    forms.add(core);
    forms.add(core.replace(/\+/g, "-").replace(/\//g, "_"));
  }
  // Longest first: a short form must not break up a longer one before it is found.
  return [...forms].sort((a, b) => b.length - a.length);
}

/**
 * Removes known secrets from strings, from the strings inside parsed bodies, from header sets and
 * from error chains. Secrets are registered as the client learns them (API key, each access and
 * refresh token, the client secret); a Redactor linked to another also removes that one's secrets.
 */
export class Redactor {
  private readonly forms = new Map<string, string[]>();
  private readonly linked: Redactor[] = [];

  add(secret: string | undefined | null): void {
    // Very short values would redact innocent text and are not credentials anyway.
    if (typeof secret !== "string" || secret.length < 6 || this.forms.has(secret)) return;
    this.forms.set(secret, formsOf(secret));
  }

  /** Also removes every secret `other` knows, now or later (a token provider's refresh token and client secret). */
  link(other: Redactor | undefined): void {
    if (other && other !== this && !this.linked.includes(other)) this.linked.push(other);
  }

  /** The secrets registered so far, here and in linked redactors. */
  known(): string[] {
    return [...new Set([...this.entries()].map(([secret]) => secret))];
  }

  /** Each secret with its forms, here and (a bounded number of links deep) in linked redactors. */
  private *entries(depth = 0): Generator<[string, string[]]> {
    yield* this.forms;
    if (depth < 4) for (const other of this.linked) yield* other.entries(depth + 1);
  }

  private empty(): boolean {
    return this.forms.size === 0 && this.linked.every((other) => other.forms.size === 0 && other.linked.length === 0);
  }

  /** True when `value` contains a known secret (in any of the forms `text` redacts). */
  holdsSecret(value: string): boolean {
    return this.text(value) !== value;
  }

  text(value: string): string {
    let out = String(value);
    for (const [, forms] of this.entries()) {
      for (const form of forms) if (out.includes(form)) out = out.split(form).join(REDACTED);
    }
    return out;
  }

  value<T>(value: T, depth = 0): T {
    if (depth === 0 && this.empty()) return value;
    if (typeof value === "string") return this.text(value) as T;
    if (!value || typeof value !== "object") return value;
    if (depth >= MAX_DEPTH) return "[too deeply nested]" as T;
    if (Array.isArray(value)) return value.map((v) => this.value(v, depth + 1)) as T;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[this.text(k)] = this.value(v, depth + 1);
    return out as T;
  }

  /**
   * A redacted copy of response headers, for errors that keep them. Cookie values are credentials
   * by nature, whoever made them, so only their names are kept; a header whose name holds a secret is
   * dropped (a name cannot carry the placeholder).
   */
  headers(headers: Headers | undefined): Headers {
    const out = new Headers();
    if (!headers) return out;
    for (const [name, value] of headers) {
      if (this.holdsSecret(name)) continue;
      if (name === "set-cookie") {
        const cookie = value.split(";", 1)[0]!;
        const eq = cookie.indexOf("=");
        out.append(name, `${this.text(eq === -1 ? cookie : cookie.slice(0, eq)).trim()}=${REDACTED}`);
      } else {
        out.append(name, this.text(value));
      }
    }
    return out;
  }

  /**
   * A redacted copy of an error and its `cause` chain, for use as the `cause` of a client error:
   * a fetch wrapper may well have put the request URL (with the API key) or its headers in a message.
   */
  error(value: unknown, depth = 0): unknown {
    if (!(value instanceof Error)) return this.value(value);
    const cause = depth < 8 && value.cause !== undefined ? { cause: this.error(value.cause, depth + 1) } : undefined;
    const copy = (
      value instanceof AggregateError
        ? new AggregateError(depth < 8 ? value.errors.map((e) => this.error(e, depth + 1)) : [], this.text(value.message), cause)
        : new Error(this.text(value.message), cause)
    ) as Error & Record<string, unknown>;
    copy.name = this.text(value.name);
    copy.stack = value.stack === undefined ? undefined : this.text(value.stack);
    const source = value as Error & Record<string, unknown>;
    for (const field of CAUSE_FIELDS) if (source[field] !== undefined) copy[field] = this.value(source[field]);
    return copy;
  }
}

const REDACTOR = Symbol.for("adultwork-api-client.redactor");

/**
 * Lets others learn every secret a part of the client knows: middleware added by the caller (such
 * as the validate entry's) reads it from the Request, the client reads a token provider's.
 */
export function attachRedactor(target: object, redactor: Redactor): void {
  Object.defineProperty(target, REDACTOR, { value: redactor, enumerable: false, configurable: true });
}

export function redactorOf(target: object | undefined): Redactor | undefined {
  return target ? (target as Record<symbol, Redactor | undefined>)[REDACTOR] : undefined;
}
