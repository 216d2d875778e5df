/**
 * Type errors in the user's own code (`src/custom/`) are not generator bugs: they mean the custom code no longer fits
 * the regenerated types. They stop the run with every error's file, line and column, and nothing is written.
 */
import type { Diagnostic as TsDiagnostic } from "ts-morph";
import { ts } from "ts-morph";
import { GeneratorError, type Diagnostic } from "../diagnostics.js";
import { CUSTOM_DIR } from "../emit/custom.js";

export function failOnCustomCode(diags: readonly TsDiagnostic[]): void {
  const custom: Diagnostic[] = [];
  for (const d of diags) {
    const sf = d.getSourceFile();
    const file = sf?.getFilePath().replace(/^\//, "");
    if (!sf || !file?.startsWith(CUSTOM_DIR)) continue;
    const pos = d.getStart() !== undefined ? sf.getLineAndColumnAtPos(d.getStart()!) : undefined;
    custom.push({
      code: "compile/custom-code",
      severity: "error",
      file,
      ...(pos ? { line: pos.line, column: pos.column } : {}),
      message: `custom code does not type-check against the regenerated package: ${ts.flattenDiagnosticMessageText(d.compilerObject.messageText, " ")}`,
    });
  }
  if (custom.length) throw new GeneratorError("compile", custom);
}
