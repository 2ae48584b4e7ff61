// The modules of src/ import one another without a circle: the token side (auth.ts, oauth.ts) builds
// on the transport's public createTransport, and the transport knows tokens only through
// token-provider.ts. A circle would make load order matter and tie the two sides' insides together.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";

const SRC = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "src");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith(".ts") ? [join(dir, entry.name)] : [],
  );
}

/** Every module of src/ and the src/ modules it imports or re-exports (type-only ones included). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sources(SRC)) {
    const text = readFileSync(file, "utf8");
    const targets = [...text.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+"(\.{1,2}\/[^"]+)"/gms)]
      .map((m) => normalize(join(dirname(file), m[1]!.replace(/\.js$/, ".ts"))))
      .filter((target) => target.startsWith(SRC));
    graph.set(relative(SRC, file), targets.map((t) => relative(SRC, t)));
  }
  return graph;
}

function findCycle(graph: Map<string, string[]>): string[] | undefined {
  const state = new Map<string, "open" | "done">();
  const path: string[] = [];
  const visit = (node: string): string[] | undefined => {
    if (state.get(node) === "done") return undefined;
    if (state.get(node) === "open") return [...path.slice(path.indexOf(node)), node];
    state.set(node, "open");
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(node, "done");
    return undefined;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return undefined;
}

describe("src/ imports", () => {
  const graph = importGraph();

  test("the graph was read (so an empty result means something)", () => {
    expect(graph.get("auth.ts")).toContain("oauth.ts");
    expect(graph.get("oauth.ts")).toContain("transport.ts");
  });

  test("form no circle", () => {
    expect(findCycle(graph)).toBeUndefined();
  });

  test("the cycle finder finds one when it is there", () => {
    expect(findCycle(new Map([["a.ts", ["b.ts"]], ["b.ts", ["c.ts"]], ["c.ts", ["a.ts"]]]))).toEqual(["a.ts", "b.ts", "c.ts", "a.ts"]);
  });

  test("the transport does not import the token side", () => {
    expect(graph.get("transport.ts")).not.toContain("auth.ts");
    expect(graph.get("transport.ts")).not.toContain("oauth.ts");
  });
});
