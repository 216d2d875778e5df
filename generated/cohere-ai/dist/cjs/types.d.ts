export interface ApiMeta {
    apiVersion?: ApiMetaApiVersion;
    billedUnits?: ApiMetaBilledUnits;
    tokens?: ApiMetaTokens;
    cachedTokens?: number;
    warnings?: string[];
}
export interface ApiMetaApiVersion {
    version: string;
    isDeprecated?: boolean;
    isExperimental?: boolean;
}
export interface ApiMetaBilledUnits {
    images?: number;
    inputTokens?: number;
    outputTokens?: number;
    searchUnits?: number;
    classifications?: number;
}
export interface ApiMetaTokens {
    inputTokens?: number;
    outputTokens?: number;
}
export interface ChatDataMetrics {
    /** 64-bit integer: values beyond ±2^53 lose precision as a JavaScript number. */
    numTrainTurns?: number;
    /** 64-bit integer: values beyond ±2^53 lose precision as a JavaScript number. */
    numEvalTurns?: number;
    preamble?: string;
}
export interface ClassifyDataMetrics {
    labelMetrics?: LabelMetric[];
}
export interface CreateEmbedJobRequest {
    model: string;
    datasetId: string;
    inputType: EmbedInputType;
    name?: string;
    embeddingTypes?: EmbeddingType[];
    truncate?: CreateEmbedJobRequestTruncate;
}
export type CreateEmbedJobRequestTruncate = "START" | "END" | (string & {});
/** The known values of {@link CreateEmbedJobRequestTruncate}. */
export declare const CreateEmbedJobRequestTruncate: {
    readonly Start: "START";
    readonly End: "END";
};
export interface CreateEmbedJobResponse {
    jobId: string;
    meta?: ApiMeta;
}
export interface Dataset {
    id: string;
    name: string;
    createdAt: Date;
    updatedAt: Date;
    datasetType: DatasetType;
    validationStatus: DatasetValidationStatus;
    validationError?: string;
    schema?: string;
    requiredFields?: string[];
    preserveFields?: string[];
    datasetParts?: DatasetPart[];
    validationWarnings?: string[];
    parseInfo?: ParseInfo;
    metrics?: Metrics;
}
export interface DatasetPart {
    id: string;
    name: string;
    url?: string;
    index?: number;
    sizeBytes?: number;
    numRows?: number;
    originalUrl?: string;
    samples?: string[];
}
export type DatasetType = "embed-input" | "embed-result" | "cluster-result" | "cluster-outliers" | "reranker-finetune-input" | "single-label-classification-finetune-input" | "chat-finetune-input" | "multi-label-classification-finetune-input" | "batch-chat-input" | "batch-openai-chat-input" | "batch-embed-v2-input" | "batch-chat-v2-input" | (string & {});
/** The known values of {@link DatasetType}. */
export declare const DatasetType: {
    readonly EmbedInput: "embed-input";
    readonly EmbedResult: "embed-result";
    readonly ClusterResult: "cluster-result";
    readonly ClusterOutliers: "cluster-outliers";
    readonly RerankerFinetuneInput: "reranker-finetune-input";
    readonly SingleLabelClassificationFinetuneInput: "single-label-classification-finetune-input";
    readonly ChatFinetuneInput: "chat-finetune-input";
    readonly MultiLabelClassificationFinetuneInput: "multi-label-classification-finetune-input";
    readonly BatchChatInput: "batch-chat-input";
    readonly BatchOpenaiChatInput: "batch-openai-chat-input";
    readonly BatchEmbedV2Input: "batch-embed-v2-input";
    readonly BatchChatV2Input: "batch-chat-v2-input";
};
export type DatasetValidationStatus = "unknown" | "queued" | "processing" | "failed" | "validated" | "skipped" | (string & {});
/** The known values of {@link DatasetValidationStatus}. */
export declare const DatasetValidationStatus: {
    readonly Unknown: "unknown";
    readonly Queued: "queued";
    readonly Processing: "processing";
    readonly Failed: "failed";
    readonly Validated: "validated";
    readonly Skipped: "skipped";
};
export interface EmbedByTypeResponse {
    responseType?: EmbedByTypeResponseResponseType;
    id: string;
    embeddings: EmbedByTypeResponseEmbeddings;
    texts?: string[];
    images?: Image[];
    meta?: ApiMeta;
}
export interface EmbedByTypeResponseEmbeddings {
    float?: Array<number[]>;
    int8?: Array<number[]>;
    uint8?: Array<number[]>;
    binary?: Array<number[]>;
    ubinary?: Array<number[]>;
    base64?: string[];
}
export type EmbedByTypeResponseResponseType = "embeddings_floats" | "embeddings_by_type" | (string & {});
/** The known values of {@link EmbedByTypeResponseResponseType}. */
export declare const EmbedByTypeResponseResponseType: {
    readonly EmbeddingsFloats: "embeddings_floats";
    readonly EmbeddingsByType: "embeddings_by_type";
};
export type EmbedContent = (EmbedImage & {
    type: "image_url";
}) | (EmbedText & {
    type: "text";
});
export type EmbedContentType = "text" | "image_url" | (string & {});
/** The known values of {@link EmbedContentType}. */
export declare const EmbedContentType: {
    readonly Text: "text";
    readonly ImageUrl: "image_url";
};
export interface EmbedImage {
    type: "image_url";
    imageUrl?: EmbedImageUrl;
}
export interface EmbedImageUrl {
    url: string;
}
export interface EmbedInput {
    content: EmbedContent[];
}
export type EmbedInputType = "search_document" | "search_query" | "classification" | "clustering" | "image" | (string & {});
/** The known values of {@link EmbedInputType}. */
export declare const EmbedInputType: {
    readonly SearchDocument: "search_document";
    readonly SearchQuery: "search_query";
    readonly Classification: "classification";
    readonly Clustering: "clustering";
    readonly Image: "image";
};
export interface EmbedJob {
    jobId: string;
    name?: string;
    status: EmbedJobStatus;
    createdAt: Date;
    inputDatasetId: string;
    outputDatasetId?: string;
    model: string;
    truncate: EmbedJobTruncate;
    meta?: ApiMeta;
}
export type EmbedJobStatus = "processing" | "complete" | "cancelling" | "cancelled" | "failed" | (string & {});
/** The known values of {@link EmbedJobStatus}. */
export declare const EmbedJobStatus: {
    readonly Processing: "processing";
    readonly Complete: "complete";
    readonly Cancelling: "cancelling";
    readonly Cancelled: "cancelled";
    readonly Failed: "failed";
};
export type EmbedJobTruncate = "START" | "END" | (string & {});
/** The known values of {@link EmbedJobTruncate}. */
export declare const EmbedJobTruncate: {
    readonly Start: "START";
    readonly End: "END";
};
export interface EmbedText {
    type: "text";
    text?: string;
}
export type EmbeddingType = "float" | "int8" | "uint8" | "binary" | "ubinary" | "base64" | (string & {});
/** The known values of {@link EmbeddingType}. */
export declare const EmbeddingType: {
    readonly Float: "float";
    readonly Int8: "int8";
    readonly Uint8: "uint8";
    readonly Binary: "binary";
    readonly Ubinary: "ubinary";
    readonly Base64: "base64";
};
export interface FinetuneDatasetMetrics {
    /** 64-bit integer: values beyond ±2^53 lose precision as a JavaScript number. */
    trainableTokenCount?: number;
    /** 64-bit integer: values beyond ±2^53 lose precision as a JavaScript number. */
    totalExamples?: number;
    /** 64-bit integer: values beyond ±2^53 lose precision as a JavaScript number. */
    trainExamples?: number;
    /** 64-bit integer: values beyond ±2^53 lose precision as a JavaScript number. */
    trainSizeBytes?: number;
    /** 64-bit integer: values beyond ±2^53 lose precision as a JavaScript number. */
    evalExamples?: number;
    /** 64-bit integer: values beyond ±2^53 lose precision as a JavaScript number. */
    evalSizeBytes?: number;
    rerankerDataMetrics?: RerankerDataMetrics;
    chatDataMetrics?: ChatDataMetrics;
    classifyDataMetrics?: ClassifyDataMetrics;
}
export interface Image {
    /** 64-bit integer: values beyond ±2^53 lose precision as a JavaScript number. */
    width: number;
    /** 64-bit integer: values beyond ±2^53 lose precision as a JavaScript number. */
    height: number;
    format: string;
    /** 64-bit integer: values beyond ±2^53 lose precision as a JavaScript number. */
    bitDepth: number;
}
export interface LabelMetric {
    /** 64-bit integer: values beyond ±2^53 lose precision as a JavaScript number. */
    totalExamples?: number;
    label?: string;
    samples?: string[];
}
export interface ListEmbedJobResponse {
    embedJobs?: EmbedJob[];
}
export interface Metrics {
    finetuneDatasetMetrics?: FinetuneDatasetMetrics;
}
export interface ParseInfo {
    separator?: string;
    delimiter?: string;
}
export interface RerankerDataMetrics {
    /** 64-bit integer: values beyond ±2^53 lose precision as a JavaScript number. */
    numTrainQueries?: number;
    /** 64-bit integer: values beyond ±2^53 lose precision as a JavaScript number. */
    numTrainRelevantPassages?: number;
    /** 64-bit integer: values beyond ±2^53 lose precision as a JavaScript number. */
    numTrainHardNegatives?: number;
    /** 64-bit integer: values beyond ±2^53 lose precision as a JavaScript number. */
    numEvalQueries?: number;
    /** 64-bit integer: values beyond ±2^53 lose precision as a JavaScript number. */
    numEvalRelevantPassages?: number;
    /** 64-bit integer: values beyond ±2^53 lose precision as a JavaScript number. */
    numEvalHardNegatives?: number;
}
export type V2EmbedPostRequestBodyContentApplicationJsonSchemaTruncate = "NONE" | "START" | "END" | (string & {});
/** The known values of {@link V2EmbedPostRequestBodyContentApplicationJsonSchemaTruncate}. */
export declare const V2EmbedPostRequestBodyContentApplicationJsonSchemaTruncate: {
    readonly None: "NONE";
    readonly Start: "START";
    readonly End: "END";
};
export interface DatasetsCreateResponse {
    id?: string;
}
export interface DatasetsGetUsageResponse {
    /** 64-bit integer: values beyond ±2^53 lose precision as a JavaScript number. */
    organizationUsage?: number;
}
export interface DatasetsGetResponse {
    dataset: Dataset;
}
export interface DatasetsListResponse {
    datasets?: Dataset[];
}
export type EmbedJobsCancelResponse = Record<string, unknown>;
export interface V2EmbedRequest {
    texts?: string[];
    images?: string[];
    model: string;
    inputType: EmbedInputType;
    inputs?: EmbedInput[];
    maxTokens?: number;
    outputDimension?: number;
    embeddingTypes?: EmbeddingType[];
    truncate?: V2EmbedPostRequestBodyContentApplicationJsonSchemaTruncate;
    priority?: number;
}
