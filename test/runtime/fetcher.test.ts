import { afterEach, describe, expect, it } from "vitest";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { inspect } from "node:util";
import { request } from "../../templates/runtime/fetcher.js";
import { AbortError, ApiError, ConnectionError, ResponseError, SdkError, TimeoutError } from "../../templates/runtime/errors.js";
import { resolveFile } from "../../templates/runtime/file.js";
import { HttpPromise } from "../../templates/runtime/http-promise.js";
import type { ErrorTable, RequestSpec } from "../../templates/runtime/types.js";
import {
  ClientSideError,
  DefaultError,
  NotFoundError,
  ServerSideError,
  TestApiError,
  delay,
  dumpError,
  json,
  makeCore,
  rejection,
  startServer,
  type TestServer,
} from "./helpers.js";

const errors: ErrorTable = { base: TestApiError };
const get = <T = unknown>(p = "/x", extra: Partial<RequestSpec<T>> = {}): RequestSpec<T> => ({
  method: "GET",
  path: p,
  responseType: "json",
  errors,
  ...extra,
});

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("headers", () => {
  it("merges client, operation and call headers case-insensitively; null/undefined remove", async () => {
    server = await startServer((_req, res) => json(res, 200, { ok: true }));
    let calls = 0;
    const core = makeCore(server.url, {
      headers: async () => {
        calls++;
        return { "X-A": "client", "X-B": "client", "X-C": "client", "X-D": "client", "X-Gone": undefined };
      },
    });
    const data = await request(core, get("/h", { headers: { "x-b": "operation", "X-C": null, "X-E": "operation" } }), {
      headers: { "X-D": "call", "x-e": undefined, "X-F": "call" },
    });
    expect(data).toEqual({ ok: true });
    const h = server.requests[0]!.headers;
    expect(h["x-a"]).toBe("client");
    expect(h["x-b"]).toBe("operation");
    expect(h["x-c"]).toBeUndefined();
    expect(h["x-d"]).toBe("call");
    expect(h["x-e"]).toBeUndefined();
    expect(h["x-f"]).toBe("call");
    expect(h["x-gone"]).toBeUndefined();
    expect(h["accept"]).toBe("application/json");
    expect(calls).toBe(1);
  });

  it("calls core.headers once per request, not per attempt", async () => {
    server = await startServer((_req, res, _r, i) => (i < 2 ? json(res, 503, {}, { "retry-after": "0" }) : json(res, 200, 1)));
    let calls = 0;
    const core = makeCore(server.url, { headers: () => (calls++, { "x-n": String(calls) }) });
    expect(await request(core, get())).toBe(1);
    expect(server.requests).toHaveLength(3);
    expect(calls).toBe(1);
    expect(server.requests.map((r) => r.headers["x-n"])).toEqual(["1", "1", "1"]);
  });

  it("a throwing (async) header supplier is the rejection, and nothing is sent", async () => {
    server = await startServer((_req, res) => json(res, 200, {}));
    const core = makeCore(server.url, {
      headers: async () => {
        throw new SdkError("no API token: pass `token` or set API_TOKEN");
      },
    });
    const err = await rejection(request(core, get()));
    expect(err).toBeInstanceOf(SdkError);
    expect(err.message).toMatch(/no API token/);
    expect(server.requests).toHaveLength(0);
  });

  it("an invalid header value is rejected without echoing the value", async () => {
    server = await startServer((_req, res) => json(res, 200, {}));
    const core = makeCore(server.url, { headers: () => ({ Authorization: "Bearer sk-secret\nx" }) });
    const err = await rejection(request(core, get()));
    expect(err).toBeInstanceOf(SdkError);
    expect(dumpError(err)).not.toContain("sk-secret");
    expect(server.requests).toHaveLength(0);
  });
});

