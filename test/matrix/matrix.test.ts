/**
 * The runtime matrix: one scenario (scenario.mjs) run unchanged in every runtime the package's README names, from
 * the PACKED package (`npm pack` of generated/cohere-ai, installed into a fresh project), each against its own
 * matrix server on 127.0.0.1 (server.ts). A test per runtime; a failure names the runtime and the step, with what
 * the SDK gave back and what reached the wire.
 *
 * The runtimes are npm packages kept in test/matrix/runtimes (its own lockfile: see its package.json for why);
 * .ci/run installs them, and this file installs them from the lockfile when they are missing. Chromium is Debian's
 * (`apt-get install chromium`), at /usr/bin/chromium or $CHROMIUM_PATH. Browser and worker code is bundled with
 * esbuild from the installed package, as an app's build would.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { GENERATED, ROOT, tempDir } from "../helpers/project.js";
import { describeRun, run, type RunResult } from "../live/proc.js";
import { startMatrixServer, startStaticServer, UPLOAD_JSONL, wireProblems, type Report } from "./server.js";

const HERE = join(ROOT, "test/matrix");
const RUNTIMES = join(HERE, "runtimes");
const BIN = join(RUNTIMES, "node_modules");
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const NPM_ENV = { ...process.env, npm_config_update_notifier: "false", npm_config_fund: "false", npm_config_audit: "false" };
/** The token the environment carries for the env-token step. */
const ENV_TOKEN = "matrix-env-token";

interface Runtime {
  name: string;
  /** Command and arguments; `{api}` is replaced by the matrix server's URL, `{page}` by the browser page's. */
  command: () => [string, string[]];
  /** Node.js readable streams exist, so the scenario uploads one. */
  nodeStream: boolean;
  /** The SDK can read CO_API_KEY from the environment there. */
  envToken: boolean;
}

let work: ReturnType<typeof tempDir>;
let app: string;
let page: { url: string; close(): Promise<void> };

const node =
  (bin: string, entry: string): (() => [string, string[]]) =>
  () => [bin, [entry, "{api}", entry]];
const denoArgs = (env: boolean): string[] => [
  "run",
  "--no-prompt",
  "--no-lock",
  "--allow-net=127.0.0.1",
  `--allow-read=${app}`,
  ...(env ? ["--allow-env"] : []),
  "node.mjs",
  "{api}",
  env ? "deno --allow-env" : "deno",
];
const machineNode = `Node ${process.versions.node.split(".")[0]} (this machine's)`;

const RUNTIME_LIST: Runtime[] = [
  { name: `${machineNode}, ESM`, command: node(process.execPath, "node.mjs"), nodeStream: true, envToken: true },
  { name: `${machineNode}, CJS`, command: node(process.execPath, "node.cjs"), nodeStream: true, envToken: true },
  { name: "Node 22, ESM", command: node(join(BIN, "node22/bin/node"), "node.mjs"), nodeStream: true, envToken: true },
  { name: "Node 22, CJS", command: node(join(BIN, "node22/bin/node"), "node.cjs"), nodeStream: true, envToken: true },
  { name: "Node 24, ESM", command: node(join(BIN, "node24/bin/node"), "node.mjs"), nodeStream: true, envToken: true },
  { name: "Node 24, CJS", command: node(join(BIN, "node24/bin/node"), "node.cjs"), nodeStream: true, envToken: true },
  { name: "Bun", command: () => [join(BIN, ".bin/bun"), ["node.mjs", "{api}", "bun"]], nodeStream: true, envToken: true },
  { name: "Deno, --allow-env", command: () => [join(BIN, ".bin/deno"), denoArgs(true)], nodeStream: true, envToken: true },
  { name: "Deno, without --allow-env", command: () => [join(BIN, ".bin/deno"), denoArgs(false)], nodeStream: true, envToken: false },
  {
    name: "Cloudflare workerd (miniflare)",
    command: () => [process.execPath, [join(RUNTIMES, "workerd.mjs"), join(app, "worker.bundle.mjs"), "{api}"]],
    nodeStream: false,
    envToken: false,
  },
  {
    name: "Vercel edge-runtime",
    command: () => [process.execPath, [join(RUNTIMES, "edge.mjs"), join(app, "edge.bundle.js"), "{api}"]],
    nodeStream: false,
    envToken: false,
  },
  {
    name: "headless Chromium (playwright-core)",
    command: () => [process.execPath, [join(RUNTIMES, "chromium.mjs"), "{page}"]],
    nodeStream: false,
    envToken: false,
  },
];

