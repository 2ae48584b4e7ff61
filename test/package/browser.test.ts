// Browsers: each code entry, as an app in a project that installed the tarball would import it,
// bundled by esbuild for `platform: "browser"` (no Node built-in may be imported, none marked
// external), then run in Chromium against the mock API. The page comes from a local node:http
// server; the mock answers the browser's cross-origin requests itself.
import { mkdirSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { build, type Metafile } from "esbuild";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { launchChromium } from "../support/browser.js";
import { codeEntries, peerSpecs, specifierOf, workspace, type Workspace } from "../support/consumer.js";

const prismUrl = inject("prismUrl");
let ws: Workspace;
let project = "";
let browser: Browser;
let server: Server;
let origin = "";
const bundles = new Map<string, { code: string; metafile: Metafile }>();

/** What each entry's app does in the page; an entry without a scenario is imported and counted. */
const SCENARIOS: Record<string, string> = {
  ".": `import { createAdultWorkClient, unwrap, AuthenticationError } from "adultwork-api-client";
const aw = createAdultWorkClient({ baseUrl: BASE, accessToken: "browser-token" });
const booking = await unwrap(aw.GET("/v1/Webcam/MadeBookingDetails", { params: { query: { BookingID: 1 } } }));
const refused = await unwrap(createAdultWorkClient({ baseUrl: BASE }).GET("/v1/Webcam/MadeBookingDetails", { params: { query: { BookingID: 1 } } })).catch((e) => e);
result = { bookingId: booking.WebcamBookingID, refused: refused instanceof AuthenticationError ? refused.status : String(refused) };`,
  "./operations": `import { operations } from "adultwork-api-client/operations";
result = { operations: Object.keys(operations).length };`,
  "./xml": `import { createAdultWorkClient, unwrap } from "adultwork-api-client";
import { xmlSupport } from "adultwork-api-client/xml";
const aw = createAdultWorkClient({ baseUrl: BASE, accessToken: "browser-token", xml: xmlSupport(), format: "xml" });
const booking = await unwrap(aw.GET("/v1/Webcam/MadeBookingDetails", { params: { query: { BookingID: 1 } } }));
result = { credits: typeof booking.Credits, bookingId: booking.WebcamBookingID };`,
  "./validate": `import { createAdultWorkClient, unwrap } from "adultwork-api-client";
import { responseValidation } from "adultwork-api-client/validate";
const aw = createAdultWorkClient({ baseUrl: BASE, accessToken: "browser-token" });
const findings = [];
aw.use(responseValidation({ validateResponses: "warn", onFinding: (f) => findings.push(f) }));
const booking = await unwrap(aw.GET("/v1/Webcam/MadeBookingDetails", { params: { query: { BookingID: 1 } } }));
result = { bookingId: booking.WebcamBookingID, findings: findings.length };`,
};

const appOf = (key: string) =>
  `const BASE = ${JSON.stringify(prismUrl)};\nlet result;\n` +
  (SCENARIOS[key] ?? `import * as entry from "${specifierOf(key)}";\nresult = { exports: Object.keys(entry).length };`) +
  `\nwindow.__result = result;\n`;

beforeAll(async () => {
  ws = workspace("browser");
  project = ws.project("browser-app", { type: "module" });
  ws.install(project, [ws.tarball().path, ...peerSpecs()]);
  mkdirSync(join(project, "app"));
  for (const [i, key] of codeEntries.entries()) {
    const file = join(project, "app", `entry-${i}.js`);
    writeFileSync(file, appOf(key));
    const out = await build({ entryPoints: [file], absWorkingDir: project, bundle: true, platform: "browser", format: "esm", target: "es2022", write: false, metafile: true, logLevel: "silent" });
    bundles.set(key, { code: out.outputFiles[0]!.text, metafile: out.metafile });
  }
  server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    const m = /^\/entry-(\d+)\.js$/.exec(path);
    const bundle = m ? bundles.get(codeEntries[Number(m[1])]!) : undefined;
    if (path === "/") res.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><title>app</title>");
    else if (bundle) res.writeHead(200, { "content-type": "text/javascript" }).end(bundle.code);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  ws?.remove();
});

describe("every code entry in a browser", () => {
  test.each(codeEntries)("%s bundles for platform browser with no Node built-in in it", (key) => {
    const bundle = bundles.get(key)!;
    const imports = Object.values(bundle.metafile.inputs).flatMap((input) => input.imports.map((i) => i.path));
    expect(imports.filter((p) => p.startsWith("node:") || /^(fs|path|crypto|http|https|net|os|stream|util)(\/|$)/.test(p))).toEqual([]);
    expect(Object.values(bundle.metafile.inputs).flatMap((input) => input.imports.filter((i) => i.external))).toEqual([]);
    expect(bundle.code).not.toMatch(/\bfrom\s*["']node:|import\(\s*["']node:|require\(\s*["']node:/);
  });

  test.each(codeEntries)("%s runs in Chromium", async (key) => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    try {
      await page.goto(`${origin}/`);
      await page.addScriptTag({ url: `/entry-${codeEntries.indexOf(key)}.js`, type: "module" });
      const result = await page.waitForFunction(() => (window as unknown as { __result?: unknown }).__result, undefined, { timeout: 20_000 }).then((h) => h.jsonValue());
      expect(errors).toEqual([]);
      if (key === ".") expect(result).toEqual({ bookingId: expect.any(Number), refused: 401 });
      else if (key === "./operations") expect((result as { operations: number }).operations).toBeGreaterThan(100);
      else if (key === "./xml") expect(result).toEqual({ credits: "number", bookingId: expect.any(Number) });
      else if (key === "./validate") expect(result).toEqual({ bookingId: expect.any(Number), findings: 0 });
      else expect((result as { exports: number }).exports).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  }, 60_000);
});
