"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var validate_exports = {};
__export(validate_exports, {
  AdultWorkContractError: () => import_contract_error.AdultWorkContractError,
  createDriftChecker: () => import_checker.createDriftChecker,
  describeFinding: () => import_contract_error.describeFinding,
  responseValidation: () => import_middleware.responseValidation
});
module.exports = __toCommonJS(validate_exports);
var import_middleware = require("./middleware.js");
var import_checker = require("./checker.js");
var import_contract_error = require("./contract-error.js");
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  AdultWorkContractError,
  createDriftChecker,
  describeFinding,
  responseValidation
});
//# sourceMappingURL=index.js.map
