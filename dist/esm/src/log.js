const ignore = () => void 0;
function emit(logger, event) {
  if (!logger) return;
  try {
    const result = logger(event);
    if (result !== null && typeof result === "object" && typeof result.then === "function") {
      result.then(void 0, ignore);
    }
  } catch {
  }
}
export {
  emit
};
//# sourceMappingURL=log.js.map
