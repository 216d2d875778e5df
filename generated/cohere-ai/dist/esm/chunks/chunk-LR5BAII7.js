// mem:/core/errors.js
var SdkError = class extends Error {
  name = "SdkError";
};
var ApiError = class extends SdkError {
  name = "ApiError";
  /** @param init - Status, body and raw response; the message is derived unless given. */
  constructor(init) {
    const { statusCode, rawResponse, requestId, body } = init;
    const text = excerpt(body);
    super(
      init.message ?? `Status ${statusCode}${rawResponse.statusText ? " " + rawResponse.statusText : ""}` + (requestId ? ` (request id ${requestId})` : "") + (text ? ": " + text : "")
    );
    Object.assign(this, { statusCode, body, rawResponse, requestId });
  }
};
var TimeoutError = class extends SdkError {
  name = "TimeoutError";
};
var ConnectionError = class extends SdkError {
  name = "ConnectionError";
};
var AbortError = class extends SdkError {
  name = "AbortError";
  /** @param message - Defaults to "Request aborted". @param options - `cause`: the signal's reason. */
  constructor(message = "Request aborted", options) {
    super(message, options);
  }
};
var ResponseError = class extends SdkError {
  name = "ResponseError";
  /** @param init - The response facts (and the parse error as `cause`); the message is derived unless given. */
  constructor(init) {
    const { statusCode, rawText, rawResponse } = init;
    super(
      init.message ?? (rawText.trim() ? `Malformed JSON in ${statusCode} response: ${excerpt(rawText)}` : `Empty body in ${statusCode} response`),
      init
      // ErrorOptions: sets `cause` only when `init` has one
    );
    Object.assign(this, { statusCode, rawText, rawResponse });
  }
};
function excerpt(body) {
  let text = "";
  try {
    text = (typeof body === "string" ? body : JSON.stringify(body)) ?? "";
  } catch {
  }
  text = text.slice(0, 400).replace(/\s+/g, " ").trim();
  return text.length > 200 ? text.slice(0, 200) + "\u2026" : text;
}

// mem:/environments.js
var CohereEnvironment = { Production: "https://api.cohere.com" };

// mem:/core/auth.js
async function resolveSupplier(value) {
  return typeof value === "function" ? await value() : value;
}
function readEnv(name) {
  const g = globalThis;
  try {
    return (g.process?.env?.[name] ?? g.Deno?.env?.get(name))?.trim() || void 0;
  } catch {
    return void 0;
  }
}

// mem:/options.js
function createCore(options) {
  return {
    baseUrl: () => options.baseUrl ?? options.environment ?? readEnv("CO_API_URL") ?? CohereEnvironment.Production,
    fetch: options.fetch,
    timeoutInSeconds: options.timeoutInSeconds ?? 300,
    maxRetries: options.maxRetries ?? 2,
    headers: async () => {
      const s0 = await resolveSupplier(options.token) ?? readEnv("CO_API_KEY");
      if (s0 == null)
        throw new SdkError("Missing credentials: pass `token` (or CO_API_KEY) to new CohereClient({ \u2026 }).");
      return {
        Authorization: `Bearer ${s0}`,
        "X-Client-Name": options.clientName == null ? void 0 : String(options.clientName),
        ...options.headers
      };
    }
  };
}

