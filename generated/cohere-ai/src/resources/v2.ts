// This file is generated from the OpenAPI description. Do not edit: change the spec or the generator instead.

import { request as send } from "../core/fetcher.js";
import type { ClientCore, RequestOptions } from "../core/types.js";
import type { HttpPromise } from "../core/http-promise.js";
import { errorTable } from "../errors.js";
import { createCore, type CohereClientOptions } from "../options.js";
import { embedByTypeResponseFromWire, v2EmbedRequestToWire } from "../mappers.js";
import type { EmbedByTypeResponse, V2EmbedRequest } from "../types.js";

/** Operations of the `v2` resource. */
export class V2 {
  protected readonly _core: ClientCore;

  /** Use it on its own (`new V2({ … })`) to import only this resource, or through the client. */
  constructor(options: CohereClientOptions = {}, core?: ClientCore) {
    this._core = core ?? createCore(options);
  }

  /**
   * Embed API (v2)
   *
   * This endpoint returns text embeddings. An embedding is a list of floating point numbers that captures semantic information about the text that it represents.
   *
   * Embeddings can be used to create text classifiers as well as empower semantic search. To learn more about embeddings, see the embedding page.
   *
   * If you want to learn more how to use the embedding model, have a look at the [Semantic Search Guide](https://docs.cohere.com/docs/semantic-search).
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
   * const result = await client.v2.embed({ model: "model", inputType: "search_document" });
   */
  embed(request: V2EmbedRequest, requestOptions?: RequestOptions): HttpPromise<EmbedByTypeResponse> {
    return send<EmbedByTypeResponse>(
      this._core,
      {
        method: "POST",
        path: "/v2/embed",
        body: { type: "json", value: v2EmbedRequestToWire(request) },
        responseType: "json",
        parse: embedByTypeResponseFromWire,
        errors: errorTable,
      },
      requestOptions,
    );
  }
}
