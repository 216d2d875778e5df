/**
 * Emit stage entry: IR → the files of a TypeScript package, in memory (relative path → text, unformatted).
 * ts-morph builds the code (models, mappers, errors, resources, client); handlebars the package files; the runtime
 * core is copied from templates/runtime.
 */
import { IndentationText, Project, QuoteKind } from "ts-morph";
import type { GeneratorConfig } from "../config.js";
import type { Api } from "../ir/types.js";
import { emitEnvironments, emitIndex, emitOptions, emitRootClient } from "./client.js";
import { EmitContext } from "./context.js";
import { unTsdoc } from "./escape.js";
import { emitErrors } from "./errors.js";
import { MapperWriter } from "./mappers.js";
import { emitModels } from "./models.js";
import { emitPackageFiles, type MethodDoc } from "./package-files.js";
import { emitResource, resourceFileName } from "./resources.js";
import { runtimeFiles } from "./runtime.js";

const HEADER = "// This file is generated from the OpenAPI description. Do not edit: change the spec or the generator instead.\n\n";

export function emitPackage(api: Api, config: GeneratorConfig): Map<string, string> {
  const ctx = new EmitContext(api, config);
  const project = new Project({
    useInMemoryFileSystem: true,
    manipulationSettings: { quoteKind: QuoteKind.Double, indentationText: IndentationText.TwoSpaces },
  });
  const mappers = new MapperWriter(ctx);
  const file = (path: string) => project.createSourceFile(path, "", { overwrite: true });

  emitModels(ctx, file("src/types.ts"));
  emitErrors(ctx, file("src/errors.ts"), mappers);
  emitEnvironments(ctx, file("src/environments.ts"));
  emitOptions(ctx, file("src/options.ts"));
  for (const r of api.resources) emitResource(ctx, r, file(`src/resources/${resourceFileName(r)}.ts`), mappers);
  emitRootClient(ctx, file("src/Client.ts"));
  const mapperFile = file("src/mappers.ts");
  if (!mappers.write(mapperFile)) mapperFile.addStatements("export {};");
  emitIndex(ctx, file("src/index.ts"));

  const out = new Map<string, string>();
  for (const sf of project.getSourceFiles()) out.set(sf.getFilePath().replace(/^\//, ""), HEADER + sf.getFullText());
  for (const [path, text] of runtimeFiles()) out.set(path, text);
  for (const [path, text] of emitPackageFiles(ctx, methodDocs(project, ctx))) out.set(path, text);
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Method signatures and examples for the README, read back from the emitted resource classes. */
function methodDocs(project: Project, ctx: EmitContext): MethodDoc[] {
  const docs: MethodDoc[] = [];
  for (const r of ctx.api.resources) {
    const sf = project.getSourceFileOrThrow(`src/resources/${resourceFileName(r)}.ts`);
    for (const op of r.operations) {
      const m = sf.getClasses()[0]!.getMethodOrThrow(op.name);
      const decl = m.getOverloads()[0] ?? m;
      const example = unTsdoc(decl.getJsDocs()[0]?.getTags().find((t) => t.getTagName() === "example")?.getCommentText()?.trim() ?? "");
      docs.push({
        resource: r.name,
        name: op.name,
        signature: `${op.name}(${decl.getParameters().map((p) => p.getText()).join(", ")}): ${decl.getReturnTypeNode()?.getText() ?? ""}`,
        summary: (op.summary ?? op.description ?? "").split("\n")[0]!,
        example,
      });
    }
  }
  return docs;
}
