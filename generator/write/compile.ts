/**
 * Compiles the package's TypeScript sources to `dist/esm` (ES modules, bundled per entry by esbuild) and `dist/cjs`
 * (CommonJS), each with `.d.ts`, using the TypeScript compiler that ts-morph bundles. Type errors in generated code stop the run: they are
 * generator bugs, reported with file and line.
 */
import { posix } from "node:path";
import * as esbuild from "esbuild";
import { ModuleKind, ModuleResolutionKind, Project, ScriptTarget, ts } from "ts-morph";
import { fail } from "../diagnostics.js";
import { failOnCustomCode } from "./custom-code.js";

function compile(sources: Map<string, string>, module: ModuleKind, check: boolean): Map<string, string> {
  const project = new Project({
    useInMemoryFileSystem: true,
    compilerOptions: {
      target: ScriptTarget.ES2022,
      module,
      moduleResolution: module === ModuleKind.CommonJS ? ModuleResolutionKind.Node10 : ModuleResolutionKind.Bundler,
      lib: ["lib.es2022.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
      strict: true,
      declaration: true,
      outDir: "/dist",
      rootDir: "/src",
      newLine: ts.NewLineKind.LineFeed,
      removeComments: false,
      types: [],
      skipLibCheck: true,
    },
  });
  for (const [path, text] of sources) if (path.startsWith("src/") && path.endsWith(".ts")) project.createSourceFile("/" + path, text);
  if (check) {
    const diags = project.getPreEmitDiagnostics();
    if (diags.length) {
      failOnCustomCode(diags);
      const d = diags[0]!;
      const sf = d.getSourceFile();
      const line = sf && d.getStart() !== undefined ? sf.getLineAndColumnAtPos(d.getStart()!).line : undefined;
      fail("compile", "compile/type-error", { file: sf?.getFilePath().replace(/^\//, "") ?? "generated", line }, `generated code does not type-check (${diags.length} error(s)): ${ts.flattenDiagnosticMessageText(d.compilerObject.messageText, " ")}`);
    }
  }
  const out = new Map<string, string>();
  const result = project.emitToMemory();
  for (const f of result.getFiles()) out.set(f.filePath.replace(/^\/dist\//, ""), f.text);
  return out;
}

/**
 * ES modules are bundled per entry point (the index and each resource) with shared chunks, so importing the
 * package loads a couple of files instead of one per source module (cold start), while bundlers still tree-shake.
 */
async function bundleEsm(emitted: Map<string, string>, entries: string[]): Promise<Map<string, string>> {
  const result = await esbuild.build({
    entryPoints: entries.map((e) => `/${e}`),
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
    plugins: [
      {
        name: "in-memory",
        setup(build) {
          build.onResolve({ filter: /.*/ }, (args) => ({ path: args.kind === "entry-point" ? args.path : posix.join(posix.dirname(args.importer), args.path), namespace: "mem" }));
          build.onLoad({ filter: /.*/, namespace: "mem" }, (args) => ({ contents: emitted.get(args.path.slice(1)) ?? "", loader: "js", resolveDir: posix.dirname(args.path) }));
        },
      },
    ],
  });
  const out = new Map<string, string>();
  for (const f of result.outputFiles) out.set(f.path.replace(/^\/out\//, ""), f.text);
  return out;
}

/** Adds `dist/esm/**` (bundled entries + `.d.ts` per module) and `dist/cjs/**` (one module per file) to the file map. */
export async function addDist(files: Map<string, string>): Promise<Map<string, string>> {
  const out = new Map(files);
  const esm = compile(files, ModuleKind.ESNext, true);
  const entries = [...esm.keys()].filter((p) => p === "index.js" || /^resources\/[^/]+\.js$/.test(p));
  for (const [path, text] of esm) if (path.endsWith(".d.ts")) out.set(`dist/esm/${path}`, text);
  for (const [path, text] of await bundleEsm(esm, entries)) out.set(`dist/esm/${path}`, text);
  for (const [path, text] of compile(files, ModuleKind.CommonJS, false)) out.set(`dist/cjs/${path}`, text);
  out.set("dist/cjs/package.json", '{ "type": "commonjs" }\n');
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : 1)));
}