/** Every package of test/matrix/runtimes/package.json is installed at its pinned version, binaries included. */
function runtimesInstalled(): boolean {
  const manifest = JSON.parse(readFileSync(join(RUNTIMES, "package.json"), "utf8"));
  const wanted: Record<string, string> = { ...manifest.devDependencies, ...manifest.optionalDependencies };
  const pinned = Object.entries(wanted).every(([name, spec]) => {
    const file = join(BIN, name, "package.json");
    return existsSync(file) && JSON.parse(readFileSync(file, "utf8")).version === spec.replace(/^npm:.+@/, "");
  });
  return pinned && ["node22/bin/node", "node24/bin/node", ".bin/bun", ".bin/deno"].every((p) => existsSync(join(BIN, p)));
}

beforeAll(async () => {
  // The runtimes, from their lockfile, when this checkout has not installed them (at the versions pinned) yet.
  if (!runtimesInstalled()) {
    const r = await run("npm", ["ci", "--no-audit", "--no-fund"], { cwd: RUNTIMES, env: NPM_ENV, timeoutMs: 600_000 });
    if (r.code !== 0) throw new Error(describeRun("npm ci in test/matrix/runtimes", r));
  }
  if (!existsSync(CHROMIUM))
    throw new Error(`No Chromium at ${CHROMIUM}: install Debian's (apt-get install chromium) or set CHROMIUM_PATH`);

  // The package as a user gets it.
  work = tempDir("matrix-");
  const packDir = join(work.dir, "pack");
  app = join(work.dir, "app");
  mkdirSync(packDir);
  mkdirSync(app);
  const packed = await run("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", packDir], { cwd: GENERATED, env: NPM_ENV });
  if (packed.code !== 0) throw new Error(describeRun("npm pack", packed));
  const tarball = join(packDir, (JSON.parse(packed.stdout) as Array<{ filename: string }>)[0]!.filename);
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "matrix-app", version: "0.0.0", private: true, type: "module" }));
  const installed = await run(
    "npm",
    ["install", tarball, "--offline", "--no-audit", "--no-fund", "--ignore-scripts", "--no-package-lock"],
    { cwd: app, env: NPM_ENV, timeoutMs: 90_000 },
  );
  if (installed.code !== 0) throw new Error(describeRun("npm install <tarball> --offline", installed));

  copyFileSync(join(HERE, "scenario.mjs"), join(app, "scenario.mjs"));
  for (const f of readdirSync(join(HERE, "entries"))) copyFileSync(join(HERE, "entries", f), join(app, f));
  writeFileSync(join(app, "upload.jsonl"), UPLOAD_JSONL);

  // Browser and worker bundles from the installed package, with the conditions each platform's bundler uses.
  const bundle = (entry: string, outfile: string, format: "esm" | "iife", conditions: string[]) =>
    build({
      absWorkingDir: app,
      entryPoints: [entry],
      outfile,
      bundle: true,
      format,
      platform: "browser",
      conditions,
      target: "es2022",
      logLevel: "silent",
    });
  await Promise.all([
    bundle("browser.mjs", "browser.bundle.js", "esm", []),
    bundle("worker.mjs", "worker.bundle.mjs", "esm", ["workerd", "worker"]),
    bundle("edge.mjs", "edge.bundle.js", "iife", ["edge-light", "worker"]),
  ]);
  page = await startStaticServer({
    "/": {
      type: "text/html; charset=utf-8",
      body: '<!doctype html><html><head><title>loading</title><script type="module" src="/browser.bundle.js"></script></head><body></body></html>',
    },
    "/browser.bundle.js": { type: "text/javascript", body: readFileSync(join(app, "browser.bundle.js")) },
  });
}, 600_000);

afterAll(async () => {
  await page?.close();
  work?.cleanup();
});

/** What every step must give back; the two runtime-dependent steps follow the runtime's abilities. */
function expectedSteps(rt: Runtime): Record<string, unknown> {
  const iso = (d: string): string => new Date(d).toISOString();
  const day = (n: number): string => iso(`2024-05-${String(1 + n).padStart(2, "0")}T12:00:00Z`);
  return {
    embed: {
      id: "emb-1",
      float: [
        [0.5, -1],
        [0.25, 2],
      ],
      inputTokens: 2,
      responseType: "embeddings_by_type",
    },
    date: { jobCreatedAt: "2024-06-07T08:09:10.000Z", listed: [0, 1, 2, 3, 4].map((i) => day(i + 10)) },
    pagination: {
      firstPage: ["ds-0", "ds-1"],
      hasNextPage: true,
      walked: [0, 1, 2, 3, 4].map((i) => `ds-${i} ${day(i)}`),
    },
    "multipart-bytes": { id: "created-bytes" },
    "multipart-blob": { id: "created-blob" },
    "multipart-node-stream": rt.nodeStream ? { id: "created-stream" } : "no Node streams",
    "retry-429": { jobId: "job-2" },
    timeout: { timeoutClass: true, sdkError: true, connectionClass: false, name: "TimeoutError" },
    "not-found": {
      notFoundClass: true,
      cohereError: true,
      name: "NotFoundError",
      statusCode: 404,
      requestId: "req-404",
      body: { message: "dataset missing not found" },
    },
    "env-token": rt.envToken
      ? { token: "from the environment", usage: { organizationUsage: 1234 } }
      : { token: "none: Missing credentials" },
  };
}

