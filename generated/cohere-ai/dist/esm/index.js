import {
  Datasets
} from "./chunks/chunk-V4CBHNA7.js";
import {
  EmbedJobs
} from "./chunks/chunk-JA42TGOR.js";
import {
  V2
} from "./chunks/chunk-GWZSOA2R.js";
import {
  AbortError,
  BadRequestError,
  ClientClosedRequestError,
  CohereEnvironment,
  CohereError,
  ConnectionError,
  ForbiddenError,
  GatewayTimeoutError,
  InternalServerError,
  InvalidTokenError,
  NotFoundError,
  NotImplementedError,
  ResponseError,
  SdkError,
  ServiceUnavailableError,
  TimeoutError,
  TooManyRequestsError,
  UnauthorizedError,
  UnprocessableEntityError,
  createCore,
  errorTable
} from "./chunks/chunk-TU37XJ52.js";

// mem:/Client.js
var CohereClient = class {
  _options;
  _core;
  _datasets;
  _embedJobs;
  _v2;
  constructor(options = {}) {
    this._options = options;
    this._core = createCore(options);
  }
  /** The `datasets` operations: `list`, `create`, `getUsage`, `get`. */
  get datasets() {
    return this._datasets ??= new Datasets(this._options, this._core);
  }
  /** The `embedJobs` operations: `list`, `create`, `get`, `cancel`. */
  get embedJobs() {
    return this._embedJobs ??= new EmbedJobs(this._options, this._core);
  }
  /** The `v2` operations: `embed`. */
  get v2() {
    return this._v2 ??= new V2(this._options, this._core);
  }
};

// mem:/types.js
var CreateEmbedJobRequestTruncate = { Start: "START", End: "END" };
var DatasetType = {
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
  BatchChatV2Input: "batch-chat-v2-input"
};
var DatasetValidationStatus = {
  Unknown: "unknown",
  Queued: "queued",
  Processing: "processing",
  Failed: "failed",
  Validated: "validated",
  Skipped: "skipped"
};
var EmbedByTypeResponseResponseType = {
  EmbeddingsFloats: "embeddings_floats",
  EmbeddingsByType: "embeddings_by_type"
};
var EmbedContentType = { Text: "text", ImageUrl: "image_url" };
var EmbedInputType = {
  SearchDocument: "search_document",
  SearchQuery: "search_query",
  Classification: "classification",
  Clustering: "clustering",
  Image: "image"
};
var EmbedJobStatus = {
  Processing: "processing",
  Complete: "complete",
  Cancelling: "cancelling",
  Cancelled: "cancelled",
  Failed: "failed"
};
var EmbedJobTruncate = { Start: "START", End: "END" };
var EmbeddingType = {
  Float: "float",
  Int8: "int8",
  Uint8: "uint8",
  Binary: "binary",
  Ubinary: "ubinary",
  Base64: "base64"
};
var V2EmbedPostRequestBodyContentApplicationJsonSchemaTruncate = {
  None: "NONE",
  Start: "START",
  End: "END"
};
export {
  BadRequestError,
  ClientClosedRequestError,
  AbortError as CohereAbortError,
  CohereClient,
  ConnectionError as CohereConnectionError,
  CohereEnvironment,
  CohereError,
  ResponseError as CohereResponseError,
  SdkError as CohereSdkError,
  TimeoutError as CohereTimeoutError,
  CreateEmbedJobRequestTruncate,
  DatasetType,
  DatasetValidationStatus,
  Datasets,
  EmbedByTypeResponseResponseType,
  EmbedContentType,
  EmbedInputType,
  EmbedJobStatus,
  EmbedJobTruncate,
  EmbedJobs,
  EmbeddingType,
  ForbiddenError,
  GatewayTimeoutError,
  InternalServerError,
  InvalidTokenError,
  NotFoundError,
  NotImplementedError,
  ServiceUnavailableError,
  TooManyRequestsError,
  UnauthorizedError,
  UnprocessableEntityError,
  V2,
  V2EmbedPostRequestBodyContentApplicationJsonSchemaTruncate,
  errorTable
};
