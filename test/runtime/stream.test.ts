import { afterEach, describe, expect, it } from "vitest";
import { request } from "../../templates/runtime/fetcher.js";
import { AbortError, ConnectionError, ResponseError, SdkError } from "../../templates/runtime/errors.js";
import { Stream, createStream, parseSSE, readLines } from "../../templates/runtime/stream.js";
import type { RequestSpec } from "../../templates/runtime/types.js";
import { delay, makeCore, rejection, startServer, TestApiError, type TestServer } from "./helpers.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A ReadableStream delivering exactly these chunks. */
function chunked(chunks: (string | Uint8Array)[]): ReadableStream<Uint8Array> {
  const enc = new TextEncoder();
  let i = 0;
  return new ReadableStream({
    pull(c) {
      if (i < chunks.length) {
        const x = chunks[i++]!;
        c.enqueue(typeof x === "string" ? enc.encode(x) : x);
      } else c.close();
    },
  });
}

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

/** Splits bytes at every given offset. */
function splitAt(bytes: Uint8Array, ...offsets: number[]): Uint8Array[] {
  const out: Uint8Array[] = [];
  let prev = 0;
  for (const o of offsets) {
    out.push(bytes.slice(prev, o));
    prev = o;
  }
  out.push(bytes.slice(prev));
  return out;
}

const sseSpec = <T = unknown>(extra: Partial<RequestSpec<T>> = {}): RequestSpec<T> & { responseType: "sse" } => ({
  method: "POST",
  path: "/chat",
  errors: { base: TestApiError },
  stream: createStream,
  streamTerminator: "[DONE]",
  ...extra,
  responseType: "sse",
});

describe("readLines / parseSSE", () => {
  it("decodes UTF-8 split inside a multi-byte character and lines split across chunks", async () => {
    const text = 'data: {"t":"héllo 👋 wörld"}\n\ndata: {"t":"second"}\r\n\r\n';
    const bytes = new TextEncoder().encode(text);
    const emoji = text.indexOf("👋");
    // byte offset of the emoji: cut in the middle of it, and in the middle of "é"
    const before = new TextEncoder().encode(text.slice(0, emoji)).length;
    const eAccent = new TextEncoder().encode(text.slice(0, text.indexOf("é"))).length;
    const chunks = splitAt(bytes, 3, eAccent + 1, before + 2, before + 3, bytes.length - 3, bytes.length - 2);
    const events = await collect(parseSSE(readLines(chunked(chunks))));
    expect(events.map((e) => e.data)).toEqual(['{"t":"héllo 👋 wörld"}', '{"t":"second"}']);
  });

  it("handles \\r\\n split between chunks, lone \\r, comments, multi-line data, event, id, retry", async () => {
    const events = await collect(
      parseSSE(
        readLines(
          chunked([
            ": comment\r",
            "\nevent: update\rid: 7\nretry: 1500\ndata: line1\ndata:line2\n",
            "data\n\n",
            "data: no-event-name\n\n",
            "event: ignored-without-data\n\n",
            "data: tail-without-blank-line",
          ]),
        ),
      ),
    );
    expect(events).toEqual([
      { event: "update", data: "line1\nline2\n", id: "7", retry: 1500 },
      { event: "message", data: "no-event-name", id: "7", retry: undefined },
      { event: "message", data: "tail-without-blank-line", id: "7", retry: undefined },
    ]);
  });

  it("breaking out cancels the underlying stream", async () => {
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      pull(c) {
        c.enqueue(new TextEncoder().encode("line\n"));
      },
      cancel() {
        cancelled = true;
      },
    });
    for await (const _ of readLines(body)) break;
    expect(cancelled).toBe(true);
  });
});

