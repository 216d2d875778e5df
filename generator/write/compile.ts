/**
 * Builds the package's `dist/` from its TypeScript sources:
 * - the type-check gate and the declarations: ONE run of the native TypeScript 7 compiler (`typescript7`, the
 *   `tsc` binary) over the sources written to a temporary folder, emitting `.d.ts` only. The same declarations
 *   serve `dist/esm` and `dist/cjs`. A type error in generated code stops the run: it is a generator bug,
 *   reported with file and line.
 * - the JavaScript: esbuild, in memory. `dist/esm` is bundled per entry (the index and each resource) with shared
 *   chunks, so importing the package loads a couple of files instead of one per module (cold start) while
 *   bundlers still tree-shake; `dist/cjs` is one CommonJS module per source file.
 * The JS build runs while tsc checks, so the gate costs little wall time.
 */
import { execFile } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, posix } from "node:path";
import { pathToFileURL } from "node:url";
import * as esbuild from "esbuild";
import { fail } from "../diagnostics.js";
import { failOnCustomCode, type TscError } from "./custom-code.js";
import { timed } from "../timings.js";
import { withScratch, writeFiles } from "./scratch.js";

const TS7 = dirname(createRequire(import.meta.url).resolve("typescript7/package.json"));

/**
 * The native `tsc` binary of the `typescript7` dependency, found by the package's own lookup (its
 * lib/getExePath.js, which the package does not export, so it is imported by path). Running the binary directly
 * instead of the package's `bin/tsc` spares a Node process that, on Node 20, stays alive beside the binary for the
 * whole check (about 45 MiB of RSS).
 */
async function tscBinary(): Promise<string> {
  const lookup = (await import(pathToFileURL(join(TS7, "lib", "getExePath.js")).href)) as { default: () => string };
  return lookup.default();
}

const TSCONFIG = {
  compilerOptions: {
    target: "ES2022",
    module: "ESNext",
    moduleResolution: "Bundler",
    lib: ["ES2022", "DOM", "DOM.Iterable"],
    strict: true,
    declaration: true,
    emitDeclarationOnly: true,
    outDir: "out",
    rootDir: "src",
    newLine: "lf",
    removeComments: false,
    types: [],
    skipLibCheck: true,
    pretty: false,
  },
  include: ["src"],
};

/** esbuild's view of the compiler options that change emitted JS. */
const TSCONFIG_RAW = { compilerOptions: { useDefineForClassFields: true } };

function sourcesOf(files: Map<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [path, text] of files) if (path.startsWith("src/") && path.endsWith(".ts")) out.set(path.slice(4), text);
  return out;
}

/** Type-checks the sources and returns their declarations (path relative to src, `.d.ts`). */
async function declarations(sources: Map<string, string>): Promise<Map<string, string>> {
  let bytes = 0;
  for (const text of sources.values()) bytes += text.length;
  // The sources and their declarations, at up to three bytes a character.
  return withScratch("sdkgen-tsc-", 6 * bytes, async (dir) => {
    writeFiles(join(dir, "src"), sources);
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify(TSCONFIG));
    const exe = await tscBinary();
    const output = await new Promise<string | undefined>((resolve) =>
      execFile(exe, ["-p", "tsconfig.json"], { cwd: dir, maxBuffer: 64 << 20 }, (err, stdout, stderr) =>
        resolve(err ? `${stdout}${stderr}` : undefined),
      ),
    );
    if (output !== undefined) reportTypeErrors(output);
    const out = new Map<string, string>();
    const walk = (sub: string) => {
      for (const e of readdirSync(join(dir, "out", sub), { withFileTypes: true })) {
        const rel = sub ? `${sub}/${e.name}` : e.name;
        if (e.isDirectory()) walk(rel);
        else out.set(rel, readFileSync(join(dir, "out", rel), "utf8"));
      }
    };
    walk("");
    return out;
  });
}

/**
 * `src/x.ts(12,5): error TS2304: Cannot find name 'Y'.` → diagnostics. Errors in the user's `src/custom/` come first,
 * each at its file and line; otherwise the first error is a generator bug at the generated file and line.
 */
