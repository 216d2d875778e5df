/**
 * The TypeScript examples of the seed page, unmodified, against the generated package:
 * type-checked with `tsc --strict` (TypeScript 5.9 and 7) in a temporary project where `cohere-ai` resolves to
 * generated/cohere-ai, then run with tsx against a local mock (CO_API_URL / CO_API_KEY), checking the request
 * each one made and that it printed the response. Nothing leaves 127.0.0.1: fixtures/offline-fetch.mjs is
 * preloaded into every run (the image example's favicon download is served locally; other hosts are refused).
 */
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { GENERATED, ROOT, SEED_PAGE, tempDir } from "../helpers/project.js";
import { json, startServer, type RecordedRequest, type TestServer } from "../helpers/http.js";
import { describeRun, run } from "../live/proc.js";
import { jsonBody, multipartParts, queryOf, urlOf } from "../live/wire.js";

const TSC5 = join(ROOT, "node_modules/typescript/bin/tsc");
const TSC7 = join(ROOT, "node_modules/typescript7/bin/tsc");
const TSX_LOADER = pathToFileURL(join(ROOT, "node_modules/tsx/dist/loader.mjs")).href;
const OFFLINE_FETCH = pathToFileURL(join(ROOT, "test/seed/fixtures/offline-fetch.mjs")).href;
/** A real 1×1 PNG standing in for https://cohere.com/favicon-32x32.png. */
const FAVICON = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");
const SAMPLE_JSONL = '{"text": "The quick brown fox jumps over the lazy dog"}\n{"text": "Hello, world"}\n';

interface Snippet {
  /** 01-post-v2-embed-texts */
  slug: string;
  /** "POST /v2/embed" from the section the block belongs to. */
  endpoint: string;
  /** The text after ```typescript (e.g. "Texts"). */
  title: string;
  code: string;
}

/** Every ```typescript block of the page, with the endpoint of its section. */
function extractSnippets(page: string): Snippet[] {
  const out: Snippet[] = [];
  const re = /```typescript([^\n]*)\n([\s\S]*?)```/g;
  for (let m = re.exec(page); m; m = re.exec(page)) {
    const before = page.slice(0, m.index);
    const endpoints = [...before.matchAll(/^(GET|POST|PUT|PATCH|DELETE) https:\/\/api\.cohere\.com(\/\S*)$/gm)];
    const last = endpoints[endpoints.length - 1];
    const endpoint = last ? `${last[1]} ${last[2]}` : "?";
    const title = m[1]!.trim();
    const n = String(out.length + 1).padStart(2, "0");
    const slug = `${n}-${endpoint.replace(/[^a-z0-9]+/gi, "-").toLowerCase()}-${title.replace(/[^a-z0-9]+/gi, "-").toLowerCase()}`.replace(
      /-+$/,
      "",
    );
    out.push({ slug, endpoint, title, code: m[2]! });
  }
  return out;
}

const DATASET = {
  id: "my-dataset-abc123",
  name: "my-dataset",
  created_at: "2024-05-06T07:08:09Z",
  updated_at: "2024-05-06T07:09:10Z",
  dataset_type: "embed-input",
  validation_status: "validated",
  dataset_parts: [{ id: "part-1", name: "embed_jobs_sample_data.jsonl", num_rows: 2 }],
};
const JOB = {
  job_id: "job-seed-1",
  status: "processing",
  created_at: "2024-05-06T07:08:09Z",
  input_dataset_id: "my-dataset",
  model: "embed-v4.0",
  truncate: "END",
};

