/**
 * The contract between generated code and the runtime core.
 * Generated resource clients build a {@link RequestSpec} and hand it to `request()` (fetcher.ts);
 * everything else (URLs, retries, timeouts, errors, bodies) is the runtime's job.
 *
 * ## Optional modules (bundle size)
 * `fetcher.ts` statically imports only errors, url, retry and http-promise. The other modules are handed to it
 * by the generated code, per request, so an app that never uploads or streams never bundles them:
 * - multipart bodies: `body: { type: "multipart", parts, toFormData }` with `toFormData` from `multipart.ts`;
 * - binary bodies: `body: { type: "binary", value, contentType, resolveFile }` with `resolveFile` from `file.ts`;
 * - responseType `sse` / `ndjson` / `stream`: `stream: createStream` from `stream.ts` (see {@link StreamFactory}).
 * Without them, a multipart or sse/ndjson request rejects with an `SdkError` before anything is sent,
 * a binary value is handed to fetch as-is, and `stream` resolves the bare `Response.body`.
 */
import type { ApiError, ApiErrorInit } from "./errors.js";

/** Options every generated method accepts as its last argument. */
export interface RequestOptions {
  /**
   * Timeout for the whole exchange (connect, headers and body), in seconds, per attempt; for stream/sse/ndjson
   * responses it covers only the wait for the headers. Timeouts are not retried. Default: the client's, else 60.
   */
  timeoutInSeconds?: number;
  /**
   * Retries after the first attempt for retryable failures (408, 409, 429, 5xx, connection errors; see retry.ts).
   * Default: the client's, else 2. With retries on, non-GET/HEAD/OPTIONS requests carry an `Idempotency-Key`.
   */
  maxRetries?: number;
  /** Aborts the request (and any pending retry) when signalled. */
  abortSignal?: AbortSignal;
  /** Extra headers for this request; `undefined`/`null` removes a header set by the client. */
  headers?: Record<string, string | null | undefined>;
}

/** A header map where `null`/`undefined` values mean "not sent". */
export type HeaderInput = Record<string, string | null | undefined>;

/** What a generated client knows at request time. Built once per client instance. */
export interface ClientCore {
  /** Base URL, without a trailing slash. */
  baseUrl: string | (() => string);
  /** Custom fetch implementation; default `globalThis.fetch`. */
  fetch?: typeof fetch;
  /** Default timeout per attempt, in seconds (see {@link RequestOptions.timeoutInSeconds}). Default 60. */
  timeoutInSeconds?: number;
  /** Default number of retries (see {@link RequestOptions.maxRetries}). Default 2. */
  maxRetries?: number;
  /**
   * Headers sent on every request: authentication, client-level header options and the caller's `headers`.
   * Called once per request (not per attempt); may be async (token suppliers). May throw (missing credentials).
   */
  headers: () => HeaderInput | Promise<HeaderInput>;
  /** Query parameters added to every request (apiKey-in-query auth). Called once per request. */
  query?: () => QueryParam[] | Promise<QueryParam[]>;
  /**
   * Credentials, resolved once per request (token suppliers are called once even when a scheme puts its
   * credential in the query): headers applied before `headers()`'s (so the caller's `headers` can still override
   * them), query parameters before `query()`'s. May throw (missing credentials).
   */
  auth?: () => Promise<{ headers?: HeaderInput; query?: QueryParam[] }>;
  /** Query parameter names whose values are secrets: redacted in every message and error. */
  secretQueryParams?: readonly string[];
}

/** OpenAPI 3 query parameter serialization styles. */
export type QueryStyle = "form" | "spaceDelimited" | "pipeDelimited" | "deepObject";

