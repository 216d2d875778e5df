/**
 * The pipeline's second half: from the formatted sources of a package to its files as they will be written. The
 * dist build (write/compile.ts: the type-check gate, `.d.ts`, esbuild) and the release stage (version, CHANGELOG,
 * change report against the package on disk).
 * It takes a {@link Prepared}: plain data, so the first half can run in a worker thread whose memory (the parsed
 * spec, its source map, the IR) is given back before tsc and esbuild start (see prepare-thread.ts). Nothing here
 * imports the front end.
 */
import type { GeneratorConfig } from "./config.js";
import { GeneratorError } from "./diagnostics.js";
import { CUSTOM_DIR } from "./emit/custom.js";
import { displayName } from "./load/source-map.js";
import { join, resolve } from "node:path";
import { releaseDate } from "./release/changelog.js";
import { planRelease, type ChangeReport } from "./release/index.js";
import type { Provenance } from "./release/provenance.js";
import type { WireModel } from "./release/wire.js";
import { timed } from "./timings.js";
import { addDist } from "./write/compile.js";

/** What the first half hands to the second: everything plain data (structured-cloneable). */
export interface Prepared {
  config: GeneratorConfig;
  /** The package that was on disk (relative path → text); empty when there was none. */
  previous: Map<string, string>;
  /** The user's own code kept from it (`src/custom/…`). */
  custom: Map<string, string>;
  /** The generated files, formatted, without `dist/`. */
  sources: Map<string, string>;
  wire: WireModel;
  provenance: Provenance;
  title: string;
  summary: { resources: number; operations: number; types: number };
}

export interface Finished {
  /** Every file of the package as it will be written. */
  files: Map<string, string>;
  /** What changed against the package on disk, and the version decided. */
  release: ChangeReport;
}

export async function finish(p: Prepared): Promise<Finished> {
  const out = p.config.output;
  let compiled: Map<string, string>;
  try {
    compiled = await timed("compile", () => addDist(new Map([...p.sources, ...p.custom])));
  } catch (e) {
    // Errors in the user's own code name the file where it lives.
    if (e instanceof GeneratorError)
      for (const d of e.diagnostics) if (d.file.startsWith(CUSTOM_DIR)) d.file = displayName(join(out, d.file));
    throw e;
  }
  const plan = await timed("release", () =>
    planRelease({
      previous: p.previous,
      files: compiled,
      wire: p.wire,
      configVersion: p.config.package.version,
      packageName: p.config.package.name,
      title: p.title,
      date: releaseDate(),
      displayFile: (f) => displayName(resolve(out, f)),
    }),
  );
  return { files: plan.files, release: plan.report };
}
