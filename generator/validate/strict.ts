/**
 * `--strict` (config `strict: true`): the defects validation absorbed become errors, for teams who want a gate. The
 * rule is the code: every `validate/` warning is a defect of the input against OpenAPI, and so are the defects load
 * absorbs (version fields written as numbers or without a patch, a `$ref` in an extension that resolves to nothing)
 * and the nodes normalization drops because they have the wrong JSON type (`normalize/shape`);
 * other warnings (e.g. `ir/allof-conflict`) are about how a valid document maps to TypeScript and stay warnings.
 */
import type { Diagnostics } from "../diagnostics.js";

const OTHER_DEFECTS = new Set(["load/version-number", "load/version-patch", "load/ref-in-extension", "normalize/shape"]);

function isSpecDefect(code: string): boolean {
  return code.startsWith("validate/") || OTHER_DEFECTS.has(code);
}

export function applyStrict(diagnostics: Diagnostics): void {
  for (const d of diagnostics.items) {
    if (d.severity !== "warning" || !isSpecDefect(d.code)) continue;
    d.severity = "error";
    d.message += " (refused in strict mode)";
  }
}