describe("SSE over HTTP", () => {
  it("streams typed events, split across TCP writes mid-character, until [DONE]", async () => {
    server = await startServer(async (_req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      const payload = new TextEncoder().encode(
        'event: text\ndata: {"text":"Привет"}\n\nevent: text\ndata: {"text":"世界"}\n\n: keep-alive\n\ndata: [DONE]\n\ndata: {"text":"after done"}\n\n',
      );
      for (let i = 0; i < payload.length; i += 5) {
        res.write(payload.subarray(i, i + 5));
        await delay(2);
      }
      res.end();
    });
    const p = request(makeCore(server.url), sseSpec({ parse: (w: any) => ({ text: String(w.text) }) }));
    const { data: stream, rawResponse } = await p.withRawResponse();
    expect(stream).toBeInstanceOf(Stream);
    expect(rawResponse.headers.get("content-type")).toBe("text/event-stream");
    expect(server.requests[0]!.headers.accept).toBe("text/event-stream");
    const texts: string[] = [];
    for await (const chunk of stream) texts.push(chunk.text);
    expect(texts).toEqual(["Привет", "世界"]);
  });

  it("events() exposes event names and ids; a stream iterates once", async () => {
    server = await startServer((_req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.end('event: start\nid: 1\ndata: {"a":1}\n\nevent: end\nid: 2\ndata: {"a":2}\n\n');
    });
    const stream = await request(makeCore(server.url), sseSpec());
    expect(await collect(stream.events())).toEqual([
      { event: "start", data: { a: 1 }, id: "1" },
      { event: "end", data: { a: 2 }, id: "2" },
    ]);
    expect(() => stream.events()).toThrow(SdkError);
  });

  it("breaking out of for-await closes the connection", async () => {
    let closed = false;
    server = await startServer((_req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      let n = 0;
      const t = setInterval(() => res.write(`data: ${n++}\n\n`), 10);
      res.on("close", () => {
        clearInterval(t);
        closed = true;
      });
    });
    const stream = await request(makeCore(server.url), sseSpec());
    const seen: unknown[] = [];
    for await (const x of stream) {
      seen.push(x);
      if (seen.length === 3) break;
    }
    expect(seen).toEqual([0, 1, 2]);
    for (let i = 0; i < 50 && !closed; i++) await delay(10);
    expect(closed).toBe(true);
  });

  it("aborting mid-stream → AbortError and the connection closes", async () => {
    let closed = false;
    server = await startServer((_req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      const t = setInterval(() => res.write("data: 1\n\n"), 10);
      res.on("close", () => {
        clearInterval(t);
        closed = true;
      });
    });
    const ac = new AbortController();
    const stream = await request(makeCore(server.url), sseSpec(), { abortSignal: ac.signal });
    const err = await rejection(
      (async () => {
        let n = 0;
        for await (const _ of stream) if (++n === 2) ac.abort();
      })(),
    );
    expect(err).toBeInstanceOf(AbortError);
    for (let i = 0; i < 50 && !closed; i++) await delay(10);
    expect(closed).toBe(true);
  });

  it("a reset mid-stream → ConnectionError; a non-JSON payload → ResponseError", async () => {
    server = await startServer((req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      if (req.url === "/chat") {
        res.write("data: 1\n\n");
        setTimeout(() => res.socket?.destroy(), 30);
      } else res.end("data: {oops\n\n");
    });
    const stream = await request(makeCore(server.url), sseSpec());
    const seen: unknown[] = [];
    const err = await rejection(
      (async () => {
        for await (const x of stream) seen.push(x);
      })(),
    );
    expect(seen).toEqual([1]);
    expect(err).toBeInstanceOf(ConnectionError);

    const bad = await request(makeCore(server.url), { ...sseSpec(), path: "/bad" });
    const err2 = await rejection(collect(bad));
    expect(err2).toBeInstanceOf(ResponseError);
    expect(err2.rawText).toBe("{oops");
  });

  it("errors thrown by the parse mapper propagate unchanged", async () => {
    server = await startServer((_req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.end('data: {"ok":1}\n\ndata: {"bad":1}\n\n');
    });
    class MapperError extends Error {}
    const stream = await request(
      makeCore(server.url),
      sseSpec({
        parse: (w: any) => {
          if (w.bad) throw new MapperError("unexpected shape");
          return w;
        },
      }),
    );
    const seen: unknown[] = [];
    const err = await rejection(
      (async () => {
        for await (const x of stream) seen.push(x);
      })(),
    );
    expect(seen).toEqual([{ ok: 1 }]);
    expect(err).toBeInstanceOf(MapperError);
  });

  it("the timeout covers only the wait for headers", async () => {
    server = await startServer(async (_req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.write("data: 1\n\n");
      await delay(400);
      res.end("data: 2\n\n");
    });
    const stream = await request(makeCore(server.url), sseSpec(), { timeoutInSeconds: 0.2 });
    expect(await collect(stream)).toEqual([1, 2]);
  });

  it("non-2xx stream responses are API errors", async () => {
    server = await startServer((_req, res) => {
      res.writeHead(400, { "content-type": "application/json" });
      res.end('{"message":"bad"}');
    });
    const err = await rejection(request(makeCore(server.url), sseSpec()));
    expect(err).toBeInstanceOf(TestApiError);
    expect(err.body).toEqual({ message: "bad" });
  });
});

describe("NDJSON and raw streams", () => {
  it("parses one JSON value per line, across chunk boundaries, skipping blank lines", async () => {
    server = await startServer(async (_req, res) => {
      res.writeHead(200, { "content-type": "application/x-ndjson" });
      res.write('{"id":1,"name":"ü');
      await delay(5);
      res.write('ber"}\r\n\n{"id":2}\n');
      await delay(5);
      res.end('{"id":3}');
    });
    const stream = await request(makeCore(server.url), {
      method: "GET",
      path: "/jobs",
      responseType: "ndjson",
      errors: { base: TestApiError },
      stream: createStream,
      parse: (w: any) => w.id as number,
    });
    expect(server.requests[0]!.headers.accept).toBe("application/x-ndjson");
    expect(await collect(stream)).toEqual([1, 2, 3]);
  });

  it("responseType stream with createStream: bytes, then ConnectionError on reset", async () => {
    server = await startServer((req, res) => {
      res.writeHead(200, { "content-type": "application/octet-stream" });
      if (req.url === "/ok") res.end("abc");
      else {
        res.write("abc");
        setTimeout(() => res.socket?.destroy(), 30);
      }
    });
    const spec = (p: string): RequestSpec<ReadableStream<Uint8Array>> => ({
      method: "GET",
      path: p,
      responseType: "stream",
      errors: { base: TestApiError },
      stream: createStream,
    });
    const ok = await request(makeCore(server.url), spec("/ok"));
    expect(await new Response(ok).text()).toBe("abc");
    const broken = await request(makeCore(server.url), spec("/broken"));
    const err = await rejection(new Response(broken).text());
    expect(err).toBeInstanceOf(ConnectionError);
  });
});
