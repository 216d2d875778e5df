/**
 * `request()`: performs one API operation (headers, body, URL, timeout, retries, error mapping, response decoding).
 * Multipart encoding and streaming are not imported here: generated code passes them in (see types.ts).
 *
 * The success path is kept to the minimum: headers are a plain object, validation of headers and URL runs only when
 * fetch rejects, the redacted URL is computed only when there is something to redact, and each attempt costs one
 * AbortController, one timer and one closure.
 */
import type { ClientCore, RequestOptions, RequestSpec } from "./types.js";
import type { Stream } from "./stream.js";
import { HttpPromise } from "./http-promise.js";
/**
 * Performs `spec` against `core`. Resolves to the decoded 2xx body (see `RequestSpec.responseType`); for `sse` and
 * `ndjson`, to a `Stream` of parsed events. Rejects with an `ApiError` subclass chosen from `spec.errors` for
 * non-2xx, `TimeoutError`, `ConnectionError`, `AbortError` or `ResponseError`, or with whatever `core.auth()`,
 * `core.headers()`, `core.query()`, `spec.path()` or `spec.parse` threw.
 */
export declare function request<E>(core: ClientCore, spec: RequestSpec<E> & {
    responseType: "sse" | "ndjson";
}, options?: RequestOptions): HttpPromise<Stream<E>>;
/** Performs `spec`; resolves to the decoded body (json/text/blob/none/stream), typed by `spec.parse` or `T`. */
export declare function request<T>(core: ClientCore, spec: RequestSpec<T>, options?: RequestOptions): HttpPromise<T>;
