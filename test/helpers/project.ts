/** Shared test helpers: paths of the project, temporary folders, running the generator in-process. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { readConfigFile, type PartialConfig } from "../../generator/config.js";
import { Diagnostics } from "../../generator/diagnostics.js";
import { generate, runFrontEnd } from "../../generator/pipeline.js";

export const ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));
/** The Cohere API reference page (the seed), kept in the repository so a clone needs nothing beside it. */
export const SEED_PAGE = join(ROOT, "spec/cohere/reference-page.txt");
/** Public specs the tests read, with their SOURCES.md: `specs/` (42 small ones) and `big/` (Cohere, GitHub, OpenAI, Stripe). */
export const CORPUS = join(ROOT, "test/corpus");
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
