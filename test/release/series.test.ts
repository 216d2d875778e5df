/**
 * The Cohere package through a series of spec versions, generated into a temporary folder from copies of the spec:
 * no change, an added optional field, a removed operation, a renamed schema (which first breaks the custom code).
 * Each step checks the version, the CHANGELOG entry, the report and `--fail-on`, and that src/custom/ survives.
 * Then `npm run release` publishes the result to a real Verdaccio on 127.0.0.1, refusing stale output and a version
 * already published, and the package is installed from it into a fresh project and used (custom helper included).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import type { ChangeReport } from "../../generator/release/types.js";
import { release } from "../../generator/release/publish.js";
import { readTree } from "../../generator/write/atomic.js";
import { GENERATED, ROOT, tempDir } from "../helpers/project.js";
import { json, startServer, type TestServer } from "../helpers/http.js";
import { describeRun, run } from "../live/proc.js";
import { runCli } from "../pipeline/helpers.js";

vi.setConfig({ testTimeout: 600_000, hookTimeout: 600_000 });

const EPOCH = "1717751350"; // 2024-06-07
let work: ReturnType<typeof tempDir>;
let spec: string;
let pkg: string;
let config: string;
const committed = readTree(GENERATED);
const committedVersion = JSON.parse(committed.get("package.json")!).version as string;
const customSource = committed.get("src/custom/embed-in-batches.ts")!;

function edit(file: string, from: string | RegExp, to: string): void {
  const path = join(spec, file);
  const text = readFileSync(path, "utf8");
  const next = text.replace(from, to);
  expect(next, `${file}: edit did not apply`).not.toBe(text);
  writeFileSync(path, next);
}

async function generate(...flags: string[]) {
  process.env.SOURCE_DATE_EPOCH = EPOCH;
  try {
    return await runCli([config, "--quiet", ...flags]);
  } finally {
    delete process.env.SOURCE_DATE_EPOCH;
  }
}

const report = (name: string): ChangeReport => JSON.parse(readFileSync(join(work.dir, name), "utf8"));
const version = () => JSON.parse(readFileSync(join(pkg, "package.json"), "utf8")).version as string;
const changelog = () => readFileSync(join(pkg, "CHANGELOG.md"), "utf8");
/** The newest CHANGELOG entry (from its `## [` heading to the next). */
const newestEntry = () => {
  const text = changelog();
  const start = text.indexOf("\n## [");
  const end = text.indexOf("\n## [", start + 1);
  return text.slice(start + 1, end < 0 ? undefined : end);
};

function expectCustomCodeKept(source = customSource): void {
  expect(readFileSync(join(pkg, "src/custom/embed-in-batches.ts"), "utf8")).toBe(source);
  expect(readFileSync(join(pkg, "src/index.ts"), "utf8")).toContain('export * from "./custom/index.js";');
  expect(readFileSync(join(pkg, "dist/esm/custom/embed-in-batches.d.ts"), "utf8")).toContain("embedInBatches");
  expect(readFileSync(join(pkg, "dist/cjs/custom/embed-in-batches.js"), "utf8")).toContain("EMBED_BATCH_LIMIT");
}

beforeAll(() => {
  work = tempDir("sdk-release-series-");
  spec = join(work.dir, "spec");
  pkg = join(work.dir, "pkg");
  cpSync(join(ROOT, "spec/cohere"), spec, { recursive: true });
  cpSync(GENERATED, pkg, { recursive: true });
  config = join(spec, "generator.yaml");
  edit("generator.yaml", "output: ../../generated/cohere-ai", "output: ../pkg");
});

afterAll(() => work?.cleanup());

