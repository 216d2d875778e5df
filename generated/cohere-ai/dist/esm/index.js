import {
  Datasets
} from "./chunks/chunk-DNHBB4BC.js";
import {
  EmbedJobs
} from "./chunks/chunk-ORJ4Z7DV.js";
import {
  WaiterError,
  WaiterFailureError,
  WaiterTimeoutError
} from "./chunks/chunk-56R5644G.js";
import {
  V2
} from "./chunks/chunk-L36UUG2M.js";
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
} from "./chunks/chunk-BVSPRZ5J.js";

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

// mem:/custom/embed-in-batches.js
var EMBED_BATCH_LIMIT = 96;
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
var BatchingV2 = class extends V2 {
  embedInBatches(request, options) {
    return embedInBatches(this, request, options);
  }
};
var BatchingCohereClient = class extends CohereClient {
  #v2;
  get v2() {
    return this.#v2 ??= new BatchingV2(this._options, this._core);
  }
};
export {
  BadRequestError,
  BatchingCohereClient,
  BatchingV2,
  ClientClosedRequestError,
  AbortError as CohereAbortError,
  CohereClient,
  ConnectionError as CohereConnectionError,
  CohereEnvironment,
  CohereError,
  ResponseError as CohereResponseError,
  SdkError as CohereSdkError,
  TimeoutError as CohereTimeoutError,
  WaiterError as CohereWaiterError,
  WaiterFailureError as CohereWaiterFailureError,
  WaiterTimeoutError as CohereWaiterTimeoutError,
  CreateEmbedJobRequestTruncate,
  DatasetType,
  DatasetValidationStatus,
  Datasets,
  EMBED_BATCH_LIMIT,
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
  embedInBatches,
  errorTable
};