/** The mock API: one answer per endpoint (the path after the per-snippet prefix). */
function answer(method: string, path: string): unknown {
  const key = `${method} ${path}`;
  if (key === "POST /v2/embed")
    return {
      id: "emb-seed",
      response_type: "embeddings_by_type",
      embeddings: { float: [[0.5, -0.25]] },
      texts: ["hello", "goodbye"],
      meta: { api_version: { version: "2" } },
    };
  if (key === "POST /v1/embed-jobs") return { job_id: "job-seed-1", meta: { api_version: { version: "1" } } };
  if (key === "GET /v1/embed-jobs") return { embed_jobs: [JOB] };
  if (key === "GET /v1/embed-jobs/job_id") return JOB;
  if (key === "POST /v1/embed-jobs/job_id/cancel") return {};
  if (key === "POST /v1/datasets") return { id: "my-dataset-abc123" };
  if (key === "GET /v1/datasets") return { datasets: [DATASET] };
  if (key === "GET /v1/datasets/usage") return { organization_usage: 4242 };
  if (key === "GET /v1/datasets/%3C%3CdatasetId%3E%3E") return { dataset: DATASET };
  return undefined;
}

interface Expectation {
  endpoint: string;
  title: string;
  /** Checks the requests the snippet made to the API (favicon download excluded). */
  wire: (reqs: RecordedRequest[]) => Promise<void> | void;
  /** What the printed response must contain. */
  printed: RegExp[];
}

