/**
 * Compiles the package's TypeScript sources to `dist/esm` (ES modules) and `dist/cjs` (CommonJS), each with `.d.ts`,
 * using the TypeScript compiler that ts-morph bundles. Type errors in generated code stop the run: they are
 * generator bugs, reported with file and line.
 */
import { ModuleKind, ModuleResolutionKind, Project, ScriptTarget, ts } from "ts-morph";
import { fail } from "../diagnostics.js";

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

/** Adds `dist/esm/**` and `dist/cjs/**` to the file map. */
export function addDist(files: Map<string, string>): Map<string, string> {
  const out = new Map(files);
  for (const [path, text] of compile(files, ModuleKind.ESNext, true)) out.set(`dist/esm/${path}`, text);
  for (const [path, text] of compile(files, ModuleKind.CommonJS, false)) out.set(`dist/cjs/${path}`, text);
  out.set("dist/cjs/package.json", '{ "type": "commonjs" }\n');
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : 1)));
}
