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
export {
  fixedTokenOf,
  fixedTokenProvider,
  isHeaderSafe
};
//# sourceMappingURL=token-provider.js.map
