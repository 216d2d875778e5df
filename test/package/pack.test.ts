/**
 * The generated package as a user gets it: `npm pack`, installed offline into a fresh project, then imported
 * (ESM), required (CJS), imported by subpath, type-checked by a consumer under `tsc --strict` (TypeScript 5.9 and 7,
 * moduleResolution NodeNext and Bundler), and used for real calls against a local server from ESM and CJS.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { GENERATED, ROOT, tempDir } from "../helpers/project.js";
import { json, startServer, type TestServer } from "../helpers/http.js";
import { describeRun, run } from "../live/proc.js";

const TSC5 = join(ROOT, "node_modules/typescript/bin/tsc");
const TSC7 = join(ROOT, "node_modules/typescript7/bin/tsc");
/** npm without the noise of the machine's user config. */
const NPM_ENV = { ...process.env, npm_config_update_notifier: "false", npm_config_fund: "false", npm_config_audit: "false" };

interface PackResult {
  filename: string;
  size: number;
  unpackedSize: number;
  entryCount: number;
  files: Array<{ path: string; size: number }>;
}

let work: ReturnType<typeof tempDir>;
let packDir: string;
let app: string;
let pack: PackResult;
let server: TestServer;

const JOB = {
  job_id: "job-pack",
  status: "complete",
  created_at: "2024-06-07T08:09:10Z",
  input_dataset_id: "ds-in",
  model: "embed-v4.0",
  truncate: "END",
};

beforeAll(async () => {
  work = tempDir("pack-");
  packDir = join(work.dir, "pack");
  app = join(work.dir, "app");
  mkdirSync(packDir);
  mkdirSync(app);

  const packed = await run("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", packDir], {
    cwd: GENERATED,
    env: NPM_ENV,
    timeoutMs: 60_000,
  });
  if (packed.code !== 0) throw new Error(describeRun("npm pack", packed));
  pack = (JSON.parse(packed.stdout) as PackResult[])[0]!;

  writeFileSync(
    join(app, "package.json"),
    JSON.stringify({ name: "consumer-app", version: "0.0.0", private: true, type: "module" }, null, 2),
  );
  const installed = await run(
    "npm",
    ["install", join(packDir, pack.filename), "--offline", "--no-audit", "--no-fund", "--ignore-scripts", "--no-package-lock"],
    { cwd: app, env: NPM_ENV, timeoutMs: 90_000 },
  );
  if (installed.code !== 0) throw new Error(describeRun("npm install <tarball> --offline", installed));

  server = await startServer((req, res) => {
    if (req.headers["authorization"] !== "Bearer pack-token") return json(res, 401, { message: "bad token" });
    if (req.method === "GET" && req.url === "/v1/datasets/usage") return json(res, 200, { organization_usage: 77 });
    if (req.method === "GET" && req.url === "/v1/embed-jobs/job-pack") return json(res, 200, JOB);
    return json(res, 404, { message: `no route ${req.method} ${req.url}` }, { "x-request-id": "nf-1" });
  });
});

afterAll(async () => {
  await server?.close();
  work?.cleanup();
});

