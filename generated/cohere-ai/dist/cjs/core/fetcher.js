"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.request = request;
const errors_js_1 = require("./errors.js");
const url_js_1 = require("./url.js");
const retry_js_1 = require("./retry.js");
const http_promise_js_1 = require("./http-promise.js");
function request(core, spec, options = {}) {
    return new http_promise_js_1.HttpPromise(send(core, spec, options));
}
/** The default `accept` header by response type. */
const ACCEPT = {
    json: "application/json",
    sse: "text/event-stream",
    ndjson: "application/x-ndjson",
};
/** The whole call: prepared once, then one {@link attempt} per try. */
async function send(core, spec, opts) {
    const signal = opts.abortSignal;
    if (signal?.aborted)
        throw aborted(signal);
    const rt = spec.responseType;
    if ((rt === "sse" || rt === "ndjson") && !spec.stream)
        throw new errors_js_1.SdkError(`responseType "${rt}" needs spec.stream`);
    // Headers: client, then operation, then call; null/undefined removes. Lower-case names make the merge
    // case-insensitive. Values never appear in errors.
    const headers = {};
    let keyRemoved = false;
    const auth = core.auth && (await core.auth());
    for (const src of [auth?.headers, await core.headers(), spec.headers, opts.headers]) {
        for (const name in src) {
            const key = name.toLowerCase();
            const value = src[name];
            if (value != null)
                headers[key] = value;
            else {
                delete headers[key];
                keyRemoved ||= key === "idempotency-key";
            }
        }
    }
    const accept = ACCEPT[rt];
    if (accept)
        headers.accept ??= accept;
    const base = typeof core.baseUrl === "function" ? core.baseUrl() : core.baseUrl;
    const clientQuery = [...(auth?.query ?? []), ...((core.query && (await core.query())) || [])];
    const path = typeof spec.path === "function" ? spec.path() : spec.path;
    const url = (0, url_js_1.buildUrl)(base, path, clientQuery.length ? [...clientQuery, ...(spec.query ?? [])] : spec.query);
    const secrets = core.secretQueryParams;
    // fetch refuses URLs with userinfo and echoes them (password included) in its message: refuse first, quietly.
    if (url.includes("@") && /^[a-z][a-z\d+.-]*:\/\/[^/?#]*@/i.test(url)) {
        throw new errors_js_1.SdkError("Credentials in the URL are not supported: pass them as client options");
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
        timeoutMs: Math.min((opts.timeoutInSeconds ?? core.timeoutInSeconds ?? 60) * 1000, 2 ** 31 - 1),
        signal,
    };
    for (let n = 0;; n++) {
        try {
            return await attempt(call);
        }
        catch (e) {
            // Retried: connection failures and retryable statuses. Not retried: timeouts, aborts, everything else.
            const retryable = e instanceof errors_js_1.ConnectionError || (e instanceof errors_js_1.ApiError && (0, retry_js_1.isRetryableStatus)(e.statusCode));
            if (n >= maxRetries || !retryable)
                throw e;
            await (0, retry_js_1.sleep)((0, retry_js_1.retryDelayMs)(n, e.rawResponse?.headers), signal);
        }
    }
}
/**
 * Encodes the body once for every attempt (`resolveFile` buffers streams into a Blob, so they replay too) and sets
 * its default `content-type` unless the caller set one. An optional body the caller left out sends nothing.
 */
async function encodeBody(b, headers) {
    if (b.type === "multipart") {
        if (!b.toFormData)
            throw new errors_js_1.SdkError("multipart body needs toFormData");
        delete headers["content-type"]; // fetch sets it, with the boundary
        return b.toFormData(b.parts);
    }
    if (b.value === undefined)
        return null;
    let body;
    let type;
    if (b.type === "binary") {
        const file = b.resolveFile ? await b.resolveFile(b.value) : { blob: b.value };
        body = file.blob;
        type = file.contentType ?? b.contentType ?? (file.blob.type || "application/octet-stream");
    }
    else if (b.type === "form") {
        body = (0, url_js_1.serializeQuery)(Object.entries(b.value).map(([name, value]) => ({ name, value })));
        type = "application/x-www-form-urlencoded";
    }
    else if (b.type === "text") {
        body = b.value;
        type = b.contentType; // fetch defaults to text/plain;charset=UTF-8
    }
    else {
        body = JSON.stringify(b.value);
        type = "application/json";
    }
    if (type)
        headers["content-type"] ??= type;
    return body;
}
/**
 * One exchange under its own timeout (connect, headers and, for buffered responses, the body). Resolves to the
 * decoded data; rejects with `ApiError` for non-2xx, or `TimeoutError` / `AbortError` / `ConnectionError` /
 * `ResponseError`.
 */
async function attempt(call) {
    const { spec, signal, init } = call;
    const rt = spec.responseType;
    const controller = new AbortController();
    const abort = () => controller.abort();
    const timer = setTimeout(abort, call.timeoutMs);
    // The pending fetch keeps the process alive; the timer alone need not (and a ref'd timer costs more in Node).
    timer.unref?.();
    signal?.addEventListener("abort", abort);
    let keepListener = false;
    try {
        init.signal = controller.signal;
        // fetch is called as a plain function: browsers and workerd throw "Illegal invocation" when `this` is anything but
        // the global object or undefined. Only the promises that fetch and the body read return stand for the network:
        // what the code around them throws (a fetch that throws at once, a result that is not a Response) is a
        // programming error and propagates as itself, never as a ConnectionError, and is never retried.
        const fetchFn = call.fetch ?? fetch;
        const pending = fetchFn(call.url, init);
        let res;
        try {
            res = await pending;
        }
        catch (e) {
            throw failure(call, controller.signal, e);
        }
        const streaming = res.ok && (rt === "stream" || rt === "sse" || rt === "ndjson");
        let data;
        if (!streaming) {
            // Buffered bodies are read within the timeout: for json, one text() and one JSON.parse, no walk over the data.
            const reading = res.ok && rt === "blob" ? res.blob() : res.text();
            try {
                data = await reading;
            }
            catch (e) {
                throw failure(call, controller.signal, e);
            }
        }
        const status = res.status;
        const rawResponse = {
            status,
            statusText: res.statusText,
            headers: res.headers,
            url: !res.url || res.url === call.url ? call.safeUrl : displayUrl(res.url, call.secrets),
        };
        if (streaming) {
            // The timeout ends with the headers; the abort listener lives until the stream closes.
            clearTimeout(timer);
            const data = spec.stream
                ? spec.stream({
                    response: res,
                    responseType: rt,
                    rawResponse,
                    parse: spec.parse,
                    terminator: spec.streamTerminator,
                    signal,
                    close: () => signal?.removeEventListener("abort", abort),
                })
                : res.body;
            keepListener = true;
            return { data, rawResponse };
        }
        if (!res.ok)
            throw apiError(spec.errors, rawResponse, data);
        if (rt === "json") {
            try {
                data = JSON.parse(data);
            }
            catch (cause) {
                // Empty where the schema needs no data (see RequestSpec.emptyOk): undefined, or `{}` for an object schema.
                if (data.trim() || !spec.emptyOk) {
                    throw new errors_js_1.ResponseError({ statusCode: status, rawText: data, rawResponse, cause });
                }
                data = spec.emptyOk === "object" ? {} : undefined;
            }
        }
        return {
            data: rt === "none" || data === undefined ? undefined : spec.parse ? spec.parse(data, status) : data,
            rawResponse,
        };
    }
    finally {
        clearTimeout(timer);
        if (!keepListener)
            signal?.removeEventListener("abort", abort);
    }
}
/**
 * Why fetch or the body read rejected: the caller's abort, our timeout, fetch called the wrong way (the runtime's own
 * TypeError, as it is), input fetch refused, else the network.
 */
function failure(call, timeout, e) {
    const { signal, init } = call;
    return signal?.aborted
        ? aborted(signal)
        : timeout.aborted
            ? new errors_js_1.TimeoutError(`${init.method} ${call.safeUrl} timed out after ${call.timeoutMs / 1000} s`)
            : e instanceof TypeError && MISUSE.test(e.message)
                ? e
                : (refused(call) ?? new errors_js_1.ConnectionError(`${init.method} ${call.safeUrl} failed: ${reason(e)}`, { cause: e }));
}
/**
 * How runtimes word a fetch called with a foreign `this`, which Chromium reports as a rejection rather than a throw:
 * V8 and workerd ("Illegal invocation"), Firefox ("called on an object that does not implement interface"),
 * WebKit ("Can only call Window.fetch on instances of Window").
 */
const MISUSE = /Illegal invocation|does not implement interface|Can only call \S+ on instances of/;
/**
 * The input fetch refused, if that is why it rejected: checked here, off the success path, so that fetch's own
 * message (which may echo a header value or the URL's query) never reaches an error.
 */
function refused({ url, init }) {
    try {
        new URL(url);
    }
    catch {
        return new errors_js_1.SdkError("Invalid URL (check baseUrl)");
    }
    for (const name in init.headers) {
        try {
            new Headers({ [name]: init.headers[name] }); // the runtime's own rules, as fetch applies them
        }
        catch {
            return new errors_js_1.SdkError(`Invalid header "${name}"`);
        }
    }
    return undefined;
}
/** {@link redactUrl}, but an unparsable URL gives a placeholder (and a TypeError that could echo it is never thrown). */
function displayUrl(url, secrets) {
    try {
        return (0, url_js_1.redactUrl)(url, secrets);
    }
    catch {
        return "(invalid URL)";
    }
}
/** Builds the error for a non-2xx response from the operation's error table: exact status, then range, then default. */
function apiError(errors, rawResponse, text) {
    const { status, headers } = rawResponse;
    const key = [String(status), `${(status / 100) | 0}XX`, "default"].find((k) => errors.byStatus?.[k]);
    let body = text || undefined;
    try {
        body = JSON.parse(text);
        const parse = key && errors.parse?.[key];
        if (parse)
            body = parse(body);
    }
    catch {
        // not JSON, or an unexpected error shape: keep what we have
    }
    const Class = (key && errors.byStatus[key]) || errors.base;
    return new Class({
        statusCode: status,
        body,
        rawResponse,
        requestId: headers.get("x-request-id") ?? headers.get("request-id") ?? undefined,
    });
}
/** The error for a caller abort, carrying the signal's reason. */
function aborted(signal) {
    return new errors_js_1.AbortError(undefined, { cause: signal.reason });
}
/** The most specific description of a network error (fetch wraps the system error in `cause`). */
function reason(e) {
    return e?.cause?.message || e?.message || String(e);
}
/** An idempotency key: `crypto.randomUUID()` where available (secure contexts, Node 19+), else time + Math.random. */
function uuid() {
    return globalThis.crypto?.randomUUID?.() ?? Date.now().toString(36) + Math.random().toString(36).slice(1);
}
