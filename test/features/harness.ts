/**
 * Shared helpers of the feature tests: generate a small spec into a temporary package and import its ESM build,
 * and a recording HTTP server on 127.0.0.1 that also tells when the client closed a connection early.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { PartialConfig } from "../../generator/config.js";
import type { Diagnostic } from "../../generator/diagnostics.js";
import { generate } from "../../generator/pipeline.js";
import { writeAtomically } from "../../generator/write/atomic.js";

export const FEATURES = dirname(fileURLToPath(import.meta.url));
export const SPECS = join(FEATURES, "specs");
/** Where the readable snapshots of emitted files live (`toMatchFileSnapshot`). */
export const SNAPSHOTS = join(FEATURES, "__snapshots__");

/** Every feature spec, by short name (the typecheck test generates them all). */
export const FEATURE_SPECS = {
  parameters: "parameters.yaml",
  bodies: "bodies.yaml",
  vendorJson: "vendor-json.yaml",
  responses: "responses.yaml",
  schemas: "schemas.yaml",
  schemas31: "schemas-31.yaml",
  unions: "unions.yaml",
  unionBodies: "union-bodies.yaml",
  auth: "auth.yaml",
  servers: "servers.yaml",
  relative: "relative-server.yaml",
  streaming: "streaming.yaml",
  pagination: "pagination.yaml",
  swagger2: "swagger2.yaml",
} as const;
export type FeatureName = keyof typeof FEATURE_SPECS;

export interface GeneratedPackage {
  /** Package folder (has src/ and dist/). */
  dir: string;
  files: Map<string, string>;
  diagnostics: Diagnostic[];
  /** The emitted text of a file (fails loudly when the file was not emitted). */
  file(path: string): string;
  /** `import()` of dist/esm/index.js. */
  load<T = any>(): Promise<T>;
  cleanup(): void;
}

/** The partial config used for every feature package. */
export function featureConfig(name: FeatureName, output: string, extra: PartialConfig = {}): PartialConfig {
  return {
    inputs: [join(SPECS, FEATURE_SPECS[name])],
    output,
    ...extra,
    // Fixed names so every test reads the same: TestClient, TestError (base API error), TestSdkError, TestEnvironment…
    client: { className: "TestClient", errorBaseClass: "TestError", errorPrefix: "Test", ...extra.client },
    package: { name: `feature-${name}`, ...extra.package },
  };
}

/** Generates a feature spec and writes the package to a fresh temporary folder. */
export async function generateFeature(name: FeatureName, extra: PartialConfig = {}, root?: string): Promise<GeneratedPackage> {
  const base = root ?? mkdtempSync(join(tmpdir(), `features-${name}-`));
  const dir = join(base, name);
  let result: Awaited<ReturnType<typeof generate>>;
  try {
    result = await generate(featureConfig(name, dir, extra));
    writeAtomically(dir, result.files);
  } catch (e) {
    if (!root) rmSync(base, { recursive: true, force: true });
    throw e;
  }
  return {
    dir,
    files: result.files,
    diagnostics: result.diagnostics.items,
    file(path) {
      const text = result.files.get(path);
      if (text === undefined)
        throw new Error(
          `${name}: ${path} was not emitted (have: ${[...result.files.keys()].filter((k) => k.startsWith("src/")).join(", ")})`,
        );
      return text;
    },
    load: () => import(pathToFileURL(join(dir, "dist/esm/index.js")).href),
    cleanup: () => (root ? undefined : rmSync(base, { recursive: true, force: true })),
  };
}

export interface Recorded {
  method: string;
  /** Raw request target as received (path + query, not decoded). */
  url: string;
  path: string;
  /** The raw query string without "?" (not decoded). */
  rawQuery: string;
  headers: IncomingMessage["headers"];
  /** Header names/values as sent, to see repeated headers. */
  rawHeaders: string[];
  body: Buffer;
  /** Resolves when the connection of this request was closed before the response was finished. */
  clientClosed: Promise<void>;
  /** Whether the client closed the connection before the response was finished. */
  readonly closedEarly: boolean;
}

export interface FeatureServer {
  url: string;
  requests: Recorded[];
  last(): Recorded;
  close(): Promise<void>;
}

export type FeatureHandler = (req: Recorded, res: ServerResponse, n: number) => void | Promise<void>;

/** A real HTTP server on 127.0.0.1 (OS-chosen port) recording every request; the handler may be swapped per test. */
export async function startFeatureServer(
  initial: FeatureHandler = (_q, res) => json(res, 200, {}),
): Promise<FeatureServer & { handle: FeatureHandler }> {
  const requests: Recorded[] = [];
  const state = { handle: initial };
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const url = req.url ?? "";
    const q = url.indexOf("?");
    let closedEarly = false;
    let markClosed!: () => void;
    const clientClosed = new Promise<void>((r) => (markClosed = r));
    res.on("close", () => {
      if (!res.writableFinished) {
        closedEarly = true;
        markClosed();
      }
    });
    const rec: Recorded = {
      method: req.method ?? "",
      url,
      path: q < 0 ? url : url.slice(0, q),
      rawQuery: q < 0 ? "" : url.slice(q + 1),
      headers: req.headers,
      rawHeaders: req.rawHeaders,
      body: Buffer.concat(chunks),
      clientClosed,
      get closedEarly() {
        return closedEarly;
      },
    };
    requests.push(rec);
    try {
      await state.handle(rec, res, requests.length);
    } catch (e) {
      if (!res.headersSent) res.writeHead(599, { "content-type": "text/plain" });
      res.end(String(e));
    }
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    last: () => {
      const r = requests.at(-1);
      if (!r) throw new Error("the server received no request");
      return r;
    },
    get handle() {
      return state.handle;
    },
    set handle(h: FeatureHandler) {
      state.handle = h;
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

export function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

/** Splits a raw query string into [name, value] pairs without decoding. */
export function rawPairs(rawQuery: string): Array<[string, string]> {
  return rawQuery
    .split("&")
    .filter(Boolean)
    .map((kv) => {
      const i = kv.indexOf("=");
      return i < 0 ? [kv, ""] : [kv.slice(0, i), kv.slice(i + 1)];
    });
}

/** The multipart parts of a recorded request, parsed by the platform (`Response.formData`). */
export async function formData(req: Recorded): Promise<FormData> {
  return new Response(new Uint8Array(req.body), { headers: { "content-type": String(req.headers["content-type"]) } }).formData();
}

/** The raw multipart parts: headers (lower-cased names) and body text, in order. */
export function multipartParts(req: Recorded): Array<{ headers: Record<string, string>; body: string }> {
  const ct = String(req.headers["content-type"]);
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(ct);
  if (!boundary) throw new Error(`not multipart: ${ct}`);
  const b = `--${boundary[1] ?? boundary[2]}`;
  const text = req.body.toString("latin1");
  return text
    .split(b)
    .slice(1, -1)
    .map((chunk) => {
      const part = chunk.replace(/^\r\n/, "").replace(/\r\n$/, "");
      const split = part.indexOf("\r\n\r\n");
      const headers: Record<string, string> = {};
      for (const line of part.slice(0, split).split("\r\n")) {
        const i = line.indexOf(":");
        if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
      }
      return { headers, body: Buffer.from(part.slice(split + 4), "latin1").toString("utf8") };
    });
}

export { dumpError, rejection } from "../helpers/errors.js";

/** Snapshot file of an emitted file: `.snap` suffix, so the project type-check (which includes test/) skips it. */
export const snapshotPath = (feature: string, file: string): string => join(SNAPSHOTS, feature, `${file.replace(/^src\//, "")}.snap`);
