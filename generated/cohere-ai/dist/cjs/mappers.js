"use strict";
// This file is generated from the OpenAPI description. Do not edit: change the spec or the generator instead.
Object.defineProperty(exports, "__esModule", { value: true });
exports.toDate = void 0;
exports.apiMetaApiVersionFromWire = apiMetaApiVersionFromWire;
exports.apiMetaBilledUnitsFromWire = apiMetaBilledUnitsFromWire;
exports.apiMetaFromWire = apiMetaFromWire;
exports.apiMetaTokensFromWire = apiMetaTokensFromWire;
exports.chatDataMetricsFromWire = chatDataMetricsFromWire;
exports.classifyDataMetricsFromWire = classifyDataMetricsFromWire;
exports.createEmbedJobRequestToWire = createEmbedJobRequestToWire;
exports.createEmbedJobResponseFromWire = createEmbedJobResponseFromWire;
exports.datasetArrayFromWire = datasetArrayFromWire;
exports.datasetFromWire = datasetFromWire;
exports.datasetPartArrayFromWire = datasetPartArrayFromWire;
exports.datasetPartFromWire = datasetPartFromWire;
exports.datasetsGetResponseFromWire = datasetsGetResponseFromWire;
exports.datasetsGetUsageResponseFromWire = datasetsGetUsageResponseFromWire;
exports.datasetsListResponseFromWire = datasetsListResponseFromWire;
exports.embedByTypeResponseFromWire = embedByTypeResponseFromWire;
exports.embedContentArrayToWire = embedContentArrayToWire;
exports.embedContentToWire = embedContentToWire;
exports.embedImageToWire = embedImageToWire;
exports.embedInputArrayToWire = embedInputArrayToWire;
exports.embedInputToWire = embedInputToWire;
exports.embedJobArrayFromWire = embedJobArrayFromWire;
exports.embedJobFromWire = embedJobFromWire;
exports.finetuneDatasetMetricsFromWire = finetuneDatasetMetricsFromWire;
exports.imageArrayFromWire = imageArrayFromWire;
exports.imageFromWire = imageFromWire;
exports.labelMetricArrayFromWire = labelMetricArrayFromWire;
exports.labelMetricFromWire = labelMetricFromWire;
exports.listEmbedJobResponseFromWire = listEmbedJobResponseFromWire;
exports.metricsFromWire = metricsFromWire;
exports.rerankerDataMetricsFromWire = rerankerDataMetricsFromWire;
exports.v2EmbedRequestToWire = v2EmbedRequestToWire;
/** ISO 8601 string → Date. */
const toDate = (w) => (w == null ? w : new Date(w));
exports.toDate = toDate;
function apiMetaApiVersionFromWire(w) {
    if (w == null || typeof w !== "object")
        return w;
    const { is_deprecated: v1, is_experimental: v2, ...o } = w;
    if (v1 !== undefined)
        o.isDeprecated = v1;
    if (v2 !== undefined)
        o.isExperimental = v2;
    return o;
}
function apiMetaBilledUnitsFromWire(w) {
    if (w == null || typeof w !== "object")
        return w;
    const { input_tokens: v1, output_tokens: v2, search_units: v3, ...o } = w;
    if (v1 !== undefined)
        o.inputTokens = v1;
    if (v2 !== undefined)
        o.outputTokens = v2;
    if (v3 !== undefined)
        o.searchUnits = v3;
    return o;
}
function apiMetaFromWire(w) {
    if (w == null || typeof w !== "object")
        return w;
    const { api_version: v0, billed_units: v1, tokens: v2, cached_tokens: v3, ...o } = w;
    if (v0 !== undefined)
        o.apiVersion = v0 == null ? v0 : apiMetaApiVersionFromWire(v0);
    if (v1 !== undefined)
        o.billedUnits = v1 == null ? v1 : apiMetaBilledUnitsFromWire(v1);
    if (v2 !== undefined)
        o.tokens = v2 == null ? v2 : apiMetaTokensFromWire(v2);
    if (v3 !== undefined)
        o.cachedTokens = v3;
    return o;
}
function apiMetaTokensFromWire(w) {
    if (w == null || typeof w !== "object")
        return w;
    const { input_tokens: v0, output_tokens: v1, ...o } = w;
    if (v0 !== undefined)
        o.inputTokens = v0;
    if (v1 !== undefined)
        o.outputTokens = v1;
    return o;
}
function chatDataMetricsFromWire(w) {
    if (w == null || typeof w !== "object")
        return w;
    const { num_train_turns: v0, num_eval_turns: v1, ...o } = w;
    if (v0 !== undefined)
        o.numTrainTurns = v0;
    if (v1 !== undefined)
        o.numEvalTurns = v1;
    return o;
}
function classifyDataMetricsFromWire(w) {
    if (w == null || typeof w !== "object")
        return w;
    const { label_metrics: v0, ...o } = w;
    if (v0 !== undefined)
        o.labelMetrics = v0 == null ? v0 : labelMetricArrayFromWire(v0);
    return o;
}
function createEmbedJobRequestToWire(w) {
    if (w == null || typeof w !== "object")
        return w;
    const { datasetId: v1, inputType: v2, embeddingTypes: v4, ...o } = w;
    if (v1 !== undefined)
        o.dataset_id = v1;
    if (v2 !== undefined)
        o.input_type = v2;
    if (v4 !== undefined)
        o.embedding_types = v4;
    return o;
}
function createEmbedJobResponseFromWire(w) {
    if (w == null || typeof w !== "object")
        return w;
    const { job_id: v0, meta: v1, ...o } = w;
    if (v0 !== undefined)
        o.jobId = v0;
    if (v1 !== undefined)
        o.meta = v1 == null ? v1 : apiMetaFromWire(v1);
    return o;
}
function datasetArrayFromWire(w) {
    if (w == null)
        return w;
    return Array.isArray(w) ? w.map(datasetFromWire) : w;
}
function datasetFromWire(w) {
    if (w == null || typeof w !== "object")
        return w;
    const { created_at: v2, updated_at: v3, dataset_type: v4, validation_status: v5, validation_error: v6, required_fields: v8, preserve_fields: v9, dataset_parts: v10, validation_warnings: v11, parse_info: v12, metrics: v13, ...o } = w;
    if (v2 !== undefined)
        o.createdAt = v2 == null ? v2 : (0, exports.toDate)(v2);
    if (v3 !== undefined)
        o.updatedAt = v3 == null ? v3 : (0, exports.toDate)(v3);
    if (v4 !== undefined)
        o.datasetType = v4;
    if (v5 !== undefined)
        o.validationStatus = v5;
    if (v6 !== undefined)
        o.validationError = v6;
    if (v8 !== undefined)
        o.requiredFields = v8;
    if (v9 !== undefined)
        o.preserveFields = v9;
    if (v10 !== undefined)
        o.datasetParts = v10 == null ? v10 : datasetPartArrayFromWire(v10);
    if (v11 !== undefined)
        o.validationWarnings = v11;
    if (v12 !== undefined)
        o.parseInfo = v12;
    if (v13 !== undefined)
        o.metrics = v13 == null ? v13 : metricsFromWire(v13);
    return o;
}
function datasetPartArrayFromWire(w) {
    if (w == null)
        return w;
    return Array.isArray(w) ? w.map(datasetPartFromWire) : w;
}
function datasetPartFromWire(w) {
    if (w == null || typeof w !== "object")
        return w;
    const { size_bytes: v4, num_rows: v5, original_url: v6, ...o } = w;
    if (v4 !== undefined)
        o.sizeBytes = v4;
    if (v5 !== undefined)
        o.numRows = v5;
    if (v6 !== undefined)
        o.originalUrl = v6;
    return o;
}
function datasetsGetResponseFromWire(w) {
    if (w == null || typeof w !== "object")
        return w;
    const { dataset: v0, ...o } = w;
    if (v0 !== undefined)
        o.dataset = v0 == null ? v0 : datasetFromWire(v0);
    return o;
}
function datasetsGetUsageResponseFromWire(w) {
    if (w == null || typeof w !== "object")
        return w;
    const { organization_usage: v0, ...o } = w;
    if (v0 !== undefined)
        o.organizationUsage = v0;
    return o;
}
function datasetsListResponseFromWire(w) {
    if (w == null || typeof w !== "object")
        return w;
    const { datasets: v0, ...o } = w;
    if (v0 !== undefined)
        o.datasets = v0 == null ? v0 : datasetArrayFromWire(v0);
    return o;
}
function embedByTypeResponseFromWire(w) {
    if (w == null || typeof w !== "object")
        return w;
    const { response_type: v0, images: v4, meta: v5, ...o } = w;
    if (v0 !== undefined)
        o.responseType = v0;
    if (v4 !== undefined)
        o.images = v4 == null ? v4 : imageArrayFromWire(v4);
    if (v5 !== undefined)
        o.meta = v5 == null ? v5 : apiMetaFromWire(v5);
    return o;
}
function embedContentArrayToWire(w) {
    if (w == null)
        return w;
    return Array.isArray(w) ? w.map(embedContentToWire) : w;
}
function embedContentToWire(w) {
    if (w == null || typeof w !== "object")
        return w;
    switch (w["type"]) {
        case "image_url":
            return embedImageToWire(w);
        default:
            return w;
    }
}
function embedImageToWire(w) {
    if (w == null || typeof w !== "object")
        return w;
    const { imageUrl: v1, ...o } = w;
    if (v1 !== undefined)
        o.image_url = v1;
    return o;
}
function embedInputArrayToWire(w) {
    if (w == null)
        return w;
    return Array.isArray(w) ? w.map(embedInputToWire) : w;
}
function embedInputToWire(w) {
    if (w == null || typeof w !== "object")
        return w;
    const { content: v0, ...o } = w;
    if (v0 !== undefined)
        o.content = v0 == null ? v0 : embedContentArrayToWire(v0);
    return o;
}
function embedJobArrayFromWire(w) {
    if (w == null)
        return w;
    return Array.isArray(w) ? w.map(embedJobFromWire) : w;
}
function embedJobFromWire(w) {
    if (w == null || typeof w !== "object")
        return w;
    const { job_id: v0, created_at: v3, input_dataset_id: v4, output_dataset_id: v5, meta: v8, ...o } = w;
    if (v0 !== undefined)
        o.jobId = v0;
    if (v3 !== undefined)
        o.createdAt = v3 == null ? v3 : (0, exports.toDate)(v3);
    if (v4 !== undefined)
        o.inputDatasetId = v4;
    if (v5 !== undefined)
        o.outputDatasetId = v5;
    if (v8 !== undefined)
        o.meta = v8 == null ? v8 : apiMetaFromWire(v8);
    return o;
}
function finetuneDatasetMetricsFromWire(w) {
    if (w == null || typeof w !== "object")
        return w;
    const { trainable_token_count: v0, total_examples: v1, train_examples: v2, train_size_bytes: v3, eval_examples: v4, eval_size_bytes: v5, reranker_data_metrics: v6, chat_data_metrics: v7, classify_data_metrics: v8, ...o } = w;
    if (v0 !== undefined)
        o.trainableTokenCount = v0;
    if (v1 !== undefined)
        o.totalExamples = v1;
    if (v2 !== undefined)
        o.trainExamples = v2;
    if (v3 !== undefined)
        o.trainSizeBytes = v3;
    if (v4 !== undefined)
        o.evalExamples = v4;
    if (v5 !== undefined)
        o.evalSizeBytes = v5;
    if (v6 !== undefined)
        o.rerankerDataMetrics = v6 == null ? v6 : rerankerDataMetricsFromWire(v6);
    if (v7 !== undefined)
        o.chatDataMetrics = v7 == null ? v7 : chatDataMetricsFromWire(v7);
    if (v8 !== undefined)
        o.classifyDataMetrics = v8 == null ? v8 : classifyDataMetricsFromWire(v8);
    return o;
}
function imageArrayFromWire(w) {
    if (w == null)
        return w;
    return Array.isArray(w) ? w.map(imageFromWire) : w;
}
function imageFromWire(w) {
    if (w == null || typeof w !== "object")
        return w;
    const { bit_depth: v3, ...o } = w;
    if (v3 !== undefined)
        o.bitDepth = v3;
    return o;
}
function labelMetricArrayFromWire(w) {
    if (w == null)
        return w;
    return Array.isArray(w) ? w.map(labelMetricFromWire) : w;
}
function labelMetricFromWire(w) {
    if (w == null || typeof w !== "object")
        return w;
    const { total_examples: v0, ...o } = w;
    if (v0 !== undefined)
        o.totalExamples = v0;
    return o;
}
function listEmbedJobResponseFromWire(w) {
    if (w == null || typeof w !== "object")
        return w;
    const { embed_jobs: v0, ...o } = w;
    if (v0 !== undefined)
        o.embedJobs = v0 == null ? v0 : embedJobArrayFromWire(v0);
    return o;
}
function metricsFromWire(w) {
    if (w == null || typeof w !== "object")
        return w;
    const { finetune_dataset_metrics: v0, ...o } = w;
    if (v0 !== undefined)
        o.finetuneDatasetMetrics = v0 == null ? v0 : finetuneDatasetMetricsFromWire(v0);
    return o;
}
function rerankerDataMetricsFromWire(w) {
    if (w == null || typeof w !== "object")
        return w;
    const { num_train_queries: v0, num_train_relevant_passages: v1, num_train_hard_negatives: v2, num_eval_queries: v3, num_eval_relevant_passages: v4, num_eval_hard_negatives: v5, ...o } = w;
    if (v0 !== undefined)
        o.numTrainQueries = v0;
    if (v1 !== undefined)
        o.numTrainRelevantPassages = v1;
    if (v2 !== undefined)
        o.numTrainHardNegatives = v2;
    if (v3 !== undefined)
        o.numEvalQueries = v3;
    if (v4 !== undefined)
        o.numEvalRelevantPassages = v4;
    if (v5 !== undefined)
        o.numEvalHardNegatives = v5;
    return o;
}
function v2EmbedRequestToWire(w) {
    if (w == null || typeof w !== "object")
        return w;
    const { inputType: v3, inputs: v4, maxTokens: v5, outputDimension: v6, embeddingTypes: v7, ...o } = w;
    if (v3 !== undefined)
        o.input_type = v3;
    if (v4 !== undefined)
        o.inputs = v4 == null ? v4 : embedInputArrayToWire(v4);
    if (v5 !== undefined)
        o.max_tokens = v5;
    if (v6 !== undefined)
        o.output_dimension = v6;
    if (v7 !== undefined)
        o.embedding_types = v7;
    return o;
}
