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
var options_exports = {};
__export(options_exports, {
  createCore: () => createCore
});
module.exports = __toCommonJS(options_exports);
var import_errors = require("./core/errors.js");
var import_auth = require("./core/auth.js");
var import_environments = require("./environments.js");
function createCore(options) {
  return {
    baseUrl: () => options.baseUrl ?? options.environment ?? (0, import_auth.readEnv)("CO_API_URL") ?? import_environments.CohereEnvironment.Production,
    fetch: options.fetch,
    timeoutInSeconds: options.timeoutInSeconds ?? 300,
    maxRetries: options.maxRetries ?? 2,
    headers: async () => {
      const s0 = await (0, import_auth.resolveSupplier)(options.token) ?? (0, import_auth.readEnv)("CO_API_KEY");
      if (s0 == null)
        throw new import_errors.SdkError("Missing credentials: pass `token` (or CO_API_KEY) to new CohereClient({ \u2026 }).");
      return {
        Authorization: `Bearer ${s0}`,
        "X-Client-Name": options.clientName == null ? void 0 : String(options.clientName),
        ...options.headers
      };
    }
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  createCore
});
