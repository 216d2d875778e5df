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
var __reExport = (target, mod, secondTarget) => (__copyProps(target, mod, "default"), secondTarget && __copyProps(secondTarget, mod, "default"));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var index_exports = {};
__export(index_exports, {
  CohereClient: () => import_Client.CohereClient,
  CohereEnvironment: () => import_environments.CohereEnvironment,
  CohereWaiterError: () => import_waiter.WaiterError,
  CohereWaiterFailureError: () => import_waiter.WaiterFailureError,
  CohereWaiterTimeoutError: () => import_waiter.WaiterTimeoutError
});
module.exports = __toCommonJS(index_exports);
var import_Client = require("./Client.js");
var import_environments = require("./environments.js");
__reExport(index_exports, require("./errors.js"), module.exports);
__reExport(index_exports, require("./types.js"), module.exports);
__reExport(index_exports, require("./resources/datasets.js"), module.exports);
__reExport(index_exports, require("./resources/embed-jobs.js"), module.exports);
__reExport(index_exports, require("./resources/v2.js"), module.exports);
var import_waiter = require("./core/waiter.js");
__reExport(index_exports, require("./custom/index.js"), module.exports);
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  CohereClient,
  CohereEnvironment,
  CohereWaiterError,
  CohereWaiterFailureError,
  CohereWaiterTimeoutError,
  ...require("./errors.js"),
  ...require("./types.js"),
  ...require("./resources/datasets.js"),
  ...require("./resources/embed-jobs.js"),
  ...require("./resources/v2.js"),
  ...require("./custom/index.js")
});
