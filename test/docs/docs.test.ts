// The published reference in a real browser: Chromium (test/support/browser.ts), driven by playwright-core, opens the
// page `npm run docs` builds, served from a local node:http server, with every other request blocked.
// A reader behind a firewall or offline must get the whole page, every operation, and a working search.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildDocs } from "../../scripts/docs.mjs";
import { COLLECTION_FILE } from "../../scripts/postman.mjs";
import { ROOT } from "../../scripts/lib/proc.mjs";
import { codeSamples } from "../../scripts/lib/code-samples.mjs";
import { operations } from "adultwork-api-client/operations";
import { deref } from "../../scripts/lib/operations.mjs";
import { doc, operationIds, operationObject } from "../support/contract.js";
import { launchChromiumContext } from "../support/browser.js";

const SCREENSHOTS = join(ROOT, "test-results");

let dir = "";
let server: Server;
let origin = "";
let context: BrowserContext;
let page: Page;
/** Requests the page tried to send anywhere but the local server. */
const outside: string[] = [];
const served: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "aw-docs-browser-"));
  await buildDocs(join(dir, "index.html"));
  const files: Record<string, { type: string; body: Buffer }> = {
    "/index.html": { type: "text/html; charset=utf-8", body: readFileSync(join(dir, "index.html")) },
    [`/${COLLECTION_FILE}`]: { type: "application/json", body: readFileSync(join(dir, COLLECTION_FILE)) },
  };
  server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    served.push(path);
    const file = files[path];
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": file.type, "content-length": file.body.length }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  context = await launchChromiumContext(join(dir, "profile"), {
    viewport: { width: 1280, height: 900 },
  });
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`)) return route.continue();
    outside.push(url);
    return route.abort("blockedbyclient");
  });
  // Requests that routing does not see (from workers, for instance) still show up here.
  context.on("request", (req) => {
    const url = req.url();
    if (/^(https?|wss?):/.test(url) && !url.startsWith(`${origin}/`) && !outside.includes(url)) outside.push(url);
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (err) => pageErrors.push(err.message));
  await page.goto(`${origin}/index.html`);
  await page.getByRole("heading", { level: 1 }).first().waitFor();
}, 180_000);

afterAll(async () => {
  await context?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Polls `check` until it holds or `ms` have passed; returns whether it held. */
async function until(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

type Section = { id: string; heading: string; text: string };
/** The operation sections Redoc has rendered: id `/<tag>/<operationid>`, heading, text. */
const operationSections = (): Promise<Section[]> =>
  page.$$eval('[data-item-kind="httpItem"][data-section-id]', (els) =>
    els.map((el) => ({
      id: el.getAttribute("data-section-id") ?? "",
      heading: el.querySelector("h1, h2")?.textContent?.trim() ?? "",
      text: (el.textContent ?? "").replace(/\s/g, ""),
    })),
  );
/** The menu entry a reader clicks to open a tag. */
const tagMenuItem = (tag: string) =>
  page.locator('[data-component-name="Menu/MenuItem"] a', { has: page.locator(`span[data-text="${tag}"]`) }).first();

const tagsWithOperations = [...new Set(operationIds.map((id) => operationObject(id).op.tags[0] as string))].sort();

describe("the reference page in Chromium, offline", () => {
  test("shows the contract's title and the newcomer's introduction, generated lists and coverage table included", async () => {
    await expect(page.getByRole("heading", { level: 1 }).first().textContent()).resolves.toContain(doc.info.title);
    const section = async (heading: string) =>
      page.locator('[data-section-id^="/section/"]', { has: page.locator("h2", { hasText: heading }) }).first().textContent();
    for (const heading of ["First steps", "Authentication and the Unified Login", "Group managers", "What the public docs leave undocumented"]) {
      await expect(section(heading), heading).resolves.toBeTruthy();
    }
    // The mock comes from the installed package, not from a clone of this repository.
    await expect(section("First steps")).resolves.toContain("npx adultwork-api-client mock --port 4010");
    // Beside the title, the contract's version, which is the package's.
    await expect(page.getByRole("heading", { level: 1 }).first().textContent()).resolves.toContain(`(${doc.info.version})`);
    // The generated parts: every operation's scope, the date forms, the paged operations, the coverage table.
    const scopes = await section("Scopes: which operation needs which");
    for (const id of operationIds) expect(scopes, id).toContain(id);
    expect(scopes).toMatch(/account_webcam_bookings: .*Needed by/);
    await expect(section("Dates and times")).resolves.toMatch(/AwDateTime, like 2018-01-01T11:00/);
    await expect(section("Paging")).resolves.toContain("BookingsPerPage");
    const coverage = await page.locator('[data-section-id^="/section/"]', { has: page.locator("h2", { hasText: "Coverage" }) }).locator("table").first().textContent();
    expect(coverage).toMatch(/Group-manager variants.*Total/);
    await page.locator("h2", { hasText: "Scopes: which operation needs which" }).first().scrollIntoViewIfNeeded();
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, "docs-scopes.png") });
  });

  test("lists every operation in its menu and shows each one's section, with its summary, method and path", async () => {
    // Redoc renders the sections near the reader's position, so each operation is opened in turn,
    // from the menu entry its tag shows once opened, as a reader would.
    const menu = new Map<string, string>();
    const menuHrefs = () => page.$$eval('[data-component-name="Menu/MenuItem"] a[href^="#/"]', (els) => els.map((a) => a.getAttribute("href")!));
    for (const tag of tagsWithOperations) {
      const expected = operationIds.filter((id) => operationObject(id).op.tags[0] === tag).map((id) => id.toLowerCase());
      const listed = async () => {
        const ends = new Set((await menuHrefs()).map((h) => h.split("/").at(-1)));
        return expected.every((e) => ends.has(e));
      };
      // A click opens the tag; should it have been open already, the click closes it, and the next one reopens it.
      for (let attempt = 0; attempt < 3 && !(await listed()); attempt++) {
        await tagMenuItem(tag).click();
        await until(listed, 5_000);
      }
      for (const href of await menuHrefs()) menu.set(href.split("/").at(-1)!, href);
    }
    for (const id of operationIds) {
      const { method, path, op } = operationObject(id);
      const href = menu.get(id.toLowerCase());
      expect(href, `${id} is not in the menu`).toBeDefined();
      await page.evaluate((h) => (location.hash = h), href!);
      const section = page.locator(`[data-item-kind="httpItem"][data-section-id="${href!.slice(1)}"]`);
      await section.waitFor({ timeout: 20_000 });
      const [rendered] = (await operationSections()).filter((s) => s.id === href!.slice(1));
      expect(rendered?.heading, id).toBe(op.summary);
      expect(rendered?.text, id).toContain(`${method.toUpperCase()}${path}`);
    }
  }, 240_000);

  test("its search finds an operation by its summary and opens that operation's section", async () => {
    const id = operationIds.filter((i) => !i.endsWith("AsGroupManager")).sort().at(-1)!;
    const { method, path, op } = operationObject(id);
    const input = page.getByPlaceholder("Search docs...");
    const result = page.locator('[data-component-name="Search/SearchItem"]', { hasText: op.summary }).first();
    // The page builds its search index in the background: on a busy machine the first query may
    // come before it, so the search box is opened and the query typed again until the index answers.
    const failures: string[] = [];
    const deadline = Date.now() + 120_000;
    let listed = false;
    while (!listed && Date.now() < deadline) {
      try {
        if (!(await input.isVisible())) {
          await page.locator('[data-component-name="icons/SearchIcon/SearchIcon"]').first().click({ timeout: 5_000 });
          await input.waitFor({ timeout: 5_000 });
        }
        await input.fill("", { timeout: 5_000 });
        await input.fill(op.summary, { timeout: 5_000 });
        await result.waitFor({ timeout: 5_000 });
        listed = true;
      } catch (err) {
        failures.push((err as Error).message.split("\n")[0]!);
      }
    }
    expect(listed, `the search never listed ${id}: ${failures.join(" | ")}`).toBe(true);
    await expect(result.textContent()).resolves.toContain(path);
    await result.click();
    await expect.poll(() => page.evaluate(() => decodeURIComponent(location.hash)), { timeout: 20_000 }).toMatch(new RegExp(`/${id.toLowerCase()}$`));
    const section = page.locator(`[data-section-id$="/${id.toLowerCase()}"]`).first();
    await section.getByRole("heading", { name: op.summary }).first().waitFor();
    await expect(section.getByRole("heading", { name: op.summary }).first().isVisible()).resolves.toBe(true);
    await expect(section.textContent()).resolves.toContain(method.toUpperCase());
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, "docs-search-result.png") });
  }, 180_000);

  test("the introduction's links to operations open them, one link per category checked", async () => {
    await page.goto(`${origin}/index.html`);
    const hrefs = await page.$$eval("a[href^='#tag/']", (els) => els.map((a) => a.getAttribute("href")!));
    const firstPerTag = new Map<string, string>();
    for (const href of hrefs) {
      const tag = decodeURIComponent(href.split("/")[1]!);
      if (!firstPerTag.has(tag)) firstPerTag.set(tag, href);
    }
    expect([...firstPerTag.keys()].sort()).toEqual(tagsWithOperations);
    for (const href of firstPerTag.values()) {
      const target = decodeURIComponent(href.split("/").at(-1)!) as (typeof operationIds)[number];
      await page.goto(`${origin}/index.html`);
      await page.locator(`a[href="${href}"]`).first().click();
      await expect.poll(() => page.evaluate(() => decodeURIComponent(location.hash)), { timeout: 20_000 }).toMatch(new RegExp(`/${target.toLowerCase()}$`));
      const section = page.locator(`[data-item-kind="httpItem"][data-section-id$="/${target.toLowerCase()}"]`).first();
      await section.waitFor({ timeout: 20_000 });
      await expect(section.locator("h1, h2").first().textContent()).resolves.toBe(operationObject(target).op.summary);
    }
  }, 180_000);

  test("an operation shows its TypeScript sample in the right-hand panel, and its curl sample when the reader picks curl", async () => {
    // A paged operation with a group form: its sample is the richest kind (paginate, the group hint).
    const id = operationIds.find((i) => operations[i].paging?.in === "query" && operations[i].groupVariant)!;
    const { op } = operationObject(id);
    const samples = (codeSamples(doc) as Record<string, { lang: string; source: string }[]>)[id]!;
    const squash = (text: string | null) => (text ?? "").replace(/\s+/g, " ").trim();
    await page.goto(`${origin}/index.html#tag/${encodeURIComponent(op.tags[0])}/operation/${id}`);
    const section = page.locator(`[data-item-kind="httpItem"][data-section-id$="/${id.toLowerCase()}"]`).first();
    await section.waitFor({ timeout: 20_000 });
    const code = section.locator('[data-component-name="CodeBlock/CodeBlock"]').first();
    const typescript = samples.find((s) => s.lang === "TypeScript")!.source;
    expect(typescript).toContain("paginate(");
    await expect.poll(async () => squash(await code.textContent()), { timeout: 20_000 }).toContain(squash(typescript));
    await section.locator("h1, h2").first().scrollIntoViewIfNeeded();
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, "docs-code-sample.png") });
    await section.getByRole("button", { name: "TypeScript" }).first().click();
    await page.getByRole("menuitem", { name: "curl" }).first().click();
    const curl = samples.find((s) => s.lang === "curl")!.source;
    await expect.poll(async () => squash(await code.textContent()), { timeout: 20_000 }).toContain(squash(curl));
  }, 60_000);

  test("a nullable date field reads as one line that links to the date forms, without the schema's pattern", async () => {
    // The first operation whose answer has a property that is a date form or null.
    // Looked for through references and allOf/anyOf branches, as the page shows them.
    const isNullableDate = (p: any): boolean => p?.anyOf?.some((b: any) => /schemas\/Aw\w*(Date|Time)/.test(b.$ref ?? "")) && p.anyOf.some((b: any) => b.type === "null");
    const nullableDate = (schema: any, depth = 0): boolean => {
      const node = deref(doc, schema);
      if (!node || typeof node !== "object" || depth > 8) return false;
      if (Object.values(node.properties ?? {}).some(isNullableDate)) return true;
      return [...(node.allOf ?? []), ...(node.anyOf ?? []), ...(node.oneOf ?? [])].some((b: any) => nullableDate(b, depth + 1));
    };
    const id = operationIds.find((i) => {
      const ok = Object.entries(operationObject(i).op.responses).find(([k]) => /^2\d\d$/.test(k));
      return ok && nullableDate(deref(doc, ok[1])?.content?.["application/json"]?.schema);
    })!;
    expect(id).toBeDefined();
    const { op } = operationObject(id);
    await page.goto(`${origin}/index.html#tag/${encodeURIComponent(op.tags[0])}/operation/${id}`);
    const section = page.locator(`[data-item-kind="httpItem"][data-section-id$="/${id.toLowerCase()}"]`).first();
    await section.waitFor({ timeout: 20_000 });
    const text = (await section.innerText()).replace(/\s+/g, " ");
    expect(text).toMatch(/, or null; see the date forms\./);
    expect(text).not.toContain(doc.components.schemas.AwDateTime.pattern);
    expect(text).not.toMatch(/Any of/i);
    const link = section.getByRole("link", { name: "date forms" }).first();
    await link.scrollIntoViewIfNeeded();
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, "docs-date-fields.png") });
    await page.setViewportSize({ width: 390, height: 844 });
    await link.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, "docs-date-fields-phone.png") });
    await page.setViewportSize({ width: 1280, height: 900 });
    await link.click();
    await expect.poll(() => page.evaluate(() => location.hash), { timeout: 20_000 }).toMatch(/section\/dates-and-times$/);
    const heading = page.locator('[data-section-id$="/section/dates-and-times"] h2').first();
    await expect.poll(async () => (await heading.boundingBox())?.y ?? -1, { timeout: 20_000 }).toBeLessThan(200);
  }, 60_000);

  test("search finds a phrase whose words the contract's prose splits across lines, and its snippet keeps the spaces", async () => {
    // A phrase broken by a line break in an operation's description (the spec's prose is wrapped),
    // found nowhere else in the contract, so the snippet that shows it is that description's.
    const prose = JSON.stringify(doc).replace(/\\n/g, " ").replace(/\s+/g, " ");
    const count = (phrase: string) => prose.split(phrase).length - 1;
    const [id, phrase] = operationIds
      .filter((i) => !i.endsWith("AsGroupManager"))
      .flatMap((i) => [...(operationObject(i).op.description ?? "").matchAll(/([a-z]{3,}) ([a-z]{4,}) *\n *([a-z]{4,})/g)].map((m) => [i, `${m[1]} ${m[2]} ${m[3]}`] as const))
      .find(([, p]) => count(p) === 1)!;
    const { op } = operationObject(id);
    await page.goto(`${origin}/index.html`);
    const input = page.getByPlaceholder("Search docs...");
    const result = page.locator('[data-component-name="Search/SearchItem"]', { hasText: op.summary }).first();
    let listed = false;
    for (let attempt = 0; attempt < 20 && !listed; attempt++) {
      try {
        if (!(await input.isVisible())) await page.locator('[data-component-name="icons/SearchIcon/SearchIcon"]').first().click({ timeout: 5_000 });
        await input.fill("", { timeout: 5_000 });
        await input.fill(phrase, { timeout: 5_000 });
        await result.waitFor({ timeout: 5_000 });
        listed = true;
      } catch {
        // The index may still be building: type the query again.
      }
    }
    expect(listed, `the search never listed ${id} for "${phrase}"`).toBe(true);
    await expect.poll(async () => (await result.innerText()).replace(/\s+/g, " "), { timeout: 10_000 }).toContain(phrase);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, "docs-search-snippet.png") });
    await page.keyboard.press("Escape");
  }, 180_000);

  test("the Postman collection it links to is served beside it", async () => {
    await page.goto(`${origin}/index.html`);
    const href = await page.getByRole("link", { name: "Postman collection" }).first().getAttribute("href");
    expect(href).toBe(COLLECTION_FILE);
    const status = await page.evaluate(async (h) => (await fetch(h!)).status, href);
    expect(status).toBe(200);
  });

  test("the page ran without script errors and asked nothing of any other host", async () => {
    expect(pageErrors).toEqual([]);
    expect(outside).toEqual([]);
    expect(served).toContain("/index.html");
  });
});
