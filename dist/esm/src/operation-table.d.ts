export * from "../../cjs/src/operation-table.js";