describe("request bodies", () => {
  const echo = (): Promise<TestServer> => startServer((_req, res) => json(res, 200, { ok: 1 }));

  it("json", async () => {
    server = await echo();
    await request(makeCore(server.url), { ...get("/j"), method: "POST", body: { type: "json", value: { a: [1, "é"], b: null } } });
    const r = server.requests[0]!;
    expect(r.method).toBe("POST");
    expect(r.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(r.body.toString())).toEqual({ a: [1, "é"], b: null });
  });

  it("form (x-www-form-urlencoded)", async () => {
    server = await echo();
    const value = { name: "a b&c", tags: ["x", "y"], n: 3, yes: true, skip: undefined, when: new Date("2024-01-02T03:04:05Z") };
    await request(makeCore(server.url), { ...get("/f"), method: "POST", body: { type: "form", value } });
    const r = server.requests[0]!;
    expect(r.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    const parsed = new URLSearchParams(r.body.toString());
    expect(parsed.get("name")).toBe("a b&c");
    expect(parsed.getAll("tags")).toEqual(["x", "y"]);
    expect(parsed.get("n")).toBe("3");
    expect(parsed.get("yes")).toBe("true");
    expect(parsed.has("skip")).toBe(false);
    expect(parsed.get("when")).toBe("2024-01-02T03:04:05.000Z");
  });

  it("text", async () => {
    server = await echo();
    await request(makeCore(server.url), { ...get("/t"), method: "PUT", body: { type: "text", value: "héllo" } });
    const r = server.requests[0]!;
    expect(r.headers["content-type"]).toMatch(/^text\/plain/);
    expect(r.body.toString()).toBe("héllo");
    await request(makeCore(server.url), { ...get("/t"), method: "PUT", body: { type: "text", value: "a,b", contentType: "text/csv" } });
    expect(server.requests[1]!.headers["content-type"]).toBe("text/csv");
  });

  it("binary: bytes, Blob, typed content type, and a caller's Content-Type wins", async () => {
    server = await echo();
    const core = makeCore(server.url);
    const post = (value: any, contentType?: string, headers?: Record<string, string>) =>
      request(core, { ...get("/b"), method: "POST", body: { type: "binary", value, contentType, resolveFile }, headers });
    await post(new Uint8Array([1, 2, 3]));
    await post(Buffer.from("buf"));
    await post(new Blob(["blob"], { type: "image/png" }));
    await post(new Uint8Array([9]).buffer, "audio/wav");
    await post(new Uint8Array([7]), "audio/wav", { "Content-Type": "application/x-custom" });
    const [a, b, c, d, e] = server.requests;
    expect([...a!.body]).toEqual([1, 2, 3]);
    expect(a!.headers["content-type"]).toBe("application/octet-stream");
    expect(b!.body.toString()).toBe("buf");
    expect(c!.body.toString()).toBe("blob");
    expect(c!.headers["content-type"]).toBe("image/png");
    expect([...d!.body]).toEqual([9]);
    expect(d!.headers["content-type"]).toBe("audio/wav");
    expect(e!.headers["content-type"]).toBe("application/x-custom");
  });

  it("binary: streams are buffered once and replayed on retry", async () => {
    server = await startServer((_req, res, _r, i) => (i === 0 ? json(res, 503, {}, { "retry-after": "0" }) : json(res, 200, {})));
    const tmp = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "rt-")), "upload.bin");
    fs.writeFileSync(tmp, "file-content-".repeat(1000));
    const core = makeCore(server.url);
    await request(core, { ...get("/up"), method: "POST", body: { type: "binary", value: fs.createReadStream(tmp), resolveFile } });
    expect(server.requests).toHaveLength(2);
    expect(server.requests[0]!.body.toString()).toBe("file-content-".repeat(1000));
    expect(server.requests[1]!.body.equals(server.requests[0]!.body)).toBe(true);

    const web = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new TextEncoder().encode("web-"));
        c.enqueue(new TextEncoder().encode("stream"));
        c.close();
      },
    });
    await request(core, {
      ...get("/up"),
      method: "POST",
      body: { type: "binary", value: { data: web, contentType: "text/x-web" }, resolveFile },
    });
    expect(server.requests[2]!.body.toString()).toBe("web-stream");
    expect(server.requests[2]!.headers["content-type"]).toBe("text/x-web");

    async function* gen() {
      yield "a";
      yield new Uint8Array([98]);
    }
    await request(core, { ...get("/up"), method: "POST", body: { type: "binary", value: gen(), resolveFile } });
    expect(server.requests[3]!.body.toString()).toBe("ab");
  });
});

describe("query and path", () => {
  it("serializes query styles onto the wire and adds client query params", async () => {
    server = await startServer((_req, res) => json(res, 200, {}));
    const core = makeCore(server.url, { query: () => [{ name: "api_version", value: "2" }] });
    await request(
      core,
      get("/q/a%2Fb", {
        query: [
          { name: "ids", value: [1, 2] },
          { name: "csv", value: ["a", "b"], explode: false },
          { name: "space", value: ["a", "b"], style: "spaceDelimited" },
          { name: "pipe", value: ["a", "b"], style: "pipeDelimited" },
          { name: "filter", value: { color: "red", size: { min: 1 } }, style: "deepObject" },
          { name: "when", value: new Date("2024-05-06T07:08:09Z") },
          { name: "flag", value: false },
          { name: "nothing", value: undefined },
          { name: "empty", value: null },
          { name: "path", value: "a/b?c", allowReserved: true },
          { name: "enc", value: "a/b?c&d=e f" },
        ],
      }),
    );
    expect(server.requests[0]!.url).toBe(
      "/q/a%2Fb?api_version=2&ids=1&ids=2&csv=a,b&space=a%20b&pipe=a|b&filter[color]=red&filter[size][min]=1" +
        "&when=2024-05-06T07%3A08%3A09.000Z&flag=false&empty=&path=a/b?c&enc=a%2Fb%3Fc%26d%3De%20f",
    );
  });
});

