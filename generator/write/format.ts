/**
 * Formats generated sources with prettier (fixed options, so output never depends on the machine's config).
 * TypeScript goes through prettier's `babel-ts` parser, which formats the same code about 40 % faster than its
 * `typescript` parser (identical output on every file of the four big specs); a file babel cannot parse falls back to
 * the `typescript` parser, so the choice never changes what is accepted.
 * A large package is formatted by two threads, this one and a worker (format-worker.mjs), each taking the largest
 * file left; which thread formats a file does not change its text. Below PARALLEL_FROM bytes the worker's start-up
 * (and its own copy of prettier in memory) would cost more than it saves.
 * The runtime core (`src/core/`, copied verbatim from templates/runtime by emit/runtime.ts) is the same in every
 * package, so its formatted text is kept in node_modules/.cache/sdkgen/format/, keyed by a hash of the text, the
 * options and the prettier version: a cache of the generator's own files, like a build step, never of spec-derived
 * code. A cache that cannot be read or written is skipped.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import * as prettier from "prettier";

const OPTIONS: prettier.Options = { printWidth: 120, singleQuote: false, trailingComma: "all", semi: true, tabWidth: 2, endOfLine: "lf" };
const PARALLEL_FROM = 512 * 1024;

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
  const done = new Map<string, string>();
  for (const [path, text] of files) {
    const parsers = parsersFor(path);
    if (parsers && path.startsWith(VERBATIM)) done.set(path, await formatVerbatim(parsers, text));
  }
  const queue = [...files.keys()].filter((p) => parsersFor(p) && !done.has(p)).sort((a, b) => files.get(b)!.length - files.get(a)!.length);
  const total = queue.reduce((n, p) => n + files.get(p)!.length, 0);
  await Promise.all([formatInThisThread(queue, files, done), total >= PARALLEL_FROM ? formatInWorker(queue, files, done) : undefined]);
  return new Map([...files].map(([path, text]) => [path, done.get(path) ?? text]));
}

async function formatInThisThread(queue: string[], files: Map<string, string>, done: Map<string, string>): Promise<void> {
  for (let path = queue.shift(); path !== undefined; path = queue.shift())
    done.set(path, await formatWith(parsersFor(path)!, files.get(path)!));
}

/** Takes files from the shared queue until it is empty; if the worker cannot run, this thread does its share. */
function formatInWorker(queue: string[], files: Map<string, string>, done: Map<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./format-worker.mjs", import.meta.url));
    let current: string | undefined;
    const next = (): void => {
      current = queue.shift();
      if (current === undefined) {
        void worker.terminate().then(() => resolve());
        return;
      }
      worker.postMessage({ id: current, text: files.get(current), options: OPTIONS, parsers: parsersFor(current) });
    };
    worker.on("message", (m: { id: string; text?: string; error?: string }) => {
      if (m.text === undefined) {
        void worker.terminate();
        reject(new Error(`prettier could not format ${m.id}: ${m.error}`));
        return;
      }
      done.set(m.id, m.text);
      next();
    });
    worker.on("error", () => {
      if (current !== undefined) queue.unshift(current); // given back to this thread
      current = undefined;
      formatInThisThread(queue, files, done).then(resolve, reject);
    });
    worker.on("online", next);
  });
}
