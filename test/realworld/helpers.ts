/** Helpers for the real-world input tests: specs under test/realworld/specs, generating in memory, the CLI. */
import { join } from "node:path";
import { Diagnostics, type Diagnostic } from "../../generator/diagnostics.js";
import { generate } from "../../generator/pipeline.js";
import { ROOT } from "../helpers/project.js";

export const REALWORLD = join(ROOT, "test/realworld/specs");

export function realworld(name: string): string {
  return join(REALWORLD, name);
}

/** The whole pipeline (emit, format, compile) in memory: files and every diagnostic. */
export async function generateSpec(path: string, extra: { strict?: boolean } = {}) {
  const diagnostics = new Diagnostics();
  const result = await generate({ inputs: [path], overlays: [], ...extra }, diagnostics);
  return { ...result, items: diagnostics.items };
}

export function warnings(items: readonly Diagnostic[], code: string): Diagnostic[] {
  return items.filter((d) => d.code === code && d.severity === "warning");
}

/** A diagnostic without a place (file, line and JSON pointer) or with an object printed as `[object Object]`. */
export function unplaced(items: readonly Diagnostic[]): Diagnostic[] {
  return items.filter(
    (d) =>
      !d.file ||
      d.line === undefined ||
      d.pointer === undefined ||
      /\[object \w+\]/.test(d.message) ||
      /\[object \w+\]/.test(d.pointer ?? ""),
  );
}
