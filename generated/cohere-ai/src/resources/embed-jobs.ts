// This file is generated from the OpenAPI description. Do not edit: change the spec or the generator instead.

import { request as send } from "../core/fetcher.js";
import { encodePathParam } from "../core/url.js";
import type { ClientCore, RequestOptions } from "../core/types.js";
import type { HttpPromise } from "../core/http-promise.js";
import { errorTable } from "../errors.js";
import { createCore, type CohereClientOptions } from "../options.js";
import {
  createEmbedJobRequestToWire,
  createEmbedJobResponseFromWire,
  embedJobFromWire,
  listEmbedJobResponseFromWire,
} from "../mappers.js";
import type {
  CreateEmbedJobRequest,
  CreateEmbedJobResponse,
  EmbedJob,
  EmbedJobsCancelResponse,
  ListEmbedJobResponse,
} from "../types.js";
import { waitFor, type WaitOptions } from "../core/waiter.js";

export class EmbedJobs {
  protected readonly _core: ClientCore;

  /** Use it on its own (`new EmbedJobs({ … })`) to import only this resource, or through the client. */
  constructor(options: CohereClientOptions = {}, core?: ClientCore) {
    this._core = core ?? createCore(options);
  }

  /**
   * List Embed Jobs
   *
   * The list embed job endpoint allows users to view all embed jobs history for that specific user.
   *
   * @param requestOptions Per-request timeout, retries, abort signal and headers.
   * @throws {@link CohereError} on a non-2xx response, as the subclass of its status: 400 {@link BadRequestError}, 401 {@link UnauthorizedError}, 403 {@link ForbiddenError}, 404 {@link NotFoundError}, 422 {@link UnprocessableEntityError}, 429 {@link TooManyRequestsError}, 498 {@link InvalidTokenError}, 499 {@link ClientClosedRequestError}, 500 {@link InternalServerError}, 501 {@link NotImplementedError}, 503 {@link ServiceUnavailableError}, 504 {@link GatewayTimeoutError}
   * @example
   * const result = await client.embedJobs.list();
   */
  list(requestOptions?: RequestOptions): HttpPromise<ListEmbedJobResponse> {
    return send<ListEmbedJobResponse>(
      this._core,
      {
        method: "GET",
        path: "/v1/embed-jobs",
        responseType: "json",
        parse: listEmbedJobResponseFromWire,
        errors: errorTable,
      },
      requestOptions,
    );
  }

  /**
   * Create an Embed Job
   *
   * This API launches an async Embed job for a [Dataset](https://docs.cohere.com/docs/datasets) of type `embed-input`. The result of a completed embed job is new Dataset of type `embed-output`, which contains the original text entries and the corresponding embeddings.
   *
   * @param requestOptions Per-request timeout, retries, abort signal and headers.
   * @throws {@link CohereError} on a non-2xx response, as the subclass of its status: 400 {@link BadRequestError}, 401 {@link UnauthorizedError}, 403 {@link ForbiddenError}, 404 {@link NotFoundError}, 422 {@link UnprocessableEntityError}, 429 {@link TooManyRequestsError}, 498 {@link InvalidTokenError}, 499 {@link ClientClosedRequestError}, 500 {@link InternalServerError}, 501 {@link NotImplementedError}, 503 {@link ServiceUnavailableError}, 504 {@link GatewayTimeoutError}
   * @example
   * const result = await client.embedJobs.create({ model: "model", datasetId: "dataset_id", inputType: "search_document" });
   */
  create(request: CreateEmbedJobRequest, requestOptions?: RequestOptions): HttpPromise<CreateEmbedJobResponse> {
    return send<CreateEmbedJobResponse>(
      this._core,
      {
        method: "POST",
        path: "/v1/embed-jobs",
        body: { type: "json", value: createEmbedJobRequestToWire(request) },
        responseType: "json",
        parse: createEmbedJobResponseFromWire,
        errors: errorTable,
      },
      requestOptions,
    );
  }

  /**
   * Fetch an Embed Job
   *
   * This API retrieves the details about an embed job started by the same user.
   *
   * @param id The ID of the embed job to retrieve.
   * @param requestOptions Per-request timeout, retries, abort signal and headers.
   * @throws {@link CohereError} on a non-2xx response, as the subclass of its status: 400 {@link BadRequestError}, 401 {@link UnauthorizedError}, 403 {@link ForbiddenError}, 404 {@link NotFoundError}, 422 {@link UnprocessableEntityError}, 429 {@link TooManyRequestsError}, 498 {@link InvalidTokenError}, 499 {@link ClientClosedRequestError}, 500 {@link InternalServerError}, 501 {@link NotImplementedError}, 503 {@link ServiceUnavailableError}, 504 {@link GatewayTimeoutError}
   * @example
   * const result = await client.embedJobs.get("id");
   */
  get(id: string, requestOptions?: RequestOptions): HttpPromise<EmbedJob> {
    return send<EmbedJob>(
      this._core,
      {
        method: "GET",
        path: () => `/v1/embed-jobs/${encodePathParam(id, "simple", false, "id")}`,
        responseType: "json",
        parse: embedJobFromWire,
        errors: errorTable,
      },
      requestOptions,
    );
  }

  /**
   * Cancel an Embed Job
   *
   * This API allows users to cancel an active embed job. Once invoked, the embedding process will be terminated, and users will be charged for the embeddings processed up to the cancellation point. It's important to note that partial results will not be available to users after cancellation.
   *
   * @param id The ID of the embed job to cancel.
   * @param requestOptions Per-request timeout, retries, abort signal and headers.
   * @throws {@link CohereError} on a non-2xx response, as the subclass of its status: 400 {@link BadRequestError}, 401 {@link UnauthorizedError}, 403 {@link ForbiddenError}, 404 {@link NotFoundError}, 422 {@link UnprocessableEntityError}, 429 {@link TooManyRequestsError}, 498 {@link InvalidTokenError}, 499 {@link ClientClosedRequestError}, 500 {@link InternalServerError}, 501 {@link NotImplementedError}, 503 {@link ServiceUnavailableError}, 504 {@link GatewayTimeoutError}
   * @example
   * const result = await client.embedJobs.cancel("id");
   */
  cancel(id: string, requestOptions?: RequestOptions): HttpPromise<EmbedJobsCancelResponse> {
    return send<EmbedJobsCancelResponse>(
      this._core,
      {
        method: "POST",
        path: () => `/v1/embed-jobs/${encodePathParam(id, "simple", false, "id")}/cancel`,
        responseType: "json",
        emptyOk: "object",
        errors: errorTable,
      },
      requestOptions,
    );
  }

  /**
   * Polls {@link EmbedJobs.get} until `status` is `"complete"`, and resolves with that result. Waits 2 s before the second poll, then 1.5 times longer each time (at most 30 s).
   *
   * @param id As for {@link EmbedJobs.get}.
   * @param options Timeout (default 3600 s), poll intervals, abort signal, per-poll request options, progress callback.
   * @throws {@link CohereWaiterFailureError} when the status is `"failed"` or `"cancelled"`
   * @throws {@link CohereWaiterTimeoutError} when no terminal status was seen within the timeout
   */
  waitUntilComplete(id: string, options?: WaitOptions<EmbedJob>): Promise<EmbedJob> {
    return waitFor(
      (requestOptions) => this.get(id, requestOptions),
      {
        name: "embedJobs.waitUntilComplete",
        status: (result) => result?.status,
        success: ["complete"],
        failure: ["failed", "cancelled"],
        timeoutInSeconds: 3600,
        intervalInSeconds: 2,
        maxIntervalInSeconds: 30,
      },
      options,
    );
  }
}
