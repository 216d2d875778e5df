/**
 * An operation that streams only when its request says `stream: true` (x-fern-streaming) becomes two methods:
 * `chat` (flag false, JSON) and `chatStream` (flag true, server-sent events), over real HTTP on 127.0.0.1.
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Diagnostics } from "../../generator/diagnostics.js";
import { generate } from "../../generator/pipeline.js";
import { writeAtomically } from "../../generator/write/atomic.js";
import { json, startServer, type TestServer } from "../helpers/http.js";
import { ROOT, tempDir } from "../helpers/project.js";

const SPEC = join(ROOT, "test/specs/streaming-flag.yaml");

describe("streaming flag (x-fern-streaming)", () => {
  const tmp = tempDir("stream-flag-");
  let server: TestServer;
  let client: any;
  let diagnostics: Diagnostics;

  beforeAll(async () => {
    diagnostics = new Diagnostics();
    const out = join(tmp.dir, "pkg");
    const result = await generate({ inputs: [SPEC], output: out, client: { className: "ChatClient" } }, diagnostics);
    writeAtomically(out, result.files);
    server = await startServer(async (req, res) => {
      const body = JSON.parse(req.body.toString("utf8"));
      if (!body.stream) return json(res, 200, { text: "hi", finish_reason: "done", extra: 1 });
      res.writeHead(200, { "content-type": "text/event-stream" });
      const bytes = Buffer.from('data: {"event_type":"text","text_delta":"h\u00e9"}\n\ndata: {"event_type":"end"}\n\ndata: [DONE]\n\n');
      const cut = bytes.indexOf(0xc3) + 1; // inside the two bytes of "é"
      res.write(bytes.subarray(0, cut));
      await new Promise((r) => setTimeout(r, 20));
      res.end(bytes.subarray(cut));
    });
    const { ChatClient } = await import(pathToFileURL(join(out, "dist/esm/index.js")).href);
    client = new ChatClient({ baseUrl: server.url, maxRetries: 0 });
  });
  afterAll(async () => {
    await server?.close();
    tmp.cleanup();
  });

  it("reports the split", () => {
    expect(diagnostics.items.find((d) => d.code === "ir/streaming")?.message).toContain(
      'split on request flag "stream" into chat (JSON) and chatStream (event stream)',
    );
  });

  it("chat sends stream: false and maps the JSON response", async () => {
    const res = await client.chat.chat({ message: "hello", maxTokens: 5 });
    expect(res).toEqual({ text: "hi", finishReason: "done", extra: 1 });
    expect(JSON.parse(server.requests.at(-1)!.body.toString())).toEqual({ message: "hello", max_tokens: 5, stream: false });
  });

  it("chatStream sends stream: true and yields typed events, UTF-8 safe across chunks, until [DONE]", async () => {
    const events: unknown[] = [];
    for await (const e of await client.chat.chatStream({ message: "hello" })) events.push(e);
    expect(events).toEqual([{ eventType: "text", textDelta: "hé" }, { eventType: "end" }]);
    expect(JSON.parse(server.requests.at(-1)!.body.toString())).toEqual({ message: "hello", stream: true });
    expect(server.requests.at(-1)!.headers.accept).toBe("text/event-stream");
  });
});
