export * from "../../../cjs/src/validate/index.js";
