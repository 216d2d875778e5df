/**
 * `request()`: performs one API operation (headers, body, URL, timeout, retries, error mapping, response decoding).
 * Multipart encoding and streaming are not imported here: generated code passes them in (see types.ts).
 */
import type { ClientCore, ErrorTable, RawResponse, RequestOptions, RequestSpec, WithRawResponse } from "./types.js";
import type { Stream } from "./stream.js";
import { AbortError, ApiError, ConnectionError, ResponseError, SdkError, TimeoutError } from "./errors.js";
import { buildUrl, redactUrl, serializeQuery } from "./url.js";
import { isRetryableStatus, retryDelayMs, sleep } from "./retry.js";
import { HttpPromise } from "./http-promise.js";

/**
 * Performs `spec` against `core`. Resolves to the decoded 2xx body (see `RequestSpec.responseType`); for `sse` and
 * `ndjson`, to a `Stream` of parsed events. Rejects with an `ApiError` subclass chosen from `spec.errors` for
 * non-2xx, `TimeoutError`, `ConnectionError`, `AbortError` or `ResponseError`, or with whatever `core.headers()`,
 * `core.query()` or `spec.parse` threw.
 */
export function request<E>(
  core: ClientCore,
  spec: RequestSpec<E> & { responseType: "sse" | "ndjson" },
  options?: RequestOptions,
): HttpPromise<Stream<E>>;
/** Performs `spec`; resolves to the decoded body (json/text/blob/none/stream), typed by `spec.parse` or `T`. */
export function request<T>(core: ClientCore, spec: RequestSpec<T>, options?: RequestOptions): HttpPromise<T>;
export function request(
  core: ClientCore,
  spec: RequestSpec<unknown>,
  options: RequestOptions = {},
): HttpPromise<unknown> {
  return new HttpPromise(send(core, spec, options));
}

