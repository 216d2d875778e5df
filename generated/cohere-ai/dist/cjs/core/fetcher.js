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
var fetcher_exports = {};
__export(fetcher_exports, {
  request: () => request
});
module.exports = __toCommonJS(fetcher_exports);
var import_errors = require("./errors.js");
var import_url = require("./url.js");
var import_retry = require("./retry.js");
var import_http_promise = require("./http-promise.js");
function request(core, spec, options = {}) {
  return new import_http_promise.HttpPromise(send(core, spec, options));
}
const ACCEPT = {
  json: "application/json",
  sse: "text/event-stream",
  ndjson: "application/x-ndjson"
};
async function send(core, spec, opts) {
  const signal = opts.abortSignal;
  if (signal?.aborted) throw aborted(signal);
  const rt = spec.responseType;
  if ((rt === "sse" || rt === "ndjson") && !spec.stream) throw new import_errors.SdkError(`responseType "${rt}" needs spec.stream`);
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
  const url = (0, import_url.buildUrl)(base, path, clientQuery.length ? [...clientQuery, ...spec.query ?? []] : spec.query);
  const secrets = core.secretQueryParams;
  if (url.includes("@") && /^[a-z][a-z\d+.-]*:\/\/[^/?#]*@/i.test(url)) {
    throw new import_errors.SdkError("Credentials in the URL are not supported: pass them as client options");
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
      const retryable = e instanceof import_errors.ConnectionError || e instanceof import_errors.ApiError && (0, import_retry.isRetryableStatus)(e.statusCode);
      if (n >= maxRetries || !retryable) throw e;
      await (0, import_retry.sleep)((0, import_retry.retryDelayMs)(n, e.rawResponse?.headers), signal);
    }
  }
}
async function encodeBody(b, headers) {
  if (b.type === "multipart") {
    if (!b.toFormData) throw new import_errors.SdkError("multipart body needs toFormData");
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
    body = (0, import_url.serializeQuery)(Object.entries(b.value).map(([name, value]) => ({ name, value })));
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
          throw new import_errors.ResponseError({ statusCode: status, rawText: data, rawResponse, cause });
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
  return signal?.aborted ? aborted(signal) : timeout.aborted ? new import_errors.TimeoutError(`${init.method} ${call.safeUrl} timed out after ${call.timeoutMs / 1e3} s`) : e instanceof TypeError && MISUSE.test(e.message) ? e : refused(call) ?? new import_errors.ConnectionError(`${init.method} ${call.safeUrl} failed: ${reason(e)}`, { cause: e });
}
const MISUSE = /Illegal invocation|does not implement interface|Can only call \S+ on instances of/;
function refused({ url, init }) {
  try {
    new URL(url);
  } catch {
    return new import_errors.SdkError("Invalid URL (check baseUrl)");
  }
  for (const name in init.headers) {
    try {
      new Headers({ [name]: init.headers[name] });
    } catch {
      return new import_errors.SdkError(`Invalid header "${name}"`);
    }
  }
  return void 0;
}
function displayUrl(url, secrets) {
  try {
    return (0, import_url.redactUrl)(url, secrets);
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
  return new import_errors.AbortError(void 0, { cause: signal.reason });
}
function reason(e) {
  const error = e;
  const message = error?.cause?.message || error?.message;
  return typeof message === "string" && message ? message : String(e);
}
function uuid() {
  return globalThis.crypto?.randomUUID?.() ?? Date.now().toString(36) + Math.random().toString(36).slice(1);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  request
});
