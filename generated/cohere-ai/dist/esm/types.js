// This file is generated from the OpenAPI description. Do not edit: change the spec or the generator instead.
/** The known values of {@link CreateEmbedJobRequestTruncate}. */
export const CreateEmbedJobRequestTruncate = { Start: "START", End: "END" };
/** The known values of {@link DatasetType}. */
export const DatasetType = {
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
export const DatasetValidationStatus = {
    Unknown: "unknown",
    Queued: "queued",
    Processing: "processing",
    Failed: "failed",
    Validated: "validated",
    Skipped: "skipped",
};
/** The known values of {@link EmbedByTypeResponseResponseType}. */
export const EmbedByTypeResponseResponseType = {
    EmbeddingsFloats: "embeddings_floats",
    EmbeddingsByType: "embeddings_by_type",
};
/** The known values of {@link EmbedContentType}. */
export const EmbedContentType = { Text: "text", ImageUrl: "image_url" };
/** The known values of {@link EmbedInputType}. */
export const EmbedInputType = {
    SearchDocument: "search_document",
    SearchQuery: "search_query",
    Classification: "classification",
    Clustering: "clustering",
    Image: "image",
};
/** The known values of {@link EmbedJobStatus}. */
export const EmbedJobStatus = {
    Processing: "processing",
    Complete: "complete",
    Cancelling: "cancelling",
    Cancelled: "cancelled",
    Failed: "failed",
};
/** The known values of {@link EmbedJobTruncate}. */
export const EmbedJobTruncate = { Start: "START", End: "END" };
/** The known values of {@link EmbeddingType}. */
export const EmbeddingType = {
    Float: "float",
    Int8: "int8",
    Uint8: "uint8",
    Binary: "binary",
    Ubinary: "ubinary",
    Base64: "base64",
};
/** The known values of {@link V2EmbedPostRequestBodyContentApplicationJsonSchemaTruncate}. */
export const V2EmbedPostRequestBodyContentApplicationJsonSchemaTruncate = {
    None: "NONE",
    Start: "START",
    End: "END",
};
