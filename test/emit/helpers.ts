/**
 * Helpers of the emitter tests: generate a small spec from test/emit/specs into a temporary package (sources and
 * dist written with the atomic writer) and import its ESM build.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { PartialConfig } from "../../generator/config.js";
import type { Diagnostic } from "../../generator/diagnostics.js";
import { generate } from "../../generator/pipeline.js";
import { writeAtomically } from "../../generator/write/atomic.js";

export const EMIT_SPECS = join(dirname(fileURLToPath(import.meta.url)), "specs");

export interface EmittedPackage {
  dir: string;
  files: Map<string, string>;
  diagnostics: Diagnostic[];
  /** The emitted text of a file (fails loudly when the file was not emitted). */
  file(path: string): string;
  /** `import()` of dist/esm/index.js. */
  load<T = any>(): Promise<T>;
  cleanup(): void;
}

/** Generates `test/emit/specs/<spec>` with fixed client names (TestClient, TestError, TestSdkError…). */
export async function generateSpec(spec: string, extra: PartialConfig = {}): Promise<EmittedPackage> {
  const base = mkdtempSync(join(tmpdir(), "emit-"));
  const dir = join(base, "pkg");
  try {
    const result = await generate({
      inputs: [join(EMIT_SPECS, spec)],
      output: dir,
      ...extra,
      client: { className: "TestClient", errorBaseClass: "TestError", errorPrefix: "Test", ...extra.client },
      package: { name: `emit-${spec.replace(/\.ya?ml$/, "")}`, ...extra.package },
    });
    writeAtomically(dir, result.files);
    return {
      dir,
      files: result.files,
      diagnostics: result.diagnostics.items,
      file(path) {
        const text = result.files.get(path);
        if (text === undefined) throw new Error(`${spec}: ${path} was not emitted`);
        return text;
      },
      load: () => import(pathToFileURL(join(dir, "dist/esm/index.js")).href),
      cleanup: () => rmSync(base, { recursive: true, force: true }),
    };
  } catch (e) {
    rmSync(base, { recursive: true, force: true });
    throw e;
  }
}
