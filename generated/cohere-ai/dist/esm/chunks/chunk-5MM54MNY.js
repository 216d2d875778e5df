import {
  createCore,
  embedByTypeResponseFromWire,
  errorTable,
  request,
  v2EmbedRequestToWire
} from "./chunk-LR5BAII7.js";

// mem:/resources/v2.js
var V2 = class {
  _core;
  /** Use it on its own (`new V2({ … })`) to import only this resource, or through the client. */
  constructor(options = {}, core) {
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
  embed(request2, requestOptions) {
    return request(
      this._core,
      {
        method: "POST",
        path: "/v2/embed",
        body: { type: "json", value: v2EmbedRequestToWire(request2) },
        responseType: "json",
        parse: embedByTypeResponseFromWire,
        errors: errorTable
      },
      requestOptions
    );
  }
};

export {
  V2
};
