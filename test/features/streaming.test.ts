/**
 * Feature 7 — streaming (spec: specs/streaming.yaml): `text/event-stream` → an AsyncIterable of typed (mapped)
 * events, robust to a multi-byte UTF-8 character and an event split across chunks, `event:`/`id:` fields, comments,
 * the `[DONE]` terminator; breaking out of `for await` closes the connection (the server sees the socket close);
 * NDJSON lines; an error status before the stream → typed error.
 */
import type { ServerResponse } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { generateFeature, json, rejection, snapshotPath, startFeatureServer, type GeneratedPackage } from "./harness.js";

let pkg: GeneratedPackage;
let sdk: any;
let client: any;
let server: Awaited<ReturnType<typeof startFeatureServer>>;

beforeAll(async () => {
  pkg = await generateFeature("streaming");
  sdk = await pkg.load();
  server = await startFeatureServer();
  client = new sdk.TestClient({ baseUrl: server.url, maxRetries: 0 });
});
afterAll(async () => {
  await server?.close();
  pkg?.cleanup();
});

/** Writes each chunk separately, with a pause so that they reach the client as separate reads. */
async function writeChunks(res: ServerResponse, chunks: Array<string | Buffer>, end = true): Promise<void> {
  for (const c of chunks) {
    res.write(c);
    await sleep(15);
  }
  if (end) res.end();
}

describe("emitted code", () => {
  test("resource files and types", async () => {
    await expect(pkg.file("src/resources/chat.ts")).toMatchFileSnapshot(snapshotPath("streaming", "resources/chat.ts"));
    await expect(pkg.file("src/resources/logs.ts")).toMatchFileSnapshot(snapshotPath("streaming", "resources/logs.ts"));
    await expect(pkg.file("src/types.ts")).toMatchFileSnapshot(snapshotPath("streaming", "types.ts"));
  });
});

describe("text/event-stream", () => {
  const eAcute = Buffer.from("é", "utf8"); // 2 bytes: c3 a9
  const sseChunks = [
    ": a comment line\n\n",
    'event: delta\nid: 1\ndata: {"type":"text_delta","delta_text":"caf',
    Buffer.concat([eAcute.subarray(0, 1)]), // first byte of "é" alone
    Buffer.concat([eAcute.subarray(1), Buffer.from('"}\n')]), // second byte, then the end of the line
    "\n", // blank line: dispatch
    'event: delta\nid: 2\ndata: {"type":"text_delta",\ndata: "delta_text":" ☕"}\n\n', // data split over two lines
    'id: 3\ndata: {"type":"stream_end","finish_reason":"stop","ended_at":"2024-01-01T00:00:00.000Z"}\n\n',
    "data: [DONE]\n\n",
    'data: {"type":"text_delta","delta_text":"after done"}\n\n',
  ];

  test("typed, mapped events; a UTF-8 character and an event split across chunks; [DONE] ends the stream", async () => {
    server.handle = async (_req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      await writeChunks(res, sseChunks);
    };
    const stream = await client.chat.chatStream({ promptText: "hi" });
    const events: unknown[] = [];
    for await (const e of stream) events.push(e);
    expect(events).toStrictEqual([
      { type: "text_delta", deltaText: "café" },
      { type: "text_delta", deltaText: " ☕" },
      { type: "stream_end", finishReason: "stop", endedAt: new Date("2024-01-01T00:00:00.000Z") },
    ]);
    const req = server.last();
    expect(req.headers.accept).toBe("text/event-stream");
    expect(JSON.parse(req.body.toString())).toStrictEqual({ prompt_text: "hi" });
  });

  test("events() exposes the `event:` name and the last `id:`", async () => {
    server.handle = async (_req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      await writeChunks(res, sseChunks);
    };
    const stream = await client.chat.chatStream({ promptText: "hi" });
    const meta: Array<{ event: string; id?: string }> = [];
    for await (const e of stream.events()) meta.push({ event: e.event, id: e.id });
    expect(meta).toStrictEqual([
      { event: "delta", id: "1" },
      { event: "delta", id: "2" },
      { event: "message", id: "3" },
    ]);
  });

  test("breaking out of `for await` closes the connection: the server sees the socket close", async () => {
    let serverDone!: () => void;
    const finished = new Promise<void>((r) => (serverDone = r));
    server.handle = async (_req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.write('data: {"type":"text_delta","delta_text":"one"}\n\n');
      // Keep the stream open (and keep writing slowly) until the client goes away, at most 5 s.
      for (let i = 0; i < 100 && !res.destroyed && !res.writableEnded; i++) {
        await sleep(50);
        if (!res.destroyed) res.write(": keep-alive\n\n");
      }
      serverDone();
    };
    const stream = await client.chat.chatStream({ promptText: "hi" });
    const got: unknown[] = [];
    for await (const e of stream) {
      got.push(e);
      break;
    }
    expect(got).toStrictEqual([{ type: "text_delta", deltaText: "one" }]);
    const req = server.last();
    const closed = await Promise.race([req.clientClosed.then(() => "closed"), sleep(3000).then(() => "still open")]);
    expect(closed).toBe("closed");
    expect(req.closedEarly).toBe(true);
    await finished;
  });

  test("CRLF line endings, with a \\r\\n split between chunks, and a final event without a trailing blank line", async () => {
    server.handle = async (_req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream; charset=utf-8" });
      await writeChunks(res, [
        'retry: 1000\r\nevent: delta\r\ndata: {"type":"text_delta","delta_text":"a"}\r',
        "\n\r\n",
        'data: {"type":"text_delta","delta_text":"b"}\r\n',
      ]);
    };
    const stream = await client.chat.chatStream({ promptText: "hi" });
    const got: Array<{ event: string; data: unknown }> = [];
    for await (const e of stream.events()) got.push({ event: e.event, data: e.data });
    expect(got).toStrictEqual([
      { event: "delta", data: { type: "text_delta", deltaText: "a" } },
      { event: "message", data: { type: "text_delta", deltaText: "b" } },
    ]);
  });

  test("an error status before the stream starts → the typed error with its mapped body", async () => {
    server.handle = (_req, res) => json(res, 429, { retry_in_ms: 250 });
    const err = await rejection(client.chat.chatStream({ promptText: "hi" }));
    expect(err).toBeInstanceOf(sdk.TooManyRequestsError);
    expect(err.body).toStrictEqual({ retryInMs: 250 });
  });

  test("malformed JSON in an event → ResponseError while iterating", async () => {
    server.handle = async (_req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      await writeChunks(res, ["data: {not json}\n\n"]);
    };
    const stream = await client.chat.chatStream({ promptText: "hi" });
    const err = await rejection(
      (async () => {
        for await (const _ of stream) void _;
      })(),
    );
    expect(err).toBeInstanceOf(sdk.TestResponseError);
  });
});

