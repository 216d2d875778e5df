// This file is generated from the OpenAPI description. Do not edit: change the spec or the generator instead.

import type {
  ApiMeta,
  ApiMetaApiVersion,
  ApiMetaBilledUnits,
  ApiMetaTokens,
  ChatDataMetrics,
  ClassifyDataMetrics,
  CreateEmbedJobResponse,
  Dataset,
  DatasetPart,
  DatasetsGetResponse,
  DatasetsGetUsageResponse,
  DatasetsListResponse,
  EmbedByTypeResponse,
  EmbedJob,
  FinetuneDatasetMetrics,
  Image,
  LabelMetric,
  ListEmbedJobResponse,
  Metrics,
  RerankerDataMetrics,
} from "./types.js";

/** Whether a value is a JSON object (or array) whose keys can be renamed. */
const isWireObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

/** ISO 8601 string (or epoch milliseconds) → Date; anything else, `null` included, passes through. */
const toDate = (wire: unknown): Date =>
  typeof wire === "string" || typeof wire === "number" ? new Date(wire) : (wire as Date);

export function apiMetaApiVersionFromWire(wire: unknown): ApiMetaApiVersion {
  if (!isWireObject(wire)) return wire as ApiMetaApiVersion;
  const { is_deprecated: isDeprecated, is_experimental: isExperimental, ...result } = wire;
  if (isDeprecated !== undefined) result.isDeprecated = isDeprecated;
  if (isExperimental !== undefined) result.isExperimental = isExperimental;
  return result as unknown as ApiMetaApiVersion;
}

export function apiMetaBilledUnitsFromWire(wire: unknown): ApiMetaBilledUnits {
  if (!isWireObject(wire)) return wire as ApiMetaBilledUnits;
  const { input_tokens: inputTokens, output_tokens: outputTokens, search_units: searchUnits, ...result } = wire;
  if (inputTokens !== undefined) result.inputTokens = inputTokens;
  if (outputTokens !== undefined) result.outputTokens = outputTokens;
  if (searchUnits !== undefined) result.searchUnits = searchUnits;
  return result as unknown as ApiMetaBilledUnits;
}

export function apiMetaFromWire(wire: unknown): ApiMeta {
  if (!isWireObject(wire)) return wire as ApiMeta;
  const { api_version: apiVersion, billed_units: billedUnits, tokens, cached_tokens: cachedTokens, ...result } = wire;
  if (apiVersion !== undefined) result.apiVersion = apiMetaApiVersionFromWire(apiVersion);
  if (billedUnits !== undefined) result.billedUnits = apiMetaBilledUnitsFromWire(billedUnits);
  if (tokens !== undefined) result.tokens = apiMetaTokensFromWire(tokens);
  if (cachedTokens !== undefined) result.cachedTokens = cachedTokens;
  return result as unknown as ApiMeta;
}

export function apiMetaTokensFromWire(wire: unknown): ApiMetaTokens {
  if (!isWireObject(wire)) return wire as ApiMetaTokens;
  const { input_tokens: inputTokens, output_tokens: outputTokens, ...result } = wire;
  if (inputTokens !== undefined) result.inputTokens = inputTokens;
  if (outputTokens !== undefined) result.outputTokens = outputTokens;
  return result as unknown as ApiMetaTokens;
}

export function chatDataMetricsFromWire(wire: unknown): ChatDataMetrics {
  if (!isWireObject(wire)) return wire as ChatDataMetrics;
  const { num_train_turns: numTrainTurns, num_eval_turns: numEvalTurns, ...result } = wire;
  if (numTrainTurns !== undefined) result.numTrainTurns = numTrainTurns;
  if (numEvalTurns !== undefined) result.numEvalTurns = numEvalTurns;
  return result as unknown as ChatDataMetrics;
}

export function classifyDataMetricsFromWire(wire: unknown): ClassifyDataMetrics {
  if (!isWireObject(wire)) return wire as ClassifyDataMetrics;
  const { label_metrics: labelMetrics, ...result } = wire;
  if (labelMetrics !== undefined) result.labelMetrics = labelMetricArrayFromWire(labelMetrics);
  return result as unknown as ClassifyDataMetrics;
}

export function createEmbedJobRequestToWire(value: unknown): unknown {
  if (!isWireObject(value)) return value;
  const { datasetId, inputType, embeddingTypes, ...wire } = value;
  if (datasetId !== undefined) wire.dataset_id = datasetId;
  if (inputType !== undefined) wire.input_type = inputType;
  if (embeddingTypes !== undefined) wire.embedding_types = embeddingTypes;
  return wire;
}

export function createEmbedJobResponseFromWire(wire: unknown): CreateEmbedJobResponse {
  if (!isWireObject(wire)) return wire as CreateEmbedJobResponse;
  const { job_id: jobId, meta, ...result } = wire;
  if (jobId !== undefined) result.jobId = jobId;
  if (meta !== undefined) result.meta = apiMetaFromWire(meta);
  return result as unknown as CreateEmbedJobResponse;
}

