"use strict";
// This file is generated from the OpenAPI description. Do not edit: change the spec or the generator instead.
Object.defineProperty(exports, "__esModule", { value: true });
exports.EmbedJobs = void 0;
const fetcher_js_1 = require("../core/fetcher.js");
const url_js_1 = require("../core/url.js");
const errors_js_1 = require("../errors.js");
const options_js_1 = require("../options.js");
const mappers_js_1 = require("../mappers.js");
const waiter_js_1 = require("../core/waiter.js");
/** Operations of the `embedJobs` resource. */
class EmbedJobs {
    _core;
    /** Use it on its own (`new EmbedJobs({ … })`) to import only this resource, or through the client. */
    constructor(options = {}, core) {
        this._core = core ?? (0, options_js_1.createCore)(options);
    }
    /**
     * List Embed Jobs
     *
     * The list embed job endpoint allows users to view all embed jobs history for that specific user.
     *
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
     * const result = await client.embedJobs.list();
     */
    list(requestOptions) {
        return (0, fetcher_js_1.request)(this._core, {
            method: "GET",
            path: "/v1/embed-jobs",
            responseType: "json",
            parse: mappers_js_1.listEmbedJobResponseFromWire,
            errors: errors_js_1.errorTable,
        }, requestOptions);
    }
    /**
     * Create an Embed Job
     *
     * This API launches an async Embed job for a [Dataset](https://docs.cohere.com/docs/datasets) of type `embed-input`. The result of a completed embed job is new Dataset of type `embed-output`, which contains the original text entries and the corresponding embeddings.
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
     * const result = await client.embedJobs.create({ model: "model", datasetId: "dataset_id", inputType: "search_document" });
     */
    create(request, requestOptions) {
        return (0, fetcher_js_1.request)(this._core, {
            method: "POST",
            path: "/v1/embed-jobs",
            body: { type: "json", value: (0, mappers_js_1.createEmbedJobRequestToWire)(request) },
            responseType: "json",
            parse: mappers_js_1.createEmbedJobResponseFromWire,
            errors: errors_js_1.errorTable,
        }, requestOptions);
    }
    /**
     * Fetch an Embed Job
     *
     * This API retrieves the details about an embed job started by the same user.
     *
     * @param id The ID of the embed job to retrieve.
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
     * const result = await client.embedJobs.get("id");
     */
    get(id, requestOptions) {
        return (0, fetcher_js_1.request)(this._core, {
            method: "GET",
            path: () => `/v1/embed-jobs/${(0, url_js_1.encodePathParam)(id, "simple", false, "id")}`,
            responseType: "json",
            parse: mappers_js_1.embedJobFromWire,
            errors: errors_js_1.errorTable,
        }, requestOptions);
    }
    /**
     * Cancel an Embed Job
     *
     * This API allows users to cancel an active embed job. Once invoked, the embedding process will be terminated, and users will be charged for the embeddings processed up to the cancellation point. It's important to note that partial results will not be available to users after cancellation.
     *
     * @param id The ID of the embed job to cancel.
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
     * const result = await client.embedJobs.cancel("id");
     */
    cancel(id, requestOptions) {
        return (0, fetcher_js_1.request)(this._core, {
            method: "POST",
            path: () => `/v1/embed-jobs/${(0, url_js_1.encodePathParam)(id, "simple", false, "id")}/cancel`,
            responseType: "json",
            emptyOk: "object",
            errors: errors_js_1.errorTable,
        }, requestOptions);
    }
    /**
     * Polls {@link EmbedJobs.get} until `status` is `"complete"`, and resolves with that result. Waits 2 s before the second poll, then 1.5 times longer each time (at most 30 s).
     *
     * @param id As for {@link EmbedJobs.get}.
     * @param options Timeout (default 3600 s), poll intervals, abort signal, per-poll request options, progress callback.
     * @throws {@link CohereWaiterFailureError} when the status is `"failed"` or `"cancelled"`
     * @throws {@link CohereWaiterTimeoutError} when no terminal status was seen within the timeout
     */
    waitUntilComplete(id, options) {
        return (0, waiter_js_1.waitFor)((requestOptions) => this.get(id, requestOptions), {
            name: "embedJobs.waitUntilComplete",
            status: (result) => result?.status,
            success: ["complete"],
            failure: ["failed", "cancelled"],
            timeoutInSeconds: 3600,
            intervalInSeconds: 2,
            maxIntervalInSeconds: 30,
        }, options);
    }
}
exports.EmbedJobs = EmbedJobs;
