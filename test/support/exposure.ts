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

/** Those of `secrets` found in `value`, raw or in a URL/form encoding. */
export function secretsIn(value: unknown, secrets: Iterable<string>): string[] {
  const text = exposedText(value);
  return [...secrets].filter((s) => [s, encodeURIComponent(s), new URLSearchParams({ s }).toString().slice(2)].some((form) => text.includes(form)));
}

