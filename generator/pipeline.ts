/**
 * The pipeline, one stage after the other: load → merge → overlay → normalize → validate → IR → emit → format
 * ({@link prepare}), then compile → release (finish.ts). Writing (atomic swap or --check) is the caller's last step,
 * so a failure anywhere leaves the output untouched.
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
import { formatFiles } from "./write/format.js";
import { readFileSync } from "node:fs";
import { displayName } from "./load/files.js";
import { CUSTOM_DIR, withCustomExports } from "./emit/custom.js";
import type { Finished, Prepared } from "./finish.js";
import { startingVersion } from "./release/index.js";
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
 * The first half of the pipeline, up to the package's formatted sources in memory (relative path → content): the
 * front end, then emit and format, against the package already in the output folder (its `src/custom/` is kept and
 * exported with the new code). Everything it returns is plain data; finish.ts does the rest.
 */
export async function prepare(partial: PartialConfig, diagnostics = new Diagnostics()): Promise<Prepared> {
  return prepareFrom(await runFrontEnd(partial, diagnostics));
}

async function prepareFrom(front: FrontEndResult): Promise<Prepared> {
  const previous = readTree(front.config.output);
  const custom = new Map([...previous].filter(([path]) => path.startsWith(CUSTOM_DIR)));
  const provenance = provenanceOf(front.doc, front.config);
  const pkg = { ...front.api.package, version: startingVersion(previous, front.config.package.version), generated: provenance };
  const emitted = await timed("emit", () =>
    withCustomExports(
      emitPackage({ ...front.api, package: pkg }, { diagnostics: front.diagnostics, locate: (p) => front.sources.locate(p) }),
      custom,
    ),
  );
  const sources = await timed("format", () => formatFiles(emitted));
  const { api } = front;
  return {
    config: front.config,
    previous,
    custom,
    sources,
    wire: buildWireModel(api, front.sources, front.config),
    provenance,
    title: api.title,
    summary: {
      resources: api.resources.length,
      operations: api.resources.reduce((n, r) => n + r.operations.length, 0),
      types: api.types.length,
    },
  };
}

/** The whole pipeline in this thread, up to the files as they will be written; keeps the front end's results. */
export async function generate(partial: PartialConfig, diagnostics = new Diagnostics()): Promise<GenerateResult> {
  const front = await runFrontEnd(partial, diagnostics);
  const prepared = await prepareFrom(front);
  const { finish } = await import("./finish.js"); // not loaded by the worker thread, which runs only prepare()
  return { ...front, ...(await finish(prepared)), provenance: prepared.provenance, previous: prepared.previous };
}

export interface GenerateResult extends FrontEndResult, Finished {
  provenance: Provenance;
  /** The package that was on disk (relative path → text); empty when there was none. */
  previous: Map<string, string>;
}