describe("retries", () => {
  const retryServer = (failures: number, status: number, headers: Record<string, string> = {}) =>
    startServer((_req, res, _r, i) => (i < failures ? json(res, status, { i }, headers) : json(res, 200, { done: i })));

  it("429 with Retry-After: 0 retries immediately", async () => {
    server = await retryServer(2, 429, { "retry-after": "0" });
    const t0 = Date.now();
    expect(await request(makeCore(server.url), get())).toEqual({ done: 2 });
    expect(server.requests).toHaveLength(3);
    expect(Date.now() - t0).toBeLessThan(700); // two backoffs would take ≥ 750 ms
  });

  it("Retry-After in seconds", async () => {
    server = await retryServer(1, 429, { "retry-after": "1" });
    await request(makeCore(server.url), get());
    const gap = server.requests[1]!.at - server.requests[0]!.at;
    expect(gap).toBeGreaterThanOrEqual(900);
    expect(gap).toBeLessThan(1600);
  });

  it("Retry-After as an HTTP date", async () => {
    server = await startServer((_req, res, _r, i) =>
      i === 0 ? json(res, 429, {}, { "retry-after": new Date(Date.now() + 2000).toUTCString() }) : json(res, 200, {}),
    );
    await request(makeCore(server.url), get());
    const gap = server.requests[1]!.at - server.requests[0]!.at;
    // HTTP dates have 1 s resolution: the wait is 1..2 s
    expect(gap).toBeGreaterThanOrEqual(900);
    expect(gap).toBeLessThan(2300);
  });

  it("retry-after-ms wins over Retry-After", async () => {
    server = await retryServer(1, 503, { "retry-after-ms": "50", "retry-after": "30" });
    const t0 = Date.now();
    await request(makeCore(server.url), get());
    expect(Date.now() - t0).toBeLessThan(340); // not 30 s, and not the ≥ 375 ms backoff
    expect(server.requests).toHaveLength(2);
  });

  it("5xx then success; 408 and 409 retry; exact counts", async () => {
    for (const status of [500, 502, 408, 409]) {
      server = await retryServer(2, status, { "retry-after": "0" });
      expect(await request(makeCore(server.url), get())).toEqual({ done: 2 });
      expect(server.requests).toHaveLength(3);
      await server.close();
    }
    server = undefined;
  });

  it("gives up after maxRetries (client or call level) and throws the mapped error", async () => {
    server = await retryServer(10, 503, { "retry-after": "0" });
    const err = await rejection(request(makeCore(server.url), get()));
    expect(err).toBeInstanceOf(TestApiError);
    expect(err.statusCode).toBe(503);
    expect(server.requests).toHaveLength(3);

    await rejection(request(makeCore(server.url, { maxRetries: 4 }), get()));
    expect(server.requests).toHaveLength(3 + 5);
    await rejection(request(makeCore(server.url, { maxRetries: 4 }), get(), { maxRetries: 0 }));
    expect(server.requests).toHaveLength(3 + 5 + 1);
  });

  it("does not retry other 4xx", async () => {
    server = await retryServer(10, 400);
    await rejection(request(makeCore(server.url), get()));
    expect(server.requests).toHaveLength(1);
  });

  it("without a usable Retry-After, uses exponential backoff", async () => {
    server = await retryServer(1, 500, { "retry-after": "3600" }); // above the 60 s cap → backoff (375..500 ms)
    await request(makeCore(server.url), get());
    const gap = server.requests[1]!.at - server.requests[0]!.at;
    expect(gap).toBeGreaterThanOrEqual(350);
    expect(gap).toBeLessThan(1000);
  });
});

