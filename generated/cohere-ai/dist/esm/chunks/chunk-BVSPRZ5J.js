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
  const error = e;
  const message = error?.cause?.message || error?.message;
  return typeof message === "string" && message ? message : String(e);
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
var isWireObject = (value) => typeof value === "object" && value !== null;
var toDate = (wire) => typeof wire === "string" || typeof wire === "number" ? new Date(wire) : wire;
function apiMetaApiVersionFromWire(wire) {
  if (!isWireObject(wire)) return wire;
  const { is_deprecated: isDeprecated, is_experimental: isExperimental, ...result } = wire;
  if (isDeprecated !== void 0) result.isDeprecated = isDeprecated;
  if (isExperimental !== void 0) result.isExperimental = isExperimental;
  return result;
}
function apiMetaBilledUnitsFromWire(wire) {
  if (!isWireObject(wire)) return wire;
  const { input_tokens: inputTokens, output_tokens: outputTokens, search_units: searchUnits, ...result } = wire;
  if (inputTokens !== void 0) result.inputTokens = inputTokens;
  if (outputTokens !== void 0) result.outputTokens = outputTokens;
  if (searchUnits !== void 0) result.searchUnits = searchUnits;
  return result;
}
function apiMetaFromWire(wire) {
  if (!isWireObject(wire)) return wire;
  const { api_version: apiVersion, billed_units: billedUnits, tokens, cached_tokens: cachedTokens, ...result } = wire;
  if (apiVersion !== void 0) result.apiVersion = apiMetaApiVersionFromWire(apiVersion);
  if (billedUnits !== void 0) result.billedUnits = apiMetaBilledUnitsFromWire(billedUnits);
  if (tokens !== void 0) result.tokens = apiMetaTokensFromWire(tokens);
  if (cachedTokens !== void 0) result.cachedTokens = cachedTokens;
  return result;
}
function apiMetaTokensFromWire(wire) {
  if (!isWireObject(wire)) return wire;
  const { input_tokens: inputTokens, output_tokens: outputTokens, ...result } = wire;
  if (inputTokens !== void 0) result.inputTokens = inputTokens;
  if (outputTokens !== void 0) result.outputTokens = outputTokens;
  return result;
}
function chatDataMetricsFromWire(wire) {
  if (!isWireObject(wire)) return wire;
  const { num_train_turns: numTrainTurns, num_eval_turns: numEvalTurns, ...result } = wire;
  if (numTrainTurns !== void 0) result.numTrainTurns = numTrainTurns;
  if (numEvalTurns !== void 0) result.numEvalTurns = numEvalTurns;
  return result;
}
function classifyDataMetricsFromWire(wire) {
  if (!isWireObject(wire)) return wire;
  const { label_metrics: labelMetrics, ...result } = wire;
  if (labelMetrics !== void 0) result.labelMetrics = labelMetricArrayFromWire(labelMetrics);
  return result;
}
function createEmbedJobRequestToWire(value) {
  if (!isWireObject(value)) return value;
  const { datasetId, inputType, embeddingTypes, ...wire } = value;
  if (datasetId !== void 0) wire.dataset_id = datasetId;
  if (inputType !== void 0) wire.input_type = inputType;
  if (embeddingTypes !== void 0) wire.embedding_types = embeddingTypes;
  return wire;
}
function createEmbedJobResponseFromWire(wire) {
  if (!isWireObject(wire)) return wire;
  const { job_id: jobId, meta, ...result } = wire;
  if (jobId !== void 0) result.jobId = jobId;
  if (meta !== void 0) result.meta = apiMetaFromWire(meta);
  return result;
}
function datasetArrayFromWire(wire) {
  return Array.isArray(wire) ? wire.map(datasetFromWire) : wire;
}
function datasetFromWire(wire) {
  if (!isWireObject(wire)) return wire;
  const {
    created_at: createdAt,
    updated_at: updatedAt,
    dataset_type: datasetType,
    validation_status: validationStatus,
    validation_error: validationError,
    required_fields: requiredFields,
    preserve_fields: preserveFields,
    dataset_parts: datasetParts,
    validation_warnings: validationWarnings,
    parse_info: parseInfo,
    metrics,
    ...result
  } = wire;
  if (createdAt !== void 0) result.createdAt = toDate(createdAt);
  if (updatedAt !== void 0) result.updatedAt = toDate(updatedAt);
  if (datasetType !== void 0) result.datasetType = datasetType;
  if (validationStatus !== void 0) result.validationStatus = validationStatus;
  if (validationError !== void 0) result.validationError = validationError;
  if (requiredFields !== void 0) result.requiredFields = requiredFields;
  if (preserveFields !== void 0) result.preserveFields = preserveFields;
  if (datasetParts !== void 0) result.datasetParts = datasetPartArrayFromWire(datasetParts);
  if (validationWarnings !== void 0) result.validationWarnings = validationWarnings;
  if (parseInfo !== void 0) result.parseInfo = parseInfo;
  if (metrics !== void 0) result.metrics = metricsFromWire(metrics);
  return result;
}
function datasetPartArrayFromWire(wire) {
  return Array.isArray(wire) ? wire.map(datasetPartFromWire) : wire;
}
function datasetPartFromWire(wire) {
  if (!isWireObject(wire)) return wire;
  const { size_bytes: sizeBytes, num_rows: numRows, original_url: originalUrl, ...result } = wire;
  if (sizeBytes !== void 0) result.sizeBytes = sizeBytes;
  if (numRows !== void 0) result.numRows = numRows;
  if (originalUrl !== void 0) result.originalUrl = originalUrl;
  return result;
}
function datasetsGetResponseFromWire(wire) {
  if (!isWireObject(wire)) return wire;
  const { dataset, ...result } = wire;
  if (dataset !== void 0) result.dataset = datasetFromWire(dataset);
  return result;
}
function datasetsGetUsageResponseFromWire(wire) {
  if (!isWireObject(wire)) return wire;
  const { organization_usage: organizationUsage, ...result } = wire;
  if (organizationUsage !== void 0) result.organizationUsage = organizationUsage;
  return result;
}
function datasetsListResponseFromWire(wire) {
  if (!isWireObject(wire)) return wire;
  const { datasets, ...result } = wire;
  if (datasets !== void 0) result.datasets = datasetArrayFromWire(datasets);
  return result;
}
function embedByTypeResponseFromWire(wire) {
  if (!isWireObject(wire)) return wire;
  const { response_type: responseType, images, meta, ...result } = wire;
  if (responseType !== void 0) result.responseType = responseType;
  if (images !== void 0) result.images = imageArrayFromWire(images);
  if (meta !== void 0) result.meta = apiMetaFromWire(meta);
  return result;
}
function embedContentArrayToWire(value) {
  return Array.isArray(value) ? value.map(embedContentToWire) : value;
}
function embedContentToWire(value) {
  if (isWireObject(value)) {
    switch (value.type) {
      case "image_url":
        return embedImageToWire(value);
    }
  }
  return value;
}
function embedImageToWire(value) {
  if (!isWireObject(value)) return value;
  const { imageUrl, ...wire } = value;
  if (imageUrl !== void 0) wire.image_url = imageUrl;
  return wire;
}
function embedInputArrayToWire(value) {
  return Array.isArray(value) ? value.map(embedInputToWire) : value;
}
function embedInputToWire(value) {
  if (!isWireObject(value)) return value;
  const { content, ...wire } = value;
  if (content !== void 0) wire.content = embedContentArrayToWire(content);
  return wire;
}
function embedJobArrayFromWire(wire) {
  return Array.isArray(wire) ? wire.map(embedJobFromWire) : wire;
}
function embedJobFromWire(wire) {
  if (!isWireObject(wire)) return wire;
  const {
    job_id: jobId,
    created_at: createdAt,
    input_dataset_id: inputDatasetId,
    output_dataset_id: outputDatasetId,
    meta,
    ...result
  } = wire;
  if (jobId !== void 0) result.jobId = jobId;
  if (createdAt !== void 0) result.createdAt = toDate(createdAt);
  if (inputDatasetId !== void 0) result.inputDatasetId = inputDatasetId;
  if (outputDatasetId !== void 0) result.outputDatasetId = outputDatasetId;
  if (meta !== void 0) result.meta = apiMetaFromWire(meta);
  return result;
}
function finetuneDatasetMetricsFromWire(wire) {
  if (!isWireObject(wire)) return wire;
  const {
    trainable_token_count: trainableTokenCount,
    total_examples: totalExamples,
    train_examples: trainExamples,
    train_size_bytes: trainSizeBytes,
    eval_examples: evalExamples,
    eval_size_bytes: evalSizeBytes,
    reranker_data_metrics: rerankerDataMetrics,
    chat_data_metrics: chatDataMetrics,
    classify_data_metrics: classifyDataMetrics,
    ...result
  } = wire;
  if (trainableTokenCount !== void 0) result.trainableTokenCount = trainableTokenCount;
  if (totalExamples !== void 0) result.totalExamples = totalExamples;
  if (trainExamples !== void 0) result.trainExamples = trainExamples;
  if (trainSizeBytes !== void 0) result.trainSizeBytes = trainSizeBytes;
  if (evalExamples !== void 0) result.evalExamples = evalExamples;
  if (evalSizeBytes !== void 0) result.evalSizeBytes = evalSizeBytes;
  if (rerankerDataMetrics !== void 0) result.rerankerDataMetrics = rerankerDataMetricsFromWire(rerankerDataMetrics);
  if (chatDataMetrics !== void 0) result.chatDataMetrics = chatDataMetricsFromWire(chatDataMetrics);
  if (classifyDataMetrics !== void 0) result.classifyDataMetrics = classifyDataMetricsFromWire(classifyDataMetrics);
  return result;
}
function imageArrayFromWire(wire) {
  return Array.isArray(wire) ? wire.map(imageFromWire) : wire;
}
function imageFromWire(wire) {
  if (!isWireObject(wire)) return wire;
  const { bit_depth: bitDepth, ...result } = wire;
  if (bitDepth !== void 0) result.bitDepth = bitDepth;
  return result;
}
function labelMetricArrayFromWire(wire) {
  return Array.isArray(wire) ? wire.map(labelMetricFromWire) : wire;
}
function labelMetricFromWire(wire) {
  if (!isWireObject(wire)) return wire;
  const { total_examples: totalExamples, ...result } = wire;
  if (totalExamples !== void 0) result.totalExamples = totalExamples;
  return result;
}
function listEmbedJobResponseFromWire(wire) {
  if (!isWireObject(wire)) return wire;
  const { embed_jobs: embedJobs, ...result } = wire;
  if (embedJobs !== void 0) result.embedJobs = embedJobArrayFromWire(embedJobs);
  return result;
}
function metricsFromWire(wire) {
  if (!isWireObject(wire)) return wire;
  const { finetune_dataset_metrics: finetuneDatasetMetrics, ...result } = wire;
  if (finetuneDatasetMetrics !== void 0)
    result.finetuneDatasetMetrics = finetuneDatasetMetricsFromWire(finetuneDatasetMetrics);
  return result;
}
function rerankerDataMetricsFromWire(wire) {
  if (!isWireObject(wire)) return wire;
  const {
    num_train_queries: numTrainQueries,
    num_train_relevant_passages: numTrainRelevantPassages,
    num_train_hard_negatives: numTrainHardNegatives,
    num_eval_queries: numEvalQueries,
    num_eval_relevant_passages: numEvalRelevantPassages,
    num_eval_hard_negatives: numEvalHardNegatives,
    ...result
  } = wire;
  if (numTrainQueries !== void 0) result.numTrainQueries = numTrainQueries;
  if (numTrainRelevantPassages !== void 0) result.numTrainRelevantPassages = numTrainRelevantPassages;
  if (numTrainHardNegatives !== void 0) result.numTrainHardNegatives = numTrainHardNegatives;
  if (numEvalQueries !== void 0) result.numEvalQueries = numEvalQueries;
  if (numEvalRelevantPassages !== void 0) result.numEvalRelevantPassages = numEvalRelevantPassages;
  if (numEvalHardNegatives !== void 0) result.numEvalHardNegatives = numEvalHardNegatives;
  return result;
}
function v2EmbedRequestToWire(value) {
  if (!isWireObject(value)) return value;
  const { inputType, inputs, maxTokens, outputDimension, embeddingTypes, ...wire } = value;
  if (inputType !== void 0) wire.input_type = inputType;
  if (inputs !== void 0) wire.inputs = embedInputArrayToWire(inputs);
  if (maxTokens !== void 0) wire.max_tokens = maxTokens;
  if (outputDimension !== void 0) wire.output_dimension = outputDimension;
  if (embeddingTypes !== void 0) wire.embedding_types = embeddingTypes;
  return wire;
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
