/**
 * Faults injected by a server of our own (node:http on 127.0.0.1), driven through the generated client:
 * error statuses, retries (Retry-After, backoff, exact request counts), broken connections, stalls, malformed
 * bodies, aborts, idempotency keys, credential hygiene, and a child process that must exit by itself.
 */
import { spawn } from "node:child_process";
import { inspect } from "node:util";
import { join } from "node:path";
import type { ServerResponse } from "node:http";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from "vitest";
import {
  BadRequestError,
  ClientClosedRequestError,
  CohereAbortError,
  CohereClient,
  CohereConnectionError,
  CohereError,
  CohereResponseError,
  CohereSdkError,
  CohereTimeoutError,
  ForbiddenError,
  GatewayTimeoutError,
  InternalServerError,
  InvalidTokenError,
  NotFoundError,
  NotImplementedError,
  ServiceUnavailableError,
  TooManyRequestsError,
  UnauthorizedError,
  UnprocessableEntityError,
  type CohereClientOptions,
} from "../../generated/cohere-ai/dist/esm/index.js";
import { json, startServer, type RecordedRequest, type TestServer } from "../helpers/http.js";
import { ROOT } from "../helpers/project.js";
import { freePort } from "./prism.js";
import { multipartParts } from "./wire.js";

const TOKEN = "sk-live-SECRET-TOKEN-7f3a9c21";

type Handler = (req: RecordedRequest, res: ServerResponse, n: number) => void | Promise<void>;
let server: TestServer;
let handle: Handler;
/** Arrival time of each request of the current test (ms). */
let arrivals: number[] = [];

beforeAll(async () => {
  server = await startServer((req, res, n) => {
    arrivals.push(Date.now());
    return handle(req, res, n);
  });
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
  arrivals = [];
  handle = (_req, res) => json(res, 200, {});
});

const mk = (opts: CohereClientOptions = {}) => new CohereClient({ token: TOKEN, baseUrl: server.url, ...opts });
const gaps = () => arrivals.slice(1).map((t, i) => t - arrivals[i]!);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The rejection of `p` (fails the test if it resolves). */
async function rejectionOf(p: PromiseLike<unknown>): Promise<any> {
  try {
    const v = await p;
    throw new Error(`expected a rejection, got ${JSON.stringify(v)}`);
  } catch (e) {
    if (e instanceof Error && e.message.startsWith("expected a rejection")) throw e;
    return e;
  }
}

const DATASET_OK = {
  dataset: {
    id: "ds-1",
    name: "n",
    created_at: "2024-01-01T00:00:00Z",
    updated_at: "2024-01-02T00:00:00Z",
    dataset_type: "embed-input",
    validation_status: "validated",
  },
};

describe("error statuses", () => {
  const declared = [
    [400, BadRequestError],
    [401, UnauthorizedError],
    [403, ForbiddenError],
    [404, NotFoundError],
    [422, UnprocessableEntityError],
    [429, TooManyRequestsError],
    [498, InvalidTokenError],
    [499, ClientClosedRequestError],
    [500, InternalServerError],
    [501, NotImplementedError],
    [503, ServiceUnavailableError],
    [504, GatewayTimeoutError],
  ] as const;

  test.each(declared.map(([status, Class]) => ({ status, Class, name: Class.name })))(
    "$status → $name with body, statusCode, requestId and headers",
    async ({ status, Class }) => {
      handle = (_req, res) =>
        json(
          res,
          status,
          { message: `boom ${status}`, details: [{ field: "x" }] },
          { "x-request-id": `req-${status}`, "x-custom": "kept" },
        );
      const err = await rejectionOf(mk({ maxRetries: 0 }).datasets.get("ds-1"));
      expect(err).toBeInstanceOf(Class);
      expect(err).toBeInstanceOf(CohereError);
      expect(err).toBeInstanceOf(Error);
      expect(err.constructor).toBe(Class);
      expect(err.name).toBe(Class.name);
      expect(err.statusCode).toBe(status);
      expect(err.body).toStrictEqual({
        message: `boom ${status}`,
        details: [{ field: "x" }],
      });
      expect(err.requestId).toBe(`req-${status}`);
      expect(err.rawResponse.status).toBe(status);
      expect(err.rawResponse.headers.get("x-custom")).toBe("kept");
      expect(err.rawResponse.headers.get("content-type")).toBe("application/json");
      expect(err.rawResponse.url).toBe(`${server.url}/v1/datasets/ds-1`);
      expect(err.message).toContain(String(status));
      expect(err.message).toContain(`boom ${status}`);
      expect(server.requests).toHaveLength(1);
    },
  );

  test("an undeclared status (418) → CohereError itself, with a text body kept as text", async () => {
    handle = (_req, res) => {
      res.writeHead(418, {
        "content-type": "text/plain",
        "request-id": "teapot-1",
      });
      res.end("I'm a teapot");
    };
    const err = await rejectionOf(mk({ maxRetries: 0 }).embedJobs.list());
    expect(err.constructor).toBe(CohereError);
    expect(err.name).toBe("CohereError");
    expect(err.statusCode).toBe(418);
    expect(err.body).toBe("I'm a teapot");
    expect(err.requestId).toBe("teapot-1");
    expect(server.requests).toHaveLength(1);
  });

  test("an error with an empty body has body undefined", async () => {
    handle = (_req, res) => {
      res.writeHead(404);
      res.end();
    };
    const err = await rejectionOf(mk().datasets.get("missing"));
    expect(err).toBeInstanceOf(NotFoundError);
    expect(err.body).toBeUndefined();
    expect(err.requestId).toBeUndefined();
  });

  test("non-retryable statuses are sent once even with retries enabled", async () => {
    handle = (_req, res) => json(res, 400, { message: "bad" });
    await expect(
      mk({ maxRetries: 2 }).embedJobs.create({
        model: "m",
        datasetId: "d",
        inputType: "clustering",
      }),
    ).rejects.toBeInstanceOf(BadRequestError);
    expect(server.requests).toHaveLength(1);
  });
});

