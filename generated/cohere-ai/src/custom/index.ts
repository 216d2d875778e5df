// Hand-written, kept across regenerations: what this file exports is exported from the package root.
export { BatchingCohereClient, BatchingV2, EMBED_BATCH_LIMIT, embedInBatches, type EmbedInBatchesOptions } from "./embed-in-batches.js";
