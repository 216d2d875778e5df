"use strict";
// This file is generated from the OpenAPI description. Do not edit: change the spec or the generator instead.
Object.defineProperty(exports, "__esModule", { value: true });
exports.V2EmbedPostRequestBodyContentApplicationJsonSchemaTruncate = exports.EmbeddingType = exports.EmbedJobTruncate = exports.EmbedJobStatus = exports.EmbedInputType = exports.EmbedContentType = exports.EmbedByTypeResponseResponseType = exports.DatasetValidationStatus = exports.DatasetType = exports.CreateEmbedJobRequestTruncate = void 0;
/** The known values of {@link CreateEmbedJobRequestTruncate}. */
exports.CreateEmbedJobRequestTruncate = { Start: "START", End: "END" };
/** The known values of {@link DatasetType}. */
exports.DatasetType = {
    EmbedInput: "embed-input",
    EmbedResult: "embed-result",
    ClusterResult: "cluster-result",
    ClusterOutliers: "cluster-outliers",
    RerankerFinetuneInput: "reranker-finetune-input",
    SingleLabelClassificationFinetuneInput: "single-label-classification-finetune-input",
    ChatFinetuneInput: "chat-finetune-input",
    MultiLabelClassificationFinetuneInput: "multi-label-classification-finetune-input",
    BatchChatInput: "batch-chat-input",
    BatchOpenaiChatInput: "batch-openai-chat-input",
    BatchEmbedV2Input: "batch-embed-v2-input",
    BatchChatV2Input: "batch-chat-v2-input",
};
/** The known values of {@link DatasetValidationStatus}. */
exports.DatasetValidationStatus = {
    Unknown: "unknown",
    Queued: "queued",
    Processing: "processing",
    Failed: "failed",
    Validated: "validated",
    Skipped: "skipped",
};
/** The known values of {@link EmbedByTypeResponseResponseType}. */
exports.EmbedByTypeResponseResponseType = {
    EmbeddingsFloats: "embeddings_floats",
    EmbeddingsByType: "embeddings_by_type",
};
/** The known values of {@link EmbedContentType}. */
exports.EmbedContentType = { Text: "text", ImageUrl: "image_url" };
/** The known values of {@link EmbedInputType}. */
exports.EmbedInputType = {
    SearchDocument: "search_document",
    SearchQuery: "search_query",
    Classification: "classification",
    Clustering: "clustering",
    Image: "image",
};
/** The known values of {@link EmbedJobStatus}. */
exports.EmbedJobStatus = {
    Processing: "processing",
    Complete: "complete",
    Cancelling: "cancelling",
    Cancelled: "cancelled",
    Failed: "failed",
};
/** The known values of {@link EmbedJobTruncate}. */
exports.EmbedJobTruncate = { Start: "START", End: "END" };
/** The known values of {@link EmbeddingType}. */
exports.EmbeddingType = {
    Float: "float",
    Int8: "int8",
    Uint8: "uint8",
    Binary: "binary",
    Ubinary: "ubinary",
    Base64: "base64",
};
/** The known values of {@link V2EmbedPostRequestBodyContentApplicationJsonSchemaTruncate}. */
exports.V2EmbedPostRequestBodyContentApplicationJsonSchemaTruncate = {
    None: "NONE",
    Start: "START",
    End: "END",
};
