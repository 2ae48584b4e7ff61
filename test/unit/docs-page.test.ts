// What the reference page shows a reader, derived from the contract at build time: prose whose
// wrapped lines are joined (as Markdown reads them), and date fields as one line naming their form.
import { describe, expect, test } from "vitest";
import { DATE_FORMS_ANCHOR, forReaders, unwrapParagraphs } from "../../scripts/lib/docs-page.mjs";
import { doc } from "../support/contract.js";

describe("prose for the page", () => {
  test("joins the wrapped lines of a paragraph with a space", () => {
    expect(unwrapParagraphs("newest first\nunless set.\n\nNext paragraph\nhere.")).toBe("newest first unless set.\n\nNext paragraph here.");
  });

  test("keeps lists, headings, tables, quotes and code blocks line by line", () => {
    const md = ["Intro", "- one", "  continued", "- two", "", "## Heading", "| a | b |", "| - | - |", "> quote", "", "```sh", "curl x \\", "  -H y", "```", "1. first", "2. second"].join("\n");
    expect(unwrapParagraphs(md)).toBe(["Intro", "- one continued", "- two", "", "## Heading", "| a | b |", "| - | - |", "> quote", "", "```sh", "curl x \\", "  -H y", "```", "1. first", "2. second"].join("\n"));
  });

  test("keeps a Markdown hard break (two trailing spaces)", () => {
    expect(unwrapParagraphs("line one  \nline two")).toBe("line one  \nline two");
  });
});

describe("the contract as the page shows it", () => {
  const page = forReaders(doc);

  test("leaves the contract itself untouched", () => {
    expect(JSON.stringify(doc)).not.toContain(DATE_FORMS_ANCHOR);
    expect(page).not.toBe(doc);
  });

  test("shows a nullable date property as one line with its example and a link to the date forms, not the pattern", () => {
    const accepted = page.components.schemas.WebcamBooking.properties.AcceptedDate;
    expect(doc.components.schemas.WebcamBooking.properties.AcceptedDate.anyOf).toBeDefined();
    expect(accepted).toEqual({
      title: "AwDateTime",
      type: ["string", "null"],
      description: `When the performer accepted; null until then. Like \`${doc.components.schemas.AwDateTime.examples[0]}\`, or null; see the [date forms](${DATE_FORMS_ANCHOR}).`,
      examples: doc.components.schemas.AwDateTime.examples,
    });
  });

  test("leaves no date reference anywhere the page renders a field, and the date forms' own definitions whole", () => {
    const refs = JSON.stringify(page.paths).match(/#\/components\/schemas\/Aw\w*(Date|Time)\w*"/g) ?? [];
    expect(refs).toEqual([]);
    const props = JSON.stringify(page.components.schemas).match(/"\$ref":"#\/components\/schemas\/Aw\w*(Date|Time)\w*"/g) ?? [];
    expect(props).toEqual([]);
    expect(page.components.schemas.AwDateTime.pattern).toBe(doc.components.schemas.AwDateTime.pattern);
  });
});
