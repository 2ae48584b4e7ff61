const CAUSE_FIELDS = ["code", "errno", "syscall", "hostname", "address", "port"];
const MAX_DEPTH = 64;
const REDACTED = "[REDACTED]";
const utf8 = new TextEncoder();
function base64(bytes) {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}
function formsOf(secret) {
  const forms = /* @__PURE__ */ new Set([secret, new URLSearchParams({ s: secret }).toString().slice(2), JSON.stringify(secret).slice(1, -1)]);
  try {
    const percent = encodeURIComponent(secret);
    forms.add(percent).add(percent.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase())).add(encodeURIComponent(percent));
  } catch {
  }
  const bytes = utf8.encode(secret);
  for (let offset = 0; offset < 3; offset++) {
    const padded = new Uint8Array(offset + bytes.length);
    padded.set(bytes, offset);
    const core = base64(padded).slice(Math.ceil(8 * offset / 6), Math.floor(8 * padded.length / 6));
    if (core.length < 6) continue;
    forms.add(core);
    forms.add(core.replace(/\+/g, "-").replace(/\//g, "_"));
  }
  return [...forms].sort((a, b) => b.length - a.length);
}
class Redactor {
  forms = /* @__PURE__ */ new Map();
  linked = [];
  add(secret) {
    if (typeof secret !== "string" || secret.length < 6 || this.forms.has(secret)) return;
    this.forms.set(secret, formsOf(secret));
  }
  /** Also removes every secret `other` knows, now or later (a token provider's refresh token and client secret). */
  link(other) {
    if (other && other !== this && !this.linked.includes(other)) this.linked.push(other);
  }
  /** The secrets registered so far, here and in linked redactors. */
  known() {
    return [...new Set([...this.entries()].map(([secret]) => secret))];
  }
  /** Each secret with its forms, here and (a bounded number of links deep) in linked redactors. */
  *entries(depth = 0) {
    yield* this.forms;
    if (depth < 4) for (const other of this.linked) yield* other.entries(depth + 1);
  }
  empty() {
    return this.forms.size === 0 && this.linked.every((other) => other.forms.size === 0 && other.linked.length === 0);
  }
  /** True when `value` contains a known secret (in any of the forms `text` redacts). */
  holdsSecret(value) {
    return this.text(value) !== value;
  }
  text(value) {
    let out = String(value);
    for (const [, forms] of this.entries()) {
      for (const form of forms) if (out.includes(form)) out = out.split(form).join(REDACTED);
    }
    return out;
  }
  value(value, depth = 0) {
    if (depth === 0 && this.empty()) return value;
    if (typeof value === "string") return this.text(value);
    if (!value || typeof value !== "object") return value;
    if (depth >= MAX_DEPTH) return "[too deeply nested]";
    if (Array.isArray(value)) return value.map((v) => this.value(v, depth + 1));
    const out = {};
    for (const [k, v] of Object.entries(value)) out[this.text(k)] = this.value(v, depth + 1);
    return out;
  }
  /**
   * A redacted copy of response headers, for errors that keep them. Cookie values are credentials
   * by nature, whoever made them, so only their names are kept; a header whose name holds a secret is
   * dropped (a name cannot carry the placeholder).
   */
  headers(headers) {
    const out = new Headers();
    if (!headers) return out;
    for (const [name, value] of headers) {
      if (this.holdsSecret(name)) continue;
      if (name === "set-cookie") {
        const cookie = value.split(";", 1)[0];
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
  error(value, depth = 0) {
    if (!(value instanceof Error)) return this.value(value);
    const cause = depth < 8 && value.cause !== void 0 ? { cause: this.error(value.cause, depth + 1) } : void 0;
    const copy = value instanceof AggregateError ? new AggregateError(depth < 8 ? value.errors.map((e) => this.error(e, depth + 1)) : [], this.text(value.message), cause) : new Error(this.text(value.message), cause);
    copy.name = this.text(value.name);
    copy.stack = value.stack === void 0 ? void 0 : this.text(value.stack);
    const source = value;
    for (const field of CAUSE_FIELDS) if (source[field] !== void 0) copy[field] = this.value(source[field]);
    return copy;
  }
}
const REDACTOR = /* @__PURE__ */ Symbol.for("adultwork-api-client.redactor");
function attachRedactor(target, redactor) {
  Object.defineProperty(target, REDACTOR, { value: redactor, enumerable: false, configurable: true });
}
function redactorOf(target) {
  return target ? target[REDACTOR] : void 0;
}
export {
  Redactor,
  attachRedactor,
  redactorOf
};
//# sourceMappingURL=redact.js.map
