import type { ClientCore, RequestOptions } from "../core/types.js";
import type { HttpPromise } from "../core/http-promise.js";
import { type CohereClientOptions } from "../options.js";
import type { EmbedByTypeResponse, V2EmbedRequest } from "../types.js";
export declare class V2 {
    protected readonly _core: ClientCore;
    /** Use it on its own (`new V2({ … })`) to import only this resource, or through the client. */
    constructor(options?: CohereClientOptions, core?: ClientCore);
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
    embed(request: V2EmbedRequest, requestOptions?: RequestOptions): HttpPromise<EmbedByTypeResponse>;
}
