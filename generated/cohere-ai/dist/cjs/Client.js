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
var Client_exports = {};
__export(Client_exports, {
  CohereClient: () => CohereClient
});
module.exports = __toCommonJS(Client_exports);
var import_options = require("./options.js");
var import_datasets = require("./resources/datasets.js");
var import_embed_jobs = require("./resources/embed-jobs.js");
var import_v2 = require("./resources/v2.js");
class CohereClient {
  _options;
  _core;
  _datasets;
  _embedJobs;
  _v2;
  constructor(options = {}) {
    this._options = options;
    this._core = (0, import_options.createCore)(options);
  }
  /** The `datasets` operations: `list`, `create`, `getUsage`, `get`. */
  get datasets() {
    return this._datasets ??= new import_datasets.Datasets(this._options, this._core);
  }
  /** The `embedJobs` operations: `list`, `create`, `get`, `cancel`. */
  get embedJobs() {
    return this._embedJobs ??= new import_embed_jobs.EmbedJobs(this._options, this._core);
  }
  /** The `v2` operations: `embed`. */
  get v2() {
    return this._v2 ??= new import_v2.V2(this._options, this._core);
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  CohereClient
});
