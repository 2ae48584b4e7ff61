// The documented operations, as imported from the shared reference (scripts/import-reference.mjs).
import { readFileSync } from "node:fs";

export interface ReferenceOperation {
  docSlug: string;
  category: string;
  method: string;
  path: string;
  groupManagerPath: string | null;
  sampleJson: string | null;
  sampleJsonNote: string | null;
  sampleXml: string | null;
  /** The names in the page's response table. */
  responseFields: string[];
}

export const reference: ReferenceOperation[] = JSON.parse(
  readFileSync(new URL("../fixtures/reference.json", import.meta.url), "utf8"),
);

/** The operationId the contract gives a documentation page: its slug in lowerCamelCase. */
export const operationIdOf = (docSlug: string) => docSlug[0]!.toLowerCase() + docSlug.slice(1);

/** The methods a reference entry documents ("GET or POST" names two). */
export const methodsOf = (op: ReferenceOperation) => op.method.split(/\s+or\s+/i).map((m) => m.toUpperCase());
