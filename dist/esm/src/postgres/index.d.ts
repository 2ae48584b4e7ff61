export * from "../../../cjs/src/postgres/index.js";