/** One query parameter, serialized per OpenAPI 3 style/explode rules. `undefined` values are skipped. */
export interface QueryParam {
  /** The parameter name (not yet encoded). */
  name: string;
  /** The value: primitive, Date, array or object; `undefined` skips the parameter, `null` sends an empty value. */
  value: unknown;
  /** Default "form". */
  style?: QueryStyle;
  /** Default true for "form", false otherwise. */
  explode?: boolean;
  /** Default false: reserved characters are percent-encoded. */
  allowReserved?: boolean;
}

/** A file-like value accepted for binary uploads. */
export type FileInput =
  | Blob
  | ArrayBuffer
  | ArrayBufferView
  | ReadableStream<Uint8Array>
  /** A Node.js readable stream (e.g. fs.createReadStream) or any async iterable of byte chunks. */
  | AsyncIterable<Uint8Array | string>
  | {
      data: Blob | ArrayBuffer | ArrayBufferView | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array | string>;
      filename?: string;
      contentType?: string;
    };

/** One part of a multipart/form-data body. `undefined` values are skipped. */
export type MultipartPart =
  | { kind: "file"; name: string; value: FileInput | undefined; contentType?: string }
  | { kind: "files"; name: string; value: FileInput[] | undefined; contentType?: string }
  /** Primitives are sent as text; arrays repeat the field; Dates as ISO strings. */
  | { kind: "field"; name: string; value: unknown; contentType?: string | undefined }
  /** Objects sent as a JSON part (content type application/json). */
  | { kind: "json"; name: string; value: unknown; contentType?: string | undefined };

/**
 * A request body and how to encode it.
 * - json: `JSON.stringify(value)`, content type application/json.
 * - multipart: encoded by `toFormData` (pass `toFormData` from multipart.ts; see the file header); fetch sets the boundary.
 * - form: application/x-www-form-urlencoded, each entry serialized like a `form`/explode query parameter.
 * - binary: the file input (with `resolveFile`, streams and async iterables are buffered once so that retries can replay them);
 *   content type: the `{ data, contentType }` wrapper's, else `contentType`, else the Blob's, else application/octet-stream.
 * - text: a string, content type `contentType` or text/plain.
 * A `Content-Type` header set by the client or caller wins (except for multipart, which needs fetch's boundary).
 */
export type RequestBody =
  | { type: "json"; value: unknown }
  | {
      type: "multipart";
      parts: MultipartPart[];
      /** Encoder for `parts`: pass `toFormData` from multipart.ts. Required at runtime for multipart bodies. */
      toFormData?: (parts: MultipartPart[]) => Promise<FormData>;
    }
  /** Objects (any interface) whose entries are sent as form fields. */
  | { type: "form"; value: object | undefined }
  | {
      type: "binary";
      value: FileInput | undefined;
      contentType?: string;
      /**
       * Reads `value` into a replayable Blob: pass `resolveFile` from file.ts (needed for streams, async iterables and
       * the `{ data, filename, contentType }` wrapper). Without it, `value` goes to fetch as-is (Blob, ArrayBuffer, typed array).
       */
      resolveFile?: (input: FileInput) => Promise<{ blob: Blob; contentType?: string | undefined }>;
    }
  | { type: "text"; value: string | undefined; contentType?: string };

/**
 * How the 2xx body is read.
 * - json: parsed; a malformed body throws ResponseError, and so does an empty one unless `emptyOk` says it needs no data.
 * - text / blob / none: as named (`none` discards the body and resolves `undefined`).
 * - stream: the raw `ReadableStream<Uint8Array>`; the timeout covers only until headers arrive.
 * - sse / ndjson: an async iterable of events (see stream.ts); the timeout covers only until headers arrive.
 */
export type ResponseType = "json" | "text" | "blob" | "stream" | "sse" | "ndjson" | "none";

/** An error class generated for an API (a subclass of `ApiError` keeping its constructor). */
export type ApiErrorClass = new (init: ApiErrorInit) => ApiError;

