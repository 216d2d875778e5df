/**
 * Type errors in the user's own code (`src/custom/`) are not generator bugs: they mean the custom code no longer fits
 * the regenerated types. They stop the run with every error's file, line and column, and nothing is written.
 */
import { GeneratorError, type Diagnostic } from "../diagnostics.js";
import { CUSTOM_DIR } from "../emit/custom.js";

/** One error as the TypeScript compiler printed it, with its path relative to the package. */
export interface TscError {
  file: string;
  line: number;
  column: number;
  message: string;
}

export function failOnCustomCode(errors: readonly TscError[]): void {
  const custom: Diagnostic[] = errors
    .filter((e) => e.file.startsWith(CUSTOM_DIR))
    .map((e) => ({
      code: "compile/custom-code",
      severity: "error",
      file: e.file,
      line: e.line,
      column: e.column,
      message: `custom code does not type-check against the regenerated package: ${e.message}`,
    }));
  if (custom.length) throw new GeneratorError("compile", custom);
}
