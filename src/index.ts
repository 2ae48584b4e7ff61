// adultwork-api-client: a typed client for the AdultWork.com REST API v1, generated from its contract.
export {
  createAdultWorkClient,
  unwrap,
  checkBaseUrl,
  SANDBOX_BASE_URL,
  type AdultWorkClient,
  type AdultWorkClientOptions,
  type AccessToken,
  type CallResult,
} from "./client.js";
export type { GroupMemberClient, GroupCapablePath } from "./group.js";
export type { Format, FormatSupport } from "./format.js";
export { requiredScopes, scopesFor } from "./scopes.js";
export { operations, operationIdFor, type OperationId, type OperationInfo } from "./operations.js";
export {
  AdultWorkError,
  AdultWorkUsageError,
  AdultWorkApiError,
  BadRequestError,
  AuthenticationError,
  PermissionDeniedError,
  NotFoundError,
  ConflictError,
  UnprocessableEntityError,
  RateLimitError,
  InternalServerError,
} from "./errors.js";
export type { paths, components, operations as OperationTypes } from "../generated/schema.js";