// mem:/core/url.js
var enc = encodeURIComponent;
var encReserved = (s) => encodeURI(s).replace(/#/g, "%23");
var isMap = (v) => typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);
function str(v) {
  return v == null ? "" : v instanceof Date ? v.toISOString() : typeof v === "object" ? JSON.stringify(v) : String(v);
}
var entries = (v) => Object.entries(v).filter((e) => e[1] !== void 0);
function serializeQuery(params) {
  const out = [];
  const add = (key, value) => void out.push(key + "=" + value);
  for (const p of params) {
    const { value, style = "form" } = p;
    if (value === void 0) continue;
    const e = p.allowReserved ? encReserved : enc;
    const key = enc(p.name);
    const list = Array.isArray(value);
    if (style === "deepObject") deepObject(add, key, value, e);
    else if (list || isMap(value)) {
      const delim = style === "spaceDelimited" ? "%20" : style === "pipeDelimited" ? "|" : ",";
      const pairs = list ? value.filter((v) => v !== void 0).map((v) => [key, e(str(v))]) : entries(value).map(([k, v]) => [enc(k), e(str(v))]);
      if (p.explode ?? style === "form") for (const [k, v] of pairs) add(k, v);
      else add(key, pairs.map(([k, v]) => list ? v : k + delim + v).join(delim));
    } else add(key, e(str(value)));
  }
  return out.join("&");
}
function deepObject(add, key, value, e) {
  if (isMap(value)) for (const [k, v] of entries(value)) deepObject(add, `${key}[${enc(k)}]`, v, e);
  else for (const v of Array.isArray(value) ? value : [value]) if (v !== void 0) add(key, e(str(v)));
}
function buildUrl(baseUrl, path, query, secretParams) {
  let url = /^[a-z][a-z\d+.-]*:\/\//i.test(path) ? path : baseUrl.replace(/\/+$/, "") + path;
  const qs = query ? serializeQuery(query) : "";
  if (qs) url += (url.includes("?") ? "&" : "?") + qs;
  return secretParams ? redactUrl(url, secretParams) : url;
}
function redactUrl(url, secretParams = []) {
  const u = new URL(url);
  let changed = false;
  if (u.password) {
    u.password = "***";
    changed = true;
  }
  for (const name of secretParams) {
    if (u.searchParams.has(name)) {
      u.searchParams.set(name, "***");
      changed = true;
    }
  }
  return changed ? u.href : url;
}
function encodePathParam(value, style = "simple", explode = false, name = "") {
  const map = isMap(value);
  const items = Array.isArray(value) ? value.map((v) => enc(str(v))) : map ? entries(value).map(([k, v]) => enc(k) + (explode ? "=" : ",") + enc(str(v))) : [enc(str(value))];
  if (style !== "matrix" && items.every((i) => i === ""))
    throw new SdkError(`Path parameter ${name ? `"${name}" ` : ""}must not be empty`);
  const named = ";" + enc(name) + "=";
  const matrix = style === "matrix";
  let out = (style === "label" ? "." : matrix ? explode && map ? ";" : named : "") + items.join(!explode ? "," : style === "label" ? "." : matrix ? map ? ";" : named : ",");
  if (matrix && out.endsWith("=")) out = out.slice(0, -1);
  if (style === "simple" && (out === "." || out === "..")) {
    throw new SdkError(`Path parameter ${name ? `"${name}" ` : ""}value "${out}" is not allowed`);
  }
  return out;
}

// mem:/core/retry.js
var MAX_RETRY_AFTER_MS = 6e4;
function isRetryableStatus(status) {
  return status === 408 || status === 409 || status === 429 || status >= 500;
}
function backoffMs(attempt2, random = Math.random) {
  return Math.min(500 * 2 ** attempt2, 8e3) * (1 - 0.25 * random());
}
var NUMBER = /^\s*\d+(\.\d+)?\s*$/;
function retryAfterMs(headers, now = Date.now()) {
  const ms = headers.get("retry-after-ms") ?? "";
  const after = headers.get("retry-after") ?? "";
  let delay = NUMBER.test(ms) ? +ms : NUMBER.test(after) ? +after * 1e3 : NaN;
  if (Number.isNaN(delay) && /[a-z]/i.test(after)) delay = Math.max(0, Date.parse(after) - now);
  return delay <= MAX_RETRY_AFTER_MS ? delay : void 0;
}
function retryDelayMs(attempt2, headers) {
  return (headers && retryAfterMs(headers)) ?? backoffMs(attempt2);
}
function sleep(ms, signal) {
  return new Promise((resolve, reject) => {
    const abort = () => {
      clearTimeout(timer);
      reject(new AbortError(void 0, { cause: signal?.reason }));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", abort);
      resolve();
    }, ms);
    if (signal?.aborted) abort();
    else signal?.addEventListener("abort", abort, { once: true });
  });
}

