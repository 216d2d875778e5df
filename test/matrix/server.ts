/**
 * The matrix server: a fake of the Cohere endpoints the scenario (scenario.mjs) calls, on 127.0.0.1, one per runtime.
 * It answers each step as the real API would (a 429 with `Retry-After: 0` first for retry-429, a stalled body for
 * timeout, a 404 for an unknown dataset), records what reached the wire by the `x-matrix-step` header, and takes the
 * scenario's report at `/__report`. {@link wireProblems} says what, on the wire, differs from what the step must send.
 *
 * It answers CORS (the browser page is served from another origin, as an app calling the API would be) and can
 * serve static files (the page and its bundle) from a second server on another port.
 */
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface WireRequest {
  method: string;
  path: string;
  query: string[];
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface StepReport {
  step: string;
  ok: boolean;
  value?: unknown;
  error?: { name?: string; message: string; cause?: string };
  ms: number;
}
export interface Report {
  runtime: string;
  steps: StepReport[];
}

export interface MatrixServer {
  url: string;
  /** Requests by step (the `x-matrix-step` header); requests without one under "(none)". */
  wire: Map<string, WireRequest[]>;
  /** Resolves with the scenario's report. */
  report: Promise<Report>;
  close(): Promise<void>;
}

const DAY = (n: number): string => new Date(Date.UTC(2024, 4, 1 + n, 12)).toISOString().replace(".000Z", "Z");
const dataset = (i: number) => ({
  id: `ds-${i}`,
  name: `dataset ${i}`,
  created_at: DAY(i),
  updated_at: DAY(i + 10),
  dataset_type: "embed-input",
  validation_status: "validated",
});
/** The datasets the list endpoint pages through. */
const DATASETS = [0, 1, 2, 3, 4].map(dataset);

const CORS = {
  "access-control-allow-origin": "*",
  "access-control-expose-headers": "retry-after, x-request-id",
};

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "application/json", ...CORS, ...headers });
  res.end(JSON.stringify(body));
}

export async function startMatrixServer(): Promise<MatrixServer> {
  const wire = new Map<string, WireRequest[]>();
  let deliver!: (r: Report) => void;
  const report = new Promise<Report>((r) => (deliver = r));
  const stalled = new Set<ServerResponse>();

  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const path = url.pathname;
    if (req.method === "OPTIONS") {
      res.writeHead(204, {
        ...CORS,
        "access-control-allow-methods": "GET, POST, PUT, PATCH, DELETE",
        "access-control-allow-headers": req.headers["access-control-request-headers"] ?? "",
        "access-control-max-age": "600",
      });
      return res.end();
    }
    const body = Buffer.concat(chunks);
    if (path === "/__report") {
      send(res, 204, "");
      return deliver(JSON.parse(body.toString()) as Report);
    }
    const stepName = String(req.headers["x-matrix-step"] ?? "(none)");
    const seen = wire.get(stepName) ?? [];
    seen.push({ method: req.method ?? "", path, query: [...url.searchParams].map(([k, v]) => `${k}=${v}`), headers: req.headers, body });
    wire.set(stepName, seen);
    const route = `${req.method} ${path}`;

    if (route === "POST /v2/embed")
      return send(res, 200, {
        id: "emb-1",
        response_type: "embeddings_by_type",
        embeddings: {
          float: [
            [0.5, -1],
            [0.25, 2],
          ],
        },
        texts: ["hello", "world"],
        meta: { billed_units: { input_tokens: 2 } },
      });
    if (route === "GET /v1/embed-jobs/job-1")
      return send(res, 200, {
        job_id: "job-1",
        status: "complete",
        created_at: "2024-06-07T08:09:10Z",
        input_dataset_id: "ds-1",
        model: "embed-v4.0",
        truncate: "END",
      });
    if (route === "POST /v1/embed-jobs") {
      if (stepName === "retry-429" && seen.length === 1) return send(res, 429, { message: "slow down" }, { "retry-after": "0" });
      return send(res, 200, { job_id: "job-2" });
    }
    if (route === "GET /v1/datasets") {
      const limit = Number(url.searchParams.get("limit") ?? 10);
      const offset = Number(url.searchParams.get("offset") ?? 0);
      return send(res, 200, { datasets: DATASETS.slice(offset, offset + limit) });
    }
    if (route === "POST /v1/datasets") return send(res, 200, { id: `created-${url.searchParams.get("name")}` });
    if (route === "GET /v1/datasets/usage") {
      if (stepName === "timeout") {
        // Headers and the start of the body at once, then nothing until well past the client's timeout.
        res.writeHead(200, { "content-type": "application/json", ...CORS });
        res.write('{"organization_usage": ');
        stalled.add(res);
        const t = setTimeout(() => res.end("1}"), 3000);
        res.on("close", () => (clearTimeout(t), stalled.delete(res)));
        return;
      }
      return send(res, 200, { organization_usage: 1234 });
    }
    if (route === "GET /v1/datasets/missing")
      return send(res, 404, { message: "dataset missing not found" }, { "x-request-id": "req-404" });
    return send(res, 500, { message: `the matrix server has no route ${route}` });
  });
  const url = await listen(server);
  return {
    url,
    wire,
    report,
    close: () => close(server),
  };
}

