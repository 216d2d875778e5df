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
var embed_in_batches_exports = {};
__export(embed_in_batches_exports, {
  BatchingCohereClient: () => BatchingCohereClient,
  BatchingV2: () => BatchingV2,
  EMBED_BATCH_LIMIT: () => EMBED_BATCH_LIMIT,
  embedInBatches: () => embedInBatches
});
module.exports = __toCommonJS(embed_in_batches_exports);
var import_Client = require("../Client.js");
var import_v2 = require("../resources/v2.js");
const EMBED_BATCH_LIMIT = 96;
function sum(parts) {
  const present = parts.filter((p) => p !== void 0);
  if (!present.length) return void 0;
  const out = {};
  for (const p of present)
    for (const [k, v] of Object.entries(p)) out[k] = typeof v === "number" ? (out[k] ?? 0) + v : out[k] ?? v;
  return out;
}
function joinMeta(metas) {
  const present = metas.filter((m) => m !== void 0);
  if (!present.length) return void 0;
  const warnings = present.flatMap((m) => m.warnings ?? []);
  return {
    ...present[0],
    billedUnits: sum(present.map((m) => m.billedUnits)),
    tokens: sum(present.map((m) => m.tokens)),
    ...warnings.length ? { warnings: [...new Set(warnings)] } : {}
  };
}
function join(results) {
  const embeddings = {};
  for (const r of results) for (const [kind, list] of Object.entries(r.embeddings)) if (Array.isArray(list)) (embeddings[kind] ??= []).push(...list);
  const first = results[0];
  const texts = results.flatMap((r) => r.texts ?? []);
  const images = results.flatMap((r) => r.images ?? []);
  const meta = joinMeta(results.map((r) => r.meta));
  return {
    ...first,
    embeddings,
    ...first.texts ? { texts } : {},
    ...first.images ? { images } : {},
    ...meta ? { meta } : {}
  };
}
async function embedInBatches(v2, request, options = {}) {
  const { batchSize = EMBED_BATCH_LIMIT, concurrency = 1, ...requestOptions } = options;
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > EMBED_BATCH_LIMIT)
    throw new RangeError(`batchSize must be an integer from 1 to ${EMBED_BATCH_LIMIT}, got ${batchSize}`);
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError(`concurrency must be a positive integer, got ${concurrency}`);
  const field = ["texts", "images", "inputs"].find((f) => request[f] !== void 0);
  const items = field ? request[field] : [];
  if (!field || items.length <= batchSize) return v2.embed(request, requestOptions);
  const batches = [];
  for (let i = 0; i < items.length; i += batchSize) batches.push({ ...request, [field]: items.slice(i, i + batchSize) });
  const results = new Array(batches.length);
  let next = 0;
  const worker = async () => {
    while (next < batches.length) {
      const i = next++;
      results[i] = await v2.embed(batches[i], requestOptions);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, batches.length) }, worker));
  return join(results);
}
class BatchingV2 extends import_v2.V2 {
  embedInBatches(request, options) {
    return embedInBatches(this, request, options);
  }
}
class BatchingCohereClient extends import_Client.CohereClient {
  #v2;
  get v2() {
    return this.#v2 ??= new BatchingV2(this._options, this._core);
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  BatchingCohereClient,
  BatchingV2,
  EMBED_BATCH_LIMIT,
  embedInBatches
});
