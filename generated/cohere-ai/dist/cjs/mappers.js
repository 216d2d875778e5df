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
var mappers_exports = {};
__export(mappers_exports, {
  apiMetaApiVersionFromWire: () => apiMetaApiVersionFromWire,
  apiMetaBilledUnitsFromWire: () => apiMetaBilledUnitsFromWire,
  apiMetaFromWire: () => apiMetaFromWire,
  apiMetaTokensFromWire: () => apiMetaTokensFromWire,
  chatDataMetricsFromWire: () => chatDataMetricsFromWire,
  classifyDataMetricsFromWire: () => classifyDataMetricsFromWire,
  createEmbedJobRequestToWire: () => createEmbedJobRequestToWire,
  createEmbedJobResponseFromWire: () => createEmbedJobResponseFromWire,
  datasetArrayFromWire: () => datasetArrayFromWire,
  datasetFromWire: () => datasetFromWire,
  datasetPartArrayFromWire: () => datasetPartArrayFromWire,
  datasetPartFromWire: () => datasetPartFromWire,
  datasetsGetResponseFromWire: () => datasetsGetResponseFromWire,
  datasetsGetUsageResponseFromWire: () => datasetsGetUsageResponseFromWire,
  datasetsListResponseFromWire: () => datasetsListResponseFromWire,
  embedByTypeResponseFromWire: () => embedByTypeResponseFromWire,
  embedContentArrayToWire: () => embedContentArrayToWire,
  embedContentToWire: () => embedContentToWire,
  embedImageToWire: () => embedImageToWire,
  embedInputArrayToWire: () => embedInputArrayToWire,
  embedInputToWire: () => embedInputToWire,
  embedJobArrayFromWire: () => embedJobArrayFromWire,
  embedJobFromWire: () => embedJobFromWire,
  finetuneDatasetMetricsFromWire: () => finetuneDatasetMetricsFromWire,
  imageArrayFromWire: () => imageArrayFromWire,
  imageFromWire: () => imageFromWire,
  labelMetricArrayFromWire: () => labelMetricArrayFromWire,
  labelMetricFromWire: () => labelMetricFromWire,
  listEmbedJobResponseFromWire: () => listEmbedJobResponseFromWire,
  metricsFromWire: () => metricsFromWire,
  rerankerDataMetricsFromWire: () => rerankerDataMetricsFromWire,
  toDate: () => toDate,
  v2EmbedRequestToWire: () => v2EmbedRequestToWire
});
module.exports = __toCommonJS(mappers_exports);
const toDate = (w) => w == null ? w : new Date(w);
function apiMetaApiVersionFromWire(w) {
  if (w == null || typeof w !== "object") return w;
  const { is_deprecated: v1, is_experimental: v2, ...o } = w;
  if (v1 !== void 0) o.isDeprecated = v1;
  if (v2 !== void 0) o.isExperimental = v2;
  return o;
}
function apiMetaBilledUnitsFromWire(w) {
  if (w == null || typeof w !== "object") return w;
  const { input_tokens: v1, output_tokens: v2, search_units: v3, ...o } = w;
  if (v1 !== void 0) o.inputTokens = v1;
  if (v2 !== void 0) o.outputTokens = v2;
  if (v3 !== void 0) o.searchUnits = v3;
  return o;
}
function apiMetaFromWire(w) {
  if (w == null || typeof w !== "object") return w;
  const { api_version: v0, billed_units: v1, tokens: v2, cached_tokens: v3, ...o } = w;
  if (v0 !== void 0) o.apiVersion = v0 == null ? v0 : apiMetaApiVersionFromWire(v0);
  if (v1 !== void 0) o.billedUnits = v1 == null ? v1 : apiMetaBilledUnitsFromWire(v1);
  if (v2 !== void 0) o.tokens = v2 == null ? v2 : apiMetaTokensFromWire(v2);
  if (v3 !== void 0) o.cachedTokens = v3;
  return o;
}
function apiMetaTokensFromWire(w) {
  if (w == null || typeof w !== "object") return w;
  const { input_tokens: v0, output_tokens: v1, ...o } = w;
  if (v0 !== void 0) o.inputTokens = v0;
  if (v1 !== void 0) o.outputTokens = v1;
  return o;
}
function chatDataMetricsFromWire(w) {
  if (w == null || typeof w !== "object") return w;
  const { num_train_turns: v0, num_eval_turns: v1, ...o } = w;
  if (v0 !== void 0) o.numTrainTurns = v0;
  if (v1 !== void 0) o.numEvalTurns = v1;
  return o;
}
function classifyDataMetricsFromWire(w) {
  if (w == null || typeof w !== "object") return w;
  const { label_metrics: v0, ...o } = w;
  if (v0 !== void 0) o.labelMetrics = v0 == null ? v0 : labelMetricArrayFromWire(v0);
  return o;
}
function createEmbedJobRequestToWire(w) {
  if (w == null || typeof w !== "object") return w;
  const { datasetId: v1, inputType: v2, embeddingTypes: v4, ...o } = w;
  if (v1 !== void 0) o.dataset_id = v1;
  if (v2 !== void 0) o.input_type = v2;
  if (v4 !== void 0) o.embedding_types = v4;
  return o;
}
function createEmbedJobResponseFromWire(w) {
  if (w == null || typeof w !== "object") return w;
  const { job_id: v0, meta: v1, ...o } = w;
  if (v0 !== void 0) o.jobId = v0;
  if (v1 !== void 0) o.meta = v1 == null ? v1 : apiMetaFromWire(v1);
  return o;
}
function datasetArrayFromWire(w) {
  if (w == null) return w;
  return Array.isArray(w) ? w.map(datasetFromWire) : w;
}
function datasetFromWire(w) {
  if (w == null || typeof w !== "object") return w;
  const {
    created_at: v2,
    updated_at: v3,
    dataset_type: v4,
    validation_status: v5,
    validation_error: v6,
    required_fields: v8,
    preserve_fields: v9,
    dataset_parts: v10,
    validation_warnings: v11,
    parse_info: v12,
    metrics: v13,
    ...o
  } = w;
  if (v2 !== void 0) o.createdAt = v2 == null ? v2 : toDate(v2);
  if (v3 !== void 0) o.updatedAt = v3 == null ? v3 : toDate(v3);
  if (v4 !== void 0) o.datasetType = v4;
  if (v5 !== void 0) o.validationStatus = v5;
  if (v6 !== void 0) o.validationError = v6;
  if (v8 !== void 0) o.requiredFields = v8;
  if (v9 !== void 0) o.preserveFields = v9;
  if (v10 !== void 0) o.datasetParts = v10 == null ? v10 : datasetPartArrayFromWire(v10);
  if (v11 !== void 0) o.validationWarnings = v11;
  if (v12 !== void 0) o.parseInfo = v12;
  if (v13 !== void 0) o.metrics = v13 == null ? v13 : metricsFromWire(v13);
  return o;
}
function datasetPartArrayFromWire(w) {
  if (w == null) return w;
  return Array.isArray(w) ? w.map(datasetPartFromWire) : w;
}
function datasetPartFromWire(w) {
  if (w == null || typeof w !== "object") return w;
  const { size_bytes: v4, num_rows: v5, original_url: v6, ...o } = w;
  if (v4 !== void 0) o.sizeBytes = v4;
  if (v5 !== void 0) o.numRows = v5;
  if (v6 !== void 0) o.originalUrl = v6;
  return o;
}
function datasetsGetResponseFromWire(w) {
  if (w == null || typeof w !== "object") return w;
  const { dataset: v0, ...o } = w;
  if (v0 !== void 0) o.dataset = v0 == null ? v0 : datasetFromWire(v0);
  return o;
}
function datasetsGetUsageResponseFromWire(w) {
  if (w == null || typeof w !== "object") return w;
  const { organization_usage: v0, ...o } = w;
  if (v0 !== void 0) o.organizationUsage = v0;
  return o;
}
function datasetsListResponseFromWire(w) {
  if (w == null || typeof w !== "object") return w;
  const { datasets: v0, ...o } = w;
  if (v0 !== void 0) o.datasets = v0 == null ? v0 : datasetArrayFromWire(v0);
  return o;
}
function embedByTypeResponseFromWire(w) {
  if (w == null || typeof w !== "object") return w;
  const { response_type: v0, images: v4, meta: v5, ...o } = w;
  if (v0 !== void 0) o.responseType = v0;
  if (v4 !== void 0) o.images = v4 == null ? v4 : imageArrayFromWire(v4);
  if (v5 !== void 0) o.meta = v5 == null ? v5 : apiMetaFromWire(v5);
  return o;
}
function embedContentArrayToWire(w) {
  if (w == null) return w;
  return Array.isArray(w) ? w.map(embedContentToWire) : w;
}
function embedContentToWire(w) {
  if (w == null || typeof w !== "object") return w;
  switch (w["type"]) {
    case "image_url":
      return embedImageToWire(w);
    default:
      return w;
  }
}
function embedImageToWire(w) {
  if (w == null || typeof w !== "object") return w;
  const { imageUrl: v1, ...o } = w;
  if (v1 !== void 0) o.image_url = v1;
  return o;
}
function embedInputArrayToWire(w) {
  if (w == null) return w;
  return Array.isArray(w) ? w.map(embedInputToWire) : w;
}
function embedInputToWire(w) {
  if (w == null || typeof w !== "object") return w;
  const { content: v0, ...o } = w;
  if (v0 !== void 0) o.content = v0 == null ? v0 : embedContentArrayToWire(v0);
  return o;
}
function embedJobArrayFromWire(w) {
  if (w == null) return w;
  return Array.isArray(w) ? w.map(embedJobFromWire) : w;
}
function embedJobFromWire(w) {
  if (w == null || typeof w !== "object") return w;
  const { job_id: v0, created_at: v3, input_dataset_id: v4, output_dataset_id: v5, meta: v8, ...o } = w;
  if (v0 !== void 0) o.jobId = v0;
  if (v3 !== void 0) o.createdAt = v3 == null ? v3 : toDate(v3);
  if (v4 !== void 0) o.inputDatasetId = v4;
  if (v5 !== void 0) o.outputDatasetId = v5;
  if (v8 !== void 0) o.meta = v8 == null ? v8 : apiMetaFromWire(v8);
  return o;
}
function finetuneDatasetMetricsFromWire(w) {
  if (w == null || typeof w !== "object") return w;
  const {
    trainable_token_count: v0,
    total_examples: v1,
    train_examples: v2,
    train_size_bytes: v3,
    eval_examples: v4,
    eval_size_bytes: v5,
    reranker_data_metrics: v6,
    chat_data_metrics: v7,
    classify_data_metrics: v8,
    ...o
  } = w;
  if (v0 !== void 0) o.trainableTokenCount = v0;
  if (v1 !== void 0) o.totalExamples = v1;
  if (v2 !== void 0) o.trainExamples = v2;
  if (v3 !== void 0) o.trainSizeBytes = v3;
  if (v4 !== void 0) o.evalExamples = v4;
  if (v5 !== void 0) o.evalSizeBytes = v5;
  if (v6 !== void 0) o.rerankerDataMetrics = v6 == null ? v6 : rerankerDataMetricsFromWire(v6);
  if (v7 !== void 0) o.chatDataMetrics = v7 == null ? v7 : chatDataMetricsFromWire(v7);
  if (v8 !== void 0) o.classifyDataMetrics = v8 == null ? v8 : classifyDataMetricsFromWire(v8);
  return o;
}
function imageArrayFromWire(w) {
  if (w == null) return w;
  return Array.isArray(w) ? w.map(imageFromWire) : w;
}
function imageFromWire(w) {
  if (w == null || typeof w !== "object") return w;
  const { bit_depth: v3, ...o } = w;
  if (v3 !== void 0) o.bitDepth = v3;
  return o;
}
function labelMetricArrayFromWire(w) {
  if (w == null) return w;
  return Array.isArray(w) ? w.map(labelMetricFromWire) : w;
}
function labelMetricFromWire(w) {
  if (w == null || typeof w !== "object") return w;
  const { total_examples: v0, ...o } = w;
  if (v0 !== void 0) o.totalExamples = v0;
  return o;
}
function listEmbedJobResponseFromWire(w) {
  if (w == null || typeof w !== "object") return w;
  const { embed_jobs: v0, ...o } = w;
  if (v0 !== void 0) o.embedJobs = v0 == null ? v0 : embedJobArrayFromWire(v0);
  return o;
}
function metricsFromWire(w) {
  if (w == null || typeof w !== "object") return w;
  const { finetune_dataset_metrics: v0, ...o } = w;
  if (v0 !== void 0) o.finetuneDatasetMetrics = v0 == null ? v0 : finetuneDatasetMetricsFromWire(v0);
  return o;
}
function rerankerDataMetricsFromWire(w) {
  if (w == null || typeof w !== "object") return w;
  const {
    num_train_queries: v0,
    num_train_relevant_passages: v1,
    num_train_hard_negatives: v2,
    num_eval_queries: v3,
    num_eval_relevant_passages: v4,
    num_eval_hard_negatives: v5,
    ...o
  } = w;
  if (v0 !== void 0) o.numTrainQueries = v0;
  if (v1 !== void 0) o.numTrainRelevantPassages = v1;
  if (v2 !== void 0) o.numTrainHardNegatives = v2;
  if (v3 !== void 0) o.numEvalQueries = v3;
  if (v4 !== void 0) o.numEvalRelevantPassages = v4;
  if (v5 !== void 0) o.numEvalHardNegatives = v5;
  return o;
}
function v2EmbedRequestToWire(w) {
  if (w == null || typeof w !== "object") return w;
  const { inputType: v3, inputs: v4, maxTokens: v5, outputDimension: v6, embeddingTypes: v7, ...o } = w;
  if (v3 !== void 0) o.input_type = v3;
  if (v4 !== void 0) o.inputs = v4 == null ? v4 : embedInputArrayToWire(v4);
  if (v5 !== void 0) o.max_tokens = v5;
  if (v6 !== void 0) o.output_dimension = v6;
  if (v7 !== void 0) o.embedding_types = v7;
  return o;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  apiMetaApiVersionFromWire,
  apiMetaBilledUnitsFromWire,
  apiMetaFromWire,
  apiMetaTokensFromWire,
  chatDataMetricsFromWire,
  classifyDataMetricsFromWire,
  createEmbedJobRequestToWire,
  createEmbedJobResponseFromWire,
  datasetArrayFromWire,
  datasetFromWire,
  datasetPartArrayFromWire,
  datasetPartFromWire,
  datasetsGetResponseFromWire,
  datasetsGetUsageResponseFromWire,
  datasetsListResponseFromWire,
  embedByTypeResponseFromWire,
  embedContentArrayToWire,
  embedContentToWire,
  embedImageToWire,
  embedInputArrayToWire,
  embedInputToWire,
  embedJobArrayFromWire,
  embedJobFromWire,
  finetuneDatasetMetricsFromWire,
  imageArrayFromWire,
  imageFromWire,
  labelMetricArrayFromWire,
  labelMetricFromWire,
  listEmbedJobResponseFromWire,
  metricsFromWire,
  rerankerDataMetricsFromWire,
  toDate,
  v2EmbedRequestToWire
});