describe("application/x-ndjson", () => {
  test("one mapped object per line; lines split across chunks; blank lines and a missing final newline are fine", async () => {
    server.handle = async (_req, res) => {
      res.writeHead(200, { "content-type": "application/x-ndjson" });
      await writeChunks(res, [
        '{"log_level":"info","message_text":"start","logged_at":"2024-01-01T00:00:00.000Z"}\n{"log_le',
        'vel":"warn","message_text":"ünïcode ',
        Buffer.from("✓", "utf8").subarray(0, 2),
        Buffer.concat([Buffer.from("✓", "utf8").subarray(2), Buffer.from('"}\r\n\n')]),
        '{"log_level":"error","message_text":"last"}',
      ]);
    };
    const stream = await client.logs.tailLogs({ minLevel: "info" });
    const lines: unknown[] = [];
    for await (const l of stream) lines.push(l);
    expect(lines).toStrictEqual([
      { logLevel: "info", messageText: "start", loggedAt: new Date("2024-01-01T00:00:00.000Z") },
      { logLevel: "warn", messageText: "ünïcode ✓" },
      { logLevel: "error", messageText: "last" },
    ]);
    expect(server.last().url).toBe("/logs?min_level=info");
  });

  test("breaking out of an NDJSON stream closes the connection", async () => {
    server.handle = async (_req, res) => {
      res.writeHead(200, { "content-type": "application/x-ndjson" });
      res.write('{"log_level":"info","message_text":"1"}\n');
      for (let i = 0; i < 100 && !res.destroyed; i++) {
        await sleep(50);
        if (!res.destroyed) res.write("\n");
      }
    };
    const stream = await client.logs.tailLogs();
    for await (const _ of stream) break;
    const req = server.last();
    expect(await Promise.race([req.clientClosed.then(() => "closed"), sleep(3000).then(() => "still open")])).toBe("closed");
  });
});
