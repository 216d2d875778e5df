import type { ClientCore, FileInput as Uploadable, RequestOptions } from "../core/types.js";
import type { HttpPromise } from "../core/http-promise.js";
import { PagePromise } from "../core/pagination.js";
import { type CohereClientOptions } from "../options.js";
import type { Dataset, DatasetType, DatasetValidationStatus, DatasetsCreateResponse, DatasetsGetResponse, DatasetsGetUsageResponse, DatasetsListResponse } from "../types.js";
import { type WaitOptions } from "../core/waiter.js";
/** Request for {@link Datasets.list}. */
export interface DatasetsListRequest {
    /** optional filter by dataset type */
    datasetType?: string;
    /** optional filter before a date */
    before?: Date;
    /** optional filter after a date */
    after?: Date;
    /** optional limit to number of results */
    limit?: number;
    /** optional offset to start of results */
    offset?: number;
    /** optional filter by validation status */
    validationStatus?: DatasetValidationStatus;
}
/** Request for {@link Datasets.create}. */
export interface DatasetsCreateRequest {
    /** The name of the uploaded dataset. */
    name: string;
    /** The dataset type, which is used to validate the data. The only valid type is `embed-input` used in conjunction with the Embed Jobs API. */
    type: DatasetType;
    /** Indicates if the original file should be stored. */
    keepOriginalFile?: boolean;
    /** Indicates whether rows with malformed input should be dropped (instead of failing the validation check). Dropped rows will be returned in the warnings field. */
    skipMalformedInput?: boolean;
    /** List of names of fields that will be persisted in the Dataset. By default the Dataset will retain only the required fields indicated in the [schema for the corresponding Dataset type](https://docs.cohere.com/docs/datasets#dataset-types). For example, datasets of type `embed-input` will drop all fields other than the required `text` field. If any of the fields in `keep_fields` are missing from the uploaded file, Dataset validation will fail. */
    keepFields?: string[];
    /** List of names of fields that will be persisted in the Dataset. By default the Dataset will retain only the required fields indicated in the [schema for the corresponding Dataset type](https://docs.cohere.com/docs/datasets#dataset-types). For example, Datasets of type `embed-input` will drop all fields other than the required `text` field. If any of the fields in `optional_fields` are missing from the uploaded file, Dataset validation will pass. */
    optionalFields?: string[];
    /** Raw .txt uploads will be split into entries using the text_separator value. */
    textSeparator?: string;
    /** The delimiter used for .csv uploads. */
    csvDelimiter?: string;
}
export declare class Datasets {
    protected readonly _core: ClientCore;
    /** Use it on its own (`new Datasets({ … })`) to import only this resource, or through the client. */
    constructor(options?: CohereClientOptions, core?: ClientCore);
    /**
     * List Datasets
     *
     * List datasets that have been created.
     *
     * @param requestOptions Per-request timeout, retries, abort signal and headers.
     * @throws {@link CohereError} on a non-2xx response, as the subclass of its status: 400 {@link BadRequestError}, 401 {@link UnauthorizedError}, 403 {@link ForbiddenError}, 404 {@link NotFoundError}, 422 {@link UnprocessableEntityError}, 429 {@link TooManyRequestsError}, 498 {@link InvalidTokenError}, 499 {@link ClientClosedRequestError}, 500 {@link InternalServerError}, 501 {@link NotImplementedError}, 503 {@link ServiceUnavailableError}, 504 {@link GatewayTimeoutError}
     * @example
     * const result = await client.datasets.list();
     */
    list(request?: DatasetsListRequest, requestOptions?: RequestOptions): PagePromise<Dataset, DatasetsListResponse>;
    /**
     * Create a Dataset
     *
     * Create a dataset by uploading a file. See ['Dataset Creation'](https://docs.cohere.com/docs/datasets#dataset-creation) for more information.
     *
     * @param data The file to upload. (Blob, File, bytes, a web or Node.js readable stream)
     * @param evalData An optional evaluation file to upload. (Blob, File, bytes, a web or Node.js readable stream)
     * @param requestOptions Per-request timeout, retries, abort signal and headers.
     * @throws {@link CohereError} on a non-2xx response, as the subclass of its status: 400 {@link BadRequestError}, 401 {@link UnauthorizedError}, 403 {@link ForbiddenError}, 404 {@link NotFoundError}, 422 {@link UnprocessableEntityError}, 429 {@link TooManyRequestsError}, 498 {@link InvalidTokenError}, 499 {@link ClientClosedRequestError}, 500 {@link InternalServerError}, 501 {@link NotImplementedError}, 503 {@link ServiceUnavailableError}, 504 {@link GatewayTimeoutError}
     * @example
     * import fs from "node:fs";
     * const result = await client.datasets.create({ name: "name", type: "embed-input" }, fs.createReadStream("path/to/data"));
     */
    create(request: DatasetsCreateRequest, data: Uploadable, evalData?: Uploadable, requestOptions?: RequestOptions): HttpPromise<DatasetsCreateResponse>;
    /**
     * Get Dataset Usage
     *
     * View the dataset storage usage for your Organization. Each Organization can have up to 10GB of storage across all their users.
     *
     * @param requestOptions Per-request timeout, retries, abort signal and headers.
     * @throws {@link CohereError} on a non-2xx response, as the subclass of its status: 400 {@link BadRequestError}, 401 {@link UnauthorizedError}, 403 {@link ForbiddenError}, 404 {@link NotFoundError}, 422 {@link UnprocessableEntityError}, 429 {@link TooManyRequestsError}, 498 {@link InvalidTokenError}, 499 {@link ClientClosedRequestError}, 500 {@link InternalServerError}, 501 {@link NotImplementedError}, 503 {@link ServiceUnavailableError}, 504 {@link GatewayTimeoutError}
     * @example
     * const result = await client.datasets.getUsage();
     */
    getUsage(requestOptions?: RequestOptions): HttpPromise<DatasetsGetUsageResponse>;
    /**
     * Accepts and ignores `id`: the endpoint takes no such argument (kept so existing calls keep compiling).
     *
     * @deprecated Call `getUsage(requestOptions)` instead.
     */
    getUsage(id: string, requestOptions?: RequestOptions): HttpPromise<DatasetsGetUsageResponse>;
    /**
     * Get a Dataset
     *
     * Retrieve a dataset by ID. See ['Datasets'](https://docs.cohere.com/docs/datasets) for more information.
     *
     * @param requestOptions Per-request timeout, retries, abort signal and headers.
     * @throws {@link CohereError} on a non-2xx response, as the subclass of its status: 400 {@link BadRequestError}, 401 {@link UnauthorizedError}, 403 {@link ForbiddenError}, 404 {@link NotFoundError}, 422 {@link UnprocessableEntityError}, 429 {@link TooManyRequestsError}, 498 {@link InvalidTokenError}, 499 {@link ClientClosedRequestError}, 500 {@link InternalServerError}, 501 {@link NotImplementedError}, 503 {@link ServiceUnavailableError}, 504 {@link GatewayTimeoutError}
     * @example
     * const result = await client.datasets.get("id");
     */
    get(id: string, requestOptions?: RequestOptions): HttpPromise<DatasetsGetResponse>;
    /**
     * Polls {@link Datasets.get} until `dataset.validation_status` is `"validated"` or `"skipped"`, and resolves with that result. Waits 1 s before the second poll, then 1.5 times longer each time (at most 15 s).
     *
     * @param id As for {@link Datasets.get}.
     * @param options Timeout (default 3600 s), poll intervals, abort signal, per-poll request options, progress callback.
     * @throws {@link CohereWaiterFailureError} when the status is `"failed"`
     * @throws {@link CohereWaiterTimeoutError} when no terminal status was seen within the timeout
     */
    waitUntilValidated(id: string, options?: WaitOptions<DatasetsGetResponse>): Promise<DatasetsGetResponse>;
}
