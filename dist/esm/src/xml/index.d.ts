export * from "../../../cjs/src/xml/index.js";