/** A server of static files (path → content type and bytes), on another port: the browser page's origin. */
export async function startStaticServer(
  files: Record<string, { type: string; body: string | Buffer }>,
): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const file = files[new URL(req.url ?? "/", "http://127.0.0.1").pathname];
    if (!file) return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": file.type, "cache-control": "no-store" });
    res.end(file.body);
  });
  return { url: await listen(server), close: () => close(server) };
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function close(server: Server): Promise<void> {
  return new Promise((r) => {
    server.closeAllConnections();
    server.close(() => r());
  });
}

/** A multipart part as the server parsed it. */
interface Part {
  name: string;
  filename: string | null;
  type: string;
  text: string;
}

async function parts(r: WireRequest): Promise<Part[]> {
  const body = new Uint8Array(r.body);
  const form = await new Response(body, { headers: { "content-type": String(r.headers["content-type"]) } }).formData();
  const entries: Array<[string, FormDataEntryValue]> = [];
  form.forEach((v, name) => {
    entries.push([name, v]);
  });
  const out: Part[] = [];
  for (const [name, v] of entries) {
    if (typeof v === "string") out.push({ name, filename: null, type: "", text: v });
    else out.push({ name, filename: (v as File).name, type: v.type, text: await v.text() });
  }
  return out;
}

/** What each step must have put on the wire, by how many requests the runtime should send (see the test). */
export interface WireExpectations {
  /** The runtime has Node.js streams, so multipart-node-stream sends a request. */
  nodeStream: boolean;
  /** The runtime lets the SDK read CO_API_KEY, so env-token sends a request. */
  envToken: boolean;
}

