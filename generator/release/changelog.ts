/**
 * CHANGELOG.md in Keep a Changelog 1.1.0 form (https://keepachangelog.com/en/1.1.0/): newest entry first, one
 * `## [version] - date` heading per release, `### Added/Changed/Deprecated/Removed/Fixed` sections naming each change,
 * breaking ones marked. The date is taken from SOURCE_DATE_EPOCH (reproducible builds) or left out: no clock is read.
 */
import type { Change, ChangeSection } from "./types.js";

export const CHANGELOG_FILE = "CHANGELOG.md";

const HEADER = `# Changelog

All notable changes to this package are documented in this file. Entries are written by the generator when the
package is regenerated from a changed spec.

The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/), and this package adheres to
[Semantic Versioning](https://semver.org/spec/v2.0.0.html).
`;

const SECTIONS: ChangeSection[] = ["Added", "Changed", "Deprecated", "Removed", "Fixed"];

/** `YYYY-MM-DD` (UTC) from SOURCE_DATE_EPOCH, or undefined when it is unset or not a number of seconds. */
export function releaseDate(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const raw = env.SOURCE_DATE_EPOCH?.trim();
  if (!raw || !/^\d+$/.test(raw)) return undefined;
  return new Date(Number(raw) * 1000).toISOString().slice(0, 10);
}

/** Markdown text for one line: keeps backticks, drops line breaks. */
function oneLine(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

export function changelogEntry(version: string, date: string | undefined, changes: Change[], intro?: string): string {
  const lines = [`## [${version}]${date ? ` - ${date}` : ""}`, ""];
  if (intro) lines.push(intro, "");
  for (const section of SECTIONS) {
    const items = changes.filter((c) => c.section === section);
    if (!items.length) continue;
    lines.push(`### ${section}`, "");
    for (const c of items)
      lines.push(`- ${c.kind === "breaking" ? "**Breaking:** " : ""}${oneLine(c.message)}${c.level === "sdk" ? " (SDK)" : ""}`);
    lines.push("");
  }
  return lines.join("\n");
}

/** Puts `entry` above the newest entry of an existing changelog (or under a fresh header). */
export function prependEntry(existing: string | undefined, entry: string): string {
  if (!existing?.trim()) return `${HEADER}\n${entry}`;
  const at = existing.search(/^## /m);
  if (at < 0) return `${existing.replace(/\s*$/, "\n")}\n${entry}`;
  return `${existing.slice(0, at)}${entry}\n${existing.slice(at)}`;
}