/** The whole call: prepared once, then one loop iteration per attempt. */
async function send(
  core: ClientCore,
  spec: RequestSpec<unknown>,
  opts: RequestOptions,
): Promise<WithRawResponse<unknown>> {
  const signal = opts.abortSignal;
  const aborted = (): AbortError => new AbortError(undefined, { cause: signal?.reason });
  if (signal?.aborted) throw aborted();
  const rt = spec.responseType;
  const events = rt === "sse" || rt === "ndjson";
  if (events && !spec.stream) throw new SdkError(`responseType "${rt}" needs spec.stream`);

  // Headers: client, then operation, then call; null/undefined removes. Values never appear in errors.
  const headers = new Headers();
  let keyOptOut = false;
  for (const src of [await core.headers(), spec.headers, opts.headers]) {
    for (const name in src) {
      const value = src[name];
      try {
        if (value == null) {
          headers.delete(name);
          keyOptOut ||= /^idempotency-key$/i.test(name);
        } else headers.set(name, value);
      } catch {
        throw new SdkError(`Invalid header "${name}"`);
      }
    }
  }
  const setDefault = (name: string, value: string): void => {
    if (!headers.has(name)) headers.set(name, value);
  };
  const accept = ({ json: "application/json", sse: "text/event-stream", ndjson: "application/x-ndjson" } as const)[
    rt as "json"
  ];
  if (accept) setDefault("accept", accept);

  // URL, and its display form for messages.
  const base = typeof core.baseUrl === "function" ? core.baseUrl() : core.baseUrl;
  const url = buildUrl(base, spec.path, [...((await core.query?.()) ?? []), ...(spec.query ?? [])]);
  const secrets = core.secretQueryParams;
  let safeUrl: string;
  try {
    safeUrl = redactUrl(url, secrets);
  } catch {
    throw new SdkError("Invalid URL (check baseUrl)");
  }
  // fetch refuses URLs with userinfo and echoes them (password included) in its message: refuse first, quietly.
  if (/^[a-z][a-z\d+.-]*:\/\/[^/?#]*@/i.test(url)) {
    throw new SdkError(`Credentials in the URL are not supported (${safeUrl}): pass them as client options`);
  }

  // Body: built once and reused by every attempt (resolveFile buffers streams into a Blob, so they replay too).
  let body: BodyInit | undefined;
  // An optional body the caller left out (`value: undefined`) sends no body at all.
  const b = spec.body && (spec.body.type === "multipart" || spec.body.value !== undefined) ? spec.body : undefined;
  if (b?.type === "json") {
    body = JSON.stringify(b.value);
    setDefault("content-type", "application/json");
  } else if (b?.type === "text") {
    body = b.value; // fetch defaults the content type to text/plain;charset=UTF-8
    if (b.contentType) setDefault("content-type", b.contentType);
  } else if (b?.type === "form") {
    body = serializeQuery(Object.entries(b.value as Record<string, unknown>).map(([name, value]) => ({ name, value })));
    setDefault("content-type", "application/x-www-form-urlencoded");
  } else if (b?.type === "binary") {
    const file = b.resolveFile ? await b.resolveFile(b.value!) : { blob: b.value as Blob };
    body = file.blob;
    setDefault("content-type", file.contentType ?? b.contentType ?? (file.blob.type || "application/octet-stream"));
  } else if (b?.type === "multipart") {
    if (!b.toFormData) throw new SdkError("multipart body needs toFormData");
    body = await b.toFormData(b.parts);
    headers.delete("content-type"); // fetch adds it, with the boundary
  }

  const method = spec.method.toUpperCase();
  const maxRetries = Math.max(0, opts.maxRetries ?? core.maxRetries ?? 2);
  if (maxRetries > 0 && !/^(GET|HEAD|OPTIONS)$/.test(method) && !keyOptOut) setDefault("idempotency-key", uuid());
  const timeoutMs = Math.min((opts.timeoutInSeconds ?? core.timeoutInSeconds ?? 60) * 1000, 2 ** 31 - 1);
  const doFetch = core.fetch ?? fetch;

  for (let attempt = 0; ; attempt++) {
    if (signal?.aborted) throw aborted(); // aborted while preparing (listeners below only see future aborts)
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const onAbort = (): void => controller.abort();
    signal?.addEventListener("abort", onAbort);
    const release = (): void => signal?.removeEventListener("abort", onAbort);
    let keepListener = false;
    let retryHeaders: Headers | undefined;
    /** Classifies a failure of fetch or of reading the body. */
    const fail = (e: unknown): SdkError =>
      signal?.aborted
        ? aborted()
        : timedOut
          ? new TimeoutError(`${method} ${safeUrl} timed out after ${timeoutMs / 1000} s`)
          : new ConnectionError(`${method} ${safeUrl} failed: ${reason(e)}`, { cause: e });
    const read = async <R,>(fn: () => Promise<R>): Promise<R> => {
      try {
        return await fn();
      } catch (e) {
        throw fail(e);
      }
    };
    try {
      const res = await read(() => doFetch(url, { method, headers, body: body ?? null, signal: controller.signal }));
      const status = res.status;
      const rawResponse: RawResponse = {
        status,
        statusText: res.statusText,
        headers: res.headers,
        url: res.url ? redactUrl(res.url, secrets) : safeUrl,
      };
      if (res.ok) {
        let data: unknown;
        if (events || rt === "stream") {
          // The timeout ends with the headers; the abort listener lives until the stream closes.
          clearTimeout(timer);
          data = spec.stream
            ? spec.stream({
                response: res,
                responseType: rt,
                rawResponse,
                parse: spec.parse,
                terminator: spec.streamTerminator,
                signal,
                close: release,
              })
            : res.body;
          keepListener = true;
        } else {
          // json / text / blob / none: the body is read within the timeout. One text() + one JSON.parse, no walk.
          data = await read<unknown>(() =>
            rt === "blob" ? res.blob() : rt === "none" ? res.arrayBuffer() : res.text(),
          );
          if (rt === "json") {
            const text = data as string;
            if (!text.trim()) {
              if (!spec.emptyOk) throw new ResponseError({ statusCode: status, rawText: text, rawResponse });
              data = undefined;
            } else {
              try {
                data = JSON.parse(text);
              } catch (cause) {
                throw new ResponseError({ statusCode: status, rawText: text, rawResponse, cause });
              }
            }
          }
          data = rt === "none" || data === undefined ? undefined : spec.parse ? spec.parse(data, status) : data;
        }
        return { data, rawResponse };
      }
      if (attempt < maxRetries && isRetryableStatus(status)) {
        retryHeaders = res.headers;
        res.body?.cancel().catch(() => {});
      } else {
        throw apiError(spec.errors, rawResponse, await read(() => res.text()));
      }
    } catch (e) {
      if (!(e instanceof ConnectionError) || attempt >= maxRetries) throw e;
    } finally {
      clearTimeout(timer);
      if (!keepListener) release();
    }
    await sleep(retryDelayMs(attempt, retryHeaders), signal);
  }
}

/** Builds the error for a non-2xx response from the operation's error table. */
function apiError(errors: ErrorTable, rawResponse: RawResponse, text: string): ApiError {
  const { status, headers } = rawResponse;
  const table = errors.byStatus ?? {};
  const key = [String(status), `${(status / 100) | 0}XX`, "default"].find((k) => table[k]);
  let body: unknown = text || undefined;
  let json = false;
  try {
    body = JSON.parse(text);
    json = true;
  } catch {
    // not JSON: keep the text
  }
  const parse = key && errors.parse?.[key];
  if (parse && json) {
    try {
      body = parse(body);
    } catch {
      // an unexpected error shape: keep the wire body
    }
  }
  const Class = (key && table[key]) || errors.base;
  return new Class({
    statusCode: status,
    body,
    rawResponse,
    requestId: headers.get("x-request-id") ?? headers.get("request-id") ?? undefined,
  });
}

/** The most specific description of a network error (fetch wraps the system error in `cause`). */
function reason(e: any): string {
  return e?.cause?.message || e?.message || String(e);
}

/** An idempotency key: `crypto.randomUUID()` where available (secure contexts), else time + Math.random. */
function uuid(): string {
  return (
    globalThis.crypto?.randomUUID?.() ??
    `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`
  );
}
