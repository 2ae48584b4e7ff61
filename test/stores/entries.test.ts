// The store adapters are entries of their own: the core never loads a database driver, and neither
// entry loads its driver either (each takes the app's own client object).
import { join } from "node:path";
import { build } from "esbuild";
import { describe, expect, test } from "vitest";
import { ROOT } from "../../scripts/lib/proc.mjs";

async function inputsOf(entry: string): Promise<string[]> {
  const result = await build({ entryPoints: [join(ROOT, entry)], bundle: true, write: false, metafile: true, format: "esm", platform: "node", logLevel: "silent" });
  return Object.keys(result.metafile.inputs);
}

describe("the token store entries", () => {
  test("the core entry bundles neither store adapter nor any driver", async () => {
    const inputs = await inputsOf("src/index.ts");
    expect(inputs).toContain("src/token-manager.ts");
    expect(inputs.filter((path) => /src\/(postgres|redis)\/|node_modules\/(pg|pg-[\w-]+|redis|@redis\/[\w-]+)\//.test(path))).toEqual([]);
  });

  test.each(["src/postgres/index.ts", "src/redis/index.ts"])("%s bundles no driver of its own", async (entry) => {
    const inputs = await inputsOf(entry);
    expect(inputs).toContain(entry);
    expect(inputs.filter((path) => path.includes("node_modules/"))).toEqual([]);
  });
});