/** Error classes for an operation. Keys of `byStatus` are "404", "4XX" or "default"; lookup is exact, then range, then base. */
export interface ErrorTable {
  /** The API's base error class, used when no key matches. */
  base: ApiErrorClass;
  /** Classes by status key: "404", "4XX", "default". */
  byStatus?: Readonly<Record<string, ApiErrorClass>>;
  /** Optional mappers turning an error's wire body into its typed form, by the same keys. */
  parse?: Readonly<Record<string, (wire: unknown) => unknown>>;
}

/** Everything the runtime needs to perform one operation call; built by generated code. */
export interface RequestSpec<T> {
  /** HTTP method, e.g. "GET" (any case). */
  method: string;
  /**
   * Path beginning with "/", path parameters already encoded (see url.ts `encodePathParam`). A function is called
   * when the request starts, so an invalid parameter value rejects the returned promise instead of throwing.
   */
  path: string | (() => string);
  /** Operation query parameters (appended after `ClientCore.query`). */
  query?: QueryParam[];
  /** Operation-level header parameters, already serialized. */
  headers?: HeaderInput;
  /** The request body, if any. */
  body?: RequestBody;
  /** How a 2xx body is read. */
  responseType: ResponseType;
  /**
   * Wire → typed mapper, applied to the decoded json/text/blob body (and to the `{}` of `emptyOk: "object"`) and, for
   * sse/ndjson, to each event's parsed data. Receives the status for multi-2xx operations. Never walks the data itself.
   */
  parse?: (wire: unknown, status: number) => T;
  /** For sse: a data payload that ends the stream (e.g. "[DONE]"). */
  streamTerminator?: string;
  /**
   * For json responses whose schema needs no data, what an empty (or whitespace-only) 2xx body resolves to instead
   * of a `ResponseError`: `true` → `undefined` (a success without content is declared, or no schema); `"object"` →
   * a fresh `{}`, passed to `parse` (an object schema declaring no properties). A malformed body always throws.
   */
  emptyOk?: boolean | "object";
  /** Error classes for non-2xx responses. */
  errors: ErrorTable;
  /**
   * Builds the result of `stream` / `sse` / `ndjson` responses: pass `createStream` from stream.ts.
   * Required at runtime for sse/ndjson (checked before sending); for `stream` it adds error translation and cleanup.
   */
  stream?: StreamFactory;
}

/** What fetcher.ts hands to a {@link StreamFactory} once the headers of a 2xx streaming response arrived. */
export interface StreamContext {
  /** The response; its body has not been read. */
  response: Response;
  /** Which kind of stream to build. */
  responseType: "stream" | "sse" | "ndjson";
  /** The (redacted) raw response, for errors raised while streaming. */
  rawResponse: RawResponse;
  /** Per-event mapper (`RequestSpec.parse`). */
  parse?: ((wire: unknown, status: number) => unknown) | undefined;
  /** For sse: the data payload that ends the stream (`RequestSpec.streamTerminator`). */
  terminator?: string | undefined;
  /** The caller's abort signal: once it fired, read failures are reported as `AbortError`. */
  signal?: AbortSignal | undefined;
  /** To call when the stream ends (done, error, break or cancel): detaches abort listeners. Idempotent. */
  close: () => void;
}

/** Turns a streaming response into what `request()` resolves to (a `Stream<T>` or a `ReadableStream`). */
export type StreamFactory = (context: StreamContext) => unknown;

/** What `.withRawResponse()` exposes besides the data. */
export interface RawResponse {
  /** HTTP status code. */
  status: number;
  /** HTTP status text ("" over HTTP/2). */
  statusText: string;
  /** Response headers. */
  headers: Headers;
  /** Final URL, with secret query parameter values replaced by `***`. */
  url: string;
}

/** The data of a call together with its raw response (see `HttpPromise.withRawResponse`). */
export interface WithRawResponse<T> {
  /** The parsed data. */
  data: T;
  /** Status, headers and URL of the response. */
  rawResponse: RawResponse;
}