describe("Idempotency-Key", () => {
  it("is generated for retryable non-GET requests and identical across attempts", async () => {
    server = await startServer((_req, res, _r, i) => (i < 2 ? json(res, 500, {}, { "retry-after": "0" }) : json(res, 200, {})));
    await request(makeCore(server.url), { ...get(), method: "POST", body: { type: "json", value: {} } });
    const keys = server.requests.map((r) => r.headers["idempotency-key"]);
    expect(keys).toHaveLength(3);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(keys).size).toBe(1);
    // a new call gets a new key
    await request(makeCore(server.url), { ...get(), method: "DELETE" });
    expect(server.requests[3]!.headers["idempotency-key"]).not.toBe(keys[0]);
  });

  it("is absent on GET/HEAD/OPTIONS and when retries are off", async () => {
    server = await startServer((_req, res) => json(res, 200, {}));
    const core = makeCore(server.url);
    await request(core, get());
    await request(core, { ...get(), method: "HEAD", responseType: "none" });
    await request(core, { ...get(), method: "OPTIONS", responseType: "none" });
    await request(core, { ...get(), method: "POST" }, { maxRetries: 0 });
    for (const r of server.requests) expect(r.headers["idempotency-key"]).toBeUndefined();
  });

  it("a caller-supplied key (any case, client or call) wins; null opts out", async () => {
    server = await startServer((_req, res) => json(res, 200, {}));
    const core = makeCore(server.url, { headers: () => ({ "idempotency-key": "client-key" }) });
    await request(core, { ...get(), method: "POST" });
    await request(core, { ...get(), method: "POST" }, { headers: { "IDEMPOTENCY-KEY": "call-key" } });
    await request(makeCore(server.url), { ...get(), method: "POST" }, { headers: { "Idempotency-Key": null } });
    expect(server.requests.map((r) => r.headers["idempotency-key"])).toEqual(["client-key", "call-key", undefined]);
  });
});

describe("network failures and timeouts", () => {
  it("connection refused → ConnectionError (retried, with cause)", async () => {
    const tmp = await startServer(() => {});
    const url = tmp.url;
    await tmp.close();
    const t0 = Date.now();
    const err = await rejection(request(makeCore(url), get(), { maxRetries: 1 }));
    expect(err).toBeInstanceOf(ConnectionError);
    expect(err).toBeInstanceOf(SdkError);
    expect(err.name).toBe("ConnectionError");
    expect(err.message).toMatch(/ECONNREFUSED/);
    expect(err.cause).toBeDefined();
    expect(Date.now() - t0).toBeGreaterThanOrEqual(350); // one backoff
  });

  it("reset mid-body → ConnectionError; retried, and a later success is returned", async () => {
    server = await startServer((_req, res, _r, i) => {
      if (i < 2) {
        res.writeHead(200, { "content-type": "application/json", "content-length": "1000" });
        res.write('{"partial": "');
        setTimeout(() => res.socket?.destroy(), 20);
      } else json(res, 200, { ok: true });
    });
    const core = makeCore(server.url);
    expect(await request(core, get(), { maxRetries: 2 })).toEqual({ ok: true });
    expect(server.requests).toHaveLength(3);
  });

  it("reset mid-body with no retries left → ConnectionError", async () => {
    server = await startServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": "1000" });
      res.write('{"partial": "');
      setTimeout(() => res.socket?.destroy(), 20);
    });
    const err = await rejection(request(makeCore(server.url), get(), { maxRetries: 1 }));
    expect(err).toBeInstanceOf(ConnectionError);
    expect(server.requests).toHaveLength(2);
  });

  it("a body that stalls past the timeout → TimeoutError during the body read (not retried)", async () => {
    server = await startServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"slow": ');
      // never ends
    });
    const t0 = Date.now();
    const err = await rejection(request(makeCore(server.url), get(), { timeoutInSeconds: 0.3 }));
    const elapsed = Date.now() - t0;
    expect(err).toBeInstanceOf(TimeoutError);
    expect(err.message).toMatch(/timed out after 0.3 s/);
    expect(elapsed).toBeGreaterThanOrEqual(280);
    expect(elapsed).toBeLessThan(1500);
    expect(server.requests).toHaveLength(1);
  });

  it("no response headers before the timeout → TimeoutError (client default applies)", async () => {
    server = await startServer(() => {});
    const err = await rejection(request(makeCore(server.url, { timeoutInSeconds: 0.2 }), get()));
    expect(err).toBeInstanceOf(TimeoutError);
  });

  it("each attempt gets its own timer", async () => {
    // attempt 1: 503 after 150 ms; attempt 2: 200 after 150 ms; timeout 0.25 s per attempt
    server = await startServer(async (_req, res, _r, i) => {
      await delay(150);
      i === 0 ? json(res, 503, {}, { "retry-after": "0" }) : json(res, 200, { ok: i });
    });
    expect(await request(makeCore(server.url), get(), { timeoutInSeconds: 0.25 })).toEqual({ ok: 1 });
  });
});

