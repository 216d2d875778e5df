export { BatchingCohereClient, BatchingV2, EMBED_BATCH_LIMIT, embedInBatches, type EmbedInBatchesOptions } from "./embed-in-batches.js";
