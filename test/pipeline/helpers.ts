/** Helpers for the pipeline tests: input specs under test/specs, source lines, errors, and running the CLI in-process. */
import { readFileSync } from "node:fs";
import { isAbsolute, join, relative, resolve } from "node:path";
import { expect, vi } from "vitest";
import { main } from "../../generator/cli.js";
import { Diagnostics, GeneratorError, type Diagnostic } from "../../generator/diagnostics.js";
import { loadInputs } from "../../generator/load/files.js";
import { mergeDocuments } from "../../generator/load/merge.js";
import { runFrontEnd } from "../../generator/pipeline.js";
import type { PartialConfig } from "../../generator/config.js";
import { ROOT } from "../helpers/project.js";

export const SPECS = join(ROOT, "test/specs");

/** Absolute path of a spec under test/specs. */
export function spec(rel: string): string {
  return join(SPECS, rel);
}

/** How diagnostics name a file: relative to the working directory (the repository root when vitest runs). */
export function shown(abs: string): string {
  const rel = relative(process.cwd(), abs);
  return rel && !rel.startsWith("..") ? rel : abs;
}

/** 1-based line of the `nth` (1-based) line of a file that contains `needle`; fails the test when absent. */
export function lineOf(path: string, needle: string, nth = 1): number {
  const lines = readFileSync(path, "utf8").split("\n");
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.includes(needle) && ++seen === nth) return i + 1;
  }
  throw new Error(`${path} has no line ${nth} containing ${JSON.stringify(needle)}`);
}

/** 1-based column of `needle` on the given 1-based line. */
export function columnOf(path: string, line: number, needle: string): number {
  const text = readFileSync(path, "utf8").split("\n")[line - 1]!;
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`${path}:${line} does not contain ${JSON.stringify(needle)}`);
  return i + 1;
}

/** Runs `fn` and returns the GeneratorError it throws (fails the test if it throws nothing or something else). */
export async function generatorError(fn: () => unknown): Promise<GeneratorError> {
  try {
    await fn();
  } catch (e) {
    expect(e).toBeInstanceOf(GeneratorError);
    return e as GeneratorError;
  }
  throw new Error("expected a GeneratorError, but nothing was thrown");
}

/** The only error diagnostic of a GeneratorError (fails unless there is exactly one). */
export function onlyError(e: GeneratorError): Diagnostic {
  const errors = e.diagnostics.filter((d) => d.severity === "error");
  expect(errors, JSON.stringify(errors, null, 2)).toHaveLength(1);
  return errors[0]!;
}

/** Diagnostics with a given code. */
export function withCode(items: readonly Diagnostic[], code: string): Diagnostic[] {
  return items.filter((d) => d.code === code);
}

/** Loads and merges spec files (paths under test/specs or absolute). */
export async function loadAndMerge(files: string[], diagnostics = new Diagnostics()) {
  const docs = await loadInputs(
    files.map((f) => (isAbsolute(f) ? f : spec(f))),
    diagnostics,
  );
  return { ...mergeDocuments(docs, diagnostics), diagnostics };
}

/** Runs load → IR on specs under test/specs. */
export function frontEnd(files: string | string[], extra: Omit<PartialConfig, "inputs"> = {}, diagnostics = new Diagnostics()) {
  const inputs = (Array.isArray(files) ? files : [files]).map((f) => (isAbsolute(f) ? f : spec(f)));
  return runFrontEnd({ ...extra, inputs, overlays: (extra.overlays ?? []).map((o) => (isAbsolute(o) ? o : spec(o))) }, diagnostics);
}

export class ExitCalled extends Error {
  constructor(readonly code: number | undefined) {
    super(`process.exit(${code})`);
  }
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI's `main(argv)` in-process, capturing stdout/stderr. `process.exit` (used for usage errors) is turned into
 * the exit code it was called with.
 */
export async function runCli(argv: string[]): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const out = vi.spyOn(process.stdout, "write").mockImplementation((chunk: any) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, "write").mockImplementation((chunk: any) => {
    stderr += String(chunk);
    return true;
  });
  const exit = vi.spyOn(process, "exit").mockImplementation(((code?: number) => {
    throw new ExitCalled(code);
  }) as any);
  try {
    const code = await main(argv);
    return { code, stdout, stderr };
  } catch (e) {
    if (e instanceof ExitCalled) return { code: e.code ?? 0, stdout, stderr };
    throw e;
  } finally {
    out.mockRestore();
    err.mockRestore();
    exit.mockRestore();
  }
}

/** A file name as written in a snapshot: relative to the repository root, with forward slashes. */
export function portable(file: string): string {
  return file
    .split(", ")
    .map((f) => relative(ROOT, resolve(process.cwd(), f)).split("\\").join("/"))
    .join(", ");
}
