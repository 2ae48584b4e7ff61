// adultwork-api-client/operations: the full operation table generated from the contract (method, path,
// security, scopes and how they were established, paging, idempotency, group pairing, documentation
// status, per operationId) and the Unified Login's endpoints and scopes, for tools and introspection.
// It is an entry of its own so that the client, which reads a compact copy, does not carry it.
export { operations, unifiedLogin, type OperationId, type OperationInfo, type Operations } from "../generated/operations.js";
