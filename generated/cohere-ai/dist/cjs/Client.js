"use strict";
// This file is generated from the OpenAPI description. Do not edit: change the spec or the generator instead.
Object.defineProperty(exports, "__esModule", { value: true });
exports.CohereClient = void 0;
const options_js_1 = require("./options.js");
const datasets_js_1 = require("./resources/datasets.js");
const embed_jobs_js_1 = require("./resources/embed-jobs.js");
const v2_js_1 = require("./resources/v2.js");
/**
 * Client for Cohere API.
 *
 * @example
 * const client = new CohereClient({ token: "…" });
 */
class CohereClient {
    _options;
    _core;
    _datasets;
    _embedJobs;
    _v2;
    constructor(options = {}) {
        this._options = options;
        this._core = (0, options_js_1.createCore)(options);
    }
    /** The `datasets` operations: `list`, `create`, `getUsage`, `get`. */
    get datasets() {
        return (this._datasets ??= new datasets_js_1.Datasets(this._options, this._core));
    }
    /** The `embedJobs` operations: `list`, `create`, `get`, `cancel`. */
    get embedJobs() {
        return (this._embedJobs ??= new embed_jobs_js_1.EmbedJobs(this._options, this._core));
    }
    /** The `v2` operations: `embed`. */
    get v2() {
        return (this._v2 ??= new v2_js_1.V2(this._options, this._core));
    }
}
exports.CohereClient = CohereClient;
