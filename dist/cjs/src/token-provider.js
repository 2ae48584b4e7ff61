"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var token_provider_exports = {};
__export(token_provider_exports, {
  fixedTokenOf: () => fixedTokenOf,
  fixedTokenProvider: () => fixedTokenProvider,
  isHeaderSafe: () => isHeaderSafe
});
module.exports = __toCommonJS(token_provider_exports);
const FIXED = /* @__PURE__ */ Symbol("adultwork.fixedToken");
function fixedTokenProvider(token) {
  return { getToken: async () => token, [FIXED]: token };
}
function fixedTokenOf(provider) {
  return provider?.[FIXED];
}
function isHeaderSafe(value) {
  return !/[\u0000-\u001f\u007f]|[^\u0000-\u00ff]/.test(value) && value.trim() === value;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  fixedTokenOf,
  fixedTokenProvider,
  isHeaderSafe
});
//# sourceMappingURL=token-provider.js.map
