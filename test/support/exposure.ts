// Everything a value exposes as text, for the secret scans (kept free of vitest so a child process can use it).
import { inspect } from "node:util";

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
  parts.push(inspect(value, { depth: Infinity }));
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

/** The text hidden in every base64 run of `text` (standard or URL-safe, read from each of its first four offsets). */
function decodedBase64(text: string): string {
  const out: string[] = [];
  for (const run of text.match(/[A-Za-z0-9+/_-]{8,}={0,2}/g) ?? []) {
    const standard = run.replace(/-/g, "+").replace(/_/g, "/").replace(/=+$/, "");
    for (let offset = 0; offset < 4; offset++) {
      // Node decodes a run without its padding, and one cut mid-group, as far as it goes.
      out.push(Buffer.from(standard.slice(offset), "base64").toString("latin1"));
    }
  }
  return out.join("\n");
}

/** Those of `secrets` found in `value`: raw, in a URL or form encoding (either hex case), or inside base64. */
export function secretsIn(value: unknown, secrets: Iterable<string>): string[] {
  const text = exposedText(value);
  const upperHex = text.replace(/%[0-9a-fA-F]{2}/g, (m) => m.toUpperCase());
  const hidden = decodedBase64(text);
  return [...secrets].filter(
    (s) => [s, encodeURIComponent(s), new URLSearchParams({ s }).toString().slice(2)].some((form) => upperHex.includes(form) || text.includes(form)) || hidden.includes(s),
  );
}

