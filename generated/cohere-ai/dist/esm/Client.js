// This file is generated from the OpenAPI description. Do not edit: change the spec or the generator instead.
import { createCore } from "./options.js";
import { Datasets } from "./resources/datasets.js";
import { EmbedJobs } from "./resources/embed-jobs.js";
import { V2 } from "./resources/v2.js";
/**
 * Client for Cohere API.
 *
 * @example
 * const client = new CohereClient({ token: "…" });
 */
export class CohereClient {
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
        return (this._datasets ??= new Datasets(this._options, this._core));
    }
    /** The `embedJobs` operations: `list`, `create`, `get`, `cancel`. */
    get embedJobs() {
        return (this._embedJobs ??= new EmbedJobs(this._options, this._core));
    }
    /** The `v2` operations: `embed`. */
    get v2() {
        return (this._v2 ??= new V2(this._options, this._core));
    }
}
