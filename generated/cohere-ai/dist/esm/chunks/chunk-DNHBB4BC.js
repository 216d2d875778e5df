import {
  waitFor
} from "./chunk-56R5644G.js";
import {
  SdkError,
  createCore,
  datasetsGetResponseFromWire,
  datasetsGetUsageResponseFromWire,
  datasetsListResponseFromWire,
  encodePathParam,
  errorTable,
  request
} from "./chunk-BVSPRZ5J.js";

// mem:/core/pagination.js
var Page = class {
  /** The parsed response of this page. */
  response;
  /** The items on this page. */
  items;
  /** Status, headers and URL of this page's response. */
  rawResponse;
  #pager;
  #next;
  /** Used by {@link PagePromise}; builds a page from a fetched response. */
  constructor(pager, request2, result) {
    this.#pager = pager;
    this.response = result.data;
    this.rawResponse = result.rawResponse;
    this.items = [...pager.getItems(result.data, result.rawResponse) ?? []];
    const data = result.data;
    if (data && typeof data === "object" && !Array.isArray(data)) {
      for (const [key, value] of Object.entries(data)) if (!(key in this)) Reflect.set(this, key, value);
    }
    const next = this.items.length ? pager.getNextRequest({ response: result.data, rawResponse: result.rawResponse, request: request2, items: this.items }) : void 0;
    this.#next = next == null || same(next, request2) ? void 0 : next;
  }
  /** Whether another page follows (false as well when this page is empty). */
  hasNextPage() {
    return this.#next !== void 0;
  }
  /** Fetches the next page; rejects with `SdkError` if there is none. */
  getNextPage() {
    if (!this.hasNextPage()) return Promise.reject(new SdkError("There is no next page"));
    return loadPage(this.#pager, this.#next);
  }
  /** This page and every following page. */
  async *iterPages() {
    let page = this;
    yield page;
    while (page.hasNextPage()) {
      page = await page.getNextPage();
      yield page;
    }
  }
  /** Every item of this page and of every following page. */
  async *[Symbol.asyncIterator]() {
    for await (const page of this.iterPages()) yield* page.items;
  }
};
function same(a, b) {
  try {
    return a === b || JSON.stringify(a) === JSON.stringify(b);
  } catch {
    return false;
  }
}
async function loadPage(pager, request2) {
  return new Page(pager, request2, await pager.fetchPage(request2));
}
var PagePromise = class {
  #first;
  /** @param pager - How to fetch and walk pages. @param firstRequest - The request for the first page. */
  constructor(pager, firstRequest) {
    this.#first = loadPage(pager, firstRequest);
  }
  /** Like `Promise.prototype.then`, on the first page. */
  then(onfulfilled, onrejected) {
    return this.#first.then(onfulfilled, onrejected);
  }
  /** Like `Promise.prototype.catch`, on the first page. */
  catch(onrejected) {
    return this.#first.catch(onrejected);
  }
  /** Like `Promise.prototype.finally`, on the first page. */
  finally(onfinally) {
    return this.#first.finally(onfinally);
  }
  /** The first page together with its raw response (status, headers, url), like `HttpPromise.withRawResponse`. */
  withRawResponse() {
    return this.#first.then((page) => ({ data: page, rawResponse: page.rawResponse }));
  }
  /** "PagePromise". */
  get [Symbol.toStringTag]() {
    return "PagePromise";
  }
  /** Every item of every page. */
  async *[Symbol.asyncIterator]() {
    yield* await this.#first;
  }
};

// mem:/core/file.js
async function resolveFile(input) {
  const x = input;
  if (isWrapper(x)) {
    const inner = await resolveFile(x.data);
    return { blob: inner.blob, filename: x.filename ?? inner.filename, contentType: x.contentType };
  }
  if (typeof Blob !== "undefined" && x instanceof Blob) {
    const name = x.name;
    return { blob: x, filename: typeof name === "string" && name ? name : void 0 };
  }
  if (x instanceof ArrayBuffer || ArrayBuffer.isView(x)) return { blob: new Blob([x]) };
  if (typeof x.getReader === "function") return { blob: await new Response(x).blob() };
  if (typeof x[Symbol.asyncIterator] === "function") {
    const chunks = [];
    for await (const chunk of x) chunks.push(chunk);
    const path = x.path;
    return {
      blob: new Blob(chunks),
      filename: typeof path === "string" ? path.split(/[\\/]/).pop() || void 0 : void 0
    };
  }
  throw new TypeError("Unsupported file input: expected a Blob, bytes, a stream or { data }");
}
function isWrapper(x) {
  return typeof x === "object" && x !== null && "data" in x && typeof x.getReader !== "function" && typeof x[Symbol.asyncIterator] !== "function" && !(typeof Blob !== "undefined" && x instanceof Blob);
}

// mem:/core/multipart.js
var TYPES = {
  json: "application/json",
  jsonl: "application/jsonl",
  ndjson: "application/x-ndjson",
  csv: "text/csv",
  tsv: "text/tab-separated-values",
  txt: "text/plain",
  md: "text/markdown",
  html: "text/html",
  xml: "application/xml",
  pdf: "application/pdf",
  parquet: "application/vnd.apache.parquet",
  zip: "application/zip",
  gz: "application/gzip",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  svg: "image/svg+xml",
  mp3: "audio/mpeg",
  wav: "audio/wav",
  mp4: "video/mp4"
};
function guessContentType(filename) {
  const dot = filename.lastIndexOf(".");
  return dot < 0 ? void 0 : TYPES[filename.slice(dot + 1).toLowerCase()];
}
async function toFormData(parts) {
  const form = new FormData();
  for (const part of parts) {
    const { name, value } = part;
    if (value == null) continue;
    const declared = part.contentType && !/[*,]/.test(part.contentType) ? part.contentType : void 0;
    if (part.kind === "file" || part.kind === "files") {
      const files = part.kind === "files" ? part.value : [part.value];
      for (const input of files) {
        if (input == null) continue;
        const file = await resolveFile(input);
        const filename = file.filename || name || "blob";
        const type = file.contentType || declared || file.blob.type || guessContentType(filename) || "application/octet-stream";
        form.append(name, file.blob.type === type ? file.blob : new Blob([file.blob], { type }), filename);
      }
    } else if (part.kind === "json") {
      form.append(name, new Blob([JSON.stringify(value)], { type: declared ?? "application/json" }));
    } else {
      for (const item of Array.isArray(value) ? value : [value]) {
        if (item == null) continue;
        form.append(
          name,
          item instanceof Date ? item.toISOString() : typeof item === "object" ? JSON.stringify(item) : String(item)
        );
      }
    }
  }
  return form;
}

// mem:/resources/datasets.js
var Datasets = class {
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
   * @param requestOptions Per-request timeout, retries, abort signal and headers.
   * @throws {@link CohereError} on a non-2xx response, as the subclass of its status: 400 {@link BadRequestError}, 401 {@link UnauthorizedError}, 403 {@link ForbiddenError}, 404 {@link NotFoundError}, 422 {@link UnprocessableEntityError}, 429 {@link TooManyRequestsError}, 498 {@link InvalidTokenError}, 499 {@link ClientClosedRequestError}, 500 {@link InternalServerError}, 501 {@link NotImplementedError}, 503 {@link ServiceUnavailableError}, 504 {@link GatewayTimeoutError}
   * @example
   * const result = await client.datasets.list();
   */
  list(request2, requestOptions) {
    return new PagePromise(
      {
        fetchPage: (request3) => {
          return request(
            this._core,
            {
              method: "GET",
              path: "/v1/datasets",
              query: [
                { name: "datasetType", value: request3?.datasetType },
                { name: "before", value: request3?.before },
                { name: "after", value: request3?.after },
                { name: "limit", value: request3?.limit },
                { name: "offset", value: request3?.offset },
                { name: "validationStatus", value: request3?.validationStatus }
              ],
              responseType: "json",
              parse: datasetsListResponseFromWire,
              errors: errorTable
            },
            requestOptions
          ).withRawResponse();
        },
        getItems: (response) => response?.datasets,
        getNextRequest: ({ request: request3, items }) => items.length < (request3?.limit ?? 1) ? void 0 : { ...request3, offset: (request3?.offset ?? 0) + items.length }
      },
      request2
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
  create(request2, data, evalData, requestOptions) {
    return request(
      this._core,
      {
        method: "POST",
        path: "/v1/datasets",
        query: [
          { name: "name", value: request2.name },
          { name: "type", value: request2.type },
          { name: "keep_original_file", value: request2.keepOriginalFile },
          { name: "skip_malformed_input", value: request2.skipMalformedInput },
          { name: "keep_fields", value: request2.keepFields },
          { name: "optional_fields", value: request2.optionalFields },
          { name: "text_separator", value: request2.textSeparator },
          { name: "csv_delimiter", value: request2.csvDelimiter }
        ],
        body: {
          type: "multipart",
          parts: [
            { kind: "file", name: "data", value: data },
            { kind: "file", name: "eval_data", value: evalData }
          ],
          toFormData
        },
        responseType: "json",
        errors: errorTable
      },
      requestOptions
    );
  }
  getUsage(...args) {
    const [requestOptions] = typeof args[0] === "string" ? args.slice(1) : args;
    return request(
      this._core,
      {
        method: "GET",
        path: "/v1/datasets/usage",
        responseType: "json",
        parse: datasetsGetUsageResponseFromWire,
        errors: errorTable
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
    return request(
      this._core,
      {
        method: "GET",
        path: () => `/v1/datasets/${encodePathParam(id, "simple", false, "id")}`,
        responseType: "json",
        parse: datasetsGetResponseFromWire,
        errors: errorTable
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
    return waitFor(
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
};

export {
  Datasets
};
