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
  v2EmbedRequestToWire: () => v2EmbedRequestToWire
});
module.exports = __toCommonJS(mappers_exports);
const isWireObject = (value) => typeof value === "object" && value !== null;
const toDate = (wire) => typeof wire === "string" || typeof wire === "number" ? new Date(wire) : wire;
function apiMetaApiVersionFromWire(wire) {
  if (!isWireObject(wire)) return wire;
  const { is_deprecated: isDeprecated, is_experimental: isExperimental, ...result } = wire;
  if (isDeprecated !== void 0) result.isDeprecated = isDeprecated;
  if (isExperimental !== void 0) result.isExperimental = isExperimental;
  return result;
}
function apiMetaBilledUnitsFromWire(wire) {
  if (!isWireObject(wire)) return wire;
  const { input_tokens: inputTokens, output_tokens: outputTokens, search_units: searchUnits, ...result } = wire;
  if (inputTokens !== void 0) result.inputTokens = inputTokens;
  if (outputTokens !== void 0) result.outputTokens = outputTokens;
  if (searchUnits !== void 0) result.searchUnits = searchUnits;
  return result;
}
function apiMetaFromWire(wire) {
  if (!isWireObject(wire)) return wire;
  const { api_version: apiVersion, billed_units: billedUnits, tokens, cached_tokens: cachedTokens, ...result } = wire;
  if (apiVersion !== void 0) result.apiVersion = apiMetaApiVersionFromWire(apiVersion);
  if (billedUnits !== void 0) result.billedUnits = apiMetaBilledUnitsFromWire(billedUnits);
  if (tokens !== void 0) result.tokens = apiMetaTokensFromWire(tokens);
  if (cachedTokens !== void 0) result.cachedTokens = cachedTokens;
  return result;
}
function apiMetaTokensFromWire(wire) {
  if (!isWireObject(wire)) return wire;
  const { input_tokens: inputTokens, output_tokens: outputTokens, ...result } = wire;
  if (inputTokens !== void 0) result.inputTokens = inputTokens;
  if (outputTokens !== void 0) result.outputTokens = outputTokens;
  return result;
}
function chatDataMetricsFromWire(wire) {
  if (!isWireObject(wire)) return wire;
  const { num_train_turns: numTrainTurns, num_eval_turns: numEvalTurns, ...result } = wire;
  if (numTrainTurns !== void 0) result.numTrainTurns = numTrainTurns;
  if (numEvalTurns !== void 0) result.numEvalTurns = numEvalTurns;
  return result;
}
function classifyDataMetricsFromWire(wire) {
  if (!isWireObject(wire)) return wire;
  const { label_metrics: labelMetrics, ...result } = wire;
  if (labelMetrics !== void 0) result.labelMetrics = labelMetricArrayFromWire(labelMetrics);
  return result;
}
function createEmbedJobRequestToWire(value) {
  if (!isWireObject(value)) return value;
  const { datasetId, inputType, embeddingTypes, ...wire } = value;
  if (datasetId !== void 0) wire.dataset_id = datasetId;
  if (inputType !== void 0) wire.input_type = inputType;
  if (embeddingTypes !== void 0) wire.embedding_types = embeddingTypes;
  return wire;
}
function createEmbedJobResponseFromWire(wire) {
  if (!isWireObject(wire)) return wire;
  const { job_id: jobId, meta, ...result } = wire;
  if (jobId !== void 0) result.jobId = jobId;
  if (meta !== void 0) result.meta = apiMetaFromWire(meta);
  return result;
}
function datasetArrayFromWire(wire) {
  return Array.isArray(wire) ? wire.map(datasetFromWire) : wire;
}
function datasetFromWire(wire) {
  if (!isWireObject(wire)) return wire;
  const {
    created_at: createdAt,
    updated_at: updatedAt,
    dataset_type: datasetType,
    validation_status: validationStatus,
    validation_error: validationError,
    required_fields: requiredFields,
    preserve_fields: preserveFields,
    dataset_parts: datasetParts,
    validation_warnings: validationWarnings,
    parse_info: parseInfo,
    metrics,
    ...result
  } = wire;
  if (createdAt !== void 0) result.createdAt = toDate(createdAt);
  if (updatedAt !== void 0) result.updatedAt = toDate(updatedAt);
  if (datasetType !== void 0) result.datasetType = datasetType;
  if (validationStatus !== void 0) result.validationStatus = validationStatus;
  if (validationError !== void 0) result.validationError = validationError;
  if (requiredFields !== void 0) result.requiredFields = requiredFields;
  if (preserveFields !== void 0) result.preserveFields = preserveFields;
  if (datasetParts !== void 0) result.datasetParts = datasetPartArrayFromWire(datasetParts);
  if (validationWarnings !== void 0) result.validationWarnings = validationWarnings;
  if (parseInfo !== void 0) result.parseInfo = parseInfo;
  if (metrics !== void 0) result.metrics = metricsFromWire(metrics);
  return result;
}
function datasetPartArrayFromWire(wire) {
  return Array.isArray(wire) ? wire.map(datasetPartFromWire) : wire;
}
function datasetPartFromWire(wire) {
  if (!isWireObject(wire)) return wire;
  const { size_bytes: sizeBytes, num_rows: numRows, original_url: originalUrl, ...result } = wire;
  if (sizeBytes !== void 0) result.sizeBytes = sizeBytes;
  if (numRows !== void 0) result.numRows = numRows;
  if (originalUrl !== void 0) result.originalUrl = originalUrl;
  return result;
}
function datasetsGetResponseFromWire(wire) {
  if (!isWireObject(wire)) return wire;
  const { dataset, ...result } = wire;
  if (dataset !== void 0) result.dataset = datasetFromWire(dataset);
  return result;
}
function datasetsGetUsageResponseFromWire(wire) {
  if (!isWireObject(wire)) return wire;
  const { organization_usage: organizationUsage, ...result } = wire;
  if (organizationUsage !== void 0) result.organizationUsage = organizationUsage;
  return result;
}
function datasetsListResponseFromWire(wire) {
  if (!isWireObject(wire)) return wire;
  const { datasets, ...result } = wire;
  if (datasets !== void 0) result.datasets = datasetArrayFromWire(datasets);
  return result;
}
function embedByTypeResponseFromWire(wire) {
  if (!isWireObject(wire)) return wire;
  const { response_type: responseType, images, meta, ...result } = wire;
  if (responseType !== void 0) result.responseType = responseType;
  if (images !== void 0) result.images = imageArrayFromWire(images);
  if (meta !== void 0) result.meta = apiMetaFromWire(meta);
  return result;
}
function embedContentArrayToWire(value) {
  return Array.isArray(value) ? value.map(embedContentToWire) : value;
}
function embedContentToWire(value) {
  if (isWireObject(value)) {
    switch (value.type) {
      case "image_url":
        return embedImageToWire(value);
    }
  }
  return value;
}
function embedImageToWire(value) {
  if (!isWireObject(value)) return value;
  const { imageUrl, ...wire } = value;
  if (imageUrl !== void 0) wire.image_url = imageUrl;
  return wire;
}
function embedInputArrayToWire(value) {
  return Array.isArray(value) ? value.map(embedInputToWire) : value;
}
function embedInputToWire(value) {
  if (!isWireObject(value)) return value;
  const { content, ...wire } = value;
  if (content !== void 0) wire.content = embedContentArrayToWire(content);
  return wire;
}
function embedJobArrayFromWire(wire) {
  return Array.isArray(wire) ? wire.map(embedJobFromWire) : wire;
}
function embedJobFromWire(wire) {
  if (!isWireObject(wire)) return wire;
  const {
    job_id: jobId,
    created_at: createdAt,
    input_dataset_id: inputDatasetId,
    output_dataset_id: outputDatasetId,
    meta,
    ...result
  } = wire;
  if (jobId !== void 0) result.jobId = jobId;
  if (createdAt !== void 0) result.createdAt = toDate(createdAt);
  if (inputDatasetId !== void 0) result.inputDatasetId = inputDatasetId;
  if (outputDatasetId !== void 0) result.outputDatasetId = outputDatasetId;
  if (meta !== void 0) result.meta = apiMetaFromWire(meta);
  return result;
}
function finetuneDatasetMetricsFromWire(wire) {
  if (!isWireObject(wire)) return wire;
  const {
    trainable_token_count: trainableTokenCount,
    total_examples: totalExamples,
    train_examples: trainExamples,
    train_size_bytes: trainSizeBytes,
    eval_examples: evalExamples,
    eval_size_bytes: evalSizeBytes,
    reranker_data_metrics: rerankerDataMetrics,
    chat_data_metrics: chatDataMetrics,
    classify_data_metrics: classifyDataMetrics,
    ...result
  } = wire;
  if (trainableTokenCount !== void 0) result.trainableTokenCount = trainableTokenCount;
  if (totalExamples !== void 0) result.totalExamples = totalExamples;
  if (trainExamples !== void 0) result.trainExamples = trainExamples;
  if (trainSizeBytes !== void 0) result.trainSizeBytes = trainSizeBytes;
  if (evalExamples !== void 0) result.evalExamples = evalExamples;
  if (evalSizeBytes !== void 0) result.evalSizeBytes = evalSizeBytes;
  if (rerankerDataMetrics !== void 0) result.rerankerDataMetrics = rerankerDataMetricsFromWire(rerankerDataMetrics);
  if (chatDataMetrics !== void 0) result.chatDataMetrics = chatDataMetricsFromWire(chatDataMetrics);
  if (classifyDataMetrics !== void 0) result.classifyDataMetrics = classifyDataMetricsFromWire(classifyDataMetrics);
  return result;
}
function imageArrayFromWire(wire) {
  return Array.isArray(wire) ? wire.map(imageFromWire) : wire;
}
function imageFromWire(wire) {
  if (!isWireObject(wire)) return wire;
  const { bit_depth: bitDepth, ...result } = wire;
  if (bitDepth !== void 0) result.bitDepth = bitDepth;
  return result;
}
function labelMetricArrayFromWire(wire) {
  return Array.isArray(wire) ? wire.map(labelMetricFromWire) : wire;
}
function labelMetricFromWire(wire) {
  if (!isWireObject(wire)) return wire;
  const { total_examples: totalExamples, ...result } = wire;
  if (totalExamples !== void 0) result.totalExamples = totalExamples;
  return result;
}
function listEmbedJobResponseFromWire(wire) {
  if (!isWireObject(wire)) return wire;
  const { embed_jobs: embedJobs, ...result } = wire;
  if (embedJobs !== void 0) result.embedJobs = embedJobArrayFromWire(embedJobs);
  return result;
}
function metricsFromWire(wire) {
  if (!isWireObject(wire)) return wire;
  const { finetune_dataset_metrics: finetuneDatasetMetrics, ...result } = wire;
  if (finetuneDatasetMetrics !== void 0)
    result.finetuneDatasetMetrics = finetuneDatasetMetricsFromWire(finetuneDatasetMetrics);
  return result;
}
function rerankerDataMetricsFromWire(wire) {
  if (!isWireObject(wire)) return wire;
  const {
    num_train_queries: numTrainQueries,
    num_train_relevant_passages: numTrainRelevantPassages,
    num_train_hard_negatives: numTrainHardNegatives,
    num_eval_queries: numEvalQueries,
    num_eval_relevant_passages: numEvalRelevantPassages,
    num_eval_hard_negatives: numEvalHardNegatives,
    ...result
  } = wire;
  if (numTrainQueries !== void 0) result.numTrainQueries = numTrainQueries;
  if (numTrainRelevantPassages !== void 0) result.numTrainRelevantPassages = numTrainRelevantPassages;
  if (numTrainHardNegatives !== void 0) result.numTrainHardNegatives = numTrainHardNegatives;
  if (numEvalQueries !== void 0) result.numEvalQueries = numEvalQueries;
  if (numEvalRelevantPassages !== void 0) result.numEvalRelevantPassages = numEvalRelevantPassages;
  if (numEvalHardNegatives !== void 0) result.numEvalHardNegatives = numEvalHardNegatives;
  return result;
}
function v2EmbedRequestToWire(value) {
  if (!isWireObject(value)) return value;
  const { inputType, inputs, maxTokens, outputDimension, embeddingTypes, ...wire } = value;
  if (inputType !== void 0) wire.input_type = inputType;
  if (inputs !== void 0) wire.inputs = embedInputArrayToWire(inputs);
  if (maxTokens !== void 0) wire.max_tokens = maxTokens;
  if (outputDimension !== void 0) wire.output_dimension = outputDimension;
  if (embeddingTypes !== void 0) wire.embedding_types = embeddingTypes;
  return wire;
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
  v2EmbedRequestToWire
});
