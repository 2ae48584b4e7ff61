#!/usr/bin/env node
// `npm run docs`: builds the published reference, docs/index.html, from the bundled contract, with
// the introduction's generated tables filled in, code samples on every operation, and the Postman
// collection beside it. Redoc's
// scripts are embedded (--inlineBundle) so the page works offline and behind firewalls.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { ROOT, redoclyBin, run } from "./lib/proc.mjs";
import { BUNDLE_PATH, loadBundle } from "./lib/contract.mjs";
import { withCodeSamples } from "./lib/code-samples.mjs";
import { withGeneratedIntro } from "./lib/docs-intro.mjs";
import { forReaders } from "./lib/docs-page.mjs";
import { COLLECTION_FILE, writePostmanCollection } from "./postman.mjs";

export const DOCS_TITLE = "AdultWork.com REST API v1 reference";

// Redoc 3 shows its "API docs by Redocly" badge as an image fetched from Redocly's CDN, with no
// option to turn it off; an offline reader or one behind a firewall would see a failed request.
// The badge keeps its link and text, with the image drawn inline instead.
const CDN_LOGO = /https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(?:-full)?\.svg/g;
const INLINE_LOGO =
  "data:image/svg+xml," +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" width="48" height="14" viewBox="0 0 48 14">' +
      '<text x="0" y="11" font-family="sans-serif" font-size="11" fill="#1a1c21">Redocly</text></svg>',
  );

// Redoc sets headings at 36px in a column about 290px wide and lets them break anywhere, so the
// page's title read "AdultWork.co / m REST API". Smaller headings that break between words only.
const READER_CSS =
  "h1[class],h1.md{font-size:clamp(24px,6.5vw,30px)!important;line-height:1.25!important;overflow-wrap:break-word!important;word-break:normal!important;hyphens:manual}";

/** The page with the reader styles above added to its head. */
export function withReaderStyles(html) {
  if (!html.includes("</head>")) throw new Error("The Redoc page has no </head> to add the reader styles to");
  return html.replace("</head>", `<style id="aw-reader-styles">${READER_CSS}</style></head>`);
}

/** The page as Redocly writes it, made self-contained: nothing is fetched from another host. */
export function selfContained(html) {
  const out = html.replace(CDN_LOGO, INLINE_LOGO);
  if (/https:\/\/cdn\.redoc\.ly\//.test(out)) throw new Error("The Redoc page still loads something from cdn.redoc.ly: update selfContained()");
  return out;
}

/** Writes `output` (the reference page) and the Postman collection beside it; returns `output`. */
export async function buildDocs(output = join(ROOT, "docs", "index.html"), spec = BUNDLE_PATH) {
  const dir = dirname(resolve(output));
  mkdirSync(dir, { recursive: true });
  const doc = loadBundle(spec);
  const postman = () =>
    `Or import the [Postman collection](${COLLECTION_FILE}) published beside this page (the package ships it too, as \`dist/${COLLECTION_FILE}\`): set \`baseUrl\` and \`loginBaseUrl\` to the mock's address and run it.`;
  const tmp = mkdtempSync(join(tmpdir(), "aw-docs-"));
  try {
    const input = join(tmp, "openapi.json");
    // Code samples, unwrapped prose and one-line date fields are added here, not in the contract:
    // they are presentation, generated from it.
    writeFileSync(input, JSON.stringify(withCodeSamples(forReaders(withGeneratedIntro(doc, { postman })))));
    run(process.execPath, [redoclyBin(), "build-docs", input, "--output", output, "--inlineBundle", "--title", DOCS_TITLE]);
    writeFileSync(output, withReaderStyles(selfContained(readFileSync(output, "utf8"))));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  await writePostmanCollection(join(dir, COLLECTION_FILE), doc);
  return output;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = await buildDocs(process.argv[2]);
  console.log(`Reference docs written to ${out}, the Postman collection beside it.`);
}