export function datasetArrayFromWire(wire: unknown): Dataset[] {
  return Array.isArray(wire) ? wire.map(datasetFromWire) : (wire as Dataset[]);
}

export function datasetFromWire(wire: unknown): Dataset {
  if (!isWireObject(wire)) return wire as Dataset;
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
  if (createdAt !== undefined) result.createdAt = toDate(createdAt);
  if (updatedAt !== undefined) result.updatedAt = toDate(updatedAt);
  if (datasetType !== undefined) result.datasetType = datasetType;
  if (validationStatus !== undefined) result.validationStatus = validationStatus;
  if (validationError !== undefined) result.validationError = validationError;
  if (requiredFields !== undefined) result.requiredFields = requiredFields;
  if (preserveFields !== undefined) result.preserveFields = preserveFields;
  if (datasetParts !== undefined) result.datasetParts = datasetPartArrayFromWire(datasetParts);
  if (validationWarnings !== undefined) result.validationWarnings = validationWarnings;
  if (parseInfo !== undefined) result.parseInfo = parseInfo;
  if (metrics !== undefined) result.metrics = metricsFromWire(metrics);
  return result as unknown as Dataset;
}

export function datasetPartArrayFromWire(wire: unknown): DatasetPart[] {
  return Array.isArray(wire) ? wire.map(datasetPartFromWire) : (wire as DatasetPart[]);
}

export function datasetPartFromWire(wire: unknown): DatasetPart {
  if (!isWireObject(wire)) return wire as DatasetPart;
  const { size_bytes: sizeBytes, num_rows: numRows, original_url: originalUrl, ...result } = wire;
  if (sizeBytes !== undefined) result.sizeBytes = sizeBytes;
  if (numRows !== undefined) result.numRows = numRows;
  if (originalUrl !== undefined) result.originalUrl = originalUrl;
  return result as unknown as DatasetPart;
}

export function datasetsGetResponseFromWire(wire: unknown): DatasetsGetResponse {
  if (!isWireObject(wire)) return wire as DatasetsGetResponse;
  const { dataset, ...result } = wire;
  if (dataset !== undefined) result.dataset = datasetFromWire(dataset);
  return result as unknown as DatasetsGetResponse;
}

export function datasetsGetUsageResponseFromWire(wire: unknown): DatasetsGetUsageResponse {
  if (!isWireObject(wire)) return wire as DatasetsGetUsageResponse;
  const { organization_usage: organizationUsage, ...result } = wire;
  if (organizationUsage !== undefined) result.organizationUsage = organizationUsage;
  return result as unknown as DatasetsGetUsageResponse;
}

export function datasetsListResponseFromWire(wire: unknown): DatasetsListResponse {
  if (!isWireObject(wire)) return wire as DatasetsListResponse;
  const { datasets, ...result } = wire;
  if (datasets !== undefined) result.datasets = datasetArrayFromWire(datasets);
  return result as unknown as DatasetsListResponse;
}

export function embedByTypeResponseFromWire(wire: unknown): EmbedByTypeResponse {
  if (!isWireObject(wire)) return wire as EmbedByTypeResponse;
  const { response_type: responseType, images, meta, ...result } = wire;
  if (responseType !== undefined) result.responseType = responseType;
  if (images !== undefined) result.images = imageArrayFromWire(images);
  if (meta !== undefined) result.meta = apiMetaFromWire(meta);
  return result as unknown as EmbedByTypeResponse;
}

export function embedContentArrayToWire(value: unknown): unknown {
  return Array.isArray(value) ? value.map(embedContentToWire) : value;
}

export function embedContentToWire(value: unknown): unknown {
  if (isWireObject(value)) {
    switch (value.type) {
      case "image_url":
        return embedImageToWire(value);
    }
  }
  return value;
}

export function embedImageToWire(value: unknown): unknown {
  if (!isWireObject(value)) return value;
  const { imageUrl, ...wire } = value;
  if (imageUrl !== undefined) wire.image_url = imageUrl;
  return wire;
}

export function embedInputArrayToWire(value: unknown): unknown {
  return Array.isArray(value) ? value.map(embedInputToWire) : value;
}

export function embedInputToWire(value: unknown): unknown {
  if (!isWireObject(value)) return value;
  const { content, ...wire } = value;
  if (content !== undefined) wire.content = embedContentArrayToWire(content);
  return wire;
}

export function embedJobArrayFromWire(wire: unknown): EmbedJob[] {
  return Array.isArray(wire) ? wire.map(embedJobFromWire) : (wire as EmbedJob[]);
}

export function embedJobFromWire(wire: unknown): EmbedJob {
  if (!isWireObject(wire)) return wire as EmbedJob;
  const {
    job_id: jobId,
    created_at: createdAt,
    input_dataset_id: inputDatasetId,
    output_dataset_id: outputDatasetId,
    meta,
    ...result
  } = wire;
  if (jobId !== undefined) result.jobId = jobId;
  if (createdAt !== undefined) result.createdAt = toDate(createdAt);
  if (inputDatasetId !== undefined) result.inputDatasetId = inputDatasetId;
  if (outputDatasetId !== undefined) result.outputDatasetId = outputDatasetId;
  if (meta !== undefined) result.meta = apiMetaFromWire(meta);
  return result as unknown as EmbedJob;
}

