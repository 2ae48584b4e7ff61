function emit(logger, event) {
  if (!logger) return;
  try {
    logger(event);
  } catch {
  }
}
export {
  emit
};
//# sourceMappingURL=log.js.map
