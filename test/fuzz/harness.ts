/**
 * One fuzz case through the generator, judged by the properties of issue 12:
 * - it ends in a generated package or in a refusal (GeneratorError) — never another exception;
 * - every error and warning names a file and the JSON pointer of its node (a syntax error, which has no node yet,
 *   names its line), and no message says `[object Object]`;
 * - emitted TypeScript parses, and no spec text became code (the {@link SENTINEL} never appears as an identifier);
 * - `full` cases run the CLI into a folder that already holds a package: on failure it must be byte-for-byte as
 *   before, on success it holds the new package.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { ts } from "ts-morph";
import { main } from "../../generator/cli.js";
import { Diagnostics, GeneratorError, type Diagnostic } from "../../generator/diagnostics.js";
import { emitPackage } from "../../generator/emit/index.js";
import { runFrontEnd } from "../../generator/pipeline.js";
import { readTree } from "../../generator/write/atomic.js";
import { ROOT } from "../helpers/project.js";
import { SENTINEL } from "./mutate.js";

export interface Outcome {
  result: "generated" | "refused" | "failed";
  /** What broke a property (empty unless failed). */
  problems: string[];
  /** For an exception: `generator/…/file.ts:line` of the innermost generator frame, and the message. */
  crash?: { where: string; message: string };
  ms: number;
}

/** Refusals of text that was not parsed (so has no nodes yet): they name the line instead of a pointer. */
const UNPARSED = new Set(["load/syntax", "load/too-deep"]);

/** Whether a diagnostic names its place. */
export function placeless(d: Diagnostic): string | undefined {
  if (/\[object Object\]/.test(d.message)) return `message says [object Object]: ${d.code} ${d.message}`;
  if (d.severity === "info") return undefined;
  if (!d.file) return `no file: ${d.code} ${d.message}`;
  if (d.pointer === undefined && !(UNPARSED.has(d.code) && d.line !== undefined)) return `no pointer: ${d.code} ${d.message}`;
  return undefined;
}

/** The innermost stack frame inside generator/ (where to route a crash). */
export function whereOf(e: unknown): string {
  const stack = String((e as Error)?.stack ?? "");
  for (const line of stack.split("\n")) {
    const m = /\(?(\/[^()\s]+\/generator\/[^():\s]+):(\d+):\d+\)?$/.exec(line.trim());
    if (m) return `${relative(ROOT, m[1]!)}:${m[2]}`;
  }
  return "outside generator/";
}

/** Parse errors and injected identifiers in the emitted sources (the runtime core is copied verbatim: skipped). */
export function codeProblems(files: Map<string, string>): string[] {
  const out: string[] = [];
  for (const [path, text] of files) {
    if (!path.endsWith(".ts") || path.startsWith("src/core/")) continue;
    const sf = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const parseErrors = (sf as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics ?? [];
    for (const d of parseErrors.slice(0, 3)) {
      const { line } = sf.getLineAndCharacterOfPosition(d.start ?? 0);
      out.push(`emitted ${path}:${line + 1} does not parse: ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`);
    }
    const visit = (n: ts.Node) => {
      if (ts.isIdentifier(n) && n.text === SENTINEL) {
        out.push(`spec text became code in ${path}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`);
      }
      ts.forEachChild(n, visit);
    };
    if (text.includes(SENTINEL)) visit(sf);
  }
  return out;
}

async function quietly<T>(fn: () => Promise<T>): Promise<{ value: T; stderr: string }> {
  const out = process.stdout.write;
  const err = process.stderr.write;
  let stderr = "";
  process.stdout.write = (() => true) as typeof process.stdout.write;
  process.stderr.write = ((chunk: unknown) => {
    stderr += String(chunk);
    return true;
  }) as typeof process.stderr.write;
  try {
    return { value: await fn(), stderr };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
}

export interface RunOptions {
  /** A scratch folder for this case (created, then removed). */
  dir: string;
  /** File extension of the spec text (`yaml` or `json`). */
  ext: string;
  /** Also run the CLI (format, compile, atomic write) into a copy of this package folder. */
  fullInto?: string;
}

/** Runs one spec text through the generator and judges the outcome. */
export async function runCase(text: string, opts: RunOptions): Promise<Outcome> {
  const started = performance.now();
  const problems: string[] = [];
  let crash: Outcome["crash"];
  let result: Outcome["result"] = "refused";
  mkdirSync(opts.dir, { recursive: true });
  const file = join(opts.dir, `spec.${opts.ext}`);
  writeFileSync(file, text);
  const diagnostics = new Diagnostics();
  try {
    const front = await runFrontEnd({ inputs: [file], overlays: [], output: join(opts.dir, "unused") }, diagnostics);
    const files = emitPackage(front.api);
    problems.push(...codeProblems(files));
    result = "generated";
  } catch (e) {
    if (!(e instanceof GeneratorError)) {
      crash = {
        where: whereOf(e),
        message: String((e as Error)?.message ?? e)
          .split("\n")[0]!
          .slice(0, 300),
      };
      problems.push(`crash at ${crash.where}: ${crash.message}`);
    }
  }
  for (const d of diagnostics.items) {
    const p = placeless(d);
    if (p) problems.push(p);
  }
  if (opts.fullInto && !crash) problems.push(...(await fullRun(file, opts.fullInto, opts.dir)));
  rmSync(opts.dir, { recursive: true, force: true });
  return {
    result: problems.length ? "failed" : result,
    problems: [...new Set(problems)],
    ...(crash ? { crash } : {}),
    ms: performance.now() - started,
  };
}

/** The CLI into a folder holding a package: untouched on failure, a package on success. */
async function fullRun(file: string, pristine: string, dir: string): Promise<string[]> {
  const out = join(dir, "out");
  cpSync(pristine, out, { recursive: true });
  const before = readTree(out);
  let code: number;
  let stderr: string;
  try {
    ({ value: code, stderr } = await quietly(() => main(["--spec", file, "--out", out, "--quiet"])));
  } catch (e) {
    return [`CLI crash at ${whereOf(e)}: ${String((e as Error)?.message ?? e).split("\n")[0]}`];
  }
  const after = readTree(out);
  const problems: string[] = [];
  if (/\[object Object\]/.test(stderr)) problems.push("CLI output says [object Object]");
  if (code !== 0) {
    const same = after.size === before.size && [...before].every(([p, t]) => after.get(p) === t);
    if (!same) problems.push("the output folder changed although generation failed");
  } else if (!after.has("package.json") || !after.has("dist/esm/index.js")) {
    problems.push("CLI succeeded but the output folder holds no package");
  }
  return problems;
}
