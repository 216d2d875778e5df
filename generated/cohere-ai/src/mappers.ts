// This file is generated from the OpenAPI description. Do not edit: change the spec or the generator instead.

import type {
  ApiMeta,
  ApiMetaApiVersion,
  ApiMetaBilledUnits,
  ApiMetaTokens,
  ChatDataMetrics,
  ClassifyDataMetrics,
  CreateEmbedJobRequest,
  CreateEmbedJobResponse,
  Dataset,
  DatasetPart,
  DatasetsGetResponse,
  DatasetsGetUsageResponse,
  DatasetsListResponse,
  EmbedByTypeResponse,
  EmbedContent,
  EmbedImage,
  EmbedInput,
  EmbedJob,
  FinetuneDatasetMetrics,
  Image,
  LabelMetric,
  ListEmbedJobResponse,
  Metrics,
  RerankerDataMetrics,
  V2EmbedRequest,
} from "./types.js";
/** ISO 8601 string → Date. */
export const toDate = (w: any): any => (w == null ? w : new Date(w));

export function apiMetaApiVersionFromWire(w: any): ApiMetaApiVersion {
  if (w == null || typeof w !== "object") return w as any;
  const { is_deprecated: v1, is_experimental: v2, ...o } = w as any;
  if (v1 !== undefined) o.isDeprecated = v1;
  if (v2 !== undefined) o.isExperimental = v2;
  return o;
}

export function apiMetaBilledUnitsFromWire(w: any): ApiMetaBilledUnits {
  if (w == null || typeof w !== "object") return w as any;
  const { input_tokens: v1, output_tokens: v2, search_units: v3, ...o } = w as any;
  if (v1 !== undefined) o.inputTokens = v1;
  if (v2 !== undefined) o.outputTokens = v2;
  if (v3 !== undefined) o.searchUnits = v3;
  return o;
}

export function apiMetaFromWire(w: any): ApiMeta {
  if (w == null || typeof w !== "object") return w as any;
  const { api_version: v0, billed_units: v1, tokens: v2, cached_tokens: v3, ...o } = w as any;
  if (v0 !== undefined) o.apiVersion = v0 == null ? v0 : apiMetaApiVersionFromWire(v0);
  if (v1 !== undefined) o.billedUnits = v1 == null ? v1 : apiMetaBilledUnitsFromWire(v1);
  if (v2 !== undefined) o.tokens = v2 == null ? v2 : apiMetaTokensFromWire(v2);
  if (v3 !== undefined) o.cachedTokens = v3;
  return o;
}

export function apiMetaTokensFromWire(w: any): ApiMetaTokens {
  if (w == null || typeof w !== "object") return w as any;
  const { input_tokens: v0, output_tokens: v1, ...o } = w as any;
  if (v0 !== undefined) o.inputTokens = v0;
  if (v1 !== undefined) o.outputTokens = v1;
  return o;
}

export function chatDataMetricsFromWire(w: any): ChatDataMetrics {
  if (w == null || typeof w !== "object") return w as any;
  const { num_train_turns: v0, num_eval_turns: v1, ...o } = w as any;
  if (v0 !== undefined) o.numTrainTurns = v0;
  if (v1 !== undefined) o.numEvalTurns = v1;
  return o;
}

export function classifyDataMetricsFromWire(w: any): ClassifyDataMetrics {
  if (w == null || typeof w !== "object") return w as any;
  const { label_metrics: v0, ...o } = w as any;
  if (v0 !== undefined) o.labelMetrics = v0 == null ? v0 : labelMetricArrayFromWire(v0);
  return o;
}

export function createEmbedJobRequestToWire(w: CreateEmbedJobRequest | null | undefined): any {
  if (w == null || typeof w !== "object") return w as any;
  const { datasetId: v1, inputType: v2, embeddingTypes: v4, ...o } = w as any;
  if (v1 !== undefined) o.dataset_id = v1;
  if (v2 !== undefined) o.input_type = v2;
  if (v4 !== undefined) o.embedding_types = v4;
  return o;
}

export function createEmbedJobResponseFromWire(w: any): CreateEmbedJobResponse {
  if (w == null || typeof w !== "object") return w as any;
  const { job_id: v0, meta: v1, ...o } = w as any;
  if (v0 !== undefined) o.jobId = v0;
  if (v1 !== undefined) o.meta = v1 == null ? v1 : apiMetaFromWire(v1);
  return o;
}