describe("retries", () => {
  const twoStep =
    (first: (res: ServerResponse) => void): Handler =>
    (_req, res, n) =>
      n === 1 ? first(res) : json(res, 200, { embed_jobs: [] });

  test("429 with Retry-After: 0 is retried at once", async () => {
    handle = twoStep((res) => json(res, 429, { message: "slow down" }, { "retry-after": "0" }));
    expect(await mk().embedJobs.list()).toStrictEqual({ embedJobs: [] });
    expect(server.requests).toHaveLength(2);
    expect(gaps()[0]).toBeLessThan(350); // the exponential backoff would wait at least 375 ms
  });

  test("429 with Retry-After: 1 waits one second", async () => {
    handle = twoStep((res) => json(res, 429, {}, { "retry-after": "1" }));
    expect(await mk().embedJobs.list()).toStrictEqual({ embedJobs: [] });
    expect(server.requests).toHaveLength(2);
    expect(gaps()[0]).toBeGreaterThanOrEqual(950);
    expect(gaps()[0]).toBeLessThan(2500);
  });

  test("429 with Retry-After as an HTTP date waits until then", async () => {
    handle = twoStep((res) => json(res, 429, {}, { "retry-after": new Date(Date.now() + 2000).toUTCString() }));
    expect(await mk().embedJobs.list()).toStrictEqual({ embedJobs: [] });
    expect(server.requests).toHaveLength(2);
    // An HTTP date has whole seconds: the wait is 1–2 s, well above the backoff's 0.5 s.
    expect(gaps()[0]).toBeGreaterThanOrEqual(900);
    expect(gaps()[0]).toBeLessThan(3500);
  });

  test("429 on every attempt → TooManyRequestsError after exactly 1 + maxRetries requests", async () => {
    handle = (_req, res) => json(res, 429, { message: "no" }, { "retry-after": "0", "x-request-id": "rl" });
    const err = await rejectionOf(mk({ maxRetries: 3 }).datasets.getUsage());
    expect(err).toBeInstanceOf(TooManyRequestsError);
    expect(err.requestId).toBe("rl");
    expect(server.requests).toHaveLength(4);
  });

  test("500, 502, then 200 → success after exactly 3 requests, with exponential backoff between them", async () => {
    handle = (_req, res, n) => (n === 1 ? json(res, 500, {}) : n === 2 ? json(res, 502, {}) : json(res, 200, { organization_usage: 7 }));
    expect(await mk().datasets.getUsage()).toStrictEqual({
      organizationUsage: 7,
    });
    expect(server.requests).toHaveLength(3);
    const [g1, g2] = gaps();
    expect(g1).toBeGreaterThanOrEqual(370); // 500 ms × jitter 0.75..1
    expect(g1).toBeLessThan(1200);
    expect(g2).toBeGreaterThanOrEqual(740); // 1000 ms × jitter
    expect(g2).toBeLessThan(2000);
  });

  test("5xx on every attempt → the last status's class after exactly 1 + maxRetries requests", async () => {
    handle = (_req, res) => json(res, 503, { message: "down" }, { "retry-after": "0" });
    await expect(mk({ maxRetries: 2 }).datasets.getUsage()).rejects.toBeInstanceOf(ServiceUnavailableError);
    expect(server.requests).toHaveLength(3);
    server.requests.length = 0;
    await expect(mk({ maxRetries: 1 }).datasets.getUsage()).rejects.toBeInstanceOf(ServiceUnavailableError);
    expect(server.requests).toHaveLength(2);
    server.requests.length = 0;
    await expect(mk().datasets.getUsage({ maxRetries: 0 })).rejects.toBeInstanceOf(ServiceUnavailableError);
    expect(server.requests).toHaveLength(1);
  });
});

