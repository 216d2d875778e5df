#!/usr/bin/env node
/**
 * `npm run generate` starts here: plain JavaScript that runs the CLI (generator/cli.ts) from one esbuild bundle of
 * the generator's sources instead of through tsx. tsx transforms and resolves each of the ~100 modules through its
 * loader thread on every start; one bundle halves start-up (about 0.7 s of CPU and 80 MiB of RSS measured on the
 * 2-core machine), which is most of the cost of generating a small spec.
 *
 * The bundle has two entries, the CLI and the worker thread that runs the pipeline's first half
 * (generator/prepare-thread.ts), with shared chunks; its folder's entry URL is announced in `globalThis` for the CLI.
 * It is cached in node_modules/.cache/sdkgen/, keyed by the path, size and mtime of every generator source
 * and by this file, so an edit rebuilds it on the next run (about 0.1 s). Packages stay external (resolved from
 * node_modules as before) and each module's `import.meta.url` is replaced with its own file URL, so files found
 * relative to a module (templates/, package.json, createRequire) resolve as they do unbundled. If the bundle cannot
 * be built, the CLI runs through tsx as before.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = dirname(HERE);
const CACHE = join(ROOT, "node_modules", ".cache", "sdkgen");

/** Every .ts source under generator/, with size and mtime: what the bundle is built from. */
function sourceKey() {
  const hash = createHash("sha256").update(readFileSync(fileURLToPath(import.meta.url)));
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(".ts")) {
        const s = statSync(p);
        hash.update(`${p}\0${s.size}\0${s.mtimeMs}\n`);
      }
    }
  };
  walk(HERE);
  return hash.digest("hex").slice(0, 16);
}

/** Replaces `import.meta.url` in each bundled module with that module's own URL. */
const ownUrls = {
  name: "own-import-meta-url",
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => ({
      contents: readFileSync(args.path, "utf8").replaceAll("import.meta.url", JSON.stringify(pathToFileURL(args.path).href)),
      loader: "ts",
    }));
  },
};

/** The bundle's folder: `cli.mjs`, `prepare-worker.mjs` (the worker thread's entry, see prepare-thread.ts), chunks. */
async function bundle() {
  const dir = join(CACHE, `cli-${sourceKey()}`);
  try {
    statSync(join(dir, "cli.mjs"));
    return dir;
  } catch {
    // not built yet
  }
  const esbuild = await import("esbuild");
  const tmp = `${dir}.${process.pid}.tmp`;
  await esbuild.build({
    entryPoints: { cli: join(HERE, "cli.ts"), "prepare-worker": join(HERE, "prepare-worker.ts") },
    bundle: true,
    splitting: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    outdir: tmp,
    outExtension: { ".js": ".mjs" },
    chunkNames: "chunk-[hash]",
    logLevel: "silent",
    plugins: [ownUrls],
  });
  await esbuild.stop(); // its service process would otherwise stay for the whole run, holding its memory
  mkdirSync(CACHE, { recursive: true });
  // Stale builds, once no run can still be loading from them (the worker's entry is imported mid-run).
  for (const old of readdirSync(CACHE))
    if (old.startsWith("cli-") && Date.now() - statSync(join(CACHE, old)).mtimeMs > 10 * 60_000)
      rmSync(join(CACHE, old), { recursive: true, force: true });
  try {
    renameSync(tmp, dir);
  } catch {
    rmSync(tmp, { recursive: true, force: true }); // another run built the same bundle at the same time
  }
  return dir;
}

const WORKER = Symbol.for("sdkgen.prepare-worker");
let cli;
try {
  const dir = await bundle();
  // The worker starts now, so its modules load while this thread loads the CLI; it waits for its config
  // (generator/prepare-thread.ts). Unreferenced until used: a run that needs no worker (--help) exits as before.
  const started = { worker: new Worker(pathToFileURL(join(dir, "prepare-worker.mjs"))), error: undefined, exited: false };
  started.worker.unref();
  started.worker.once("error", (e) => (started.error = e));
  started.worker.once("exit", () => (started.exited = true));
  globalThis[WORKER] = started;
  cli = await import(pathToFileURL(join(dir, "cli.mjs")).href);
} catch (e) {
  void globalThis[WORKER]?.worker.terminate();
  delete globalThis[WORKER];
  process.stderr.write(`note: running the generator through tsx (${e.message.split("\n")[0]})\n`);
  const { tsImport } = await import("tsx/esm/api");
  cli = await tsImport(pathToFileURL(join(HERE, "cli.ts")).href, import.meta.url);
}
await cli.run(process.argv.slice(2));
