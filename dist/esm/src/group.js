import { AdultWorkUsageError } from "./errors.js";
import { operationIdFor, operationInfo } from "./operations.js";
function createGroupMemberClient(core, userId) {
  if (!Number.isSafeInteger(userId) || userId < 1) {
    throw new AdultWorkUsageError(`asGroupMember needs a member's UserID (a positive integer), got ${String(userId)}`);
  }
  const route = (method) => (path, init = {}) => {
    const baseId = operationIdFor(method, path);
    const variantId = baseId ? operationInfo(baseId).groupVariant : null;
    if (!variantId) throw new AdultWorkUsageError(`${method} ${path} has no group-manager form`);
    const variant = operationInfo(variantId);
    const next = variant.groupUserIdIn === "query" ? { ...init, params: { ...init.params, query: { ...init.params?.query, UserID: userId } } } : { ...init, body: { ...init.body, UserID: userId } };
    return core[method](variant.path, next);
  };
  return { userId, GET: route("GET"), POST: route("POST"), PUT: route("PUT") };
}
export {
  createGroupMemberClient
};
//# sourceMappingURL=group.js.map
