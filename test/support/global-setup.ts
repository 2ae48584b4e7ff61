// Starts one Prism mock of generated/openapi.json for the whole run and hands its URL to the tests.
import type {} from "vitest";
import type { TestProject } from "vitest/node";
import { startPrism } from "../../scripts/lib/prism.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    prismUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const prism = await startPrism();
  project.provide("prismUrl", prism.url);
  return async () => {
    await prism.stop();
  };
}