describe("runtime matrix: the packed package, one scenario, every runtime", () => {
  for (const rt of RUNTIME_LIST) {
    test(rt.name, async () => {
      const server = await startMatrixServer();
      let proc: RunResult | undefined;
      try {
        const [command, rawArgs] = rt.command();
        const pageUrl = `${page.url}/?api=${encodeURIComponent(server.url)}`;
        const args = rawArgs.map((a) => a.replace("{api}", server.url).replace("{page}", pageUrl));
        const env: NodeJS.ProcessEnv = {
          ...process.env,
          CO_API_KEY: ENV_TOKEN,
          CO_API_URL: undefined,
          DENO_DIR: join(work.dir, "deno-cache"),
          DENO_NO_UPDATE_CHECK: "1",
          NO_COLOR: "1",
        };
        const running = run(command, args, { cwd: app, env, timeoutMs: 60_000 });
        // The report, or the process ending without one.
        const report = await Promise.race([server.report, running.then(() => undefined)]);
        proc = await running;
        const where = describeRun(`${rt.name}: ${command} ${args.join(" ")}`, proc);
        expect(report, `no report from the scenario\n${where}`).toBeDefined();
        expect(proc.code, where).toBe(0);
        const got = Object.fromEntries((report as Report).steps.map((s) => [s.step, s.ok ? s.value : { threw: s.error }]));
        // One comparison, so that a failure lists every step that went wrong, and the wire's problems with them.
        expect({ steps: got, wire: await wireProblems(server.wire, rt) }, where).toStrictEqual({
          steps: expectedSteps(rt),
          wire: [],
        });
        // The Node.js entries print which build they loaded: ESM must get dist/esm, CommonJS dist/cjs.
        if (rt.name.startsWith("Node ")) {
          const build = rt.name.endsWith("CJS") ? "cjs" : "esm";
          expect(JSON.parse(proc.stdout).resolved, where).toMatch(new RegExp(`/node_modules/cohere-ai/dist/${build}/index\\.js$`));
        }
        console.log(`[matrix] ${rt.name}: ${(report as Report).steps.length} steps in ${proc.ms} ms`);
      } finally {
        await server.close();
      }
    }, 90_000);
  }
});

describe("the READMEs list the runtimes this matrix runs, no more", () => {
  const section = (file: string, heading: RegExp): string => {
    const text = readFileSync(file, "utf8");
    const start = text.search(heading);
    expect(start, `${file} has no ${heading}`).toBeGreaterThanOrEqual(0);
    const end = text.indexOf("\n#", start + 4);
    return text.slice(start, end < 0 ? undefined : end);
  };
  const version = (pkg: string): string[] => JSON.parse(readFileSync(join(BIN, pkg, "package.json"), "utf8")).version.split(".");
  const nodeMajor = (pkg: string): string => version(pkg)[0]!;

  test("the generated package's README and the project README name each runtime at the version tested", () => {
    const majorMinor = (pkg: string): string => version(pkg).slice(0, 2).join(".");
    const machine = process.versions.node.split(".")[0];
    const claims = [
      `Node.js ${machine}`,
      `${nodeMajor("node22")} and ${nodeMajor("node24")}`,
      `Bun ${majorMinor("bun")}`,
      `Deno ${majorMinor("deno")}`,
      "--allow-env",
      `miniflare ${version("miniflare")[0]}`,
      `edge-runtime ${version("edge-runtime")[0]}`,
      "Chromium",
    ];
    const pkg = section(join(GENERATED, "README.md"), /^## Runtimes$/m);
    const project = section(join(ROOT, "README.md"), /^### Runtime matrix$/m);
    for (const claim of claims) {
      expect(pkg, "generated/cohere-ai/README.md").toContain(claim);
      expect(project, "README.md").toContain(claim);
    }
    // Nothing beyond what RUNTIME_LIST runs is claimed.
    expect(readFileSync(join(GENERATED, "README.md"), "utf8")).not.toMatch(/Node\.js 18|Firefox|Safari|WebKit/);
    expect(RUNTIME_LIST.map((r) => r.name.replace(/ \(this machine's\)/, "")).join("; ")).toBe(
      `Node ${machine}, ESM; Node ${machine}, CJS; Node 22, ESM; Node 22, CJS; Node 24, ESM; Node 24, CJS; Bun; ` +
        "Deno, --allow-env; Deno, without --allow-env; Cloudflare workerd (miniflare); Vercel edge-runtime; headless Chromium (playwright-core)",
    );
  });
});
