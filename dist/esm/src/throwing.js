function throwing(call, check) {
  return (async (...args) => {
    const result = await call(...args);
    await check(result);
    return result;
  });
}
export {
  throwing
};
//# sourceMappingURL=throwing.js.map
