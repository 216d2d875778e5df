"use strict";
// This file is generated from the OpenAPI description. Do not edit: change the spec or the generator instead.
Object.defineProperty(exports, "__esModule", { value: true });
exports.Datasets = void 0;
const fetcher_js_1 = require("../core/fetcher.js");
const url_js_1 = require("../core/url.js");
const pagination_js_1 = require("../core/pagination.js");
const multipart_js_1 = require("../core/multipart.js");
const errors_js_1 = require("../errors.js");
const options_js_1 = require("../options.js");
const mappers_js_1 = require("../mappers.js");
const waiter_js_1 = require("../core/waiter.js");
/** Operations of the `datasets` resource. */
class Datasets {
    _core;
    /** Use it on its own (`new Datasets({ … })`) to import only this resource, or through the client. */
    constructor(options = {}, core) {
        this._core = core ?? (0, options_js_1.createCore)(options);
    }
    /**
     * List Datasets
     *
     * List datasets that have been created.
     *
     * @param request The request.
     * @param requestOptions Per-request timeout, retries, abort signal and headers.
     * @throws {@link BadRequestError} on HTTP 400
     * @throws {@link UnauthorizedError} on HTTP 401
     * @throws {@link ForbiddenError} on HTTP 403
     * @throws {@link NotFoundError} on HTTP 404
     * @throws {@link UnprocessableEntityError} on HTTP 422
     * @throws {@link TooManyRequestsError} on HTTP 429
     * @throws {@link InvalidTokenError} on HTTP 498
     * @throws {@link ClientClosedRequestError} on HTTP 499
     * @throws {@link InternalServerError} on HTTP 500
     * @throws {@link NotImplementedError} on HTTP 501
     * @throws {@link ServiceUnavailableError} on HTTP 503
     * @throws {@link GatewayTimeoutError} on HTTP 504
     * @example
     * const result = await client.datasets.list();
     */
    list(request, requestOptions) {
        return new pagination_js_1.PagePromise({
            fetchPage: (request) => {
                return (0, fetcher_js_1.request)(this._core, {
                    method: "GET",
                    path: "/v1/datasets",
                    query: [
                        { name: "datasetType", value: request?.datasetType },
                        { name: "before", value: request?.before },
                        { name: "after", value: request?.after },
                        { name: "limit", value: request?.limit },
                        { name: "offset", value: request?.offset },
                        { name: "validationStatus", value: request?.validationStatus },
                    ],
                    responseType: "json",
                    parse: mappers_js_1.datasetsListResponseFromWire,
                    errors: errors_js_1.errorTable,
                }, requestOptions).withRawResponse();
            },
            getItems: (response) => response?.datasets,
            getNextRequest: ({ request, items }) => items.length < (request?.limit ?? 1)
                ? undefined
                : { ...request, offset: (request?.offset ?? 0) + items.length },
        }, request);
    }
    /**
     * Create a Dataset
     *
     * Create a dataset by uploading a file. See ['Dataset Creation'](https://docs.cohere.com/docs/datasets#dataset-creation) for more information.
     *
     * @param request The request.
     * @param data The file to upload. (Blob, File, bytes, a web or Node.js readable stream)
     * @param evalData An optional evaluation file to upload. (Blob, File, bytes, a web or Node.js readable stream)
     * @param requestOptions Per-request timeout, retries, abort signal and headers.
     * @throws {@link BadRequestError} on HTTP 400
     * @throws {@link UnauthorizedError} on HTTP 401
     * @throws {@link ForbiddenError} on HTTP 403
     * @throws {@link NotFoundError} on HTTP 404
     * @throws {@link UnprocessableEntityError} on HTTP 422
     * @throws {@link TooManyRequestsError} on HTTP 429
     * @throws {@link InvalidTokenError} on HTTP 498
     * @throws {@link ClientClosedRequestError} on HTTP 499
     * @throws {@link InternalServerError} on HTTP 500
     * @throws {@link NotImplementedError} on HTTP 501
     * @throws {@link ServiceUnavailableError} on HTTP 503
     * @throws {@link GatewayTimeoutError} on HTTP 504
     * @example
     * import fs from "node:fs";
     * const result = await client.datasets.create({ name: "name", type: "embed-input" }, fs.createReadStream("data.jsonl"));
     */
    create(request, data, evalData, requestOptions) {
        return (0, fetcher_js_1.request)(this._core, {
            method: "POST",
            path: "/v1/datasets",
            query: [
                { name: "name", value: request.name },
                { name: "type", value: request.type },
                { name: "keep_original_file", value: request.keepOriginalFile },
                { name: "skip_malformed_input", value: request.skipMalformedInput },
                { name: "keep_fields", value: request.keepFields },
                { name: "optional_fields", value: request.optionalFields },
                { name: "text_separator", value: request.textSeparator },
                { name: "csv_delimiter", value: request.csvDelimiter },
            ],
            body: {
                type: "multipart",
                parts: [
                    { kind: "file", name: "data", value: data },
                    { kind: "file", name: "eval_data", value: evalData },
                ],
                toFormData: multipart_js_1.toFormData,
            },
            responseType: "json",
            errors: errors_js_1.errorTable,
        }, requestOptions);
    }
    getUsage(...args) {
        const [requestOptions] = (typeof args[0] === "string" ? args.slice(1) : args);
        return (0, fetcher_js_1.request)(this._core, {
            method: "GET",
            path: "/v1/datasets/usage",
            responseType: "json",
            parse: mappers_js_1.datasetsGetUsageResponseFromWire,
            errors: errors_js_1.errorTable,
        }, requestOptions);
    }
    /**
     * Get a Dataset
     *
     * Retrieve a dataset by ID. See ['Datasets'](https://docs.cohere.com/docs/datasets) for more information.
     *
     * @param id
     * @param requestOptions Per-request timeout, retries, abort signal and headers.
     * @throws {@link BadRequestError} on HTTP 400
     * @throws {@link UnauthorizedError} on HTTP 401
     * @throws {@link ForbiddenError} on HTTP 403
     * @throws {@link NotFoundError} on HTTP 404
     * @throws {@link UnprocessableEntityError} on HTTP 422
     * @throws {@link TooManyRequestsError} on HTTP 429
     * @throws {@link InvalidTokenError} on HTTP 498
     * @throws {@link ClientClosedRequestError} on HTTP 499
     * @throws {@link InternalServerError} on HTTP 500
     * @throws {@link NotImplementedError} on HTTP 501
     * @throws {@link ServiceUnavailableError} on HTTP 503
     * @throws {@link GatewayTimeoutError} on HTTP 504
     * @example
     * const result = await client.datasets.get("id");
     */
    get(id, requestOptions) {
        return (0, fetcher_js_1.request)(this._core, {
            method: "GET",
            path: () => `/v1/datasets/${(0, url_js_1.encodePathParam)(id, "simple", false, "id")}`,
            responseType: "json",
            parse: mappers_js_1.datasetsGetResponseFromWire,
            errors: errors_js_1.errorTable,
        }, requestOptions);
    }
    /**
     * Polls {@link Datasets.get} until `dataset.validation_status` is `"validated"` or `"skipped"`, and resolves with that result. Waits 1 s before the second poll, then 1.5 times longer each time (at most 15 s).
     *
     * @param id As for {@link Datasets.get}.
     * @param options Timeout (default 3600 s), poll intervals, abort signal, per-poll request options, progress callback.
     * @throws {@link CohereWaiterFailureError} when the status is `"failed"`
     * @throws {@link CohereWaiterTimeoutError} when no terminal status was seen within the timeout
     */
    waitUntilValidated(id, options) {
        return (0, waiter_js_1.waitFor)((requestOptions) => this.get(id, requestOptions), {
            name: "datasets.waitUntilValidated",
            status: (result) => result?.dataset?.validationStatus,
            success: ["validated", "skipped"],
            failure: ["failed"],
            timeoutInSeconds: 3600,
            intervalInSeconds: 1,
            maxIntervalInSeconds: 15,
        }, options);
    }
}
exports.Datasets = Datasets;
