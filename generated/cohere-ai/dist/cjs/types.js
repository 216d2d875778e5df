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
var types_exports = {};
__export(types_exports, {
  CreateEmbedJobRequestTruncate: () => CreateEmbedJobRequestTruncate,
  DatasetType: () => DatasetType,
  DatasetValidationStatus: () => DatasetValidationStatus,
  EmbedByTypeResponseResponseType: () => EmbedByTypeResponseResponseType,
  EmbedContentType: () => EmbedContentType,
  EmbedInputType: () => EmbedInputType,
  EmbedJobStatus: () => EmbedJobStatus,
  EmbedJobTruncate: () => EmbedJobTruncate,
  EmbeddingType: () => EmbeddingType,
  V2EmbedPostRequestBodyContentApplicationJsonSchemaTruncate: () => V2EmbedPostRequestBodyContentApplicationJsonSchemaTruncate
});
module.exports = __toCommonJS(types_exports);
const CreateEmbedJobRequestTruncate = { Start: "START", End: "END" };
const DatasetType = {
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
const DatasetValidationStatus = {
  Unknown: "unknown",
  Queued: "queued",
  Processing: "processing",
  Failed: "failed",
  Validated: "validated",
  Skipped: "skipped"
};
const EmbedByTypeResponseResponseType = {
  EmbeddingsFloats: "embeddings_floats",
  EmbeddingsByType: "embeddings_by_type"
};
const EmbedContentType = { Text: "text", ImageUrl: "image_url" };
const EmbedInputType = {
  SearchDocument: "search_document",
  SearchQuery: "search_query",
  Classification: "classification",
  Clustering: "clustering",
  Image: "image"
};
const EmbedJobStatus = {
  Processing: "processing",
  Complete: "complete",
  Cancelling: "cancelling",
  Cancelled: "cancelled",
  Failed: "failed"
};
const EmbedJobTruncate = { Start: "START", End: "END" };
const EmbeddingType = {
  Float: "float",
  Int8: "int8",
  Uint8: "uint8",
  Binary: "binary",
  Ubinary: "ubinary",
  Base64: "base64"
};
const V2EmbedPostRequestBodyContentApplicationJsonSchemaTruncate = {
  None: "NONE",
  Start: "START",
  End: "END"
};
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  CreateEmbedJobRequestTruncate,
  DatasetType,
  DatasetValidationStatus,
  EmbedByTypeResponseResponseType,
  EmbedContentType,
  EmbedInputType,
  EmbedJobStatus,
  EmbedJobTruncate,
  EmbeddingType,
  V2EmbedPostRequestBodyContentApplicationJsonSchemaTruncate
});