export function datasetArrayFromWire(w: any): any {
  if (w == null) return w;
  return Array.isArray(w) ? w.map(datasetFromWire) : w;
}

export function datasetFromWire(w: any): Dataset {
  if (w == null || typeof w !== "object") return w as any;
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
  } = w as any;
  if (v2 !== undefined) o.createdAt = v2 == null ? v2 : toDate(v2);
  if (v3 !== undefined) o.updatedAt = v3 == null ? v3 : toDate(v3);
  if (v4 !== undefined) o.datasetType = v4;
  if (v5 !== undefined) o.validationStatus = v5;
  if (v6 !== undefined) o.validationError = v6;
  if (v8 !== undefined) o.requiredFields = v8;
  if (v9 !== undefined) o.preserveFields = v9;
  if (v10 !== undefined) o.datasetParts = v10 == null ? v10 : datasetPartArrayFromWire(v10);
  if (v11 !== undefined) o.validationWarnings = v11;
  if (v12 !== undefined) o.parseInfo = v12;
  if (v13 !== undefined) o.metrics = v13 == null ? v13 : metricsFromWire(v13);
  return o;
}

export function datasetPartArrayFromWire(w: any): any {
  if (w == null) return w;
  return Array.isArray(w) ? w.map(datasetPartFromWire) : w;
}

export function datasetPartFromWire(w: any): DatasetPart {
  if (w == null || typeof w !== "object") return w as any;
  const { size_bytes: v4, num_rows: v5, original_url: v6, ...o } = w as any;
  if (v4 !== undefined) o.sizeBytes = v4;
  if (v5 !== undefined) o.numRows = v5;
  if (v6 !== undefined) o.originalUrl = v6;
  return o;
}

export function datasetsGetResponseFromWire(w: any): DatasetsGetResponse {
  if (w == null || typeof w !== "object") return w as any;
  const { dataset: v0, ...o } = w as any;
  if (v0 !== undefined) o.dataset = v0 == null ? v0 : datasetFromWire(v0);
  return o;
}

export function datasetsGetUsageResponseFromWire(w: any): DatasetsGetUsageResponse {
  if (w == null || typeof w !== "object") return w as any;
  const { organization_usage: v0, ...o } = w as any;
  if (v0 !== undefined) o.organizationUsage = v0;
  return o;
}

export function datasetsListResponseFromWire(w: any): DatasetsListResponse {
  if (w == null || typeof w !== "object") return w as any;
  const { datasets: v0, ...o } = w as any;
  if (v0 !== undefined) o.datasets = v0 == null ? v0 : datasetArrayFromWire(v0);
  return o;
}

export function embedByTypeResponseFromWire(w: any): EmbedByTypeResponse {
  if (w == null || typeof w !== "object") return w as any;
  const { response_type: v0, images: v4, meta: v5, ...o } = w as any;
  if (v0 !== undefined) o.responseType = v0;
  if (v4 !== undefined) o.images = v4 == null ? v4 : imageArrayFromWire(v4);
  if (v5 !== undefined) o.meta = v5 == null ? v5 : apiMetaFromWire(v5);
  return o;
}

export function embedContentArrayToWire(w: any): any {
  if (w == null) return w;
  return Array.isArray(w) ? w.map(embedContentToWire) : w;
}

export function embedContentToWire(w: EmbedContent | null | undefined): any {
  if (w == null || typeof w !== "object") return w as any;
  switch ((w as any)["type"]) {
    case "image_url":
      return embedImageToWire(w as any) as any;
    default:
      return w;
  }
}

export function embedImageToWire(w: EmbedImage | null | undefined): any {
  if (w == null || typeof w !== "object") return w as any;
  const { imageUrl: v1, ...o } = w as any;
  if (v1 !== undefined) o.image_url = v1;
  return o;
}

export function embedInputArrayToWire(w: any): any {
  if (w == null) return w;
  return Array.isArray(w) ? w.map(embedInputToWire) : w;
}

export function embedInputToWire(w: EmbedInput | null | undefined): any {
  if (w == null || typeof w !== "object") return w as any;
  const { content: v0, ...o } = w as any;
  if (v0 !== undefined) o.content = v0 == null ? v0 : embedContentArrayToWire(v0);
  return o;
}

export function embedJobArrayFromWire(w: any): any {
  if (w == null) return w;
  return Array.isArray(w) ? w.map(embedJobFromWire) : w;
}

