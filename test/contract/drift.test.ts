// Answers generated from the contract keep to the contract: response validation finds nothing on
// any operation, whether Prism serves the docs' examples or invents answers from the schemas.
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { createAdultWorkClient, type OperationId } from "adultwork-api-client";
import { operations } from "adultwork-api-client/operations";
import { responseValidation, type DriftFinding } from "adultwork-api-client/validate";
import { startPrism } from "../../scripts/lib/prism.mjs";
import { callOperation, operationIds } from "../support/contract.js";

// Every answer Prism can generate differs; several calls per operation sample more of them.
const DYNAMIC_CALLS = 4;
const callable = operationIds.filter((id) => !operations[id].server);

function validatedClient(baseUrl: string) {
  const findings: DriftFinding[] = [];
  const client = createAdultWorkClient({ baseUrl, accessToken: "drift-test-token", apiKey: "drift-test-api-key" });
  client.use(responseValidation({ validateResponses: "warn", onFinding: (f) => findings.push(f) }));
  return { client, findings };
}

async function expectNoFinding(baseUrl: string, id: OperationId, calls: number) {
  const { client, findings } = validatedClient(baseUrl);
  for (let i = 0; i < calls; i++) {
    const { response } = await callOperation(client, id);
    expect(response.headers.get("sl-violations"), "Prism found the request invalid").toBeNull();
    expect(response.ok, `HTTP ${response.status}`).toBe(true);
  }
  expect(findings).toEqual([]);
}

describe("response validation against Prism's generated answers (seeded dynamic mode)", () => {
  let prism: Awaited<ReturnType<typeof startPrism>>;
  beforeAll(async () => {
    prism = await startPrism({ dynamic: true });
  });
  afterAll(() => prism?.stop());

  test.each(callable)("%s", async (id) => {
    await expectNoFinding(prism.url, id, DYNAMIC_CALLS);
  });
});

describe("response validation against Prism's answers generated on request (Prefer: dynamic=true)", () => {
  test.each(callable)("%s", async (id) => {
    const { client, findings } = validatedClient(inject("prismUrl"));
    client.use({ onRequest: ({ request }) => void request.headers.set("Prefer", "dynamic=true") });
    const { response } = await callOperation(client, id);
    expect(response.ok, `HTTP ${response.status}`).toBe(true);
    expect(findings).toEqual([]);
  });
});

describe("response validation against the docs' examples (Prism's static mode)", () => {
  test.each(callable)("%s", async (id) => {
    await expectNoFinding(inject("prismUrl"), id, 1);
  });
});
