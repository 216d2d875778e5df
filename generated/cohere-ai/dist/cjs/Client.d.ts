import type { ClientCore } from "./core/types.js";
import { type CohereClientOptions } from "./options.js";
import { Datasets } from "./resources/datasets.js";
import { EmbedJobs } from "./resources/embed-jobs.js";
import { V2 } from "./resources/v2.js";
/**
 * Client for Cohere API.
 *
 * @example
 * const client = new CohereClient({ token: "…" });
 */
export declare class CohereClient {
    protected readonly _options: CohereClientOptions;
    protected readonly _core: ClientCore;
    private _datasets;
    private _embedJobs;
    private _v2;
    constructor(options?: CohereClientOptions);
    /** The `datasets` operations: `list`, `create`, `getUsage`, `get`. */
    get datasets(): Datasets;
    /** The `embedJobs` operations: `list`, `create`, `get`, `cancel`. */
    get embedJobs(): EmbedJobs;
    /** The `v2` operations: `embed`. */
    get v2(): V2;
}