export function embedJobFromWire(w: any): EmbedJob {
  if (w == null || typeof w !== "object") return w as any;
  const { job_id: v0, created_at: v3, input_dataset_id: v4, output_dataset_id: v5, meta: v8, ...o } = w as any;
  if (v0 !== undefined) o.jobId = v0;
  if (v3 !== undefined) o.createdAt = v3 == null ? v3 : toDate(v3);
  if (v4 !== undefined) o.inputDatasetId = v4;
  if (v5 !== undefined) o.outputDatasetId = v5;
  if (v8 !== undefined) o.meta = v8 == null ? v8 : apiMetaFromWire(v8);
  return o;
}

export function finetuneDatasetMetricsFromWire(w: any): FinetuneDatasetMetrics {
  if (w == null || typeof w !== "object") return w as any;
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
  } = w as any;
  if (v0 !== undefined) o.trainableTokenCount = v0;
  if (v1 !== undefined) o.totalExamples = v1;
  if (v2 !== undefined) o.trainExamples = v2;
  if (v3 !== undefined) o.trainSizeBytes = v3;
  if (v4 !== undefined) o.evalExamples = v4;
  if (v5 !== undefined) o.evalSizeBytes = v5;
  if (v6 !== undefined) o.rerankerDataMetrics = v6 == null ? v6 : rerankerDataMetricsFromWire(v6);
  if (v7 !== undefined) o.chatDataMetrics = v7 == null ? v7 : chatDataMetricsFromWire(v7);
  if (v8 !== undefined) o.classifyDataMetrics = v8 == null ? v8 : classifyDataMetricsFromWire(v8);
  return o;
}

export function imageArrayFromWire(w: any): any {
  if (w == null) return w;
  return Array.isArray(w) ? w.map(imageFromWire) : w;
}

export function imageFromWire(w: any): Image {
  if (w == null || typeof w !== "object") return w as any;
  const { bit_depth: v3, ...o } = w as any;
  if (v3 !== undefined) o.bitDepth = v3;
  return o;
}

export function labelMetricArrayFromWire(w: any): any {
  if (w == null) return w;
  return Array.isArray(w) ? w.map(labelMetricFromWire) : w;
}

export function labelMetricFromWire(w: any): LabelMetric {
  if (w == null || typeof w !== "object") return w as any;
  const { total_examples: v0, ...o } = w as any;
  if (v0 !== undefined) o.totalExamples = v0;
  return o;
}

export function listEmbedJobResponseFromWire(w: any): ListEmbedJobResponse {
  if (w == null || typeof w !== "object") return w as any;
  const { embed_jobs: v0, ...o } = w as any;
  if (v0 !== undefined) o.embedJobs = v0 == null ? v0 : embedJobArrayFromWire(v0);
  return o;
}

export function metricsFromWire(w: any): Metrics {
  if (w == null || typeof w !== "object") return w as any;
  const { finetune_dataset_metrics: v0, ...o } = w as any;
  if (v0 !== undefined) o.finetuneDatasetMetrics = v0 == null ? v0 : finetuneDatasetMetricsFromWire(v0);
  return o;
}

export function rerankerDataMetricsFromWire(w: any): RerankerDataMetrics {
  if (w == null || typeof w !== "object") return w as any;
  const {
    num_train_queries: v0,
    num_train_relevant_passages: v1,
    num_train_hard_negatives: v2,
    num_eval_queries: v3,
    num_eval_relevant_passages: v4,
    num_eval_hard_negatives: v5,
    ...o
  } = w as any;
  if (v0 !== undefined) o.numTrainQueries = v0;
  if (v1 !== undefined) o.numTrainRelevantPassages = v1;
  if (v2 !== undefined) o.numTrainHardNegatives = v2;
  if (v3 !== undefined) o.numEvalQueries = v3;
  if (v4 !== undefined) o.numEvalRelevantPassages = v4;
  if (v5 !== undefined) o.numEvalHardNegatives = v5;
  return o;
}

export function v2EmbedRequestToWire(w: V2EmbedRequest | null | undefined): any {
  if (w == null || typeof w !== "object") return w as any;
  const { inputType: v3, inputs: v4, maxTokens: v5, outputDimension: v6, embeddingTypes: v7, ...o } = w as any;
  if (v3 !== undefined) o.input_type = v3;
  if (v4 !== undefined) o.inputs = v4 == null ? v4 : embedInputArrayToWire(v4);
  if (v5 !== undefined) o.max_tokens = v5;
  if (v6 !== undefined) o.output_dimension = v6;
  if (v7 !== undefined) o.embedding_types = v7;
  return o;
}