export function finetuneDatasetMetricsFromWire(wire: unknown): FinetuneDatasetMetrics {
  if (!isWireObject(wire)) return wire as FinetuneDatasetMetrics;
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
  if (trainableTokenCount !== undefined) result.trainableTokenCount = trainableTokenCount;
  if (totalExamples !== undefined) result.totalExamples = totalExamples;
  if (trainExamples !== undefined) result.trainExamples = trainExamples;
  if (trainSizeBytes !== undefined) result.trainSizeBytes = trainSizeBytes;
  if (evalExamples !== undefined) result.evalExamples = evalExamples;
  if (evalSizeBytes !== undefined) result.evalSizeBytes = evalSizeBytes;
  if (rerankerDataMetrics !== undefined) result.rerankerDataMetrics = rerankerDataMetricsFromWire(rerankerDataMetrics);
  if (chatDataMetrics !== undefined) result.chatDataMetrics = chatDataMetricsFromWire(chatDataMetrics);
  if (classifyDataMetrics !== undefined) result.classifyDataMetrics = classifyDataMetricsFromWire(classifyDataMetrics);
  return result as unknown as FinetuneDatasetMetrics;
}

export function imageArrayFromWire(wire: unknown): Image[] {
  return Array.isArray(wire) ? wire.map(imageFromWire) : (wire as Image[]);
}

export function imageFromWire(wire: unknown): Image {
  if (!isWireObject(wire)) return wire as Image;
  const { bit_depth: bitDepth, ...result } = wire;
  if (bitDepth !== undefined) result.bitDepth = bitDepth;
  return result as unknown as Image;
}

export function labelMetricArrayFromWire(wire: unknown): LabelMetric[] {
  return Array.isArray(wire) ? wire.map(labelMetricFromWire) : (wire as LabelMetric[]);
}

export function labelMetricFromWire(wire: unknown): LabelMetric {
  if (!isWireObject(wire)) return wire as LabelMetric;
  const { total_examples: totalExamples, ...result } = wire;
  if (totalExamples !== undefined) result.totalExamples = totalExamples;
  return result as unknown as LabelMetric;
}

export function listEmbedJobResponseFromWire(wire: unknown): ListEmbedJobResponse {
  if (!isWireObject(wire)) return wire as ListEmbedJobResponse;
  const { embed_jobs: embedJobs, ...result } = wire;
  if (embedJobs !== undefined) result.embedJobs = embedJobArrayFromWire(embedJobs);
  return result as unknown as ListEmbedJobResponse;
}

export function metricsFromWire(wire: unknown): Metrics {
  if (!isWireObject(wire)) return wire as Metrics;
  const { finetune_dataset_metrics: finetuneDatasetMetrics, ...result } = wire;
  if (finetuneDatasetMetrics !== undefined)
    result.finetuneDatasetMetrics = finetuneDatasetMetricsFromWire(finetuneDatasetMetrics);
  return result as unknown as Metrics;
}

export function rerankerDataMetricsFromWire(wire: unknown): RerankerDataMetrics {
  if (!isWireObject(wire)) return wire as RerankerDataMetrics;
  const {
    num_train_queries: numTrainQueries,
    num_train_relevant_passages: numTrainRelevantPassages,
    num_train_hard_negatives: numTrainHardNegatives,
    num_eval_queries: numEvalQueries,
    num_eval_relevant_passages: numEvalRelevantPassages,
    num_eval_hard_negatives: numEvalHardNegatives,
    ...result
  } = wire;
  if (numTrainQueries !== undefined) result.numTrainQueries = numTrainQueries;
  if (numTrainRelevantPassages !== undefined) result.numTrainRelevantPassages = numTrainRelevantPassages;
  if (numTrainHardNegatives !== undefined) result.numTrainHardNegatives = numTrainHardNegatives;
  if (numEvalQueries !== undefined) result.numEvalQueries = numEvalQueries;
  if (numEvalRelevantPassages !== undefined) result.numEvalRelevantPassages = numEvalRelevantPassages;
  if (numEvalHardNegatives !== undefined) result.numEvalHardNegatives = numEvalHardNegatives;
  return result as unknown as RerankerDataMetrics;
}

export function v2EmbedRequestToWire(value: unknown): unknown {
  if (!isWireObject(value)) return value;
  const { inputType, inputs, maxTokens, outputDimension, embeddingTypes, ...wire } = value;
  if (inputType !== undefined) wire.input_type = inputType;
  if (inputs !== undefined) wire.inputs = embedInputArrayToWire(inputs);
  if (maxTokens !== undefined) wire.max_tokens = maxTokens;
  if (outputDimension !== undefined) wire.output_dimension = outputDimension;
  if (embeddingTypes !== undefined) wire.embedding_types = embeddingTypes;
  return wire;
}