const EXPECTED: Expectation[] = [
  {
    endpoint: "POST /v2/embed",
    title: "Texts",
    wire: ([r]) => {
      expect(jsonBody(r!)).toStrictEqual({
        texts: ["hello", "goodbye"],
        model: "embed-v4.0",
        input_type: "classification",
        embedding_types: ["float"],
      });
    },
    printed: [/id: 'emb-seed'/, /responseType: 'embeddings_by_type'/, /embeddings: \{ float: \[/, /texts: \[ 'hello', 'goodbye' \]/],
  },
  {
    endpoint: "POST /v2/embed",
    title: "Images",
    wire: ([r]) => {
      expect(jsonBody(r!)).toStrictEqual({
        model: "embed-v4.0",
        input_type: "image",
        embedding_types: ["float"],
        images: [`data:image/png;base64,${FAVICON.toString("base64")}`],
      });
    },
    printed: [/id: 'emb-seed'/, /apiVersion: \{ version: '2' \}/],
  },
  {
    endpoint: "POST /v1/embed-jobs",
    title: "Cohere TypeScript SDK",
    wire: ([r]) => {
      expect(jsonBody(r!)).toStrictEqual({
        dataset_id: "my-dataset",
        input_type: "search_document",
        model: "embed-v4.0",
      });
    },
    printed: [/jobId: 'job-seed-1'/],
  },
  {
    endpoint: "GET /v1/embed-jobs",
    title: "Cohere TypeScript SDK",
    wire: ([r]) => expect(r!.body.length).toBe(0),
    printed: [/embedJobs: \[/],
  },
  {
    endpoint: "GET /v1/embed-jobs/{id}",
    title: "Cohere TypeScript SDK",
    wire: () => undefined,
    printed: [/jobId: 'job-seed-1'/, /createdAt: 2024-05-06T07:08:09\.000Z/, /inputDatasetId: 'my-dataset'/],
  },
  {
    endpoint: "POST /v1/embed-jobs/{id}/cancel",
    title: "Cohere TypeScript SDK",
    wire: ([r]) => expect(r!.body.length).toBe(0),
    printed: [/^\{\}$/m],
  },
  {
    endpoint: "POST /v1/datasets",
    title: "Cohere TypeScript SDK",
    wire: async ([r]) => {
      expect(queryOf(r!)).toStrictEqual({
        name: ["my-dataset"],
        type: ["embed-input"],
      });
      expect(await multipartParts(r!)).toStrictEqual([
        {
          name: "data",
          filename: "embed_jobs_sample_data.jsonl",
          contentType: "application/jsonl",
          text: SAMPLE_JSONL,
        },
      ]);
    },
    printed: [/id: 'my-dataset-abc123'/],
  },
  {
    endpoint: "GET /v1/datasets",
    title: "Cohere TypeScript SDK",
    wire: () => undefined,
    printed: [/datasets: \[/],
  },
  {
    endpoint: "GET /v1/datasets/usage",
    title: "Cohere TypeScript SDK",
    wire: ([r]) => {
      expect(r!.url).not.toMatch(/id/); // the deprecated overload accepts 'id' and ignores it
    },
    printed: [/organizationUsage: 4242/],
  },
  {
    endpoint: "GET /v1/datasets/{id}",
    title: "Cohere TypeScript SDK",
    wire: () => undefined,
    printed: [/dataset: \{/, /id: 'my-dataset-abc123'/, /createdAt: 2024-05-06T07:08:09\.000Z/],
  },
];

/** Path (after the snippet's prefix) each endpoint's example must request. */
const PATHS: Record<string, string> = {
  "POST /v2/embed": "/v2/embed",
  "POST /v1/embed-jobs": "/v1/embed-jobs",
  "GET /v1/embed-jobs": "/v1/embed-jobs",
  "GET /v1/embed-jobs/{id}": "/v1/embed-jobs/job_id",
  "POST /v1/embed-jobs/{id}/cancel": "/v1/embed-jobs/job_id/cancel",
  "POST /v1/datasets": "/v1/datasets",
  "GET /v1/datasets": "/v1/datasets",
  "GET /v1/datasets/usage": "/v1/datasets/usage",
  "GET /v1/datasets/{id}": "/v1/datasets/%3C%3CdatasetId%3E%3E",
};

const snippets = extractSnippets(readFileSync(SEED_PAGE, "utf8"));
let project: ReturnType<typeof tempDir>;
let server: TestServer;

beforeAll(async () => {
  project = tempDir("seed-snippets-");
  const dir = project.dir;
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "seed-snippets", private: true }, null, 2));
  mkdirSync(join(dir, "node_modules"));
  symlinkSync(GENERATED, join(dir, "node_modules/cohere-ai"), "dir");
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify(
      {
        compilerOptions: {
          strict: true,
          noEmit: true,
          target: "ES2022",
          module: "NodeNext",
          moduleResolution: "NodeNext",
          lib: ["ES2022"],
          // @types/node from this repository (the snippets use require('fs') and Buffer).
          typeRoots: [join(ROOT, "node_modules/@types")],
          types: ["node"],
          skipLibCheck: false,
        },
        include: ["*.ts"],
      },
      null,
      2,
    ),
  );
  for (const s of snippets) writeFileSync(join(dir, `${s.slug}.ts`), s.code);
  writeFileSync(join(dir, "embed_jobs_sample_data.jsonl"), SAMPLE_JSONL);

  server = await startServer((req, res) => {
    const m = /^\/(s\d+)(\/.*)$/.exec(urlOf(req).pathname);
    const path = m?.[2] ?? "";
    if (req.method === "GET" && path === "/favicon-32x32.png") {
      res.writeHead(200, {
        "content-type": "image/png",
        "content-length": String(FAVICON.length),
      });
      res.end(FAVICON);
      return;
    }
    const body = answer(req.method, path);
    if (body === undefined)
      json(res, 404, {
        message: `mock: no route for ${req.method} ${req.url}`,
      });
    else json(res, 200, body);
  });
});

afterAll(async () => {
  await server?.close();
  project?.cleanup();
});

test("the seed page has a TypeScript example for each of the nine operations (two for v2.embed)", () => {
  expect(snippets.map((s) => `${s.endpoint} [${s.title}]`)).toStrictEqual(EXPECTED.map((e) => `${e.endpoint} [${e.title}]`));
  expect(new Set(snippets.map((s) => s.endpoint)).size).toBe(9);
});

describe("type-check (tsc --strict, unmodified snippets)", () => {
  test.each([
    ["TypeScript 5.9", TSC5],
    ["TypeScript 7", TSC7],
  ])("%s", async (_name, tsc) => {
    const r = await run(process.execPath, [tsc, "-p", "tsconfig.json", "--strict", "--pretty", "false"], {
      cwd: project.dir,
      timeoutMs: 90_000,
    });
    expect(r.code, describeRun(`tsc`, r)).toBe(0);
    expect(r.stdout + r.stderr).toBe("");
  });

  test("getUsage('id') resolves to the deprecated overload (accepted, flagged as deprecated)", () => {
    const snippet = snippets.find((s) => s.endpoint === "GET /v1/datasets/usage")!;
    expect(snippet.code).toContain("getUsage('id')");
    const file = join(project.dir, `${snippet.slug}.ts`);
    const options: ts.CompilerOptions = {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      lib: ["lib.es2022.d.ts"],
      typeRoots: [join(ROOT, "node_modules/@types")],
      types: ["node"],
      skipLibCheck: true,
    };
    const host: ts.LanguageServiceHost = {
      getScriptFileNames: () => [file],
      getScriptVersion: () => "1",
      getScriptSnapshot: (f) => (ts.sys.fileExists(f) ? ts.ScriptSnapshot.fromString(ts.sys.readFile(f)!) : undefined),
      getCurrentDirectory: () => project.dir,
      getCompilationSettings: () => options,
      getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
      fileExists: ts.sys.fileExists,
      readFile: ts.sys.readFile,
      readDirectory: ts.sys.readDirectory,
      directoryExists: ts.sys.directoryExists,
      getDirectories: ts.sys.getDirectories,
      realpath: ts.sys.realpath,
    };
    const service = ts.createLanguageService(host);
    const errors = [...service.getSyntacticDiagnostics(file), ...service.getSemanticDiagnostics(file)];
    expect(errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"))).toStrictEqual([]);
    const deprecations = service.getSuggestionDiagnostics(file).filter((d) => d.reportsDeprecated);
    expect(deprecations.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"))).toStrictEqual([
      expect.stringMatching(
        /^The signature '\(id: string, requestOptions\?: RequestOptions.*\).*' of 'cohere\.datasets\.getUsage' is deprecated\.$/,
      ),
    ]);
    service.dispose();
  });
});

describe.concurrent("run with tsx against a local mock", () => {
  for (const [i, { endpoint, title, wire, printed }] of EXPECTED.entries())
    test(`${endpoint} [${title}]`, async () => {
      const snippet = snippets[i]!;
      expect(snippet.endpoint).toBe(endpoint);
      const prefix = `/s${i + 1}`;
      const r = await run(process.execPath, ["--import", TSX_LOADER, "--import", OFFLINE_FETCH, `${snippet.slug}.ts`], {
        cwd: project.dir,
        timeoutMs: 60_000,
        env: {
          ...process.env,
          NODE_OPTIONS: "",
          CO_API_URL: `${server.url}${prefix}`,
          CO_API_KEY: "test-key",
          SEED_FAVICON_URL: `${server.url}${prefix}/favicon-32x32.png`,
        },
      });
      expect(r.code, describeRun(snippet.slug, r)).toBe(0);
      expect(r.stderr, describeRun(snippet.slug, r)).toBe("");

      const mine = server.requests.filter((q) => q.url.startsWith(prefix + "/"));
      const api = mine.filter((q) => !q.url.endsWith("/favicon-32x32.png"));
      if (endpoint === "POST /v2/embed" && snippet.title === "Images") {
        expect(mine.filter((q) => q.url.endsWith("/favicon-32x32.png"))).toHaveLength(1);
      }
      expect(api, `requests of ${snippet.slug}`).toHaveLength(1);
      const req = api[0]!;
      expect(req.method).toBe(endpoint.split(" ")[0]);
      expect(urlOf(req).pathname).toBe(prefix + PATHS[endpoint]);
      if (endpoint !== "POST /v1/datasets") expect(urlOf(req).search).toBe("");
      expect(req.headers["authorization"]).toBe("Bearer test-key");
      expect(req.headers["x-client-name"]).toBeUndefined();
      await wire(api);
      for (const re of printed) expect(r.stdout).toMatch(re);
    });
});
