/**
 * `request()`: performs one API operation (headers, body, URL, timeout, retries, error mapping, response decoding).
 * Multipart encoding and streaming are not imported here: generated code passes them in (see types.ts).
 *
 * The success path is kept to the minimum: headers are a plain object, validation of headers and URL runs only when
 * fetch rejects, the redacted URL is computed only when there is something to redact, and each attempt costs one
 * AbortController, one timer and one closure.
 */
import type {
  ClientCore,
  ErrorTable,
  RawResponse,
  RequestBody,
  RequestOptions,
  RequestSpec,
  ResponseType,
  WithRawResponse,
} from "./types.js";
import type { Stream } from "./stream.js";
import { AbortError, ApiError, ConnectionError, ResponseError, SdkError, TimeoutError } from "./errors.js";
import { buildUrl, redactUrl, serializeQuery } from "./url.js";
import { isRetryableStatus, retryDelayMs, sleep } from "./retry.js";
import { HttpPromise } from "./http-promise.js";

/**
 * Performs `spec` against `core`. Resolves to the decoded 2xx body (see `RequestSpec.responseType`); for `sse` and
 * `ndjson`, to a `Stream` of parsed events. Rejects with an `ApiError` subclass chosen from `spec.errors` for
 * non-2xx, `TimeoutError`, `ConnectionError`, `AbortError` or `ResponseError`, or with whatever `core.auth()`,
 * `core.headers()`, `core.query()`, `spec.path()` or `spec.parse` threw.
 */
export function request<E>(
  core: ClientCore,
  spec: RequestSpec<E> & { responseType: "sse" | "ndjson" },
  options?: RequestOptions,
): HttpPromise<Stream<E>>;
/** Performs `spec`; resolves to the decoded body (json/text/blob/none/stream), typed by `spec.parse` or `T`. */
export function request<T>(core: ClientCore, spec: RequestSpec<T>, options?: RequestOptions): HttpPromise<T>;
export function request(core: ClientCore, spec: RequestSpec<unknown>, options: RequestOptions = {}): HttpPromise<unknown> {
  return new HttpPromise(send(core, spec, options));
}

/** Request headers by lower-case name. */
type HeaderMap = Record<string, string>;

/** The default `accept` header by response type. */
const ACCEPT: Partial<Record<ResponseType, string>> = {
  json: "application/json",
  sse: "text/event-stream",
  ndjson: "application/x-ndjson",
};

/** What every attempt of a call shares, prepared once. */
interface Call {
  spec: RequestSpec<unknown>;
  url: string;
  /** `url` as shown in messages and `rawResponse`: secret query values and any password replaced by `***`. */
  safeUrl: string;
  secrets: readonly string[] | undefined;
  /** method, headers and body; each attempt sets its own `signal`. */
  init: RequestInit & { method: string; headers: HeaderMap };
  /** The caller's fetch, if any. Never called as a method of this object: see {@link attempt}. */
  fetch: typeof fetch | undefined;
  timeoutMs: number;
  signal: AbortSignal | undefined;
}

/** The whole call: prepared once, then one {@link attempt} per try. */
async function send(core: ClientCore, spec: RequestSpec<unknown>, opts: RequestOptions): Promise<WithRawResponse<unknown>> {
  const signal = opts.abortSignal;
  if (signal?.aborted) throw aborted(signal);
  const rt = spec.responseType;
  if ((rt === "sse" || rt === "ndjson") && !spec.stream) throw new SdkError(`responseType "${rt}" needs spec.stream`);

  // Headers: client, then operation, then call; null/undefined removes. Lower-case names make the merge
  // case-insensitive. Values never appear in errors.
  const headers: HeaderMap = {};
  let keyRemoved = false;
  const auth = core.auth && (await core.auth());
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
  const clientQuery = [...(auth?.query ?? []), ...((core.query && (await core.query())) || [])];
  const path = typeof spec.path === "function" ? spec.path() : spec.path;
  const url = buildUrl(base, path, clientQuery.length ? [...clientQuery, ...(spec.query ?? [])] : spec.query);
  const secrets = core.secretQueryParams;
  // fetch refuses URLs with userinfo and echoes them (password included) in its message: refuse first, quietly.
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
  const call: Call = {
    spec,
    url,
    safeUrl,
    secrets,
    init: { method, headers, body },
    fetch: core.fetch,
    timeoutMs: Math.min((opts.timeoutInSeconds ?? core.timeoutInSeconds ?? 60) * 1000, 2 ** 31 - 1),
    signal,
  };

  for (let n = 0; ; n++) {
    try {
      return await attempt(call);
    } catch (e) {
      // Retried: connection failures and retryable statuses. Not retried: timeouts, aborts, everything else.
      const retryable = e instanceof ConnectionError || (e instanceof ApiError && isRetryableStatus(e.statusCode));
      if (n >= maxRetries || !retryable) throw e;
      await sleep(retryDelayMs(n, (e as ApiError).rawResponse?.headers), signal);
    }
  }
}

/**
 * Encodes the body once for every attempt (`resolveFile` buffers streams into a Blob, so they replay too) and sets
 * its default `content-type` unless the caller set one. An optional body the caller left out sends nothing.
 */
