/**
 * Formats generated sources with prettier (fixed options, so output never depends on the machine's config).
 * TypeScript goes through prettier's `babel-ts` parser, which formats the same code about 40 % faster than its
 * `typescript` parser (identical output on every file of the four big specs); a file babel cannot parse falls back to
 * the `typescript` parser, so the choice never changes what is accepted.
 * Files are formatted one after the other in this thread. (A second, worker thread was measured and dropped: on
 * Stripe it raised the peak RSS from 563 to 762 MiB, the worker's own prettier and ASTs, and on the shared 2-core
 * machine it did not lower the wall time.)
 * The runtime core (`src/core/`, copied verbatim from templates/runtime by emit/runtime.ts) is the same in every
 * package, so its formatted text is kept in node_modules/.cache/sdkgen/format/, keyed by a hash of the text, the
 * options and the prettier version: a cache of the generator's own files, like a build step, never of spec-derived
 * code. A cache that cannot be read or written is skipped.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as prettier from "prettier";

const OPTIONS: prettier.Options = { printWidth: 120, singleQuote: false, trailingComma: "all", semi: true, tabWidth: 2, endOfLine: "lf" };

/** The parsers to try, in order, for a file (undefined: not formatted). */
function parsersFor(path: string): string[] | undefined {
  if (path.endsWith(".ts")) return ["babel-ts", "typescript"];
  if (path.endsWith(".json")) return ["json"];
  if (path.endsWith(".md")) return ["markdown"];
  return undefined;
}

const CACHE = join(dirname(fileURLToPath(import.meta.url)), "../../node_modules/.cache/sdkgen/format");
const VERBATIM = "src/core/";

/** The runtime core's formatted text from the cache, or formatted now and stored. */
async function formatVerbatim(parsers: string[], text: string): Promise<string> {
  const key = createHash("sha256")
    .update(JSON.stringify([prettier.version, OPTIONS, parsers, text]))
    .digest("hex");
  const file = join(CACHE, `${key}.txt`);
  try {
    return readFileSync(file, "utf8");
  } catch {
    // not cached yet
  }
  const out = await formatWith(parsers, text);
  try {
    mkdirSync(CACHE, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, out);
    renameSync(tmp, file);
  } catch {
    // read-only install: format every time
  }
  return out;
}

async function formatWith(parsers: string[], text: string): Promise<string> {
  for (const [i, parser] of parsers.entries()) {
    try {
      return await prettier.format(text, { ...OPTIONS, parser });
    } catch (e) {
      if (i === parsers.length - 1) throw e;
    }
  }
  return text;
}

/** One file's formatted text (unchanged when prettier has no parser for it). */
export function formatFile(path: string, text: string): Promise<string> {
  const parsers = parsersFor(path);
  return parsers ? formatWith(parsers, text) : Promise.resolve(text);
}

export async function formatFiles(files: Map<string, string>): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const [path, text] of files) {
    const parsers = parsersFor(path);
    out.set(path, !parsers ? text : path.startsWith(VERBATIM) ? await formatVerbatim(parsers, text) : await formatWith(parsers, text));
  }
  return out;
}
