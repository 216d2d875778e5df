/**
 * Hand-written, not generated: the generator keeps `src/custom/` across regenerations, type-checks it against the
 * regenerated types and exports `src/custom/index.ts` from the package index.
 *
 * `embedInBatches` embeds a list longer than the Embed API takes in one call (96 texts, images or inputs) by
 * sending it in batches and joining the answers in order.
 */
import { CohereClient } from "../Client.js";
import type { RequestOptions } from "../core/types.js";
import { V2 } from "../resources/v2.js";
import type { EmbedByTypeResponse, V2EmbedRequest } from "../types.js";
/** The most texts, images or inputs one Embed API call accepts. */
export declare const EMBED_BATCH_LIMIT = 96;
export interface EmbedInBatchesOptions extends RequestOptions {
    /** Items per call, 1 to {@link EMBED_BATCH_LIMIT}. Default: the limit. */
    batchSize?: number;
    /** Calls in flight at once. Default: 1 (one after the other). */
    concurrency?: number;
}
/**
 * Embeds any number of texts (or images, or inputs) through `v2.embed`, at most `batchSize` per call.
 *
 * @example
 * const result = await embedInBatches(client.v2, { model: "embed-v4.0", inputType: "search_document", texts: manyTexts });
 * result.embeddings.float?.length === manyTexts.length;
 */
export declare function embedInBatches(v2: Pick<V2, "embed">, request: V2EmbedRequest, options?: EmbedInBatchesOptions): Promise<EmbedByTypeResponse>;
/** The `v2` resource with {@link embedInBatches} as a method: an example of adding a method by subclassing. */
export declare class BatchingV2 extends V2 {
    embedInBatches(request: V2EmbedRequest, options?: EmbedInBatchesOptions): Promise<EmbedByTypeResponse>;
}
/** {@link CohereClient} whose `v2` is a {@link BatchingV2}: `client.v2.embedInBatches(…)`. */
export declare class BatchingCohereClient extends CohereClient {
    #private;
    get v2(): BatchingV2;
}