function reportTypeErrors(output: string): never {
  const lines = output.split(/\r?\n/).filter((l) => /error TS\d+/.test(l));
  const errors: TscError[] = [];
  for (const l of lines) {
    const m = /^(.*?)\((\d+),(\d+)\): error (TS\d+: .*)$/.exec(l);
    if (m) errors.push({ file: m[1]!.split("\\").join("/"), line: Number(m[2]), column: Number(m[3]), message: m[4]! });
  }
  failOnCustomCode(errors);
  const first = errors[0];
  const file = first?.file ?? "generated";
  const message = first?.message ?? output.trim().split("\n")[0] ?? "tsc failed";
  const at = first ? { line: first.line, column: first.column } : {};
  fail("compile", "compile/type-error", { file, ...at }, `generated code does not type-check (${lines.length || 1} error(s)): ${message}`);
}

/** Resolves the sources' relative `./x.js` imports to the in-memory `.ts` files. */
function memoryPlugin(sources: Map<string, string>): esbuild.Plugin {
  return {
    name: "in-memory",
    setup(build) {
      build.onResolve({ filter: /.*/ }, (args) => ({
        path: args.kind === "entry-point" ? args.path : posix.join(posix.dirname(args.importer), args.path),
        namespace: "mem",
      }));
      build.onLoad({ filter: /.*/, namespace: "mem" }, (args) => ({
        contents: sources.get(args.path.slice(1).replace(/\.js$/, ".ts")) ?? "",
        loader: "ts",
        resolveDir: posix.dirname(args.path),
      }));
    },
  };
}

async function bundleEsm(sources: Map<string, string>): Promise<Map<string, string>> {
  const entries = [...sources.keys()]
    .filter((p) => p === "index.ts" || /^resources\/[^/]+\.ts$/.test(p))
    .map((p) => `/${p.replace(/\.ts$/, ".js")}`);
  const result = await esbuild.build({
    entryPoints: entries,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    write: false,
    outdir: "/out",
    chunkNames: "chunks/[name]-[hash]",
    legalComments: "none",
    logLevel: "silent",
    tsconfigRaw: TSCONFIG_RAW,
    plugins: [memoryPlugin(sources)],
  });
  const out = new Map<string, string>();
  for (const f of result.outputFiles) out.set(f.path.replace(/^\/out\//, ""), f.text);
  return out;
}

async function transpileCjs(sources: Map<string, string>): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  await Promise.all(
    [...sources].map(async ([path, text]) => {
      const r = await esbuild.transform(text, {
        loader: "ts",
        format: "cjs",
        target: "es2022",
        platform: "node",
        banner: '"use strict";',
        sourcefile: path,
        tsconfigRaw: TSCONFIG_RAW,
        logLevel: "silent",
      });
      out.set(path.replace(/\.ts$/, ".js"), r.code);
    }),
  );
  return out;
}

/** esbuild jobs running in this thread. */
let esbuildJobs = 0;

/**
 * Runs esbuild jobs, then stops esbuild's service process once none is left (the next call starts it again): it
 * would otherwise hold its memory (about 45 MiB on a big spec) until the generator exits, through tsc's check.
 */
async function withEsbuild<T>(run: () => Promise<T>): Promise<T> {
  esbuildJobs++;
  try {
    return await run();
  } finally {
    if (--esbuildJobs === 0) await esbuild.stop();
  }
}

/** Adds `dist/esm/**` (bundled entries + `.d.ts` per module) and `dist/cjs/**` (a `.js` and `.d.ts` per module) to the file map. */
export async function addDist(files: Map<string, string>): Promise<Map<string, string>> {
  const sources = sourcesOf(files);
  const [dts, [esm, cjs]] = await Promise.all([
    timed("compile: tsc 7", () => declarations(sources)),
    withEsbuild(() =>
      Promise.all([timed("compile: esbuild esm", () => bundleEsm(sources)), timed("compile: esbuild cjs", () => transpileCjs(sources))]),
    ),
  ]);
  const out = new Map(files);
  for (const [path, text] of dts) {
    out.set(`dist/esm/${path}`, text);
    out.set(`dist/cjs/${path}`, text);
  }
  for (const [path, text] of esm) out.set(`dist/esm/${path}`, text);
  for (const [path, text] of cjs) out.set(`dist/cjs/${path}`, text);
  out.set("dist/cjs/package.json", '{ "type": "commonjs" }\n');
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : 1)));
}
