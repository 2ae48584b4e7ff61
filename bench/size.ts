// Bundle size: each entry bundled with esbuild for the browser (ESM, minified, everything it imports
// included, with openapi-fetch), then gzipped (level 9). Reference rows show what the core is made of.
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { build, type BuildOptions } from "esbuild";
import { ROOT } from "./compiled.js";

export interface SizeRow {
  bundle: string;
  /** What the bundle is built from. */
  entry: string;
  minifiedBytes: number;
  gzipBytes: number;
  /** Part of the core (true), or a reference row (false). */
  entryPoint: boolean;
}

export interface SizeResult {
  rows: SizeRow[];
  /** The largest inputs of the core bundle, minified bytes each (esbuild's metafile). */
  coreInputs: { input: string; minifiedBytes: number }[];
}

const BUNDLES: { bundle: string; entry: string; code?: string; entryPoint: boolean }[] = [
  { bundle: "core", entry: "src/index.ts", entryPoint: true },
  { bundle: "xml entry", entry: "src/xml/index.ts", entryPoint: true },
  { bundle: "validate entry", entry: "src/validate/index.ts", entryPoint: true },
  { bundle: "an app calling createAdultWorkClient and unwrap", entry: "(import of two names)", code: 'export { createAdultWorkClient, unwrap } from "./src/index.ts";', entryPoint: false },
  { bundle: "openapi-fetch alone", entry: "openapi-fetch", code: 'export { default } from "openapi-fetch";', entryPoint: false },
  { bundle: "the runtime operation table alone", entry: "generated/runtime-operations.ts", entryPoint: false },
  { bundle: "the full operation table alone", entry: "generated/operations.ts", code: 'export { operations } from "./generated/operations.ts";', entryPoint: false },
];

async function bundle(entry: string, code: string | undefined): Promise<{ bytes: Uint8Array; metafile: NonNullable<Awaited<ReturnType<typeof build>>["metafile"]> }> {
  const options: BuildOptions = {
    bundle: true,
    minify: true,
    format: "esm",
    // As a web app's bundler builds it: a browser build that needs a Node module fails here.
    platform: "browser",
    target: "es2022",
    write: false,
    metafile: true,
    logLevel: "error",
    absWorkingDir: ROOT,
  };
  const result = await build(code ? { ...options, stdin: { contents: code, resolveDir: ROOT, loader: "ts" } } : { ...options, entryPoints: [join(ROOT, entry)] });
  return { bytes: result.outputFiles![0]!.contents, metafile: result.metafile! };
}

export async function benchSize(): Promise<SizeResult> {
  const rows: SizeRow[] = [];
  let coreInputs: SizeResult["coreInputs"] = [];
  for (const b of BUNDLES) {
    const { bytes, metafile } = await bundle(b.entry, b.code);
    rows.push({ bundle: b.bundle, entry: b.entry, minifiedBytes: bytes.byteLength, gzipBytes: gzipSync(bytes, { level: 9 }).byteLength, entryPoint: b.entryPoint });
    if (b.bundle === "core") {
      const inputs = Object.values(metafile.outputs)[0]!.inputs;
      coreInputs = Object.entries(inputs)
        .map(([input, i]) => ({ input: input.replace(/^node_modules\/([^/]+)\/.*$/, "$1"), minifiedBytes: i.bytesInOutput }))
        .filter((i) => i.minifiedBytes > 0)
        .sort((x, y) => y.minifiedBytes - x.minifiedBytes);
    }
  }
  return { rows, coreInputs };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const res = await benchSize();
  console.table(res.rows);
  console.table(res.coreInputs);
}
