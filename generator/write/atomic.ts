/**
 * Atomic output: the package is written to a temporary sibling folder, then swapped in with renames, so the output
 * folder is either the old package or the new one — never half written. A failure before the swap leaves it as it was.
 * What the user owns survives the swap: `src/custom/` is carried over byte for byte, and `CHANGELOG.md` is kept
 * when the new file map has none.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { fail } from "../diagnostics.js";
import { displayName } from "../load/source-map.js";

/** Folders of the output that belong to the user: never replaced by the generator. */
export const KEPT_DIRS = ["src/custom"];
/** Files kept from the previous output when the new file map has none. */
export const KEPT_FILES = ["CHANGELOG.md"];

export function writeAtomically(outDir: string, files: Map<string, string>): void {
  const parent = dirname(outDir);
  mkdirSync(parent, { recursive: true });
  const stamp = `${process.pid}-${Date.now().toString(36)}`;
  const tmp = join(parent, `.${basename(outDir)}.tmp-${stamp}`);
  const old = join(parent, `.${basename(outDir)}.old-${stamp}`);
  try {
    const kept = (path: string) => KEPT_DIRS.some((d) => path.startsWith(d + "/"));
    for (const [path, text] of files) {
      if (kept(path) && existsSync(join(outDir, path))) continue; // copied below, byte for byte
      const target = join(tmp, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
    for (const dir of KEPT_DIRS) if (existsSync(join(outDir, dir))) cpSync(join(outDir, dir), join(tmp, dir), { recursive: true });
    for (const file of KEPT_FILES) if (!files.has(file) && existsSync(join(outDir, file))) cpSync(join(outDir, file), join(tmp, file));
    if (existsSync(outDir)) renameSync(outDir, old);
    try {
      renameSync(tmp, outDir);
    } catch (e) {
      if (existsSync(old)) renameSync(old, outDir); // put the previous package back
      throw e;
    }
    rmSync(old, { recursive: true, force: true });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * Every file under a folder, relative path → content (empty when the folder does not exist). An output path that is
 * something else (a file) is refused: the swap would replace it.
 */
export function readTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  if (existsSync(dir) && !statSync(dir).isDirectory()) {
    fail(
      "write",
      "write/not-a-folder",
      { file: displayName(dir) },
      "the output path exists and is not a folder; nothing was written (choose another --out)",
    );
  }
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        if (name !== "node_modules") walk(p);
      } else out.set(relative(dir, p).split("\\").join("/"), readFileSync(p, "utf8"));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

/** Files that would change: added, removed or different. */
export function diffTree(outDir: string, files: Map<string, string>): string[] {
  const current = readTree(outDir);
  const changed: string[] = [];
  for (const [path, text] of files) {
    const now = current.get(path);
    if (now === undefined) changed.push(`added:    ${path}`);
    else if (now !== text) changed.push(`changed:  ${path}`);
  }
  for (const path of current.keys()) if (!files.has(path)) changed.push(`removed:  ${path}`);
  return changed.sort((a, b) => a.slice(10).localeCompare(b.slice(10)));
}