describe("broken connections, stalls and bad bodies", () => {
  test("connection refused → CohereConnectionError (and it is retried)", async () => {
    const port = await freePort();
    const client = new CohereClient({
      token: TOKEN,
      baseUrl: `http://127.0.0.1:${port}`,
    });
    const err = await rejectionOf(client.datasets.getUsage({ maxRetries: 0 }));
    expect(err).toBeInstanceOf(CohereConnectionError);
    expect(err.message).toMatch(/ECONNREFUSED/);
    expect(err.message).toContain(`GET http://127.0.0.1:${port}/v1/datasets/usage`);
    const t0 = Date.now();
    await expect(client.datasets.getUsage({ maxRetries: 1 })).rejects.toBeInstanceOf(CohereConnectionError);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(370); // one backoff: the failure was retried
  });

  test("socket reset mid-body → CohereConnectionError", async () => {
    handle = (_req, res) => {
      res.writeHead(200, {
        "content-type": "application/json",
        "content-length": "1000",
      });
      res.write('{"dataset": {"id": "ds-');
      setTimeout(() => res.socket?.destroy(), 30);
    };
    const err = await rejectionOf(mk({ maxRetries: 0 }).datasets.get("ds-1"));
    expect(err).toBeInstanceOf(CohereConnectionError);
    expect(server.requests).toHaveLength(1);
  });

  test("socket reset mid-body, then success → retried, 2 requests", async () => {
    handle = (_req, res, n) => {
      if (n > 1) return json(res, 200, DATASET_OK);
      res.writeHead(200, {
        "content-type": "application/json",
        "content-length": "1000",
      });
      res.write('{"dataset": {"id": "ds-');
      setTimeout(() => res.socket?.destroy(), 30);
    };
    const result = await mk().datasets.get("ds-1");
    expect(result.dataset.id).toBe("ds-1");
    expect(server.requests).toHaveLength(2);
  });

  test("socket closed before any response → CohereConnectionError", async () => {
    handle = (_req, res) => void res.socket?.destroy();
    await expect(mk({ maxRetries: 0 }).embedJobs.list()).rejects.toBeInstanceOf(CohereConnectionError);
  });

  test("a body that stalls past the timeout → CohereTimeoutError, not retried", async () => {
    handle = (_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"organization_usage": '); // …and never more
    };
    const t0 = Date.now();
    const err = await rejectionOf(mk({ timeoutInSeconds: 0.5, maxRetries: 2 }).datasets.getUsage());
    const elapsed = Date.now() - t0;
    expect(err).toBeInstanceOf(CohereTimeoutError);
    expect(err.message).toMatch(/timed out after 0\.5 s/);
    expect(elapsed).toBeGreaterThanOrEqual(450);
    expect(elapsed).toBeLessThan(3000);
    expect(server.requests).toHaveLength(1);
  });

  test("no response headers before the timeout (per-call timeout wins) → CohereTimeoutError", async () => {
    handle = () => undefined; // never answers
    const t0 = Date.now();
    const err = await rejectionOf(
      mk({ timeoutInSeconds: 60 }).embedJobs.get("j", {
        timeoutInSeconds: 0.3,
        maxRetries: 0,
      }),
    );
    expect(err).toBeInstanceOf(CohereTimeoutError);
    expect(Date.now() - t0).toBeLessThan(3000);
  });

  test("malformed 2xx JSON → CohereResponseError with the raw text, not retried", async () => {
    handle = (_req, res) => {
      res.writeHead(200, {
        "content-type": "application/json",
        "x-request-id": "m1",
      });
      res.end('{"organization_usage": 12,');
    };
    const err = await rejectionOf(mk().datasets.getUsage());
    expect(err).toBeInstanceOf(CohereResponseError);
    expect(err.statusCode).toBe(200);
    expect(err.rawText).toBe('{"organization_usage": 12,');
    expect(err.rawResponse.headers.get("x-request-id")).toBe("m1");
    expect(err.message).toContain('{"organization_usage": 12,');
    expect(server.requests).toHaveLength(1);
  });

  test("empty 2xx body → CohereResponseError with the (empty) raw text", async () => {
    handle = (_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end();
    };
    const err = await rejectionOf(mk().embedJobs.get("job"));
    expect(err).toBeInstanceOf(CohereResponseError);
    expect(err.statusCode).toBe(200);
    expect(err.rawText).toBe("");
    expect(err.message).toMatch(/empty/i);
    expect(server.requests).toHaveLength(1);
  });
});

