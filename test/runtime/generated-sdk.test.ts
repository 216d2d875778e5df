/**
 * The runtime used the way generated code uses it: a client class with a ClientCore, resource methods for a JSON call,
 * a streamed call, an upload and a paginated list. Checks both behaviour and the types the generator relies on.
 */
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import { request } from "../../templates/runtime/fetcher.js";
import { ApiError, SdkError } from "../../templates/runtime/errors.js";
import type { HttpPromise } from "../../templates/runtime/http-promise.js";
import { type Stream, createStream } from "../../templates/runtime/stream.js";
import { toFormData } from "../../templates/runtime/multipart.js";
import { resolveFile } from "../../templates/runtime/file.js";
import { PagePromise, type Page } from "../../templates/runtime/pagination.js";
import { encodePathParam } from "../../templates/runtime/url.js";
import { readEnv, resolveSupplier } from "../../templates/runtime/auth.js";
import type { ClientCore, FileInput, RequestOptions } from "../../templates/runtime/types.js";
import { json, startServer, type TestServer } from "./helpers.js";

// ---- what the generator would emit -------------------------------------------------------------
class CohereError extends ApiError {
  override readonly name: string = "CohereError";
}
class NotFoundError extends CohereError {
  override readonly name: string = "NotFoundError";
  declare readonly body: { message: string };
}
class TooManyRequestsError extends CohereError {
  override readonly name: string = "TooManyRequestsError";
}
const errors = { base: CohereError, byStatus: { "404": NotFoundError, "429": TooManyRequestsError } };

interface Dataset {
  id: string;
  createdAt: Date;
}
type ChatEvent = { type: "text"; text: string } | { type: "end" };

class Datasets {
  constructor(private readonly core: ClientCore) {}
  get(id: string, options?: RequestOptions): HttpPromise<Dataset> {
    return request(
      this.core,
      {
        method: "GET",
        path: `/v1/datasets/${encodePathParam(id)}`,
        responseType: "json",
        parse: (w: any): Dataset => ({ id: w.id, createdAt: new Date(w.created_at) }),
        errors,
      },
      options,
    );
  }
  create(req: { name: string; data: FileInput }, options?: RequestOptions): HttpPromise<{ id: string }> {
    return request<{ id: string }>(
      this.core,
      {
        method: "POST",
        path: "/v1/datasets",
        query: [{ name: "name", value: req.name }],
        body: { type: "multipart", parts: [{ kind: "file", name: "data", value: req.data }], toFormData },
        responseType: "json",
        errors,
      },
      options,
    );
  }
  upload(data: FileInput, options?: RequestOptions): HttpPromise<void> {
    return request<void>(
      this.core,
      { method: "PUT", path: "/v1/raw", body: { type: "binary", value: data, resolveFile }, responseType: "none", errors },
      options,
    );
  }
  list(req: { limit?: number } = {}, options?: RequestOptions): PagePromise<Dataset, { datasets: Dataset[]; next?: string }> {
    type Res = { datasets: Dataset[]; next?: string };
    return new PagePromise<Dataset, Res>(
      {
        fetchPage: (cursor: string | undefined) =>
          request<Res>(
            this.core,
            {
              method: "GET",
              path: "/v1/datasets",
              query: [
                { name: "limit", value: req.limit },
                { name: "cursor", value: cursor },
              ],
              responseType: "json",
              errors,
            },
            options,
          ).withRawResponse(),
        getItems: (res) => res.datasets,
        getNextRequest: ({ response }) => response.next,
      },
      undefined,
    );
  }
}

class Chat {
  constructor(private readonly core: ClientCore) {}
  stream(message: string, options?: RequestOptions) {
    return request(
      this.core,
      {
        method: "POST",
        path: "/v2/chat",
        body: { type: "json", value: { message, stream: true } },
        responseType: "sse",
        streamTerminator: "[DONE]",
        parse: (w: any): ChatEvent => w,
        stream: createStream,
        errors,
      },
      options,
    );
  }
}

