// Every operation of the contract, called through the client against Prism serving the same contract.
// The list comes from generated/operations.ts: a new operation is tested without a new test.
import { describe, expect, inject, test } from "vitest";
import { createAdultWorkClient } from "adultwork-api-client";
import { operations, type OperationInfo } from "adultwork-api-client/operations";
import { callOperation, operationIds, sampleRequest, successExample } from "../support/contract.js";

type Raw = (path: string, init?: object) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

const baseUrl = inject("prismUrl");
const client = createAdultWorkClient({ baseUrl, accessToken: "contract-test-token", apiKey: "contract-test-api-key" });

describe("every operation through the client against Prism", () => {
  test.each(operationIds.filter((id) => !operations[id].server))("%s", async (id) => {
    const { data, error, response } = await callOperation(client, id);
    expect(response.headers.get("sl-violations"), "Prism found the request invalid").toBeNull();
    expect(error).toBeUndefined();
    expect(response.status).toBeGreaterThanOrEqual(200);
    expect(response.status).toBeLessThan(300);
    const url = new URL(response.url);
    expect(url.pathname).toBe(operations[id].path);
    if (operations[id].groupBase) expect(url.searchParams.get("UserID") ?? "(in body)").toMatch(/^(123456|\(in body\))$/);
    const example = successExample(id);
    if (example) expect(data).toEqual(example.value);
  });
});

describe("operations on another host (the Unified Login token endpoint) against Prism", () => {
  const elsewhere = operationIds.filter((id) => (operations[id] as OperationInfo).server);

  test("the contract has them", () => expect(elsewhere.length).toBeGreaterThan(0));

  test.each(elsewhere)("%s", async (id) => {
    const op = operations[id] as OperationInfo;
    const { query, body, mediaType } = sampleRequest(id);
    // The typed client sends JSON by default; a form-encoded operation needs its body encoded as a form.
    const form = mediaType === "application/x-www-form-urlencoded";
    const raw = client as unknown as Record<string, Raw>;
    const { data, response } = await raw[op.method]!(op.path, {
      baseUrl, // the mock serves every host of the contract
      params: { query },
      body,
      ...(form ? { bodySerializer: (b: Record<string, string>) => new URLSearchParams(b), headers: { "Content-Type": mediaType } } : {}),
    });
    expect(response.headers.get("sl-violations"), "Prism found the request invalid").toBeNull();
    expect(response.status).toBe(200);
    const example = successExample(id);
    if (example) expect(data).toEqual(example.value);
  });
});
