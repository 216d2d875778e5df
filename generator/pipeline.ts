/**
 * The pipeline, one stage after the other: load → merge → overlay → normalize → validate → IR → emit → format.
 * Writing (atomic swap or --check) is the caller's last step, so a failure anywhere leaves the output untouched.
 */
import { resolveConfig, type GeneratorConfig, type PartialConfig } from "./config.js";
import { Diagnostics } from "./diagnostics.js";
import { buildIr } from "./ir/build.js";
import type { Api } from "./ir/types.js";
import { emitPackage } from "./emit/index.js";
import { loadInputs } from "./load/files.js";
import { mergeDocuments } from "./load/merge.js";
import { applyOverlay } from "./load/overlay.js";
import { parseSource } from "./load/yaml.js";
import type { SourceIndex } from "./load/source-index.js";
import { normalize } from "./normalize/index.js";
import { validate } from "./validate/index.js";
import { addDist } from "./write/compile.js";
import { formatFiles } from "./write/format.js";
import { readFileSync } from "node:fs";
import { displayName } from "./load/files.js";

export interface FrontEndResult {
  config: GeneratorConfig;
  doc: any;
  sources: SourceIndex;
  api: Api;
  diagnostics: Diagnostics;
}

/** Load, merge, overlay, normalize, validate and build the IR. Throws GeneratorError on any error. */
export async function runFrontEnd(partial: PartialConfig, diagnostics = new Diagnostics()): Promise<FrontEndResult> {
  const docs = await loadInputs(partial.inputs ?? [], diagnostics);
  const { doc, sources } = mergeDocuments(docs, diagnostics, partial.title);
  for (const path of partial.overlays ?? []) {
    let text: string;
    try {
      text = readFileSync(path, "utf8");
    } catch {
      diagnostics.error("overlay/not-found", { file: displayName(path) }, "overlay file not found");
      diagnostics.throwIfErrors("overlay");
      throw new Error("unreachable");
    }
    applyOverlay(doc, parseSource(text, displayName(path), path), diagnostics);
  }
  const config = resolveConfig(partial, doc.info);
  normalize({ doc, sources, diagnostics, config });
  await validate(doc, sources, diagnostics);
  const api = buildIr(doc, sources, diagnostics, config);
  diagnostics.throwIfErrors("ir");
  return { config, doc, sources, api, diagnostics };
}

/** The whole pipeline up to formatted files in memory: relative path → content. */
export async function generate(partial: PartialConfig, diagnostics = new Diagnostics()): Promise<FrontEndResult & { files: Map<string, string> }> {
  const front = await runFrontEnd(partial, diagnostics);
  const files = await addDist(await formatFiles(emitPackage(front.api, front.config, { diagnostics: front.diagnostics, locate: (p) => front.sources.locate(p) })));
  return { ...front, files };
}
