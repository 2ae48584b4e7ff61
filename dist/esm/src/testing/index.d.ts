export * from "../../../cjs/src/testing/index.js";
