export * from "../../cjs/src/index.js";
