"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.BatchingCohereClient = exports.BatchingV2 = exports.EMBED_BATCH_LIMIT = void 0;
exports.embedInBatches = embedInBatches;
/**
 * Hand-written, not generated: the generator keeps `src/custom/` across regenerations, type-checks it against the
 * regenerated types and exports `src/custom/index.ts` from the package index.
 *
 * `embedInBatches` embeds a list longer than the Embed API takes in one call (96 texts, images or inputs) by
 * sending it in batches and joining the answers in order.
 */
const Client_js_1 = require("../Client.js");
const v2_js_1 = require("../resources/v2.js");
/** The most texts, images or inputs one Embed API call accepts. */
exports.EMBED_BATCH_LIMIT = 96;
/** Sums the numbers of several objects key by key (billed units, token counts). */
function sum(parts) {
    const present = parts.filter((p) => p !== undefined);
    if (!present.length)
        return undefined;
    const out = {};
    for (const p of present)
        for (const [k, v] of Object.entries(p))
            out[k] = typeof v === "number" ? (out[k] ?? 0) + v : (out[k] ?? v);
    return out;
}
function joinMeta(metas) {
    const present = metas.filter((m) => m !== undefined);
    if (!present.length)
        return undefined;
    const warnings = present.flatMap((m) => m.warnings ?? []);
    return {
        ...present[0],
        billedUnits: sum(present.map((m) => m.billedUnits)),
        tokens: sum(present.map((m) => m.tokens)),
        ...(warnings.length ? { warnings: [...new Set(warnings)] } : {}),
    };
}
/** Joins batch answers in request order: every embedding list, the echoed texts and images, and the billed units. */
function join(results) {
    const embeddings = {};
    for (const r of results)
        for (const [kind, list] of Object.entries(r.embeddings))
            if (Array.isArray(list))
                (embeddings[kind] ??= []).push(...list);
    const first = results[0];
    const texts = results.flatMap((r) => r.texts ?? []);
    const images = results.flatMap((r) => r.images ?? []);
    const meta = joinMeta(results.map((r) => r.meta));
    return {
        ...first,
        embeddings: embeddings,
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
async function embedInBatches(v2, request, options = {}) {
    const { batchSize = exports.EMBED_BATCH_LIMIT, concurrency = 1, ...requestOptions } = options;
    if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > exports.EMBED_BATCH_LIMIT)
        throw new RangeError(`batchSize must be an integer from 1 to ${exports.EMBED_BATCH_LIMIT}, got ${batchSize}`);
    if (!Number.isInteger(concurrency) || concurrency < 1)
        throw new RangeError(`concurrency must be a positive integer, got ${concurrency}`);
    const field = ["texts", "images", "inputs"].find((f) => request[f] !== undefined);
    const items = field ? request[field] : [];
    if (!field || items.length <= batchSize)
        return v2.embed(request, requestOptions);
    const batches = [];
    for (let i = 0; i < items.length; i += batchSize)
        batches.push({ ...request, [field]: items.slice(i, i + batchSize) });
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
/** The `v2` resource with {@link embedInBatches} as a method: an example of adding a method by subclassing. */
class BatchingV2 extends v2_js_1.V2 {
    embedInBatches(request, options) {
        return embedInBatches(this, request, options);
    }
}
exports.BatchingV2 = BatchingV2;
/** {@link CohereClient} whose `v2` is a {@link BatchingV2}: `client.v2.embedInBatches(…)`. */
class BatchingCohereClient extends Client_js_1.CohereClient {
    #v2;
    get v2() {
        return (this.#v2 ??= new BatchingV2(this._options, this._core));
    }
}
exports.BatchingCohereClient = BatchingCohereClient;
