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
import type { ApiMeta, EmbedByTypeResponse, V2EmbedRequest } from "../types.js";

/** The most texts, images or inputs one Embed API call accepts. */
export const EMBED_BATCH_LIMIT = 96;

export interface EmbedInBatchesOptions extends RequestOptions {
  /** Items per call, 1 to {@link EMBED_BATCH_LIMIT}. Default: the limit. */
  batchSize?: number;
  /** Calls in flight at once. Default: 1 (one after the other). */
  concurrency?: number;
}

type Batched = "texts" | "images" | "inputs";

/** Sums the numbers of several objects key by key (billed units, token counts). */
function sum<T extends object>(parts: Array<T | undefined>): T | undefined {
  const present = parts.filter((p): p is T => p !== undefined);
  if (!present.length) return undefined;
  const out: Record<string, unknown> = {};
  for (const p of present)
    for (const [k, v] of Object.entries(p)) out[k] = typeof v === "number" ? ((out[k] as number | undefined) ?? 0) + v : (out[k] ?? v);
  return out as T;
}

function joinMeta(metas: Array<ApiMeta | undefined>): ApiMeta | undefined {
  const present = metas.filter((m): m is ApiMeta => m !== undefined);
  if (!present.length) return undefined;
  const warnings = present.flatMap((m) => m.warnings ?? []);
  return {
    ...present[0],
    billedUnits: sum(present.map((m) => m.billedUnits)),
    tokens: sum(present.map((m) => m.tokens)),
    ...(warnings.length ? { warnings: [...new Set(warnings)] } : {}),
  };
}

/** Joins batch answers in request order: every embedding list, the echoed texts and images, and the billed units. */
function join(results: EmbedByTypeResponse[]): EmbedByTypeResponse {
  const embeddings: Record<string, unknown[]> = {};
  for (const r of results) for (const [kind, list] of Object.entries(r.embeddings)) if (Array.isArray(list)) (embeddings[kind] ??= []).push(...list);
  const first = results[0]!;
  const texts = results.flatMap((r) => r.texts ?? []);
  const images = results.flatMap((r) => r.images ?? []);
  const meta = joinMeta(results.map((r) => r.meta));
  return {
    ...first,
    embeddings: embeddings as EmbedByTypeResponse["embeddings"],
    ...(first.texts ? { texts } : {}),
    ...(first.images ? { images } : {}),
    ...(meta ? { meta } : {}),
  };
}

/**
 * Embeds any number of texts (or images, or inputs) through `v2.embed`, at most `batchSize` per call.
 *
 * @example
 * const result = await embedInBatches(client.v2, { model: "embed-v4.0", inputType: "search_document", texts: manyTexts });
 * result.embeddings.float?.length === manyTexts.length;
 */
export async function embedInBatches(v2: Pick<V2, "embed">, request: V2EmbedRequest, options: EmbedInBatchesOptions = {}): Promise<EmbedByTypeResponse> {
  const { batchSize = EMBED_BATCH_LIMIT, concurrency = 1, ...requestOptions } = options;
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > EMBED_BATCH_LIMIT)
    throw new RangeError(`batchSize must be an integer from 1 to ${EMBED_BATCH_LIMIT}, got ${batchSize}`);
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError(`concurrency must be a positive integer, got ${concurrency}`);
  const field = (["texts", "images", "inputs"] as const).find((f: Batched) => request[f] !== undefined);
  const items: unknown[] = field ? (request[field] as unknown[]) : [];
  if (!field || items.length <= batchSize) return v2.embed(request, requestOptions);

  const batches: V2EmbedRequest[] = [];
  for (let i = 0; i < items.length; i += batchSize) batches.push({ ...request, [field]: items.slice(i, i + batchSize) });
  const results: EmbedByTypeResponse[] = new Array(batches.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < batches.length) {
      const i = next++;
      results[i] = await v2.embed(batches[i]!, requestOptions);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, batches.length) }, worker));
  return join(results);
}

/** The `v2` resource with {@link embedInBatches} as a method: an example of adding a method by subclassing. */
export class BatchingV2 extends V2 {
  embedInBatches(request: V2EmbedRequest, options?: EmbedInBatchesOptions): Promise<EmbedByTypeResponse> {
    return embedInBatches(this, request, options);
  }
}

/** {@link CohereClient} whose `v2` is a {@link BatchingV2}: `client.v2.embedInBatches(…)`. */
export class BatchingCohereClient extends CohereClient {
  #v2: BatchingV2 | undefined;

  override get v2(): BatchingV2 {
    return (this.#v2 ??= new BatchingV2(this._options, this._core));
  }
}