describe("abort", () => {
  test("aborted before the call → CohereAbortError, no request", async () => {
    const ac = new AbortController();
    ac.abort(new Error("user gave up"));
    const err = await rejectionOf(mk().embedJobs.list({ abortSignal: ac.signal }));
    expect(err).toBeInstanceOf(CohereAbortError);
    expect(err.cause).toBe(ac.signal.reason);
    await sleep(50);
    expect(server.requests).toHaveLength(0);
  });

  test("aborted while waiting for the response → CohereAbortError at once", async () => {
    handle = () => undefined; // never answers
    const ac = new AbortController();
    const p = mk({ timeoutInSeconds: 30 }).embedJobs.list({
      abortSignal: ac.signal,
    });
    while (server.requests.length === 0) await sleep(5);
    const t0 = Date.now();
    ac.abort();
    await expect(p).rejects.toBeInstanceOf(CohereAbortError);
    expect(Date.now() - t0).toBeLessThan(1000);
  });

  test("aborted while reading the body → CohereAbortError (not a connection error)", async () => {
    handle = (_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"embed_jobs": [');
    };
    const ac = new AbortController();
    const p = mk({ timeoutInSeconds: 30 }).embedJobs.list({
      abortSignal: ac.signal,
    });
    while (server.requests.length === 0) await sleep(5);
    await sleep(50);
    ac.abort();
    await expect(p).rejects.toBeInstanceOf(CohereAbortError);
  });

  test("aborted during the wait before a retry → CohereAbortError, no further request", async () => {
    handle = (_req, res) => json(res, 503, {}, { "retry-after": "5" });
    const ac = new AbortController();
    const p = mk().datasets.getUsage({ abortSignal: ac.signal });
    while (server.requests.length === 0) await sleep(5);
    await sleep(50);
    const t0 = Date.now();
    ac.abort();
    await expect(p).rejects.toBeInstanceOf(CohereAbortError);
    expect(Date.now() - t0).toBeLessThan(1000);
    await sleep(100);
    expect(server.requests).toHaveLength(1);
  });
});

describe("Idempotency-Key", () => {
  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  test("present on a POST and identical across its retries", async () => {
    handle = (_req, res, n) => (n < 3 ? json(res, 503, {}, { "retry-after": "0" }) : json(res, 200, { job_id: "job-1" }));
    const r = await mk().embedJobs.create({
      model: "m",
      datasetId: "d",
      inputType: "clustering",
    });
    expect(r.jobId).toBe("job-1");
    expect(server.requests).toHaveLength(3);
    const keys = server.requests.map((q) => q.headers["idempotency-key"]);
    expect(keys[0]).toMatch(UUID);
    expect(new Set(keys).size).toBe(1);
    // …and the body is replayed unchanged
    expect(new Set(server.requests.map((q) => q.body.toString())).size).toBe(1);
  });

  test("a new key for each call", async () => {
    handle = (_req, res) => json(res, 200, {});
    const client = mk();
    await client.embedJobs.cancel("a");
    await client.embedJobs.cancel("a");
    const [k1, k2] = server.requests.map((q) => q.headers["idempotency-key"]);
    expect(k1).toMatch(UUID);
    expect(k2).toMatch(UUID);
    expect(k1).not.toBe(k2);
  });

  test("the caller's value wins (per call and per client) and is kept across retries", async () => {
    handle = (_req, res, n) => (n % 2 === 1 ? json(res, 500, {}, { "retry-after": "0" }) : json(res, 200, {}));
    await mk().embedJobs.cancel("job-1", {
      headers: { "Idempotency-Key": "caller-key-1" },
    });
    await mk({ headers: { "Idempotency-Key": "client-key" } }).embedJobs.cancel("job-1");
    await mk({ headers: { "Idempotency-Key": "client-key" } }).embedJobs.cancel("job-1", {
      headers: { "idempotency-key": "call-beats-client" },
    });
    expect(server.requests.map((q) => q.headers["idempotency-key"])).toStrictEqual([
      "caller-key-1",
      "caller-key-1",
      "client-key",
      "client-key",
      "call-beats-client",
      "call-beats-client",
    ]);
  });

  test("not sent on GET", async () => {
    handle = (_req, res) => json(res, 200, {});
    await mk().datasets.getUsage();
    expect(server.requests[0]!.headers["idempotency-key"]).toBeUndefined();
  });

  test("a multipart upload is retried with the same key and the same bytes", async () => {
    handle = (_req, res, n) => (n === 1 ? json(res, 503, {}, { "retry-after": "0" }) : json(res, 200, { id: "ds-9" }));
    const r = await mk().datasets.create({ name: "n", type: "embed-input" }, new Blob(['{"text":"a"}\n']));
    expect(r.id).toBe("ds-9");
    expect(server.requests).toHaveLength(2);
    const [a, b] = server.requests;
    expect(a!.headers["idempotency-key"]).toMatch(UUID);
    expect(b!.headers["idempotency-key"]).toBe(a!.headers["idempotency-key"]);
    // Same parts (fetch picks a new boundary for each attempt, so the raw bytes may differ only by it).
    const [pa, pb] = [await multipartParts(a!), await multipartParts(b!)];
    expect(pb).toStrictEqual(pa);
    expect(pa).toMatchObject([{ name: "data", text: '{"text":"a"}\n' }]);
  });
});

describe("credentials", () => {
  const leaks = (err: unknown): string[] => {
    const e = err as Error;
    const renderings = {
      "JSON.stringify": JSON.stringify(e),
      String: String(e),
      stack: String(e?.stack),
      "util.inspect": inspect(e, { depth: 10 }),
      "cause chain": inspect(e?.cause, { depth: 10 }),
    };
    return Object.entries(renderings)
      .filter(([, text]) => text.includes(TOKEN) || text.includes(TOKEN.slice(8)))
      .map(([how]) => how);
  };

  test("the token appears in no error message, field or stack", async () => {
    const errors: Array<[string, unknown]> = [];
    const collect = async (label: string, p: PromiseLike<unknown>) => errors.push([label, await rejectionOf(p)]);

    handle = (_req, res) => json(res, 401, { message: "invalid api token" }, { "www-authenticate": "Bearer" });
    await collect("401", mk().embedJobs.list());
    handle = (_req, res) => json(res, 500, { message: "internal" });
    await collect(
      "500 after retries",
      mk({ maxRetries: 1 }).embedJobs.create({
        model: "m",
        datasetId: "d",
        inputType: "clustering",
      }),
    );
    handle = (_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end("not json");
    };
    await collect("malformed 2xx", mk().datasets.getUsage());
    handle = () => undefined;
    await collect("timeout", mk({ timeoutInSeconds: 0.2 }).datasets.get("x"));
    const ac = new AbortController();
    const aborted = mk().datasets.get("y", { abortSignal: ac.signal });
    setTimeout(() => ac.abort(), 50);
    await collect("abort", aborted);
    const port = await freePort();
    await collect(
      "connection refused",
      new CohereClient({
        token: TOKEN,
        baseUrl: `http://127.0.0.1:${port}`,
        maxRetries: 0,
      }).datasets.getUsage(),
    );
    await collect("invalid header value", mk({ headers: { "X-Bad": "line\nbreak" } }).datasets.getUsage());
    expect(errors.length).toBe(7);
    for (const [label, err] of errors) {
      expect(err, label).toBeInstanceOf(Error);
      expect(leaks(err), `${label}: ${String(err)}`).toStrictEqual([]);
    }
    // The token did reach the server where it belongs.
    expect(server.requests.every((q) => q.headers["authorization"] === `Bearer ${TOKEN}`)).toBe(true);
  });

  test("a base URL with a userinfo password is refused before any request, and the password is in no message", async () => {
    // fetch rejects such URLs and repeats them in its message: the runtime refuses them first, redacted.
    const secret = "proxy-pass-SECRET-42";
    const port = await freePort();
    const err = await rejectionOf(
      new CohereClient({
        token: TOKEN,
        baseUrl: `http://user:${secret}@127.0.0.1:${port}`,
        maxRetries: 0,
      }).datasets.getUsage(),
    );
    expect(err).toBeInstanceOf(CohereSdkError);
    expect(err).not.toBeInstanceOf(CohereConnectionError);
    expect(err.message).toContain("Credentials in the URL are not supported");
    for (const text of [String(err), String(err.stack), JSON.stringify(err), inspect(err, { depth: 10 })])
      expect(text).not.toContain(secret);
  });

  describe("missing token", () => {
    let saved: string | undefined;
    beforeEach(() => {
      saved = process.env["CO_API_KEY"];
      delete process.env["CO_API_KEY"];
    });
    afterEach(() => {
      if (saved === undefined) delete process.env["CO_API_KEY"];
      else process.env["CO_API_KEY"] = saved;
    });

    test("no token and no CO_API_KEY → a clear error before any request", async () => {
      const err = await rejectionOf(new CohereClient({ baseUrl: server.url }).embedJobs.list());
      expect(err).toBeInstanceOf(CohereSdkError);
      expect(err).not.toBeInstanceOf(CohereError);
      expect(err.message).toMatch(/token/);
      expect(err.message).toMatch(/CO_API_KEY/);
      await sleep(50);
      expect(server.requests).toHaveLength(0);
    });

    test("a blank CO_API_KEY counts as missing; a set one is used", async () => {
      process.env["CO_API_KEY"] = "   ";
      await expect(new CohereClient({ baseUrl: server.url }).datasets.getUsage()).rejects.toBeInstanceOf(CohereSdkError);
      expect(server.requests).toHaveLength(0);
      process.env["CO_API_KEY"] = "env-token";
      await new CohereClient({ baseUrl: server.url }).datasets.getUsage();
      expect(server.requests[0]!.headers["authorization"]).toBe("Bearer env-token");
    });

    test("a token supplier is called per request", async () => {
      let n = 0;
      const client = new CohereClient({
        baseUrl: server.url,
        token: async () => `rotating-${++n}`,
      });
      await client.datasets.getUsage();
      await client.datasets.getUsage();
      expect(server.requests.map((q) => q.headers["authorization"])).toStrictEqual(["Bearer rotating-1", "Bearer rotating-2"]);
    });
  });
});

test("no leaked timers: a child process making failing and succeeding calls exits on its own", async () => {
  const local = await startServer((req, res) => {
    if (req.url === "/v1/datasets/fail") return json(res, 400, { message: "bad" });
    if (req.url === "/v1/embed-jobs/retry-then-ok") {
      const seen = local.requests.filter((q) => q.url === req.url).length;
      return seen === 1
        ? json(res, 503, {}, { "retry-after": "0" })
        : json(res, 200, {
            job_id: "j1",
            status: "complete",
            created_at: "2024-01-01T00:00:00Z",
            input_dataset_id: "d",
            model: "m",
            truncate: "END",
          });
    }
    if (req.url === "/v1/datasets/usage") return json(res, 200, { organization_usage: 5 });
    // /v1/embed-jobs: never answered (the child aborts it)
  });
  const child = spawn(process.execPath, [join(ROOT, "test/live/fixtures/timers-child.mjs"), local.url], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, CO_API_KEY: "" },
  });
  let out = "";
  let err = "";
  let doneAt = 0;
  child.stdout.on("data", (d) => {
    out += d;
    if (!doneAt && out.includes("done")) doneAt = Date.now();
  });
  child.stderr.on("data", (d) => (err += d));
  let killed = false;
  const guard = setTimeout(() => {
    killed = true;
    child.kill("SIGKILL");
  }, 20_000);
  try {
    const code = await new Promise<number | null>((r) => child.on("exit", (c) => r(c)));
    const lingered = Date.now() - doneAt;
    expect(killed, `the child did not exit by itself (stdout: ${out}, stderr: ${err})`).toBe(false);
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(out.trim()).toBe('done {"retried":"j1","usage":5}');
    // After its last call the child has nothing left to do: with a leaked 300 s timeout (or socket, or listener)
    // it would hang until killed.
    expect(lingered).toBeLessThan(3000);
  } finally {
    clearTimeout(guard);
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    await local.close();
  }
});
