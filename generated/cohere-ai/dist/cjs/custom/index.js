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
var custom_exports = {};
__export(custom_exports, {
  BatchingCohereClient: () => import_embed_in_batches.BatchingCohereClient,
  BatchingV2: () => import_embed_in_batches.BatchingV2,
  EMBED_BATCH_LIMIT: () => import_embed_in_batches.EMBED_BATCH_LIMIT,
  embedInBatches: () => import_embed_in_batches.embedInBatches
});
module.exports = __toCommonJS(custom_exports);
var import_embed_in_batches = require("./embed-in-batches.js");
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  BatchingCohereClient,
  BatchingV2,
  EMBED_BATCH_LIMIT,
  embedInBatches
});
