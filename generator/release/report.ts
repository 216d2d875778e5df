/** Printing and saving the change report. */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Change, ChangeReport } from "./types.js";

function where(c: Change): string {
  if (!c.file) return "";
  return `  (${c.file}${c.line !== undefined ? `:${c.line}` : ""}${c.pointer ? ` ${c.pointer}` : ""})`;
}

/** Human-readable report for the terminal: the version decision, then one line per change. */
export function formatChangeReport(report: ChangeReport, name: string): string {
  if (report.firstGeneration) return `Release: ${name}@${report.version} (first generation; no previous package to compare with).`;
  const head =
    report.version === report.previousVersion
      ? `Release: ${name}@${report.version} unchanged (no changes).`
      : `Release: ${name} ${report.previousVersion} → ${report.version} (${report.bump}: ${report.summary.breaking} breaking, ${report.summary.feature} feature, ${report.summary.fix} fix).`;
  return [head, ...report.changes.map((c) => `  ${c.kind.padEnd(8)} ${c.level.padEnd(4)} ${c.subject}: ${c.message}${where(c)}`)].join(
    "\n",
  );
}

export function writeReport(path: string, report: ChangeReport): void {
  const abs = resolve(path);
  mkdirSync(dirname(abs), { recursive: true });
  writeFileSync(abs, JSON.stringify(report, null, 2) + "\n");
}
