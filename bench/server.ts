/**
 * The mock Cohere API, run in its own process (so serving never competes with the client's event loop):
 * `startServer()` forks this file, which listens on 127.0.0.1 and serves precomputed Buffers.
 *   POST /v2/embed           → 96 embeddings × 1536 floats (~1.9 MB, Cohere wire shape)
 *   GET  /v1/embed-jobs/:id  → a ~330-byte embed job
 */
import { fork, type ChildProcess } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export const EMBED_TEXTS = 96;
export const EMBED_DIMS = 1536;

export interface Server {
  url: string;
  embedBytes: number;
  jobBytes: number;
  close(): void;
}

/** Deterministic floats formatted like Cohere's (≈ N(0, 0.025), 8 significant digits, e.g. -0.012345678). */
function embedPayload(): Buffer {
  let seed = 0x9e3779b9;
  const rand = (): number => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const gauss = (): number => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  const texts = Array.from({ length: EMBED_TEXTS }, (_, i) => `benchmark document number ${i} about embeddings`);
  const float = texts.map(() => Array.from({ length: EMBED_DIMS }, () => Number((gauss() * 0.025).toPrecision(8))));
  return Buffer.from(
    JSON.stringify({
      id: "8f2c4e1a-6b3d-4c5e-9f7a-1b2c3d4e5f60",
      embeddings: { float },
      texts,
      response_type: "embeddings_by_type",
      meta: { api_version: { version: "2" }, billed_units: { input_tokens: 10 } },
    }),
  );
}

const JOB = Buffer.from(
  JSON.stringify({
    job_id: "7c2a5e6e-1b7d-4f0e-9a52-3e0c1f1d2b4a",
    name: "bench-job",
    status: "complete",
    created_at: "2024-05-01T12:34:56.789Z",
    input_dataset_id: "embed-input-5f1e2d3c",
    output_dataset_id: "embed-output-9a8b7c6d",
    model: "embed-english-v3.0",
    truncate: "END",
    meta: { api_version: { version: "1" }, billed_units: { input_tokens: 12345 } },
  }),
);

function serve(): void {
  const EMBED = embedPayload();
  const server = createServer((req, res) => {
    req.resume(); // drain the request body, then answer
    req.on("end", () => {
      const body =
        req.method === "POST" && req.url === "/v2/embed"
          ? EMBED
          : req.method === "GET" && req.url?.startsWith("/v1/embed-jobs/")
            ? JOB
            : undefined;
      if (!body) {
        res.writeHead(404, { "content-type": "application/json" }).end('{"message":"not found"}');
        return;
      }
      res.writeHead(200, { "content-type": "application/json", "content-length": body.length }).end(body);
    });
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, "127.0.0.1", () => {
    const { port } = server.address() as AddressInfo;
    process.send!({ url: `http://127.0.0.1:${port}`, embedBytes: EMBED.length, jobBytes: JOB.length });
  });
  process.on("disconnect", () => process.exit(0)); // the parent went away: never outlive it
}

/** Forks this module as the server process and resolves once it listens. */
export function startServer(): Promise<Server> {
  const child: ChildProcess = fork(new URL(import.meta.url), ["--serve"], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`bench server exited early (code ${code})`)));
    child.once("message", (m) => {
      const info = m as Omit<Server, "close">;
      resolve({ ...info, close: () => child.kill() });
    });
  });
}

if (process.argv.includes("--serve")) serve();