describe("2xx bodies", () => {
  it("malformed JSON → ResponseError with the raw text", async () => {
    server = await startServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end('{"a": 1,');
    });
    const err = await rejection(request(makeCore(server.url), get()));
    expect(err).toBeInstanceOf(ResponseError);
    expect(err.statusCode).toBe(200);
    expect(err.rawText).toBe('{"a": 1,');
    expect(err.rawResponse.status).toBe(200);
    expect(err.message).toMatch(/Malformed JSON/);
    expect(server.requests).toHaveLength(1);
  });

  it("empty body → ResponseError unless emptyOk", async () => {
    server = await startServer((_req, res, _r, i) => {
      res.writeHead(i === 2 ? 204 : 200);
      res.end();
    });
    const err = await rejection(request(makeCore(server.url), get()));
    expect(err).toBeInstanceOf(ResponseError);
    expect(err.rawText).toBe("");
    expect(err.message).toMatch(/Empty body/);
    expect(await request(makeCore(server.url), get("/x", { emptyOk: true }))).toBeUndefined();
    expect(await request(makeCore(server.url), get("/x", { emptyOk: true }))).toBeUndefined();
  });

  it('emptyOk: "object" → a fresh {} through parse for an empty or blank 2xx; malformed still throws', async () => {
    const bodies = ["", " \r\n", "", "{oops"];
    server = await startServer((_req, res, _r, i) => {
      res.writeHead(i === 2 ? 204 : 200, { "content-type": "application/json" });
      res.end(bodies[i]);
    });
    const seen: unknown[] = [];
    const spec = get("/x", { emptyOk: "object", parse: (w: any, status: number) => (seen.push([w, status]), { mapped: true, ...w }) });
    const a = await request(makeCore(server.url), spec);
    expect(a).toEqual({ mapped: true });
    expect(await request(makeCore(server.url), spec)).toEqual({ mapped: true });
    expect(await request(makeCore(server.url), spec)).toEqual({ mapped: true });
    expect(seen).toEqual([
      [{}, 200],
      [{}, 200],
      [{}, 204],
    ]);
    expect((seen[0] as any)[0]).not.toBe((seen[1] as any)[0]);
    const err = await rejection(request(makeCore(server.url), spec));
    expect(err).toBeInstanceOf(ResponseError);
    expect(err.message).toBe("Malformed JSON in 200 response: {oops");
  });

  it("spec.parse maps the wire value and gets the status", async () => {
    server = await startServer((_req, res) => json(res, 201, { created_at: "2024-01-01T00:00:00Z" }));
    const data = await request(
      makeCore(server.url),
      get("/x", { parse: (w: any, status: number) => ({ createdAt: new Date(w.created_at), status }) }),
    );
    expect(data.createdAt).toBeInstanceOf(Date);
    expect(data.status).toBe(201);
  });

  it("text, blob, none and raw stream response types", async () => {
    server = await startServer((_req, res) => {
      res.writeHead(200, { "content-type": "text/plain" });
      res.end("plain text");
    });
    const core = makeCore(server.url);
    expect(await request(core, get("/x", { responseType: "text" }))).toBe("plain text");
    const blob = (await request(core, get("/x", { responseType: "blob" }))) as Blob;
    expect(await blob.text()).toBe("plain text");
    expect(await request(core, get("/x", { responseType: "none" }))).toBeUndefined();
    const stream = (await request(core, get("/x", { responseType: "stream" }))) as ReadableStream<Uint8Array>;
    expect(await new Response(stream).text()).toBe("plain text");
  });

  it("withRawResponse exposes status, statusText, headers and url", async () => {
    server = await startServer((_req, res) => json(res, 200, { a: 1 }, { "x-request-id": "req-1" }));
    const p = request(makeCore(server.url), get("/raw?z=1"));
    expect(p).toBeInstanceOf(HttpPromise);
    const { data, rawResponse } = await p.withRawResponse();
    expect(data).toEqual({ a: 1 });
    expect(rawResponse.status).toBe(200);
    expect(rawResponse.statusText).toBe("OK");
    expect(rawResponse.headers.get("x-request-id")).toBe("req-1");
    expect(rawResponse.url).toBe(`${server.url}/raw?z=1`);
    expect(await p).toEqual({ a: 1 }); // both forms on the same promise
  });
});

