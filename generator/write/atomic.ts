/**
 * Atomic output: the package is written to a temporary sibling folder, then swapped in with renames, so the output
 * folder is either the old package or the new one — never half written. A failure before the swap leaves it as it was.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";

export function writeAtomically(outDir: string, files: Map<string, string>): void {
  const parent = dirname(outDir);
  mkdirSync(parent, { recursive: true });
  const stamp = `${process.pid}-${Date.now().toString(36)}`;
  const tmp = join(parent, `.${basename(outDir)}.tmp-${stamp}`);
  const old = join(parent, `.${basename(outDir)}.old-${stamp}`);
  try {
    for (const [path, text] of files) {
      const target = join(tmp, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
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

/** Every file under a folder, relative path → content (empty when the folder does not exist). */
export function readTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
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