// mem:/core/http-promise.js
var HttpPromise = class {
  #raw;
  /** @param raw - The in-flight call, resolving to the data and its raw response. */
  constructor(raw) {
    this.#raw = raw;
  }
  /** Resolves to the data together with the response's status, headers and URL. */
  withRawResponse() {
    return this.#raw;
  }
  /** Like `Promise.prototype.then`, on the data. */
  then(onfulfilled, onrejected) {
    return this.#raw.then((r) => onfulfilled ? onfulfilled(r.data) : r.data, onrejected);
  }
  /** Like `Promise.prototype.catch`, on the data. */
  catch(onrejected) {
    return this.then(void 0, onrejected);
  }
  /** Like `Promise.prototype.finally`, on the data. */
  finally(onfinally) {
    return this.then().finally(onfinally);
  }
  /** "HttpPromise". */
  get [Symbol.toStringTag]() {
    return "HttpPromise";
  }
};

// mem:/core/fetcher.js
function request(core, spec, options = {}) {
  return new HttpPromise(send(core, spec, options));
}
var ACCEPT = {
  json: "application/json",
  sse: "text/event-stream",
  ndjson: "application/x-ndjson"
};
async function send(core, spec, opts) {
  const signal = opts.abortSignal;
  if (signal?.aborted) throw aborted(signal);
  const rt = spec.responseType;
  if ((rt === "sse" || rt === "ndjson") && !spec.stream) throw new SdkError(`responseType "${rt}" needs spec.stream`);
  const headers = {};
  let keyRemoved = false;
  const auth = core.auth && await core.auth();
  for (const src of [auth?.headers, await core.headers(), spec.headers, opts.headers]) {
    for (const name in src) {
      const key = name.toLowerCase();
      const value = src[name];
      if (value != null) headers[key] = value;
      else {
        delete headers[key];
        keyRemoved ||= key === "idempotency-key";
      }
    }
  }
  const accept = ACCEPT[rt];
  if (accept) headers.accept ??= accept;
  const base = typeof core.baseUrl === "function" ? core.baseUrl() : core.baseUrl;
  const clientQuery = [...auth?.query ?? [], ...core.query && await core.query() || []];
  const path = typeof spec.path === "function" ? spec.path() : spec.path;
  const url = buildUrl(base, path, clientQuery.length ? [...clientQuery, ...spec.query ?? []] : spec.query);
  const secrets = core.secretQueryParams;
  if (url.includes("@") && /^[a-z][a-z\d+.-]*:\/\/[^/?#]*@/i.test(url)) {
    throw new SdkError("Credentials in the URL are not supported: pass them as client options");
  }
  const safeUrl = secrets?.length ? displayUrl(url, secrets) : url;
  const body = spec.body ? await encodeBody(spec.body, headers) : null;
  const method = spec.method.toUpperCase();
  const maxRetries = opts.maxRetries ?? core.maxRetries ?? 2;
  if (maxRetries > 0 && !keyRemoved && method !== "GET" && method !== "HEAD" && method !== "OPTIONS") {
    headers["idempotency-key"] ??= uuid();
  }
  const call = {
    spec,
    url,
    safeUrl,
    secrets,
    init: { method, headers, body },
    fetch: core.fetch,
    timeoutMs: Math.min((opts.timeoutInSeconds ?? core.timeoutInSeconds ?? 60) * 1e3, 2 ** 31 - 1),
    signal
  };
  for (let n = 0; ; n++) {
    try {
      return await attempt(call);
    } catch (e) {
      const retryable = e instanceof ConnectionError || e instanceof ApiError && isRetryableStatus(e.statusCode);
      if (n >= maxRetries || !retryable) throw e;
      await sleep(retryDelayMs(n, e.rawResponse?.headers), signal);
    }
  }
}
async function encodeBody(b, headers) {
  if (b.type === "multipart") {
    if (!b.toFormData) throw new SdkError("multipart body needs toFormData");
    delete headers["content-type"];
    return b.toFormData(b.parts);
  }
  if (b.value === void 0) return null;
  let body;
  let type;
  if (b.type === "binary") {
    const file = b.resolveFile ? await b.resolveFile(b.value) : { blob: b.value };
    body = file.blob;
    type = file.contentType ?? b.contentType ?? (file.blob.type || "application/octet-stream");
  } else if (b.type === "form") {
    body = serializeQuery(Object.entries(b.value).map(([name, value]) => ({ name, value })));
    type = "application/x-www-form-urlencoded";
  } else if (b.type === "text") {
    body = b.value;
    type = b.contentType;
  } else {
    body = JSON.stringify(b.value);
    type = "application/json";
  }
  if (type) headers["content-type"] ??= type;
  return body;
}
async function attempt(call) {
  const { spec, signal, init } = call;
  const rt = spec.responseType;
  const controller = new AbortController();
  const abort = () => controller.abort();
  const timer = setTimeout(abort, call.timeoutMs);
  timer.unref?.();
  signal?.addEventListener("abort", abort);
  let keepListener = false;
  try {
    init.signal = controller.signal;
    const fetchFn = call.fetch ?? fetch;
    const pending = fetchFn(call.url, init);
    let res;
    try {
      res = await pending;
    } catch (e) {
      throw failure(call, controller.signal, e);
    }
    const streaming = res.ok && (rt === "stream" || rt === "sse" || rt === "ndjson");
    let data;
    if (!streaming) {
      const reading = res.ok && rt === "blob" ? res.blob() : res.text();
      try {
        data = await reading;
      } catch (e) {
        throw failure(call, controller.signal, e);
      }
    }
    const status = res.status;
    const rawResponse = {
      status,
      statusText: res.statusText,
      headers: res.headers,
      url: !res.url || res.url === call.url ? call.safeUrl : displayUrl(res.url, call.secrets)
    };
    if (streaming) {
      clearTimeout(timer);
      const data2 = spec.stream ? spec.stream({
        response: res,
        responseType: rt,
        rawResponse,
        parse: spec.parse,
        terminator: spec.streamTerminator,
        signal,
        close: () => signal?.removeEventListener("abort", abort)
      }) : res.body;
      keepListener = true;
      return { data: data2, rawResponse };
    }
    if (!res.ok) throw apiError(spec.errors, rawResponse, data);
    if (rt === "json") {
      try {
        data = JSON.parse(data);
      } catch (cause) {
        if (data.trim() || !spec.emptyOk) {
          throw new ResponseError({ statusCode: status, rawText: data, rawResponse, cause });
        }
        data = spec.emptyOk === "object" ? {} : void 0;
      }
    }
    return {
      data: rt === "none" || data === void 0 ? void 0 : spec.parse ? spec.parse(data, status) : data,
      rawResponse
    };
  } finally {
    clearTimeout(timer);
    if (!keepListener) signal?.removeEventListener("abort", abort);
  }
}
function failure(call, timeout, e) {
  const { signal, init } = call;
  return signal?.aborted ? aborted(signal) : timeout.aborted ? new TimeoutError(`${init.method} ${call.safeUrl} timed out after ${call.timeoutMs / 1e3} s`) : e instanceof TypeError && MISUSE.test(e.message) ? e : refused(call) ?? new ConnectionError(`${init.method} ${call.safeUrl} failed: ${reason(e)}`, { cause: e });
}
var MISUSE = /Illegal invocation|does not implement interface|Can only call \S+ on instances of/;
function refused({ url, init }) {
  try {
    new URL(url);
  } catch {
    return new SdkError("Invalid URL (check baseUrl)");
  }
  for (const name in init.headers) {
    try {
      new Headers({ [name]: init.headers[name] });
    } catch {
      return new SdkError(`Invalid header "${name}"`);
    }
  }
  return void 0;
}
function displayUrl(url, secrets) {
  try {
    return redactUrl(url, secrets);
  } catch {
    return "(invalid URL)";
  }
}
function apiError(errors, rawResponse, text) {
  const { status, headers } = rawResponse;
  const key = [String(status), `${status / 100 | 0}XX`, "default"].find((k) => errors.byStatus?.[k]);
  let body = text || void 0;
  try {
    body = JSON.parse(text);
    const parse = key && errors.parse?.[key];
    if (parse) body = parse(body);
  } catch {
  }
  const Class = key && errors.byStatus[key] || errors.base;
  return new Class({
    statusCode: status,
    body,
    rawResponse,
    requestId: headers.get("x-request-id") ?? headers.get("request-id") ?? void 0
  });
}
function aborted(signal) {
  return new AbortError(void 0, { cause: signal.reason });
}
function reason(e) {
  return e?.cause?.message || e?.message || String(e);
}
function uuid() {
  return globalThis.crypto?.randomUUID?.() ?? Date.now().toString(36) + Math.random().toString(36).slice(1);
}

// mem:/errors.js
var CohereError = class extends ApiError {
  name = "CohereError";
};
var BadRequestError = class extends CohereError {
  name = "BadRequestError";
};
var UnauthorizedError = class extends CohereError {
  name = "UnauthorizedError";
};
var ForbiddenError = class extends CohereError {
  name = "ForbiddenError";
};
var NotFoundError = class extends CohereError {
  name = "NotFoundError";
};
var UnprocessableEntityError = class extends CohereError {
  name = "UnprocessableEntityError";
};
var TooManyRequestsError = class extends CohereError {
  name = "TooManyRequestsError";
};
var InvalidTokenError = class extends CohereError {
  name = "InvalidTokenError";
};
var ClientClosedRequestError = class extends CohereError {
  name = "ClientClosedRequestError";
};
var InternalServerError = class extends CohereError {
  name = "InternalServerError";
};
var NotImplementedError = class extends CohereError {
  name = "NotImplementedError";
};
var ServiceUnavailableError = class extends CohereError {
  name = "ServiceUnavailableError";
};
var GatewayTimeoutError = class extends CohereError {
  name = "GatewayTimeoutError";
};
var errorTable = {
  base: CohereError,
  byStatus: {
    "400": BadRequestError,
    "401": UnauthorizedError,
    "403": ForbiddenError,
    "404": NotFoundError,
    "422": UnprocessableEntityError,
    "429": TooManyRequestsError,
    "498": InvalidTokenError,
    "499": ClientClosedRequestError,
    "500": InternalServerError,
    "501": NotImplementedError,
    "503": ServiceUnavailableError,
    "504": GatewayTimeoutError
  }
};

// mem:/mappers.js
var toDate = (w) => w == null ? w : new Date(w);
function apiMetaApiVersionFromWire(w) {
  if (w == null || typeof w !== "object") return w;
  const { is_deprecated: v1, is_experimental: v2, ...o } = w;
  if (v1 !== void 0) o.isDeprecated = v1;
  if (v2 !== void 0) o.isExperimental = v2;
  return o;
}
function apiMetaBilledUnitsFromWire(w) {
  if (w == null || typeof w !== "object") return w;
  const { input_tokens: v1, output_tokens: v2, search_units: v3, ...o } = w;
  if (v1 !== void 0) o.inputTokens = v1;
  if (v2 !== void 0) o.outputTokens = v2;
  if (v3 !== void 0) o.searchUnits = v3;
  return o;
}
function apiMetaFromWire(w) {
  if (w == null || typeof w !== "object") return w;
  const { api_version: v0, billed_units: v1, tokens: v2, cached_tokens: v3, ...o } = w;
  if (v0 !== void 0) o.apiVersion = v0 == null ? v0 : apiMetaApiVersionFromWire(v0);
  if (v1 !== void 0) o.billedUnits = v1 == null ? v1 : apiMetaBilledUnitsFromWire(v1);
  if (v2 !== void 0) o.tokens = v2 == null ? v2 : apiMetaTokensFromWire(v2);
  if (v3 !== void 0) o.cachedTokens = v3;
  return o;
}
function apiMetaTokensFromWire(w) {
  if (w == null || typeof w !== "object") return w;
  const { input_tokens: v0, output_tokens: v1, ...o } = w;
  if (v0 !== void 0) o.inputTokens = v0;
  if (v1 !== void 0) o.outputTokens = v1;
  return o;
}
function chatDataMetricsFromWire(w) {
  if (w == null || typeof w !== "object") return w;
  const { num_train_turns: v0, num_eval_turns: v1, ...o } = w;
  if (v0 !== void 0) o.numTrainTurns = v0;
  if (v1 !== void 0) o.numEvalTurns = v1;
  return o;
}
function classifyDataMetricsFromWire(w) {
  if (w == null || typeof w !== "object") return w;
  const { label_metrics: v0, ...o } = w;
  if (v0 !== void 0) o.labelMetrics = v0 == null ? v0 : labelMetricArrayFromWire(v0);
  return o;
}
function createEmbedJobRequestToWire(w) {
  if (w == null || typeof w !== "object") return w;
  const { datasetId: v1, inputType: v2, embeddingTypes: v4, ...o } = w;
  if (v1 !== void 0) o.dataset_id = v1;
  if (v2 !== void 0) o.input_type = v2;
  if (v4 !== void 0) o.embedding_types = v4;
  return o;
}
function createEmbedJobResponseFromWire(w) {
  if (w == null || typeof w !== "object") return w;
  const { job_id: v0, meta: v1, ...o } = w;
  if (v0 !== void 0) o.jobId = v0;
  if (v1 !== void 0) o.meta = v1 == null ? v1 : apiMetaFromWire(v1);
  return o;
}
function datasetArrayFromWire(w) {
  if (w == null) return w;
  return Array.isArray(w) ? w.map(datasetFromWire) : w;
}
function datasetFromWire(w) {
  if (w == null || typeof w !== "object") return w;
  const {
    created_at: v2,
    updated_at: v3,
    dataset_type: v4,
    validation_status: v5,
    validation_error: v6,
    required_fields: v8,
    preserve_fields: v9,
    dataset_parts: v10,
    validation_warnings: v11,
    parse_info: v12,
    metrics: v13,
    ...o
  } = w;
  if (v2 !== void 0) o.createdAt = v2 == null ? v2 : toDate(v2);
  if (v3 !== void 0) o.updatedAt = v3 == null ? v3 : toDate(v3);
  if (v4 !== void 0) o.datasetType = v4;
  if (v5 !== void 0) o.validationStatus = v5;
  if (v6 !== void 0) o.validationError = v6;
  if (v8 !== void 0) o.requiredFields = v8;
  if (v9 !== void 0) o.preserveFields = v9;
  if (v10 !== void 0) o.datasetParts = v10 == null ? v10 : datasetPartArrayFromWire(v10);
  if (v11 !== void 0) o.validationWarnings = v11;
  if (v12 !== void 0) o.parseInfo = v12;
  if (v13 !== void 0) o.metrics = v13 == null ? v13 : metricsFromWire(v13);
  return o;
}
function datasetPartArrayFromWire(w) {
  if (w == null) return w;
  return Array.isArray(w) ? w.map(datasetPartFromWire) : w;
}
function datasetPartFromWire(w) {
  if (w == null || typeof w !== "object") return w;
  const { size_bytes: v4, num_rows: v5, original_url: v6, ...o } = w;
  if (v4 !== void 0) o.sizeBytes = v4;
  if (v5 !== void 0) o.numRows = v5;
  if (v6 !== void 0) o.originalUrl = v6;
  return o;
}
function datasetsGetResponseFromWire(w) {
  if (w == null || typeof w !== "object") return w;
  const { dataset: v0, ...o } = w;
  if (v0 !== void 0) o.dataset = v0 == null ? v0 : datasetFromWire(v0);
  return o;
}
function datasetsGetUsageResponseFromWire(w) {
  if (w == null || typeof w !== "object") return w;
  const { organization_usage: v0, ...o } = w;
  if (v0 !== void 0) o.organizationUsage = v0;
  return o;
}
function datasetsListResponseFromWire(w) {
  if (w == null || typeof w !== "object") return w;
  const { datasets: v0, ...o } = w;
  if (v0 !== void 0) o.datasets = v0 == null ? v0 : datasetArrayFromWire(v0);
  return o;
}
function embedByTypeResponseFromWire(w) {
  if (w == null || typeof w !== "object") return w;
  const { response_type: v0, images: v4, meta: v5, ...o } = w;
  if (v0 !== void 0) o.responseType = v0;
  if (v4 !== void 0) o.images = v4 == null ? v4 : imageArrayFromWire(v4);
  if (v5 !== void 0) o.meta = v5 == null ? v5 : apiMetaFromWire(v5);
  return o;
}
function embedContentArrayToWire(w) {
  if (w == null) return w;
  return Array.isArray(w) ? w.map(embedContentToWire) : w;
}
function embedContentToWire(w) {
  if (w == null || typeof w !== "object") return w;
  switch (w["type"]) {
    case "image_url":
      return embedImageToWire(w);
    default:
      return w;
  }
}
function embedImageToWire(w) {
  if (w == null || typeof w !== "object") return w;
  const { imageUrl: v1, ...o } = w;
  if (v1 !== void 0) o.image_url = v1;
  return o;
}
function embedInputArrayToWire(w) {
  if (w == null) return w;
  return Array.isArray(w) ? w.map(embedInputToWire) : w;
}
function embedInputToWire(w) {
  if (w == null || typeof w !== "object") return w;
  const { content: v0, ...o } = w;
  if (v0 !== void 0) o.content = v0 == null ? v0 : embedContentArrayToWire(v0);
  return o;
}
function embedJobArrayFromWire(w) {
  if (w == null) return w;
  return Array.isArray(w) ? w.map(embedJobFromWire) : w;
}
function embedJobFromWire(w) {
  if (w == null || typeof w !== "object") return w;
  const { job_id: v0, created_at: v3, input_dataset_id: v4, output_dataset_id: v5, meta: v8, ...o } = w;
  if (v0 !== void 0) o.jobId = v0;
  if (v3 !== void 0) o.createdAt = v3 == null ? v3 : toDate(v3);
  if (v4 !== void 0) o.inputDatasetId = v4;
  if (v5 !== void 0) o.outputDatasetId = v5;
  if (v8 !== void 0) o.meta = v8 == null ? v8 : apiMetaFromWire(v8);
  return o;
}
function finetuneDatasetMetricsFromWire(w) {
  if (w == null || typeof w !== "object") return w;
  const {
    trainable_token_count: v0,
    total_examples: v1,
    train_examples: v2,
    train_size_bytes: v3,
    eval_examples: v4,
    eval_size_bytes: v5,
    reranker_data_metrics: v6,
    chat_data_metrics: v7,
    classify_data_metrics: v8,
    ...o
  } = w;
  if (v0 !== void 0) o.trainableTokenCount = v0;
  if (v1 !== void 0) o.totalExamples = v1;
  if (v2 !== void 0) o.trainExamples = v2;
  if (v3 !== void 0) o.trainSizeBytes = v3;
  if (v4 !== void 0) o.evalExamples = v4;
  if (v5 !== void 0) o.evalSizeBytes = v5;
  if (v6 !== void 0) o.rerankerDataMetrics = v6 == null ? v6 : rerankerDataMetricsFromWire(v6);
  if (v7 !== void 0) o.chatDataMetrics = v7 == null ? v7 : chatDataMetricsFromWire(v7);
  if (v8 !== void 0) o.classifyDataMetrics = v8 == null ? v8 : classifyDataMetricsFromWire(v8);
  return o;
}
function imageArrayFromWire(w) {
  if (w == null) return w;
  return Array.isArray(w) ? w.map(imageFromWire) : w;
}
function imageFromWire(w) {
  if (w == null || typeof w !== "object") return w;
  const { bit_depth: v3, ...o } = w;
  if (v3 !== void 0) o.bitDepth = v3;
  return o;
}
function labelMetricArrayFromWire(w) {
  if (w == null) return w;
  return Array.isArray(w) ? w.map(labelMetricFromWire) : w;
}
function labelMetricFromWire(w) {
  if (w == null || typeof w !== "object") return w;
  const { total_examples: v0, ...o } = w;
  if (v0 !== void 0) o.totalExamples = v0;
  return o;
}
function listEmbedJobResponseFromWire(w) {
  if (w == null || typeof w !== "object") return w;
  const { embed_jobs: v0, ...o } = w;
  if (v0 !== void 0) o.embedJobs = v0 == null ? v0 : embedJobArrayFromWire(v0);
  return o;
}
function metricsFromWire(w) {
  if (w == null || typeof w !== "object") return w;
  const { finetune_dataset_metrics: v0, ...o } = w;
  if (v0 !== void 0) o.finetuneDatasetMetrics = v0 == null ? v0 : finetuneDatasetMetricsFromWire(v0);
  return o;
}
function rerankerDataMetricsFromWire(w) {
  if (w == null || typeof w !== "object") return w;
  const {
    num_train_queries: v0,
    num_train_relevant_passages: v1,
    num_train_hard_negatives: v2,
    num_eval_queries: v3,
    num_eval_relevant_passages: v4,
    num_eval_hard_negatives: v5,
    ...o
  } = w;
  if (v0 !== void 0) o.numTrainQueries = v0;
  if (v1 !== void 0) o.numTrainRelevantPassages = v1;
  if (v2 !== void 0) o.numTrainHardNegatives = v2;
  if (v3 !== void 0) o.numEvalQueries = v3;
  if (v4 !== void 0) o.numEvalRelevantPassages = v4;
  if (v5 !== void 0) o.numEvalHardNegatives = v5;
  return o;
}
function v2EmbedRequestToWire(w) {
  if (w == null || typeof w !== "object") return w;
  const { inputType: v3, inputs: v4, maxTokens: v5, outputDimension: v6, embeddingTypes: v7, ...o } = w;
  if (v3 !== void 0) o.input_type = v3;
  if (v4 !== void 0) o.inputs = v4 == null ? v4 : embedInputArrayToWire(v4);
  if (v5 !== void 0) o.max_tokens = v5;
  if (v6 !== void 0) o.output_dimension = v6;
  if (v7 !== void 0) o.embedding_types = v7;
  return o;
}

export {
  SdkError,
  TimeoutError,
  ConnectionError,
  AbortError,
  ResponseError,
  CohereEnvironment,
  createCore,
  encodePathParam,
  sleep,
  request,
  CohereError,
  BadRequestError,
  UnauthorizedError,
  ForbiddenError,
  NotFoundError,
  UnprocessableEntityError,
  TooManyRequestsError,
  InvalidTokenError,
  ClientClosedRequestError,
  InternalServerError,
  NotImplementedError,
  ServiceUnavailableError,
  GatewayTimeoutError,
  errorTable,
  createEmbedJobRequestToWire,
  createEmbedJobResponseFromWire,
  datasetsGetResponseFromWire,
  datasetsGetUsageResponseFromWire,
  datasetsListResponseFromWire,
  embedByTypeResponseFromWire,
  embedJobFromWire,
  listEmbedJobResponseFromWire,
  v2EmbedRequestToWire
};
