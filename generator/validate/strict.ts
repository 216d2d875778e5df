/**
 * `--strict` (config `strict: true`): the defects validation absorbed become errors, for teams who want a gate. The
 * rule is the code: every `validate/` warning is a defect of the input against OpenAPI; other warnings (e.g.
 * `ir/allof-conflict`) are about how a valid document maps to TypeScript and stay warnings.
 */
import type { Diagnostics } from "../diagnostics.js";

export function isSpecDefect(code: string): boolean {
  return code.startsWith("validate/");
}

export function applyStrict(diagnostics: Diagnostics): void {
  for (const d of diagnostics.items) {
    if (d.severity !== "warning" || !isSpecDefect(d.code)) continue;
    d.severity = "error";
    d.message += " (refused in strict mode)";
  }
}
