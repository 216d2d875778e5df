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
var v2_exports = {};
__export(v2_exports, {
  V2: () => V2
});
module.exports = __toCommonJS(v2_exports);
var import_fetcher = require("../core/fetcher.js");
var import_errors = require("../errors.js");
var import_options = require("../options.js");
var import_mappers = require("../mappers.js");
class V2 {
  _core;
  /** Use it on its own (`new V2({ … })`) to import only this resource, or through the client. */
  constructor(options = {}, core) {
    this._core = core ?? (0, import_options.createCore)(options);
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
   * @param requestOptions Per-request timeout, retries, abort signal and headers.
   * @throws {@link CohereError} on a non-2xx response, as the subclass of its status: 400 {@link BadRequestError}, 401 {@link UnauthorizedError}, 403 {@link ForbiddenError}, 404 {@link NotFoundError}, 422 {@link UnprocessableEntityError}, 429 {@link TooManyRequestsError}, 498 {@link InvalidTokenError}, 499 {@link ClientClosedRequestError}, 500 {@link InternalServerError}, 501 {@link NotImplementedError}, 503 {@link ServiceUnavailableError}, 504 {@link GatewayTimeoutError}
   * @example
   * const result = await client.v2.embed({ model: "model", inputType: "search_document" });
   */
  embed(request, requestOptions) {
    return (0, import_fetcher.request)(
      this._core,
      {
        method: "POST",
        path: "/v2/embed",
        body: { type: "json", value: (0, import_mappers.v2EmbedRequestToWire)(request) },
        responseType: "json",
        parse: import_mappers.embedByTypeResponseFromWire,
        errors: import_errors.errorTable
      },
      requestOptions
    );
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  V2
});