describe("abort", () => {
  it("before the request → AbortError, nothing sent", async () => {
    server = await startServer((_req, res) => json(res, 200, {}));
    const ac = new AbortController();
    ac.abort();
    const err = await rejection(request(makeCore(server.url), get(), { abortSignal: ac.signal }));
    expect(err).toBeInstanceOf(AbortError);
    expect(err.name).toBe("AbortError");
    expect(server.requests).toHaveLength(0);
  });

  it("while waiting for the response → AbortError, not retried", async () => {
    server = await startServer(async (_req, res) => {
      await delay(500);
      json(res, 200, {});
    });
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 50);
    const t0 = Date.now();
    const err = await rejection(request(makeCore(server.url), get(), { abortSignal: ac.signal }));
    expect(err).toBeInstanceOf(AbortError);
    expect(Date.now() - t0).toBeLessThan(450);
    expect(server.requests).toHaveLength(1);
  });

  it("while reading the body → AbortError", async () => {
    server = await startServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write("[1,");
    });
    const ac = new AbortController();
    setTimeout(() => ac.abort(new Error("user cancelled")), 100);
    const err = await rejection(request(makeCore(server.url), get(), { abortSignal: ac.signal }));
    expect(err).toBeInstanceOf(AbortError);
    expect(err.cause).toEqual(new Error("user cancelled"));
  });

  it("while sleeping between retries → AbortError at once", async () => {
    server = await startServer((_req, res) => json(res, 503, {}, { "retry-after": "1" }));
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 100);
    const t0 = Date.now();
    const err = await rejection(request(makeCore(server.url), get(), { abortSignal: ac.signal }));
    expect(err).toBeInstanceOf(AbortError);
    expect(Date.now() - t0).toBeLessThan(600);
    expect(server.requests).toHaveLength(1);
  });

  it("a long-lived signal does not accumulate listeners", async () => {
    server = await startServer((_req, res) => json(res, 200, {}));
    const ac = new AbortController();
    let added = 0;
    let removed = 0;
    const add = ac.signal.addEventListener.bind(ac.signal);
    const remove = ac.signal.removeEventListener.bind(ac.signal);
    ac.signal.addEventListener = ((...a: Parameters<typeof add>) => (added++, add(...a))) as typeof add;
    ac.signal.removeEventListener = ((...a: Parameters<typeof remove>) => (removed++, remove(...a))) as typeof remove;
    for (let i = 0; i < 5; i++) await request(makeCore(server.url), get(), { abortSignal: ac.signal });
    expect(added).toBe(5);
    expect(removed).toBe(5);
  });
});

describe("API errors", () => {
  const table: ErrorTable = {
    base: TestApiError,
    byStatus: { "404": NotFoundError, "4XX": ClientSideError, "5XX": ServerSideError },
    parse: { "404": (w: any) => ({ message: String(w.msg).toUpperCase(), code: w.code }) },
  };

  it("selects exact, then range, then default, then base", async () => {
    server = await startServer((req, res) => {
      const status = Number(req.url!.slice(1));
      if (status === 404) json(res, 404, { msg: "no such thing", code: "nf" }, { "x-request-id": "req-404" });
      else if (status === 418) {
        res.writeHead(418, { "request-id": "req-418" });
        res.end("I am a teapot");
      } else if (status === 501) json(res, 501, { error: "nope" });
      else {
        res.writeHead(status);
        res.end();
      }
    });
    const core = makeCore(server.url, { maxRetries: 0 });

    const e404 = await rejection(request(core, get("/404", { errors: table })));
    expect(e404).toBeInstanceOf(NotFoundError);
    expect(e404).toBeInstanceOf(TestApiError);
    expect(e404).toBeInstanceOf(ApiError);
    expect(e404).toBeInstanceOf(SdkError);
    expect(e404).toBeInstanceOf(Error);
    expect(e404.name).toBe("NotFoundError");
    expect(e404.statusCode).toBe(404);
    expect(e404.body).toEqual({ message: "NO SUCH THING", code: "nf" });
    expect(e404.requestId).toBe("req-404");
    expect(e404.rawResponse.headers.get("content-type")).toBe("application/json");
    expect(e404.message).toBe('Status 404 Not Found (request id req-404): {"message":"NO SUCH THING","code":"nf"}');

    const e418 = await rejection(request(core, get("/418", { errors: table })));
    expect(e418).toBeInstanceOf(ClientSideError);
    expect(e418.name).toBe("ClientSideError");
    expect(e418.body).toBe("I am a teapot");
    expect(e418.requestId).toBe("req-418");
    expect(e418.message).toBe("Status 418 I'm a Teapot (request id req-418): I am a teapot");

    const e501 = await rejection(request(core, get("/501", { errors: table })));
    expect(e501).toBeInstanceOf(ServerSideError);
    expect(e501.body).toEqual({ error: "nope" });

    const withDefault: ErrorTable = { base: TestApiError, byStatus: { "404": NotFoundError, default: DefaultError } };
    const e400 = await rejection(request(core, get("/400", { errors: withDefault })));
    expect(e400).toBeInstanceOf(DefaultError);
    expect(e400.body).toBeUndefined();
    expect(e400.message).toBe("Status 400 Bad Request");

    const e409 = await rejection(request(core, get("/409", { errors: { base: TestApiError } })));
    expect(e409.constructor).toBe(TestApiError);
    expect(e409.name).toBe("TestApiError");
    expect(e409.requestId).toBeUndefined();
  });
});