/** Every difference between what reached the wire and what the scenario's steps must send. Empty when all is right. */
export async function wireProblems(wire: Map<string, WireRequest[]>, expect: WireExpectations): Promise<string[]> {
  const problems: string[] = [];
  const check = (step: string, what: string, actual: unknown, expected: unknown): void => {
    const a = JSON.stringify(actual);
    const e = JSON.stringify(expected);
    if (a !== e) problems.push(`${step}: ${what} was ${a}, expected ${e}`);
  };
  const get = (step: string): WireRequest[] => wire.get(step) ?? [];
  const json = (r: WireRequest | undefined): unknown => (r ? JSON.parse(r.body.toString() || "null") : undefined);

  for (const [step, reqs] of wire) {
    for (const r of reqs) {
      const auth = step === "env-token" ? "Bearer matrix-env-token" : "Bearer matrix-token";
      check(step, `authorization of ${r.method} ${r.path}`, r.headers.authorization, auth);
      if (step !== "env-token") check(step, `x-client-name of ${r.method} ${r.path}`, r.headers["x-client-name"], "matrix");
    }
  }
  check("(none)", "requests without a step header", get("(none)").length, 0);

  const embed = get("embed");
  check(
    "embed",
    "requests",
    embed.map((r) => `${r.method} ${r.path}`),
    ["POST /v2/embed"],
  );
  check("embed", "content-type", embed[0]?.headers["content-type"], "application/json");
  check("embed", "body", json(embed[0]), {
    model: "embed-v4.0",
    texts: ["hello", "world"],
    input_type: "search_document",
    max_tokens: 8,
    embedding_types: ["float"],
  });

  check(
    "date",
    "requests",
    get("date").map((r) => `${r.method} ${r.path}?${r.query.join("&")}`),
    ["GET /v1/embed-jobs/job-1?", "GET /v1/datasets?before=2024-01-02T03:04:05.000Z&limit=10"],
  );

  check(
    "pagination",
    "requests",
    get("pagination").map((r) => `${r.method} ${r.path}?${r.query.join("&")}`),
    ["GET /v1/datasets?limit=2", "GET /v1/datasets?limit=2", "GET /v1/datasets?limit=2&offset=2", "GET /v1/datasets?limit=2&offset=4"],
  );

  const bytes = get("multipart-bytes");
  check(
    "multipart-bytes",
    "requests",
    bytes.map((r) => `${r.method} ${r.path}?${r.query.join("&")}`),
    ["POST /v1/datasets?name=bytes&type=embed-input&keep_fields=a&keep_fields=b"],
  );
  if (bytes[0]) {
    check("multipart-bytes", "content-type", /^multipart\/form-data; ?boundary=/.test(String(bytes[0].headers["content-type"])), true);
    check("multipart-bytes", "parts", await parts(bytes[0]), [
      { name: "data", filename: "data", type: "application/octet-stream", text: '{"text":"from bytes"}\n' },
    ]);
  }

  const blob = get("multipart-blob");
  check(
    "multipart-blob",
    "requests",
    blob.map((r) => `${r.method} ${r.path}?${r.query.join("&")}`),
    ["POST /v1/datasets?name=blob&type=embed-input"],
  );
  if (blob[0])
    check("multipart-blob", "parts", await parts(blob[0]), [
      { name: "data", filename: "docs.jsonl", type: "application/jsonl", text: '{"text":"from a File"}\n' },
      { name: "eval_data", filename: "eval_data", type: "application/octet-stream", text: '{"text":"from a Blob"}\n' },
    ]);

  const stream = get("multipart-node-stream");
  check(
    "multipart-node-stream",
    "requests",
    stream.map((r) => `${r.method} ${r.path}?${r.query.join("&")}`),
    expect.nodeStream ? ["POST /v1/datasets?name=stream&type=embed-input"] : [],
  );
  if (stream[0])
    check("multipart-node-stream", "parts", await parts(stream[0]), [
      { name: "data", filename: "upload.jsonl", type: "application/jsonl", text: UPLOAD_JSONL },
    ]);

  const retry = get("retry-429");
  check(
    "retry-429",
    "requests",
    retry.map((r) => `${r.method} ${r.path}`),
    ["POST /v1/embed-jobs", "POST /v1/embed-jobs"],
  );
  check("retry-429", "body", json(retry[0]), { model: "embed-v4.0", dataset_id: "ds-1", input_type: "search_document" });
  const keys = retry.map((r) => r.headers["idempotency-key"]);
  check(
    "retry-429",
    "one idempotency-key on both attempts",
    typeof keys[0] === "string" && keys[0].length > 0 && keys[0] === keys[1],
    true,
  );

  check(
    "timeout",
    "requests (a timeout is not retried)",
    get("timeout").map((r) => `${r.method} ${r.path}`),
    ["GET /v1/datasets/usage"],
  );
  check(
    "not-found",
    "requests (a 404 is not retried)",
    get("not-found").map((r) => `${r.method} ${r.path}`),
    ["GET /v1/datasets/missing"],
  );
  check(
    "env-token",
    "requests",
    get("env-token").map((r) => `${r.method} ${r.path}`),
    expect.envToken ? ["GET /v1/datasets/usage"] : [],
  );
  return problems;
}

/** The file the Node-stream step uploads (written as upload.jsonl beside the entries). */
export const UPLOAD_JSONL = '{"text":"from a Node stream"}\n{"text":"line two"}\n';
