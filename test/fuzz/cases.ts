/** The fuzz case pool (training specs) and the saved regressions (every input that ever broke a property). */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { ROOT } from "../helpers/project.js";
import type { FuzzCase } from "./mutate.js";

export const SPECS_DIR = join(ROOT, "test/corpus/specs");
export const REGRESSIONS = join(ROOT, "test/fuzz/regressions");
const INDEX = join(REGRESSIONS, "index.json");

/** Training specs (relative to the repository root), smallest first; `maxBytes` keeps the quick run quick. */
export function trainingSpecs(maxBytes = Infinity): string[] {
  const out: Array<[string, number]> = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const st = statSync(path);
      if (st.isDirectory()) walk(path);
      else if (/\.(ya?ml|json)$/i.test(name) && st.size <= maxBytes) out.push([relative(ROOT, path), st.size]);
    }
  };
  walk(SPECS_DIR);
  return out.sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1)).map(([p]) => p);
}

export interface Regression {
  /** File under test/fuzz/regressions/. */
  file: string;
  /** How it was made (absent for hand-written entries). */
  case?: FuzzCase;
  seed?: number;
  /** What broke when it was saved. */
  problems: string[];
  /**
   * Set while the crash is in code another part of the team owns (`generator/emit/…`): the replay then expects the
   * failure, and starts failing — asking for this to be removed — once the owner's fix lands.
   */
  open?: string;
}

export function readRegressions(): Regression[] {
  return existsSync(INDEX) ? (JSON.parse(readFileSync(INDEX, "utf8")) as Regression[]) : [];
}

/** Saves an input that broke a property (once per content) and returns its file name. */
export function saveRegression(text: string, ext: string, entry: Omit<Regression, "file">): string {
  const file = `${createHash("sha256").update(text).digest("hex").slice(0, 12)}.${ext}`;
  const all = readRegressions();
  if (!all.some((r) => r.file === file)) {
    writeFileSync(join(REGRESSIONS, file), text);
    all.push({ file, ...entry });
    all.sort((a, b) => (a.file < b.file ? -1 : 1));
    writeFileSync(INDEX, JSON.stringify(all, null, 2) + "\n");
  }
  return file;
}