async function encodeBody(b: RequestBody, headers: HeaderMap): Promise<BodyInit | null> {
  if (b.type === "multipart") {
    if (!b.toFormData) throw new SdkError("multipart body needs toFormData");
    delete headers["content-type"]; // fetch sets it, with the boundary
    return b.toFormData(b.parts);
  }
  if (b.value === undefined) return null;
  let body: BodyInit;
  let type: string | undefined;
  if (b.type === "binary") {
    const file = b.resolveFile ? await b.resolveFile(b.value) : { blob: b.value as Blob };
    body = file.blob;
    type = file.contentType ?? b.contentType ?? (file.blob.type || "application/octet-stream");
  } else if (b.type === "form") {
    body = serializeQuery(Object.entries(b.value).map(([name, value]) => ({ name, value })));
    type = "application/x-www-form-urlencoded";
  } else if (b.type === "text") {
    body = b.value;
    type = b.contentType; // fetch defaults to text/plain;charset=UTF-8
  } else {
    body = JSON.stringify(b.value);
    type = "application/json";
  }
  if (type) headers["content-type"] ??= type;
  return body;
}

/**
 * One exchange under its own timeout (connect, headers and, for buffered responses, the body). Resolves to the
 * decoded data; rejects with `ApiError` for non-2xx, or `TimeoutError` / `AbortError` / `ConnectionError` /
 * `ResponseError`.
 */
async function attempt(call: Call): Promise<WithRawResponse<unknown>> {
  const { spec, signal, init } = call;
  const rt = spec.responseType;
  const controller = new AbortController();
  const abort = (): void => controller.abort();
  const timer = setTimeout(abort, call.timeoutMs);
  // The pending fetch keeps the process alive; the timer alone need not (and a ref'd timer costs more in Node).
  (timer as { unref?: () => void }).unref?.();
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
    let res: Response;
    try {
      res = await pending;
    } catch (e) {
      throw failure(call, controller.signal, e);
    }
    const streaming = res.ok && (rt === "stream" || rt === "sse" || rt === "ndjson");
    let data: unknown;
    if (!streaming) {
      // Buffered bodies are read within the timeout: for json, one text() and one JSON.parse, no walk over the data.
      const reading = res.ok && rt === "blob" ? res.blob() : res.text();
      try {
        data = await reading;
      } catch (e) {
        throw failure(call, controller.signal, e);
      }
    }
    const status = res.status;
    const rawResponse: RawResponse = {
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
            responseType: rt as "stream" | "sse" | "ndjson",
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
    if (!res.ok) throw apiError(spec.errors, rawResponse, data as string);
    if (rt === "json") {
      try {
        data = JSON.parse(data as string);
      } catch (cause) {
        // Empty where the schema needs no data (see RequestSpec.emptyOk): undefined, or `{}` for an object schema.
        if ((data as string).trim() || !spec.emptyOk) {
          throw new ResponseError({ statusCode: status, rawText: data as string, rawResponse, cause });
        }
        data = spec.emptyOk === "object" ? {} : undefined;
      }
    }
    return { data: rt === "none" || data === undefined ? undefined : spec.parse ? spec.parse(data, status) : data, rawResponse };
  } finally {
    clearTimeout(timer);
    if (!keepListener) signal?.removeEventListener("abort", abort);
  }
}

/**
 * Why fetch or the body read rejected: the caller's abort, our timeout, fetch called the wrong way (the runtime's own
 * TypeError, as it is), input fetch refused, else the network.
 */
function failure(call: Call, timeout: AbortSignal, e: unknown): unknown {
  const { signal, init } = call;
  return signal?.aborted
    ? aborted(signal)
    : timeout.aborted
      ? new TimeoutError(`${init.method} ${call.safeUrl} timed out after ${call.timeoutMs / 1000} s`)
      : e instanceof TypeError && MISUSE.test(e.message)
        ? e
        : (refused(call) ?? new ConnectionError(`${init.method} ${call.safeUrl} failed: ${reason(e)}`, { cause: e }));
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
function refused({ url, init }: Call): SdkError | undefined {
  try {
    new URL(url);
  } catch {
    return new SdkError("Invalid URL (check baseUrl)");
  }
  for (const name in init.headers) {
    try {
      new Headers({ [name]: init.headers[name]! }); // the runtime's own rules, as fetch applies them
    } catch {
      return new SdkError(`Invalid header "${name}"`);
    }
  }
  return undefined;
}

/** {@link redactUrl}, but an unparsable URL gives a placeholder (and a TypeError that could echo it is never thrown). */
function displayUrl(url: string, secrets: readonly string[] | undefined): string {
  try {
    return redactUrl(url, secrets);
  } catch {
    return "(invalid URL)";
  }
}

/** Builds the error for a non-2xx response from the operation's error table: exact status, then range, then default. */
function apiError(errors: ErrorTable, rawResponse: RawResponse, text: string): ApiError {
  const { status, headers } = rawResponse;
  const key = [String(status), `${(status / 100) | 0}XX`, "default"].find((k) => errors.byStatus?.[k]);
  let body: unknown = text || undefined;
  try {
    body = JSON.parse(text);
    const parse = key && errors.parse?.[key];
    if (parse) body = parse(body);
  } catch {
    // not JSON, or an unexpected error shape: keep what we have
  }
  const Class = (key && errors.byStatus![key]) || errors.base;
  return new Class({
    statusCode: status,
    body,
    rawResponse,
    requestId: headers.get("x-request-id") ?? headers.get("request-id") ?? undefined,
  });
}

/** The error for a caller abort, carrying the signal's reason. */
function aborted(signal: AbortSignal): AbortError {
  return new AbortError(undefined, { cause: signal.reason });
}

/** The most specific description of a network error (fetch wraps the system error in `cause`). */
function reason(e: unknown): string {
  const error = e as { message?: unknown; cause?: { message?: unknown } } | null | undefined;
  const message = error?.cause?.message || error?.message;
  return typeof message === "string" && message ? message : String(e);
}

/** An idempotency key: `crypto.randomUUID()` where available (secure contexts, Node 19+), else time + Math.random. */
function uuid(): string {
  return globalThis.crypto?.randomUUID?.() ?? Date.now().toString(36) + Math.random().toString(36).slice(1);
}