describe("the tarball", () => {
  test("has only the package's files (no dev junk) and every exports target", () => {
    const paths = pack.files.map((f) => f.path).sort();
    const junk = paths.filter(
      (p) =>
        !/^(package\.json|README\.md|CHANGELOG\.md|LICENSE(\.\w+)?|dist\/(esm|cjs)\/.+\.(js|d\.ts|json)|src\/.+\.ts)$/.test(p) ||
        /(^|\/)(node_modules|test|tests|__tests__|\.tmp)\//.test(p) ||
        /\.(tsbuildinfo|log|tgz|orig|rej|swp)$|\.test\.|\.spec\.|\.DS_Store/.test(p),
    );
    expect(junk).toStrictEqual([]);
    expect(paths).toContain("package.json");
    expect(paths).toContain("README.md");
    const manifest = JSON.parse(readFileSync(join(GENERATED, "package.json"), "utf8"));
    const targets: string[] = [];
    const collect = (v: unknown): void => {
      if (typeof v === "string") targets.push(v.replace(/^\.\//, ""));
      else if (v && typeof v === "object") Object.values(v).forEach(collect);
    };
    collect(manifest.exports);
    collect({ main: manifest.main, module: manifest.module, types: manifest.types });
    expect(targets.filter((t) => !paths.includes(t))).toStrictEqual([]);
    expect(manifest.dependencies ?? {}).toStrictEqual({});
    // Both builds, with declarations, for every resource.
    for (const flavour of ["esm", "cjs"])
      for (const r of ["index", "resources/datasets", "resources/embed-jobs", "resources/v2"])
        for (const ext of [".js", ".d.ts"]) expect(paths).toContain(`dist/${flavour}/${r}${ext}`);
    console.log(
      `[package summary] ${pack.filename}: ${pack.size} bytes packed (${(pack.size / 1024).toFixed(1)} KiB), ` +
        `${pack.unpackedSize} bytes unpacked, ${pack.entryCount} files`,
    );
  });

  test("stays small", () => {
    expect(pack.size).toBeLessThan(200 * 1024);
  });
});

describe("installed from the tarball into a fresh project", () => {
  test("ESM: import, subpath import, resolution to dist/esm, and a real call", async () => {
    writeFileSync(
      join(app, "esm.mjs"),
      `import { CohereClient, CohereError, NotFoundError, EmbedInputType } from "cohere-ai";
import { EmbedJobs } from "cohere-ai/resources/embed-jobs";
import { Datasets } from "cohere-ai/resources/datasets";
import { V2 } from "cohere-ai/resources/v2";
const baseUrl = process.argv[2];
const client = new CohereClient({ token: "pack-token", baseUrl });
const usage = await client.datasets.getUsage();
const job = await new EmbedJobs({ token: "pack-token", baseUrl }).get("job-pack");
let notFound = "no error";
try { await new Datasets({ token: "pack-token", baseUrl }).get("missing"); } catch (e) {
  notFound = e instanceof NotFoundError && e instanceof CohereError ? e.name + " " + e.statusCode + " " + e.requestId : String(e);
}
console.log(JSON.stringify({
  resolved: [import.meta.resolve("cohere-ai"), import.meta.resolve("cohere-ai/resources/embed-jobs")],
  usage, jobId: job.jobId, createdAt: job.createdAt instanceof Date ? job.createdAt.toISOString() : "not a Date",
  notFound, v2: typeof V2, enums: EmbedInputType.SearchDocument,
}));
`,
    );
    const r = await run(process.execPath, ["esm.mjs", server.url], { cwd: app, timeoutMs: 30_000 });
    expect(r.code, describeRun("esm.mjs", r)).toBe(0);
    expect(r.stderr).toBe("");
    const out = JSON.parse(r.stdout);
    expect(out.resolved).toStrictEqual([
      expect.stringMatching(/\/app\/node_modules\/cohere-ai\/dist\/esm\/index\.js$/),
      expect.stringMatching(/\/app\/node_modules\/cohere-ai\/dist\/esm\/resources\/embed-jobs\.js$/),
    ]);
    expect(out).toMatchObject({
      usage: { organizationUsage: 77 },
      jobId: "job-pack",
      createdAt: "2024-06-07T08:09:10.000Z",
      notFound: "NotFoundError 404 nf-1",
      v2: "function",
      enums: "search_document",
    });
  });

  test("CJS: require, subpath require, resolution to dist/cjs, and a real call", async () => {
    writeFileSync(
      join(app, "cjs.cjs"),
      `const { CohereClient, CohereError, UnauthorizedError } = require("cohere-ai");
const { EmbedJobs } = require("cohere-ai/resources/embed-jobs");
const baseUrl = process.argv[2];
(async () => {
  const usage = await new CohereClient({ token: "pack-token", baseUrl }).datasets.getUsage();
  const job = await new EmbedJobs({ token: "pack-token", baseUrl }).get("job-pack");
  let unauthorized = "no error";
  try { await new CohereClient({ token: "wrong", baseUrl }).datasets.getUsage(); } catch (e) {
    unauthorized = e instanceof UnauthorizedError && e instanceof CohereError ? e.name + " " + e.statusCode : String(e);
  }
  console.log(JSON.stringify({
    resolved: [require.resolve("cohere-ai"), require.resolve("cohere-ai/resources/embed-jobs")],
    usage, jobId: job.jobId, createdAt: job.createdAt instanceof Date ? job.createdAt.toISOString() : "not a Date", unauthorized,
  }));
})().catch((e) => { console.error(e); process.exit(1); });
`,
    );
    const r = await run(process.execPath, ["cjs.cjs", server.url], { cwd: app, timeoutMs: 30_000 });
    expect(r.code, describeRun("cjs.cjs", r)).toBe(0);
    expect(r.stderr).toBe("");
    const out = JSON.parse(r.stdout);
    expect(out.resolved).toStrictEqual([
      expect.stringMatching(/\/app\/node_modules\/cohere-ai\/dist\/cjs\/index\.js$/),
      expect.stringMatching(/\/app\/node_modules\/cohere-ai\/dist\/cjs\/resources\/embed-jobs\.js$/),
    ]);
    expect(out).toMatchObject({
      usage: { organizationUsage: 77 },
      jobId: "job-pack",
      createdAt: "2024-06-07T08:09:10.000Z",
      unauthorized: "UnauthorizedError 401",
    });
  });

  test("a path that is not exported cannot be imported", async () => {
    writeFileSync(
      join(app, "deep.mjs"),
      `import("cohere-ai/dist/esm/core/fetcher.js").then(() => console.log("imported"), (e) => console.log(e.code));\n`,
    );
    const r = await run(process.execPath, ["deep.mjs"], { cwd: app, timeoutMs: 30_000 });
    expect(r.stdout.trim()).toBe("ERR_PACKAGE_PATH_NOT_EXPORTED");
  });
});

/** A consumer that uses the types in ways that must compile, and misuses them in ways that must not. */
const CONSUMER_TS = `import { CohereClient, CohereError, NotFoundError, CohereTimeoutError, type Cohere, type RequestOptions } from "cohere-ai";
import { EmbedJobs } from "cohere-ai/resources/embed-jobs";
import type { DatasetsCreateRequest } from "cohere-ai/resources/datasets";
import { V2 } from "cohere-ai/resources/v2";

export async function main(): Promise<void> {
  const client = new CohereClient({ token: "t", clientName: "consumer", timeoutInSeconds: 5, maxRetries: 1 });
  const options: RequestOptions = { abortSignal: new AbortController().signal, headers: { "X-Extra": "1" } };
  const embed: Cohere.EmbedByTypeResponse = await client.v2.embed(
    {
      model: "embed-v4.0",
      inputType: "search_document",
      embeddingTypes: ["float"],
      inputs: [{ content: [{ type: "text", text: "hi" }, { type: "image_url", imageUrl: { url: "data:," } }] }],
    },
    options,
  );
  const vectors: number[][] | undefined = embed.embeddings.float;
  const job = await new EmbedJobs({ token: "t" }).get("id");
  const created: Date = job.createdAt;
  const { data, rawResponse } = await client.datasets.get("id").withRawResponse();
  const status: number = rawResponse.status;
  const name: string = data.dataset.name;
  const request: DatasetsCreateRequest = { name: "n", type: "embed-input", keepFields: ["a"] };
  await client.datasets.create(request, new Blob(["{}"]));
  const usage = await client.datasets.getUsage();
  const bytes: number | undefined = usage.organizationUsage;
  await new V2().embed({ model: "m", inputType: "image" });
  try {
    await client.embedJobs.cancel("id");
  } catch (e) {
    if (e instanceof NotFoundError) {
      const code: number = e.statusCode;
      console.log(code, e.requestId, e.body, e.rawResponse.headers.get("x"));
    } else if (e instanceof CohereError || e instanceof CohereTimeoutError) console.log(e.message);
  }
  console.log(vectors, created, status, name, bytes);

  // @ts-expect-error model is required
  await client.v2.embed({ inputType: "search_document" });
  // @ts-expect-error datasetId is camelCase in TypeScript
  await client.embedJobs.create({ model: "m", dataset_id: "d", inputType: "clustering" });
  // @ts-expect-error createdAt is a Date, not a string
  const s: string = job.createdAt;
  // @ts-expect-error the file argument is required
  await client.datasets.create({ name: "n", type: "embed-input" });
  console.log(s);
}
`;

const CONSUMER_CTS = `import { CohereClient, CohereError } from "cohere-ai";
import { Datasets } from "cohere-ai/resources/datasets";
export async function main(): Promise<number | undefined> {
  const usage = await new CohereClient({ token: "t" }).datasets.getUsage();
  const ds = await new Datasets({ token: "t" }).get("x");
  const when: Date = ds.dataset.createdAt;
  console.log(when, CohereError.name);
  // @ts-expect-error not a field of the response
  console.log(usage.organization_usage);
  return usage.organizationUsage;
}
`;

describe.concurrent("type-checks in a consumer (tsc --strict, skipLibCheck off)", () => {
  const configs = {
    // A Node project: NodeNext, @types/node, no DOM lib; an ESM file and a CJS (.cts) file.
    NodeNext: {
      compilerOptions: {
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        target: "ES2022",
        module: "NodeNext",
        moduleResolution: "NodeNext",
        lib: ["ES2022"],
        typeRoots: [join(ROOT, "node_modules/@types")],
        types: ["node"],
      },
      files: ["consumer.ts", "consumer-cjs.cts"],
    },
    // A bundler/browser project: Bundler resolution, DOM lib, no Node types.
    Bundler: {
      compilerOptions: {
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        target: "ES2022",
        module: "ESNext",
        moduleResolution: "Bundler",
        lib: ["ES2022", "DOM", "DOM.Iterable"],
        types: [],
      },
      files: ["consumer.ts"],
    },
  };

  beforeAll(() => {
    writeFileSync(join(app, "consumer.ts"), CONSUMER_TS);
    writeFileSync(join(app, "consumer-cjs.cts"), CONSUMER_CTS);
    for (const [name, config] of Object.entries(configs))
      writeFileSync(join(app, `tsconfig.${name}.json`), JSON.stringify(config, null, 2));
  });

  for (const [tsName, tsc] of [
    ["TypeScript 5.9", TSC5],
    ["TypeScript 7", TSC7],
  ] as const) {
    for (const resolution of Object.keys(configs)) {
      test(`${tsName}, moduleResolution ${resolution}`, async () => {
        const r = await run(process.execPath, [tsc, "-p", `tsconfig.${resolution}.json`, "--pretty", "false"], {
          cwd: app,
          timeoutMs: 90_000,
        });
        expect(r.code, describeRun(`${tsName} ${resolution}`, r)).toBe(0);
        expect(r.stdout + r.stderr).toBe("");
      });
    }
  }
});