class Client {
  readonly datasets: Datasets;
  readonly chat: Chat;
  constructor(opts: { token?: string | (() => string | Promise<string>); baseUrl: string; maxRetries?: number }) {
    const core: ClientCore = {
      baseUrl: opts.baseUrl,
      maxRetries: opts.maxRetries,
      headers: async () => {
        const token = (opts.token !== undefined ? await resolveSupplier(opts.token) : undefined) ?? readEnv("RT_TEST_TOKEN_UNSET");
        if (!token) throw new SdkError("Missing token: pass `token` or set RT_TEST_TOKEN_UNSET");
        return { Authorization: `Bearer ${token}`, "X-Client-Name": undefined };
      },
    };
    this.datasets = new Datasets(core);
    this.chat = new Chat(core);
  }
}
// -------------------------------------------------------------------------------------------------

let server: TestServer;
beforeAll(async () => {
  server = await startServer((req, res, rec) => {
    const u = new URL(req.url!, "http://x");
    if (u.pathname === "/v1/datasets/a%2Fb") json(res, 200, { id: "a/b", created_at: "2024-01-01T00:00:00Z" });
    else if (u.pathname.startsWith("/v1/datasets/")) json(res, 404, { message: "not found" }, { "x-request-id": "r1" });
    else if (u.pathname === "/v1/datasets" && req.method === "POST") json(res, 200, { id: "new", size: rec.body.length });
    else if (u.pathname === "/v1/datasets") {
      const cursor = u.searchParams.get("cursor");
      const mk = (id: string) => ({ id, created_at: "2024-01-01T00:00:00Z" });
      json(res, 200, cursor ? { datasets: [mk("c")] } : { datasets: [mk("a"), mk("b")], next: "p2" });
    } else if (u.pathname === "/v1/raw") {
      res.writeHead(204);
      res.end();
    } else if (u.pathname === "/v2/chat") {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.end('data: {"type":"text","text":"Hi"}\n\ndata: {"type":"end"}\n\ndata: [DONE]\n\n');
    } else json(res, 500, {});
  });
});
afterAll(() => server.close());

describe("generated-code usage", () => {
  it("json call, typed errors, token supplier", async () => {
    const client = new Client({ token: async () => "tok", baseUrl: server.url });
    const ds = await client.datasets.get("a/b");
    expectTypeOf(ds).toEqualTypeOf<Dataset>();
    expect(ds.createdAt).toBeInstanceOf(Date);
    const err = await client.datasets.get("zzz").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NotFoundError);
    expect(err).toBeInstanceOf(CohereError);
    if (err instanceof NotFoundError) {
      expectTypeOf(err.body).toEqualTypeOf<{ message: string }>();
      expect(err.body.message).toBe("not found");
      expect(err.requestId).toBe("r1");
    }
    expect(server.requests.at(-1)!.headers.authorization).toBe("Bearer tok");
  });

  it("missing credentials reject before sending", async () => {
    const before = server.requests.length;
    const client = new Client({ baseUrl: server.url });
    await expect(client.datasets.get("x")).rejects.toThrow(/Missing token/);
    expect(server.requests.length).toBe(before);
  });

  it("sse call returns a typed Stream", async () => {
    const client = new Client({ token: "t", baseUrl: server.url });
    const p = client.chat.stream("hello");
    expectTypeOf(p).toEqualTypeOf<HttpPromise<Stream<ChatEvent>>>();
    const events: ChatEvent[] = [];
    for await (const e of await p) events.push(e);
    expect(events).toEqual([{ type: "text", text: "Hi" }, { type: "end" }]);
  });

  it("multipart and binary uploads", async () => {
    const client = new Client({ token: async () => "t", baseUrl: server.url });
    expect(await client.datasets.create({ name: "n", data: new Blob(["x".repeat(10)]) })).toMatchObject({ id: "new" });
    expect(await client.datasets.upload(new Blob(["raw"]).stream())).toBeUndefined();
    expect(server.requests.at(-1)!.body.toString()).toBe("raw");
  });

  it("paginated list", async () => {
    const client = new Client({ token: async () => "t", baseUrl: server.url });
    const ids: string[] = [];
    for await (const d of client.datasets.list({ limit: 2 })) ids.push(d.id);
    expect(ids).toEqual(["a", "b", "c"]);
    const first = await client.datasets.list();
    expectTypeOf(first).toMatchTypeOf<Page<Dataset, { datasets: Dataset[]; next?: string }>>();
    expect(first.hasNextPage()).toBe(true);
  });
});
