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
import type { NormalizeDecisions } from "./normalize/decisions.js";
import { normalize } from "./normalize/index.js";
import { validate } from "./validate/index.js";
import { addDist } from "./write/compile.js";
import { formatFiles } from "./write/format.js";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { displayName } from "./load/files.js";
import { GeneratorError } from "./diagnostics.js";
import { CUSTOM_DIR, withCustomExports } from "./emit/custom.js";
import { planRelease, startingVersion, type ChangeReport } from "./release/index.js";
import { releaseDate } from "./release/changelog.js";
import { provenanceOf, type Provenance } from "./release/provenance.js";
import { buildWireModel } from "./release/wire.js";
import { readTree } from "./write/atomic.js";
import { timed } from "./timings.js";

export interface FrontEndResult {
  config: GeneratorConfig;
  doc: any;
  /** What normalize decided beside the document (resource and method names, client headers). */
  decisions: NormalizeDecisions;
  sources: SourceIndex;
  api: Api;
  diagnostics: Diagnostics;
}

/** Load, merge, overlay, normalize, validate and build the IR. Throws GeneratorError on any error. */
export async function runFrontEnd(partial: PartialConfig, diagnostics = new Diagnostics()): Promise<FrontEndResult> {
  const docs = await timed("load", () => loadInputs(partial.inputs ?? [], diagnostics, partial.refs));
  const { doc, sources } = await timed("merge", () => mergeDocuments(docs, diagnostics, partial.title));
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
  const decisions = await timed("normalize", () => normalize({ doc, sources, diagnostics, config }));
  await timed("validate", () => validate(doc, sources, diagnostics, { strict: config.strict === true }));
  const api = await timed("ir", () => buildIr(doc, decisions, sources, diagnostics, config));
  diagnostics.throwIfErrors("ir");
  return { config, doc, decisions, sources, api, diagnostics };
}

/**
 * The whole pipeline up to the package's files in memory (relative path → content), compared with the package
 * already in the output folder: its `src/custom/` is compiled and exported with the new code, and the release stage
 * decides the version, the CHANGELOG entry and the change report.
 */
export async function generate(partial: PartialConfig, diagnostics = new Diagnostics()): Promise<GenerateResult> {
  const front = await runFrontEnd(partial, diagnostics);
  const out = front.config.output;
  const previous = readTree(out);
  const custom = new Map([...previous].filter(([path]) => path.startsWith(CUSTOM_DIR)));
  const provenance = provenanceOf(front.doc, front.config);
  const pkg = { ...front.api.package, version: startingVersion(previous, front.config.package.version), generated: provenance };
  const emitted = await timed("emit", () =>
    withCustomExports(
      emitPackage({ ...front.api, package: pkg }, { diagnostics: front.diagnostics, locate: (p) => front.sources.locate(p) }),
      custom,
    ),
  );
  let compiled: Map<string, string>;
  try {
    const formatted = await timed("format", () => formatFiles(emitted));
    compiled = await timed("compile", () => addDist(new Map([...formatted, ...custom])));
  } catch (e) {
    // Errors in the user's own code name the file where it lives.
    if (e instanceof GeneratorError)
      for (const d of e.diagnostics) if (d.file.startsWith(CUSTOM_DIR)) d.file = displayName(join(out, d.file));
    throw e;
  }
  const plan = await timed("release", () =>
    planRelease({
      previous,
      files: compiled,
      wire: buildWireModel(front.api, front.sources, front.config),
      configVersion: front.config.package.version,
      packageName: front.config.package.name,
      title: front.api.title,
      date: releaseDate(),
      displayFile: (f) => displayName(resolve(out, f)),
    }),
  );
  return { ...front, files: plan.files, release: plan.report, provenance, previous };
}

export interface GenerateResult extends FrontEndResult {
  files: Map<string, string>;
  /** What changed against the package on disk, and the version decided. */
  release: ChangeReport;
  provenance: Provenance;
  /** The package that was on disk (relative path → text); empty when there was none. */
  previous: Map<string, string>;
}
