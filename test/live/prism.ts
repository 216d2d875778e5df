/**
 * Prism (the Stoplight mock server) for the live tests, and a recording proxy in front of it.
 *
 * - `startPrism(doc)` writes the document to a temp file and starts `prism mock … --errors` in its own process
 *   group on 127.0.0.1 (a free port), under prism-supervisor.mjs. `stop()` kills the whole group (SIGTERM, then
 *   SIGKILL); it is also done on the test process's exit, and the supervisor kills the group by itself if the test
 *   process disappears without either (SIGKILL of the worker), so Prism never outlives the run.
 * - `startRecordingProxy(target)` is a plain node:http server (test/helpers/http.ts) that forwards every request
 *   byte for byte to Prism and records both the request (what reached the wire) and Prism's verdict (status,
 *   `sl-violations` header, body). The SDK talks to the proxy, so each call is validated by Prism *and* recorded.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { request as httpRequest } from "node:http";
import { createServer, type AddressInfo } from "node:net";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, tempDir } from "../helpers/project.js";
import { startServer, type RecordedRequest, type TestServer } from "../helpers/http.js";

const PRISM_BIN = join(ROOT, "node_modules/@stoplight/prism-cli/dist/index.js");
const SUPERVISOR = join(ROOT, "test/live/prism-supervisor.mjs");

export interface Prism {
  url: string;
  /** Everything Prism printed (for failure messages). */
  output: () => string;
  stop: () => Promise<void>;
}

/** A port that was free a moment ago (the OS picks it). */
export async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, "127.0.0.1", r));
  const { port } = srv.address() as AddressInfo;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal); // the whole process group (Prism may fork)
  } catch {
    try {
      child.kill(signal);
    } catch {
      // already gone
    }
  }
}

/** Starts Prism on `doc` and resolves once it answers HTTP. Rejects (after cleaning up) if it does not within `timeoutMs`. */
export async function startPrism(doc: unknown, timeoutMs = 60_000): Promise<Prism> {
  const tmp = tempDir("prism-doc-");
  const file = join(tmp.dir, "cohere.openapi.json");
  writeFileSync(file, JSON.stringify(doc, null, 2));
  const port = await freePort();
  let log = "";
  const child = spawn(
    process.execPath,
    [
      SUPERVISOR,
      String(process.pid),
      process.execPath,
      PRISM_BIN,
      "mock",
      file,
      "-h",
      "127.0.0.1",
      "-p",
      String(port),
      "--errors",
      "--verboseLevel",
      "warn",
    ],
    {
      cwd: ROOT,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
    },
  );
  child.stdout!.on("data", (d) => (log += d));
  child.stderr!.on("data", (d) => (log += d));
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  const onExit = (): void => killGroup(child, "SIGKILL");
  process.once("exit", onExit);

  const stop = async (): Promise<void> => {
    process.removeListener("exit", onExit);
    killGroup(child, "SIGTERM");
    const timer = setTimeout(() => killGroup(child, "SIGKILL"), 3000);
    await exited;
    clearTimeout(timer);
    killGroup(child, "SIGKILL"); // anything left in the group
    tmp.cleanup();
  };

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await stop();
      throw new Error(`Prism exited early (${child.exitCode ?? child.signalCode}):\n${log}`);
    }
    try {
      const res = await fetch(url + "/__prism_ready__", {
        signal: AbortSignal.timeout(1000),
      });
      await res.arrayBuffer();
      break; // any HTTP answer (404) means it is listening
    } catch {
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`Prism did not answer within ${timeoutMs} ms:\n${log}`);
      }
      await new Promise((r) => setTimeout(r, 150));
    }
  }
  return { url, output: () => log, stop };
}

/** One request that went through the proxy, with Prism's answer. */
export interface Exchange {
  request: RecordedRequest;
  status: number;
  /** Parsed `sl-violations` header (Prism's reasons), `[]` when absent. */
  violations: Array<{
    location?: string[];
    severity?: string;
    code?: string | number;
    message?: string;
  }>;
  responseBody: string;
}

export interface RecordingProxy extends TestServer {
  exchanges: Exchange[];
}

/** A recording pass-through proxy to `target` (Prism). */
export async function startRecordingProxy(target: string): Promise<RecordingProxy> {
  const exchanges: Exchange[] = [];
  const t = new URL(target);
  const server = await startServer(
    (req, res) =>
      new Promise<void>((resolve, reject) => {
        const headers = { ...req.headers, host: t.host };
        const out = httpRequest(
          {
            host: t.hostname,
            port: t.port,
            method: req.method,
            path: req.url,
            headers,
          },
          (pres) => {
            const chunks: Buffer[] = [];
            pres.on("data", (c: Buffer) => chunks.push(c));
            pres.on("end", () => {
              const body = Buffer.concat(chunks);
              const raw = pres.headers["sl-violations"];
              let violations: Exchange["violations"] = [];
              if (typeof raw === "string") {
                try {
                  violations = JSON.parse(raw);
                } catch {
                  violations = [{ message: raw }];
                }
              }
              exchanges.push({
                request: req,
                status: pres.statusCode ?? 0,
                violations,
                responseBody: body.toString("utf8"),
              });
              const h = { ...pres.headers };
              delete h["transfer-encoding"];
              h["content-length"] = String(body.length);
              res.writeHead(pres.statusCode ?? 502, h);
              res.end(body);
              resolve();
            });
            pres.on("error", reject);
          },
        );
        out.on("error", reject);
        out.end(req.body);
      }),
  );
  return Object.assign(server, { exchanges });
}

/** Prism's verdict on an exchange, as one line: `422 … query.before: must match format "date-time"`. */
export function describeRejection(x: Exchange): string {
  const reasons = x.violations.map((v) => `[${v.severity ?? "?"}] ${(v.location ?? []).join(".")}: ${v.message ?? v.code}`);
  return `Prism answered ${x.status} to ${x.request.method} ${x.request.url}${reasons.length ? "\n  " + reasons.join("\n  ") : ""}${
    x.responseBody ? "\n  body: " + x.responseBody.slice(0, 500) : ""
  }`;
}
