/**
 * bench/RESULTS.md is shared by two scripts: `npm run bench` writes the file, `npm run bench:generate` owns one
 * section of it between two markers. Each keeps the other's part.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";

const START = "<!-- bench:generate -->";
const END = "<!-- /bench:generate -->";

/** The generation section (markers included) of the file's text, or "" when there is none. */
export function generationSection(text: string): string {
  const a = text.indexOf(START);
  const b = text.indexOf(END, a);
  return a >= 0 && b > a ? text.slice(a, b + END.length) : "";
}

/** The text with its generation section replaced by `body` (or appended when it had none). */
export function withGenerationSection(text: string, body: string): string {
  const section = `${START}\n${body.trim()}\n${END}`;
  const old = generationSection(text);
  if (old) return text.replace(old, () => section);
  return (text.trim() ? text.trimEnd() + "\n\n" : "") + section + "\n";
}

export function writeGenerationSection(path: string, body: string): void {
  const text = existsSync(path) ? readFileSync(path, "utf8") : "# Benchmark results\n";
  writeFileSync(path, withGenerationSection(text, body));
}

const README_START = "<!-- bench:generate:summary -->";
const README_END = "<!-- /bench:generate:summary -->";

/**
 * The README's "Generation speed" figures live between two markers; a full run of `npm run bench:generate` replaces
 * them (a partial run leaves them alone). The text is unchanged when the README has no markers.
 */
export function withReadmeSummary(text: string, body: string): string {
  const a = text.indexOf(README_START);
  const b = text.indexOf(README_END, a);
  if (a < 0 || b < 0) return text;
  return text.slice(0, a) + `${README_START}\n${body.trim()}\n` + text.slice(b);
}
