import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { request } from "../../templates/runtime/fetcher.js";
import { createStream } from "../../templates/runtime/stream.js";
import { delay, json, makeCore, rejection, startServer, TestApiError, type TestServer } from "./helpers.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer(async (req, res) => {
    if (req.url === "/ok") json(res, 200, { ok: true });
    else if (req.url === "/404") json(res, 404, { error: "nope" });
    else if (req.url === "/retry") json(res, 503, {}, { "retry-after": "0" });
    else if (req.url === "/stall") {
      res.writeHead(200, { "content-type": "application/json" });
      res.write("{");
    } else if (req.url === "/slow") {
      await delay(1000);
      json(res, 200, {});
    } else if (req.url === "/sse") {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.write('data: {"n":1}\n\n');
      // keeps the stream open: the client must close it by breaking out
    }
  });
});
afterAll(() => server.close());

const timers = () => process.getActiveResourcesInfo().filter((r) => r === "Timeout").length;

describe("no leaked timers", () => {
  it("no active timers remain after success, error, retry, timeout and abort", async () => {
    const core = makeCore(server.url, { timeoutInSeconds: 30 });
    const errors = { base: TestApiError };
    const before = timers();
    await request(core, { method: "GET", path: "/ok", responseType: "json", errors });
    await rejection(request(core, { method: "GET", path: "/404", responseType: "json", errors }));
    await rejection(request(core, { method: "GET", path: "/retry", responseType: "json", errors }));
    await rejection(request(core, { method: "GET", path: "/stall", responseType: "json", errors }, { timeoutInSeconds: 0.1 }));
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 30);
    await rejection(request(core, { method: "GET", path: "/slow", responseType: "json", errors }, { abortSignal: ac.signal }));
    const stream = await request(core, { method: "GET", path: "/sse", responseType: "sse", errors, stream: createStream });
    for await (const _ of stream) break;
    await delay(10);
    expect(timers()).toBeLessThanOrEqual(before);
  });

  it("a child process making calls exits promptly (nothing keeps the event loop alive)", async () => {
    const child = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures", "leak-child.ts");
    const t0 = Date.now();
    const proc = spawn(process.execPath, ["--import", "tsx", child, server.url], { cwd: process.cwd(), stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    proc.stdout.on("data", (d) => (out += d));
    proc.stderr.on("data", (d) => (err += d));
    const code = await new Promise<number | null>((resolve) => proc.on("exit", resolve));
    const elapsed = Date.now() - t0;
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual(["ok", "ApiError", "ApiError", "TimeoutError", "AbortError", 'event {"n":1}']);
    // the calls take < 1 s (+ tsx start-up); a leaked 30 s timer or an open socket would hold the process far longer
    expect(elapsed).toBeLessThan(8000);
  }, 40_000);
});
