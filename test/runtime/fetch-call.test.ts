/**
 * How request() calls fetch, and which failures count as the network.
 *
 * Browsers and workerd refuse a fetch whose `this` is not the global object ("Illegal invocation"); Node does not
 * care, so the global fetch is replaced here by one that checks `this` as they do, both ways they can refuse (a
 * synchronous throw and a rejected promise). Every call goes to a real server on 127.0.0.1.
 */
import { afterEach, describe, expect, it } from "vitest";
import { request } from "../../templates/runtime/fetcher.js";
import { ConnectionError, SdkError } from "../../templates/runtime/errors.js";
import type { ErrorTable, RequestSpec } from "../../templates/runtime/types.js";
import { TestApiError, json, makeCore, rejection, startServer, type TestServer } from "./helpers.js";

const errors: ErrorTable = { base: TestApiError };
const get: RequestSpec<unknown> = { method: "GET", path: "/x", responseType: "json", errors };
const post: RequestSpec<unknown> = { method: "POST", path: "/x", responseType: "json", errors, body: { type: "json", value: { a: 1 } } };

const realFetch = globalThis.fetch;
let server: TestServer | undefined;
afterEach(async () => {
  globalThis.fetch = realFetch;
  await server?.close();
  server = undefined;
});

/** A fetch that, like Chromium's and workerd's, refuses any `this` but the global object or undefined. */
function strictFetch(refuse: "throw" | "reject", calls: unknown[] = []): typeof fetch {
  return function (this: unknown, input: RequestInfo | URL, init?: RequestInit) {
    calls.push(this);
    if (this !== undefined && this !== globalThis) {
      const e = new TypeError("Failed to execute 'fetch' on 'Window': Illegal invocation");
      if (refuse === "throw") throw e;
      return Promise.reject(e);
    }
    return realFetch(input, init);
  } as typeof fetch;
}

describe("fetch is called as a plain function", () => {
  for (const refuse of ["throw", "reject"] as const) {
    it(`the global fetch (one that would ${refuse} on a foreign this)`, async () => {
      server = await startServer((_req, res) => json(res, 200, { ok: true }));
      const calls: unknown[] = [];
      globalThis.fetch = strictFetch(refuse, calls);
      expect(await request(makeCore(server.url), get)).toEqual({ ok: true });
      expect(await request(makeCore(server.url), post)).toEqual({ ok: true });
      expect(calls).toStrictEqual([undefined, undefined]);
      expect(server.requests.map((r) => r.method)).toStrictEqual(["GET", "POST"]);
    });

    it(`a fetch passed in the options (one that would ${refuse} on a foreign this)`, async () => {
      server = await startServer((_req, res) => json(res, 200, { ok: true }));
      const calls: unknown[] = [];
      const core = makeCore(server.url, { fetch: strictFetch(refuse, calls) });
      expect(await request(core, post, { maxRetries: 2 })).toEqual({ ok: true });
      expect(calls).toStrictEqual([undefined]);
      expect(server.requests).toHaveLength(1);
      expect(JSON.parse(server.requests[0]!.body.toString())).toEqual({ a: 1 });
    });
  }

  it("the global fetch is looked up per request, so one installed later (a polyfill) is used", async () => {
    server = await startServer((_req, res) => json(res, 200, { ok: true }));
    const core = makeCore(server.url);
    let used = 0;
    globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) => (used++, realFetch(input, init))) as typeof fetch;
    await request(core, get);
    expect(used).toBe(1);
  });
});

describe("an error of the SDK's own making is not a connection failure", () => {
  it("a fetch that throws a TypeError at once: that error, unwrapped, and no retry", async () => {
    let calls = 0;
    const bug = new TypeError("fetchImpl is not a function");
    const core = makeCore("http://127.0.0.1:9", {
      fetch: (() => {
        calls++;
        throw bug;
      }) as typeof fetch,
    });
    const err = await rejection(request(core, post, { maxRetries: 2 }));
    expect(err).toBe(bug);
    expect(err).not.toBeInstanceOf(ConnectionError);
    expect(calls).toBe(1);
  });

  it("a fetch that resolves to something other than a Response: the TypeError from reading it, and no retry", async () => {
    server = await startServer((_req, res) => json(res, 200, { ok: true }));
    let calls = 0;
    const core = makeCore(server.url, {
      fetch: (async (input: RequestInfo | URL, init?: RequestInit) => {
        calls++;
        const res = await realFetch(input, init);
        return { ok: res.ok, status: res.status, headers: res.headers } as unknown as Response; // no text()
      }) as typeof fetch,
    });
    const err = await rejection(request(core, get, { maxRetries: 2 }));
    expect(err).toBeInstanceOf(TypeError);
    expect(err).not.toBeInstanceOf(SdkError);
    expect(calls).toBe(1);
    expect(server.requests).toHaveLength(1);
  });

  // What the old runtime's bound call got from Chromium (a rejection) and workerd (a throw), word for word.
  for (const [runtime, refuse, message] of [
    ["Chromium", "reject", "Failed to execute 'fetch' on 'Window': Illegal invocation"],
    [
      "workerd",
      "throw",
      "Illegal invocation: function called with incorrect `this` reference. See https://developers.cloudflare.com/workers/observability/errors/#illegal-invocation-errors for details.",
    ],
    ["Firefox", "reject", "'fetch' called on an object that does not implement interface Window."],
  ] as const) {
    it(`fetch refusing how it was called (${runtime}'s words, a ${refuse}) surfaces as itself, not retried`, async () => {
      let calls = 0;
      const core = makeCore("http://127.0.0.1:9", {
        fetch: (() => {
          calls++;
          if (refuse === "throw") throw new TypeError(message);
          return Promise.reject(new TypeError(message));
        }) as typeof fetch,
      });
      const err = await rejection(request(core, post, { maxRetries: 2 }));
      expect(err).toBeInstanceOf(TypeError);
      expect(err).not.toBeInstanceOf(ConnectionError);
      expect(err.message).toBe(message);
      expect(calls).toBe(1);
    });
  }

  it("a real network failure still is one: ConnectionError, retried", async () => {
    server = await startServer((req) => {
      req.socket.destroy(); // reset before any response
    });
    const err = await rejection(request(makeCore(server.url), get, { maxRetries: 1 }));
    expect(err).toBeInstanceOf(ConnectionError);
    expect(err.cause).toBeInstanceOf(TypeError); // what fetch rejects with on a network error
    expect(server.requests).toHaveLength(2);
  });
});
