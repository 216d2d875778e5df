/**
 * Emit stage entry: IR → the files of a TypeScript package, in memory (relative path → text, unformatted).
 * Each module is built as a list of structures (models, mappers, errors, resources, client) and printed once by
 * ./print/; handlebars renders the package files; the runtime core is copied from templates/runtime.
 */
import type { Api } from "../ir/types.js";
import { emitEnvironments, emitIndex, emitOptions, emitRootClient } from "./client.js";
import { EmitContext } from "./context.js";
import { emitErrors } from "./errors.js";
import { MapperWriter } from "./mappers.js";
import { emitModels } from "./models.js";
import { ModuleBuilder } from "./module.js";
import { printSourceFile } from "./print/source-file.js";
import type { NameReporter } from "./naming.js";
import { emitPackageFiles, type MethodDoc } from "./package-files.js";
import { emitResource } from "./resources.js";
import { runtimeFiles } from "./runtime.js";
import { emitWaiterExports } from "./waiters.js";

const HEADER = "// This file is generated from the OpenAPI description. Do not edit: change the spec or the generator instead.\n\n";

/** Everything comes from `api`; `reporter` receives the emitter's diagnostics (renamed identifiers), located in the spec. */
export function emitPackage(api: Api, reporter?: NameReporter): Map<string, string> {
  const ctx = new EmitContext(api, reporter);
  const mappers = new MapperWriter(ctx);
  const modules: ModuleBuilder[] = [];
  const build = <T>(path: string, emit: (m: ModuleBuilder) => T): T => {
    const m = new ModuleBuilder(path);
    modules.push(m);
    ctx.module = m;
    try {
      return emit(m);
    } finally {
      ctx.module = undefined;
    }
  };

  build("src/types.ts", (m) => emitModels(ctx, m));
  build("src/errors.ts", (m) => emitErrors(ctx, m, mappers));
  build("src/environments.ts", (m) => emitEnvironments(ctx, m));
  build("src/options.ts", (m) => emitOptions(ctx, m));
  const methods: MethodDoc[] = [];
  for (const r of api.resources)
    methods.push(...build(`src/resources/${ctx.spelling.fileName(r)}.ts`, (m) => emitResource(ctx, r, m, mappers)));
  build("src/Client.ts", (m) => emitRootClient(ctx, m));
  build("src/mappers.ts", (m) => {
    if (!mappers.write(m)) m.addStatements("export {};");
  });
  build("src/index.ts", (m) => {
    emitIndex(ctx, m);
    emitWaiterExports(ctx, m);
  });

  const out = new Map<string, string>();
  for (const m of modules) out.set(m.path, HEADER + printSourceFile(m.structures()));
  for (const [path, text] of runtimeFiles()) out.set(path, text);
  for (const [path, text] of emitPackageFiles(ctx, methods)) out.set(path, text);
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : 1)));
}
