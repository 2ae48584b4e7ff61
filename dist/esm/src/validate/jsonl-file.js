import { appendFile, mkdir } from "node:fs/promises";
import { dirname } from "node:path";
const LINE_VERSION = 1;
function jsonLinesWriter(file) {
  let queue = mkdir(dirname(file), { recursive: true }).then(() => void 0);
  const run = Math.random().toString(36).slice(2, 8);
  let responses = 0;
  return (findings) => {
    const at = (/* @__PURE__ */ new Date()).toISOString();
    const response = `${run}-${++responses}`;
    const text = findings.map((f) => JSON.stringify({ v: LINE_VERSION, at, response, ...f })).join("\n") + "\n";
    queue = queue.then(() => appendFile(file, text, "utf8"));
    return queue;
  };
}
export {
  LINE_VERSION,
  jsonLinesWriter
};
//# sourceMappingURL=jsonl-file.js.map
