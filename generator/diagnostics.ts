/**
 * Diagnostics: every fix, warning and error the pipeline reports, with the place it concerns.
 * Stages push into a {@link Diagnostics} collector; a fatal problem throws {@link GeneratorError}.
 */

type Severity = "error" | "warning" | "info";

/** A place in an input: the file, a JSON pointer inside the document, and the line/column when known. */
export interface Location {
  file: string;
  pointer?: string;
  line?: number;
  column?: number;
}

export interface Diagnostic extends Location {
  /** Stable code, e.g. `normalize/enum-objects`. */
  code: string;
  severity: Severity;
  message: string;
}

export class Diagnostics {
  readonly items: Diagnostic[] = [];

  add(d: Diagnostic): void {
    this.items.push(d);
  }
  error(code: string, at: Location, message: string): void {
    this.add({ code, severity: "error", message, ...at });
  }
  warn(code: string, at: Location, message: string): void {
    this.add({ code, severity: "warning", message, ...at });
  }
  info(code: string, at: Location, message: string): void {
    this.add({ code, severity: "info", message, ...at });
  }
  get hasErrors(): boolean {
    return this.items.some((d) => d.severity === "error");
  }
  /** Throws a GeneratorError carrying every diagnostic when any error was recorded. */
  throwIfErrors(stage: string): void {
    if (this.hasErrors) throw new GeneratorError(stage, this.items);
  }
}

/** A fatal failure: the pipeline stops, nothing is written. */
export class GeneratorError extends Error {
  constructor(
    readonly stage: string,
    readonly diagnostics: Diagnostic[],
  ) {
    const errors = diagnostics.filter((d) => d.severity === "error");
    super(`${stage} failed:\n${errors.map(formatDiagnostic).join("\n")}`);
    this.name = "GeneratorError";
  }
}

/** Throws a single-error GeneratorError. */
export function fail(stage: string, code: string, at: Location, message: string): never {
  throw new GeneratorError(stage, [{ code, severity: "error", message, ...at }]);
}

export function formatLocation(at: Location): string {
  let s = at.file;
  if (at.line !== undefined) s += `:${at.line}${at.column !== undefined ? `:${at.column}` : ""}`;
  if (at.pointer !== undefined && at.pointer !== "") s += ` (${at.pointer})`;
  return s;
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${formatLocation(d)}: ${d.severity} ${d.code}: ${d.message}`;
}

/** Groups diagnostics by severity (errors first) for printing. Order inside a group is kept. */
export function formatReport(items: readonly Diagnostic[]): string {
  const out: string[] = [];
  for (const severity of ["error", "warning", "info"] as const) {
    const group = items.filter((d) => d.severity === severity);
    if (group.length === 0) continue;
    const title = { error: "Errors", warning: "Warnings", info: "Fixed / noted" }[severity];
    out.push(`${title} (${group.length}):`);
    for (const d of group) out.push(`  ${formatLocation(d)}\n    ${d.code}: ${d.message}`);
  }
  return out.join("\n");
}
