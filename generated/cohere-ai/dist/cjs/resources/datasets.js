"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var datasets_exports = {};
__export(datasets_exports, {
  Datasets: () => Datasets
});
module.exports = __toCommonJS(datasets_exports);
var import_fetcher = require("../core/fetcher.js");
var import_url = require("../core/url.js");
var import_pagination = require("../core/pagination.js");
var import_multipart = require("../core/multipart.js");
var import_errors = require("../errors.js");
var import_options = require("../options.js");
var import_mappers = require("../mappers.js");
var import_waiter = require("../core/waiter.js");
class Datasets {
  _core;
  /** Use it on its own (`new Datasets({ … })`) to import only this resource, or through the client. */
  constructor(options = {}, core) {
    this._core = core ?? (0, import_options.createCore)(options);
  }
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
  list(request, requestOptions) {
    return new import_pagination.PagePromise(
      {
        fetchPage: (request2) => {
          return (0, import_fetcher.request)(
            this._core,
            {
              method: "GET",
              path: "/v1/datasets",
              query: [
                { name: "datasetType", value: request2?.datasetType },
                { name: "before", value: request2?.before },
                { name: "after", value: request2?.after },
                { name: "limit", value: request2?.limit },
                { name: "offset", value: request2?.offset },
                { name: "validationStatus", value: request2?.validationStatus }
              ],
              responseType: "json",
              parse: import_mappers.datasetsListResponseFromWire,
              errors: import_errors.errorTable
            },
            requestOptions
          ).withRawResponse();
        },
        getItems: (response) => response?.datasets,
        getNextRequest: ({ request: request2, items }) => items.length < (request2?.limit ?? 1) ? void 0 : { ...request2, offset: (request2?.offset ?? 0) + items.length }
      },
      request
    );
  }
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
  create(request, data, evalData, requestOptions) {
    return (0, import_fetcher.request)(
      this._core,
      {
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
          { name: "csv_delimiter", value: request.csvDelimiter }
        ],
        body: {
          type: "multipart",
          parts: [
            { kind: "file", name: "data", value: data },
            { kind: "file", name: "eval_data", value: evalData }
          ],
          toFormData: import_multipart.toFormData
        },
        responseType: "json",
        errors: import_errors.errorTable
      },
      requestOptions
    );
  }
  getUsage(...args) {
    const [requestOptions] = typeof args[0] === "string" ? args.slice(1) : args;
    return (0, import_fetcher.request)(
      this._core,
      {
        method: "GET",
        path: "/v1/datasets/usage",
        responseType: "json",
        parse: import_mappers.datasetsGetUsageResponseFromWire,
        errors: import_errors.errorTable
      },
      requestOptions
    );
  }
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
  get(id, requestOptions) {
    return (0, import_fetcher.request)(
      this._core,
      {
        method: "GET",
        path: () => `/v1/datasets/${(0, import_url.encodePathParam)(id, "simple", false, "id")}`,
        responseType: "json",
        parse: import_mappers.datasetsGetResponseFromWire,
        errors: import_errors.errorTable
      },
      requestOptions
    );
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
    return (0, import_waiter.waitFor)(
      (requestOptions) => this.get(id, requestOptions),
      {
        name: "datasets.waitUntilValidated",
        status: (result) => result?.dataset?.validationStatus,
        success: ["validated", "skipped"],
        failure: ["failed"],
        timeoutInSeconds: 3600,
        intervalInSeconds: 1,
        maxIntervalInSeconds: 15
      },
      options
    );
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  Datasets
});
