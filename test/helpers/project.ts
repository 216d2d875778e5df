/** Shared test helpers: paths of the project, temporary folders, running the generator in-process. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { readConfigFile, type PartialConfig } from "../../generator/config.js";
import { Diagnostics } from "../../generator/diagnostics.js";
import { generate, runFrontEnd } from "../../generator/pipeline.js";

export const ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));
export const SHARED = resolve(ROOT, "../shared");
export const SEED_PAGE = join(SHARED, "seed/000_5adc1b5c71725073.txt");
export const COHERE_CONFIG = join(ROOT, "spec/cohere/generator.yaml");
export const GENERATED = join(ROOT, "generated/cohere-ai");

/** A fresh temporary folder, removed by the returned cleanup. */
export function tempDir(prefix = "sdkgen-"): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function cohereConfig(): PartialConfig {
  return readConfigFile(COHERE_CONFIG);
}

/** Runs load → IR on the bundled Cohere spec. */
export function cohereFrontEnd(diagnostics = new Diagnostics()) {
  return runFrontEnd(cohereConfig(), diagnostics);
}

/** Runs the whole pipeline in memory (no files written). */
export function generateInMemory(partial: PartialConfig, diagnostics = new Diagnostics()) {
  return generate(partial, diagnostics);
}