describe("secrets never leak into errors", () => {
  const SECRET = "sk-live-TOPSECRET-123";
  const QSECRET = "qk-TOPSECRET-456";

  it("not in any message, field, cause, stack or inspect output", async () => {
    server = await startServer(async (req, res) => {
      const p = new URL(req.url!, "http://x").pathname;
      if (p === "/404") json(res, 404, { error: "missing" });
      else if (p === "/500") json(res, 500, { error: "boom" }, { "retry-after": "0" });
      else if (p === "/bad") {
        res.writeHead(200);
        res.end("not json");
      } else if (p === "/slow") {
        await delay(2000);
        res.end();
      } else json(res, 200, {});
    });
    const refused = await startServer(() => {});
    await refused.close();
    const mk = (base: string) =>
      makeCore(base, {
        headers: () => ({ Authorization: `Bearer ${SECRET}`, "X-Api-Key": SECRET }),
        query: () => [{ name: "api_key", value: QSECRET }],
        secretQueryParams: ["api_key"],
      });
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 50);
    const errs = [
      await rejection(request(mk(server.url), get("/404"))),
      await rejection(request(mk(server.url), get("/500"))),
      await rejection(request(mk(server.url), get("/bad"))),
      await rejection(request(mk(server.url), get("/slow"), { timeoutInSeconds: 0.1 })),
      await rejection(request(mk(server.url), get("/slow"), { abortSignal: ac.signal })),
      await rejection(request(mk(refused.url), get("/x"), { maxRetries: 0 })),
    ];
    expect(errs.map((e) => e.constructor.name)).toEqual([
      "TestApiError",
      "TestApiError",
      "ResponseError",
      "TimeoutError",
      "AbortError",
      "ConnectionError",
    ]);
    // the secrets were really sent
    expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${SECRET}`);
    expect(server.requests[0]!.url).toContain(QSECRET);
    for (const e of errs) {
      const text = dumpError(e) + inspect(e, { depth: 10, showHidden: true }) + JSON.stringify(e);
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(QSECRET);
    }
    expect(errs[0].rawResponse.url).toBe(`${server.url}/404?api_key=***`);
    expect(errs[3].message).toContain("api_key=***");
    expect(errs[5].message).toContain("api_key=***");
  });
});

describe("HttpPromise", () => {
  it("using only one form never produces an unhandled rejection", async () => {
    server = await startServer((_req, res) => json(res, 500, {}));
    const unhandled: unknown[] = [];
    const onUnhandled = (r: unknown) => unhandled.push(r);
    process.on("unhandledRejection", onUnhandled);
    try {
      const core = makeCore(server.url, { maxRetries: 0 });
      await rejection(request(core, get()));
      await rejection(request(core, get()).withRawResponse());
      await request(core, get()).catch(() => {});
      await request(core, get()).then(undefined, () => {});
      await delay(50);
      expect(unhandled).toEqual([]);
    } finally {
      process.off("unhandledRejection", onUnhandled);
    }
  });

  it("behaves like a promise of the data", async () => {
    const p = new HttpPromise(Promise.resolve({ data: 42, rawResponse: {} as any }));
    expect(Object.prototype.toString.call(p)).toBe("[object HttpPromise]");
    expect(await p.then((x) => x + 1)).toBe(43);
    let ran = false;
    expect(await p.finally(() => (ran = true))).toBe(42);
    expect(ran).toBe(true);
    const failing = new HttpPromise<number>(Promise.reject(new Error("x")));
    expect(await failing.catch((e: Error) => e.message)).toBe("x");
  });
});

describe("setup errors", () => {
  it("sse without a stream factory, multipart without an encoder, and a bad base URL fail before sending", async () => {
    server = await startServer((_req, res) => json(res, 200, {}));
    const core = makeCore(server.url);
    expect(await rejection(request(core, get("/x", { responseType: "sse" })))).toBeInstanceOf(SdkError);
    expect(await rejection(request(core, { ...get(), method: "POST", body: { type: "multipart", parts: [] } }))).toBeInstanceOf(SdkError);
    const bad = await rejection(request(makeCore("not a url", { query: () => [{ name: "k", value: "sek" }] }), get()));
    expect(bad).toBeInstanceOf(SdkError);
    expect(dumpError(bad)).not.toContain("sek");
    expect(server.requests).toHaveLength(0);
  });
});

describe("input that fetch refuses", () => {
  // Validation runs only when fetch rejects (off the success path); fetch's own messages may echo the value.
  const exact = (e: unknown) => Object.getPrototypeOf(e) === SdkError.prototype;

  it("credentials in the base URL are refused before sending, without showing them", async () => {
    server = await startServer((_req, res) => json(res, 200, {}));
    const withPassword = server.url.replace("http://", "http://user:pw-SECRET@");
    const e1 = await rejection(request(makeCore(withPassword), get()));
    expect(exact(e1)).toBe(true);
    expect(e1.message).toMatch(/Credentials in the URL are not supported/);
    expect(dumpError(e1)).not.toContain("pw-SECRET");
    const e2 = await rejection(request(makeCore(server.url.replace("http://", "http://user-only@")), get()));
    expect(exact(e2)).toBe(true);
    expect(server.requests).toHaveLength(0);
  });

  it("an invalid header name or a non-Latin-1 value is an SdkError naming the header, never retried", async () => {
    server = await startServer((_req, res) => json(res, 200, {}));
    const t0 = Date.now();
    const badName = await rejection(request(makeCore(server.url), get("/x", { headers: { "X Bad": "v" } })));
    expect(exact(badName)).toBe(true);
    expect(badName.message).toBe('Invalid header "x bad"');
    const badValue = await rejection(request(makeCore(server.url, { headers: () => ({ "X-Api-Key": "k€y-SECRET" }) }), get()));
    expect(exact(badValue)).toBe(true);
    expect(badValue.message).toBe('Invalid header "x-api-key"');
    expect(dumpError(badValue)).not.toContain("SECRET");
    expect(Date.now() - t0).toBeLessThan(300); // no retry backoff
    expect(server.requests).toHaveLength(0);
  });

  it("an invalid base URL with secret query parameters: SdkError, secret not shown, nothing sent", async () => {
    server = await startServer((_req, res) => json(res, 200, {}));
    const core = makeCore("not a url", { query: () => [{ name: "api_key", value: "qk-SECRET" }], secretQueryParams: ["api_key"] });
    const err = await rejection(request(core, get()));
    expect(exact(err)).toBe(true);
    expect(err.message).toBe("Invalid URL (check baseUrl)");
    expect(dumpError(err) + inspect(err, { depth: 10, showHidden: true })).not.toContain("qk-SECRET");
    expect(server.requests).toHaveLength(0);
  });

  it("a valid request is not mistaken for refused input when the connection fails", async () => {
    const refused = await startServer(() => {});
    await refused.close();
    const err = await rejection(request(makeCore(refused.url, { headers: () => ({ "X-Trailing": "v " }) }), get(), { maxRetries: 0 }));
    expect(err).toBeInstanceOf(ConnectionError);
  });
});

describe("wire details", () => {
  it("after a redirect, rawResponse.url is the final URL with secret values redacted", async () => {
    server = await startServer((req, res) => {
      if (req.url!.startsWith("/start")) {
        res.writeHead(302, { location: "/final?api_key=qk-SECRET-2&page=2" });
        res.end();
      } else json(res, 200, { ok: true });
    });
    const core = makeCore(server.url, { query: () => [{ name: "api_key", value: "qk-SECRET" }], secretQueryParams: ["api_key"] });
    const { rawResponse } = await request(core, get("/start")).withRawResponse();
    expect(rawResponse.url).toBe(`${server.url}/final?api_key=***&page=2`);
  });

  it("retryable error responses are read to the end, not aborted, so the connection is reused", async () => {
    server = await startServer((_req, res, _r, i) => (i < 2 ? json(res, 503, { busy: true }, { "retry-after": "0" }) : json(res, 200, 1)));
    expect(await request(makeCore(server.url), get())).toBe(1);
    expect(server.requests).toHaveLength(3);
    expect(server.clientAborts).toBe(0);
  });

  it("a custom fetch gets the method, a plain object of lower-case headers, the body and a signal", async () => {
    let seen: RequestInit | undefined;
    const core = makeCore("https://api.example.com", {
      headers: () => ({ Authorization: "Bearer t" }),
      fetch: async (_url, init) => {
        seen = init;
        return new Response('{"a":1}', { status: 200 });
      },
    });
    await request(core, { ...get(), method: "POST", body: { type: "json", value: { x: 1 } } }, { maxRetries: 0 });
    expect(seen!.method).toBe("POST");
    expect(seen!.headers).toEqual({ authorization: "Bearer t", accept: "application/json", "content-type": "application/json" });
    expect(seen!.body).toBe('{"x":1}');
    expect(seen!.signal).toBeInstanceOf(AbortSignal);
  });
});