describe("a series of spec versions", () => {
  test("no change: same version, same CHANGELOG, an empty report, the package as committed", async () => {
    const r = await generate("--report", join(work.dir, "r0.json"));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain("Release:"); // --quiet prints the report only when something changed
    expect(report("r0.json")).toMatchObject({
      previousVersion: committedVersion,
      version: committedVersion,
      bump: "none",
      firstGeneration: false,
      changes: [],
    });
    const now = readTree(pkg);
    // Only the generator's own record differs: its spec paths are relative to the package folder, which moved.
    const differ = [...new Set([...now.keys(), ...committed.keys()])].filter((p) => now.get(p) !== committed.get(p));
    expect(differ).toStrictEqual([".generator/wire.json"]);
    expectCustomCodeKept();
  });

  test("an added optional field: a feature, minor bump; --fail-on feature refuses and writes nothing", async () => {
    edit(
      "v2-embed.yaml",
      /(\n {16}texts:\n {18}type: array\n {18}items:\n {20}type: string\n)/,
      "$1                request_tag:\n                  type: string\n                  description: A tag echoed in the logs.\n",
    );
    const before = readTree(pkg);
    const gated = await generate("--fail-on", "feature", "--report", join(work.dir, "r1-gated.json"));
    expect(gated.code).toBe(1);
    expect(gated.stderr).toContain("--fail-on feature: 2 breaking or feature change(s) found; nothing was written.");
    expect(readTree(pkg)).toStrictEqual(before);
    expect(report("r1-gated.json").changes.map((c) => c.kind)).toStrictEqual(["feature", "feature"]);

    const r = await generate("--fail-on", "breaking", "--report", join(work.dir, "r1.json"));
    expect(r.code, r.stderr).toBe(0);
    expect(version()).toBe(bumped(committedVersion, "minor"));
    const rep = report("r1.json");
    expect(rep).toMatchObject({
      previousVersion: committedVersion,
      version: version(),
      bump: "minor",
      summary: { breaking: 0, feature: 2, fix: 0 },
    });
    const wire = rep.changes.find((c) => c.level === "wire")!;
    expect(wire).toMatchObject({
      kind: "feature",
      code: "request-property-added",
      section: "Added",
      subject: "V2EmbedRequest.request_tag",
    });
    expect(wire.file).toMatch(/spec\/v2-embed\.yaml$/);
    expect(wire.pointer).toBe("/paths/~1v2~1embed/post/requestBody/content/application~1json/schema/properties/request_tag");
    const line =
      readFileSync(join(spec, "v2-embed.yaml"), "utf8")
        .split("\n")
        .findIndex((l) => l.includes("request_tag:")) + 1;
    expect(wire.line).toBe(line);
    expect(rep.changes.find((c) => c.level === "sdk")).toMatchObject({
      kind: "feature",
      code: "member-added",
      subject: "V2EmbedRequest.requestTag",
    });
    expect(newestEntry()).toBe(
      `## [${version()}] - 2024-06-07\n\n### Added\n\n- Optional request property \`request_tag\` added to V2EmbedRequest (used by v2.embed)\n- Optional property \`V2EmbedRequest.requestTag\` added (SDK)\n`,
    );
    expect(changelog()).toContain(`## [${committedVersion}]`); // earlier entries kept
    expect(readFileSync(join(pkg, "src/types.ts"), "utf8")).toContain("requestTag?: string;");
    expectCustomCodeKept();
  });

  test("a removed operation: breaking, major bump; --check names the other spec; --fail-on breaking refuses", async () => {
    edit("generator.yaml", "  - ./embed-jobs-cancel.yaml\n", "");
    const before = readTree(pkg);
    const check = await generate("--check");
    expect(check.code).toBe(1);
    expect(check.stderr).toMatch(
      /The package on disk: it came from a different spec \(sha256 [0-9a-f]{12}… on disk, [0-9a-f]{12}… now\)\./,
    );
    expect(check.stderr).toContain("changed:  src/resources/embed-jobs.ts");
    const gated = await generate("--fail-on", "breaking");
    expect(gated.code).toBe(1);
    expect(gated.stderr).toContain("--fail-on breaking:");
    expect(readTree(pkg)).toStrictEqual(before);

    const previous = version();
    const r = await generate("--report", join(work.dir, "r2.json"));
    expect(r.code, r.stderr).toBe(0);
    expect(version()).toBe(bumped(previous, "major"));
    const rep = report("r2.json");
    expect(rep.bump).toBe("major");
    const removed = rep.changes.find((c) => c.code === "operation-removed")!;
    expect(removed).toMatchObject({
      kind: "breaking",
      level: "wire",
      section: "Removed",
      subject: "embedJobs.cancel",
      pointer: "/paths/~1v1~1embed-jobs~1{id}~1cancel/post",
    });
    expect(removed.file).toMatch(/spec\/embed-jobs-cancel\.yaml$/);
    expect(removed.line).toBeGreaterThan(0);
    expect(rep.changes).toContainEqual(
      expect.objectContaining({ kind: "breaking", level: "sdk", code: "method-removed", subject: "EmbedJobs.cancel" }),
    );
    expect(rep.changes).toContainEqual(
      expect.objectContaining({ kind: "breaking", level: "sdk", code: "export-removed", subject: "EmbedJobsCancelResponse" }),
    );
    const entry = newestEntry();
    expect(entry.startsWith(`## [${version()}] - 2024-06-07\n`)).toBe(true);
    expect(entry).toContain("### Removed\n\n- **Breaking:** Operation embedJobs.cancel (POST /v1/embed-jobs/{id}/cancel) removed\n");
    expect(entry).toContain("- **Breaking:** Method `EmbedJobs.cancel` removed (SDK)");
    expect(readFileSync(join(pkg, "src/resources/embed-jobs.ts"), "utf8")).not.toMatch(/\bcancel\(/);
    expectCustomCodeKept();
  });

  test("a renamed schema: custom code that no longer compiles fails with its file and line; once fixed, a breaking rename", async () => {
    edit("v2-embed.yaml", /EmbedByTypeResponse\b/g, "EmbedResponse");
    const before = readTree(pkg);
    const broken = await generate();
    expect(broken.code).toBe(1);
    const importLine = customSource.split("\n").findIndex((l) => l.includes("EmbedByTypeResponse")) + 1;
    expect(broken.stderr).toMatch(
      new RegExp(
        `pkg/src/custom/embed-in-batches\\.ts:${importLine}:\\d+\\n\\s+compile/custom-code: custom code does not type-check against the regenerated package: .*EmbedByTypeResponse`,
      ),
    );
    expect(broken.stderr).toContain("Generation failed in compile; nothing was written.");
    expect(readTree(pkg)).toStrictEqual(before);

    const fixed = customSource.replace(/EmbedByTypeResponse\b/g, "EmbedResponse");
    writeFileSync(join(pkg, "src/custom/embed-in-batches.ts"), fixed);
    const previous = version();
    const r = await generate("--report", join(work.dir, "r3.json"));
    expect(r.code, r.stderr).toBe(0);
    expect(version()).toBe(bumped(previous, "major"));
    const rep = report("r3.json");
    // The wire did not change; the SDK surface did.
    expect(rep.changes.filter((c) => c.level === "wire")).toStrictEqual([]);
    const renamed = rep.changes.find((c) => c.code === "export-renamed")!;
    expect(renamed).toMatchObject({
      kind: "breaking",
      level: "sdk",
      subject: "EmbedByTypeResponse",
      message: "Interface `EmbedByTypeResponse` renamed to `EmbedResponse`",
      pointer: "/components/schemas/EmbedResponse",
    });
    expect(renamed.file).toMatch(/spec\/v2-embed\.yaml$/);
    expect(newestEntry()).toContain("### Changed\n\n- **Breaking:** Interface `EmbedByTypeResponse` renamed to `EmbedResponse` (SDK)");
    expectCustomCodeKept(fixed);
  });
});

function bumped(v: string, part: "major" | "minor"): string {
  const [major, minor] = v.split(".").map(Number) as [number, number];
  return part === "major"
    ? major === 0
      ? `0.${minor + 1}.0`
      : `${major + 1}.0.0`
    : major === 0
      ? `0.${minor}.${Number(v.split(".")[2]) + 1}`
      : `${major}.${minor + 1}.0`;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function callRelease(argv: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = "";
  const err = vi.spyOn(process.stderr, "write").mockImplementation((chunk: any) => {
    stderr += String(chunk);
    return true;
  });
  try {
    return { code: await release(argv), stderr };
  } finally {
    err.mockRestore();
  }
}

describe("npm run release against a local Verdaccio", () => {
  let verdaccio: ChildProcess | undefined;
  let registry: string;
  let npmrc: string;
  let api: TestServer;
  let log = "";
  const requests: number[] = [];
  const env = () => ({
    ...process.env,
    npm_config_userconfig: npmrc,
    npm_config_update_notifier: "false",
    npm_config_fund: "false",
    npm_config_audit: "false",
  });

  beforeAll(async () => {
    const dir = join(work.dir, "verdaccio");
    mkdirSync(dir);
    const port = await freePort();
    registry = `http://127.0.0.1:${port}/`;
    writeFileSync(
      join(dir, "config.yaml"),
      [
        `storage: ${join(dir, "storage")}`,
        "auth:",
        "  htpasswd:",
        `    file: ${join(dir, "htpasswd")}`,
        "    max_users: -1",
        "uplinks: {}",
        "packages:",
        "  '**':",
        "    access: $all",
        "    publish: $all",
        "    unpublish: $all",
        "log: { type: stdout, format: pretty, level: warn }",
        "",
      ].join("\n"),
    );
    // npm wants an auth token line for the registry even when it accepts anonymous publishing.
    npmrc = join(dir, "npmrc");
    writeFileSync(npmrc, `registry=${registry}\n//127.0.0.1:${port}/:_authToken=anonymous\n`);
    verdaccio = spawn(
      process.execPath,
      [join(ROOT, "node_modules/verdaccio/bin/verdaccio"), "--config", join(dir, "config.yaml"), "--listen", `127.0.0.1:${port}`],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    verdaccio.stdout!.on("data", (d) => (log += d));
    verdaccio.stderr!.on("data", (d) => (log += d));
    const deadline = Date.now() + 60_000;
    for (;;) {
      try {
        if ((await fetch(`${registry}-/ping`)).ok) break;
      } catch {
        /* not up yet */
      }
      if (Date.now() > deadline || verdaccio.exitCode !== null) throw new Error(`verdaccio did not start:\n${log}`);
      await new Promise((r) => setTimeout(r, 250));
    }
    process.env.npm_config_userconfig = npmrc;
    api = await startServer((req, res) => {
      const texts: string[] = JSON.parse(req.body.toString("utf8")).texts;
      requests.push(texts.length);
      if (texts.length > 96) return json(res, 400, { message: "too many texts" });
      json(res, 200, {
        id: `e-${requests.length}`,
        response_type: "embeddings_by_type",
        embeddings: { float: texts.map((t) => [Number(t.slice(1))]) },
        texts,
        meta: { billed_units: { input_tokens: texts.length } },
      });
    });
  });

  afterAll(async () => {
    delete process.env.npm_config_userconfig;
    await api?.close();
    if (verdaccio && verdaccio.exitCode === null) {
      const exited = new Promise((r) => verdaccio!.once("exit", r));
      verdaccio.kill("SIGTERM");
      await exited;
    }
  });

  const view = async (id: string) =>
    run("npm", ["view", id, "version", "--registry", registry], { env: env(), cwd: work.dir, timeoutMs: 60_000 });

  test("refuses stale output, publishes (dry run first), refuses a version already published", async () => {
    const id = `cohere-ai@${version()}`;
    edit("datasets-get.yaml", /description: /, "description: Changed. ");
    const stale = await callRelease(["--registry", registry, config]);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toMatch(/release refused: .*pkg is stale: it came from a different spec/);
    edit("datasets-get.yaml", /description: Changed. /, "description: ");

    const dry = await callRelease(["--registry", registry, "--dry-run", config]);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stderr).toContain(`Dry run: would publish ${id} to ${registry} (tag latest).`);
    expect((await view(id)).stdout.trim()).toBe("");

    const pub = await callRelease(["--registry", registry, "--tag", "latest", config]);
    expect(pub.code, pub.stderr + log).toBe(0);
    expect(pub.stderr).toContain(`Published ${id} to ${registry}`);
    expect((await view(id)).stdout.trim()).toBe(version());

    const again = await callRelease(["--registry", registry, config]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`release refused: ${id} is already in ${registry}`);
  });

  test("installs from the registry into a fresh project; the custom helper batches 200 texts into calls of 96", async () => {
    const app = join(work.dir, "app");
    mkdirSync(app);
    writeFileSync(join(app, "package.json"), JSON.stringify({ name: "app", version: "0.0.0", private: true, type: "module" }));
    const installed = await run(
      "npm",
      ["install", `cohere-ai@${version()}`, "--registry", registry, "--no-package-lock", "--ignore-scripts"],
      { cwd: app, env: env(), timeoutMs: 120_000 },
    );
    expect(installed.code, describeRun("npm install", installed)).toBe(0);
    const manifest = JSON.parse(readFileSync(join(app, "node_modules/cohere-ai/package.json"), "utf8"));
    expect(manifest.version).toBe(version());
    expect(manifest.generated).toMatchObject({
      generator: expect.stringMatching(/@\d+\.\d+\.\d+$/),
      specSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(readFileSync(join(app, "node_modules/cohere-ai/CHANGELOG.md"), "utf8")).toContain(`## [${version()}] - 2024-06-07`);
    writeFileSync(
      join(app, "use.mjs"),
      `import { BatchingCohereClient, CohereClient, embedInBatches, EMBED_BATCH_LIMIT } from "cohere-ai";
const texts = Array.from({ length: 200 }, (_, i) => "t" + i);
const client = new BatchingCohereClient({ token: "k", baseUrl: process.argv[2] });
const a = await client.v2.embedInBatches({ model: "embed-v4.0", inputType: "search_document", texts });
const b = await embedInBatches(new CohereClient({ token: "k", baseUrl: process.argv[2] }).v2, { model: "m", inputType: "search_query", texts: texts.slice(0, 100) }, { batchSize: 50, concurrency: 2 });
console.log(JSON.stringify({ limit: EMBED_BATCH_LIMIT, n: a.embeddings.float.length, ordered: a.embeddings.float.every((e, i) => e[0] === i), texts: a.texts.length, tokens: a.meta.billedUnits.inputTokens, b: b.embeddings.float.length }));
`,
    );
    requests.length = 0;
    const used = await run(process.execPath, ["use.mjs", api.url], { cwd: app, timeoutMs: 60_000 });
    expect(used.code, describeRun("use.mjs", used)).toBe(0);
    expect(JSON.parse(used.stdout)).toStrictEqual({ limit: 96, n: 200, ordered: true, texts: 200, tokens: 200, b: 100 });
    expect(requests).toStrictEqual([96, 96, 8, 50, 50]);
  });
});
