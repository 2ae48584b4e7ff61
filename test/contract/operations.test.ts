// Every operation of the contract, called through the client against Prism serving the same contract.
// The list comes from generated/operations.ts: a new operation is tested without a new test.
import { describe, expect, inject, test } from "vitest";
import { createAdultWorkClient, operations } from "adultwork-api-client";
import { callOperation, operationIds, successExample } from "../support/contract.js";

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
