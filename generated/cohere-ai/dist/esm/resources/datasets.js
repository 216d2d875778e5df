// This file is generated from the OpenAPI description. Do not edit: change the spec or the generator instead.
import { request as send } from "../core/fetcher.js";
import { encodePathParam } from "../core/url.js";
import { PagePromise } from "../core/pagination.js";
import { toFormData } from "../core/multipart.js";
import { errorTable } from "../errors.js";
import { createCore } from "../options.js";
import { datasetsGetResponseFromWire, datasetsGetUsageResponseFromWire, datasetsListResponseFromWire, } from "../mappers.js";
/** Operations of the `datasets` resource. */
export class Datasets {
    _core;
    /** Use it on its own (`new Datasets({ … })`) to import only this resource, or through the client. */
    constructor(options = {}, core) {
        this._core = core ?? createCore(options);
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
        return new PagePromise({
            fetchPage: (request) => {
                return send(this._core, {
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
                    parse: datasetsListResponseFromWire,
                    errors: errorTable,
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
        return send(this._core, {
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
                toFormData,
            },
            responseType: "json",
            errors: errorTable,
        }, requestOptions);
    }
    getUsage(...args) {
        const [requestOptions] = (typeof args[0] === "string" ? args.slice(1) : args);
        return send(this._core, {
            method: "GET",
            path: "/v1/datasets/usage",
            responseType: "json",
            parse: datasetsGetUsageResponseFromWire,
            errors: errorTable,
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
        return send(this._core, {
            method: "GET",
            path: `/v1/datasets/${encodePathParam(id)}`,
            responseType: "json",
            parse: datasetsGetResponseFromWire,
            errors: errorTable,
        }, requestOptions);
    }
}
