export * from "../../../cjs/src/redis/index.js";
