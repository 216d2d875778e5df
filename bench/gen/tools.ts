/**
 * The two generators as command lines. Both run as one `node` process with the same preload (the offline guard):
 *   ours:    node generator/run.mjs (--config <yaml> | --spec <file>) --out <dir> --quiet   (what `npm run generate` runs)
 *   hey-api: node node_modules/@hey-api/openapi-ts/dist/run.mjs -i <files…> -o <dir> -c @hey-api/client-fetch --no-log-file
 * (not -s: hey-api exits 0 when it cannot read its input, and its message is the only sign of why)
 * (hey-api's `bin/run.js` only re-spawns `dist/run.mjs`; running it directly spares a second node in the tree, as
 * running run.mjs with node instead of through npm does for ours.) Only our CLI is used, never the generator's
 * internals, so the benchmark keeps working whatever the pipeline looks like inside.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parse } from "yaml";

export type ToolName = "ours" | "hey-api";

/** What is generated: our CLI's input (a config or one spec file) and hey-api's input files. */
export interface Input {
  config?: string;
  spec?: string;
  /** The files hey-api is given (several: merged by hey-api into one output). */
  files: string[];
}

const ESC = String.fromCharCode(27);
const ANSI_COLOR = new RegExp(`${ESC}\\[[0-9;]*m`, "g");
const stripAnsi = (s: string): string => s.replace(ANSI_COLOR, "");
const lines = (s: string): string[] =>
  stripAnsi(s)
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);

/** The first error our CLI reports: the first item of its "Errors (n):" block (location, then code: message). */
export function oursFirstError(stdout: string, stderr: string): string {
  const all = lines(stderr + "\n" + stdout);
  const block = all.findIndex((l) => /^Errors \(\d+\):$/.test(l));
  if (block >= 0 && all[block + 1]) return [all[block + 1], all[block + 2]].filter(Boolean).join(" — ");
  return all.find((l) => /\berror\b/i.test(l)) ?? all.at(-1) ?? "(no output)";
}

/**
 * hey-api reports a failed job as `❌ <what>:` and the detail on the next line, and an unexpected error as an object
 * with `message: '…'`; the first of these (or the first error line) is the reason.
 */
export function heyApiFirstError(stdout: string, stderr: string): string {
  const text = stripAnsi(stderr + "\n" + stdout);
  const all0 = lines(text);
  const cross = all0.findIndex((l) => l.includes("❌"));
  if (cross >= 0) return [all0[cross]!.replace(/^.*❌\s*/, ""), all0[cross + 1]].filter(Boolean).join(" ");
  const msg = /message: '((?:[^'\\]|\\.)*)'/.exec(text)?.[1];
  if (msg) return msg.replace(/\\n/g, " ").replace(/\s+/g, " ").trim();
  const all = lines(text);
  return all.find((l) => /error/i.test(l) && !/JobError$/.test(l)) ?? all.at(-1) ?? "(no output)";
}

/** The spec files a generator config lists under `inputs` (resolved against the config's folder). */
export function configInputs(configPath: string): string[] {
  const config = parse(readFileSync(configPath, "utf8")) as { inputs?: unknown };
  if (!Array.isArray(config.inputs)) throw new Error(`${configPath}: no inputs list`);
  return config.inputs.map((p) => resolve(dirname(configPath), String(p)));
}

export interface Command {
  command: string;
  args: string[];
}

/** `node` with the preload and the tool's entry point: the part of the command line every run shares. */
export function toolEntry(tool: ToolName, root: string): Command {
  const offline = pathToFileURL(join(root, "bench/gen/offline.mjs")).href;
  return tool === "ours"
    ? { command: process.execPath, args: ["--import", offline, join(root, "generator/run.mjs")] }
    : { command: process.execPath, args: ["--import", offline, heyApiEntry(root)] };
}

export function toolCommand(tool: ToolName, input: Input, outDir: string, root: string): Command {
  const { command, args } = toolEntry(tool, root);
  if (tool === "ours") {
    const source = input.config ? ["--config", input.config] : ["--spec", input.spec!];
    return { command, args: [...args, ...source, "--out", outDir, "--quiet"] };
  }
  return { command, args: [...args, "-i", ...input.files, "-o", outDir, "-c", "@hey-api/client-fetch", "--no-log-file"] };
}

const heyApiDir = (root: string): string => join(root, "node_modules/@hey-api/openapi-ts");

export function heyApiEntry(root: string): string {
  const entry = join(heyApiDir(root), "dist/run.mjs");
  if (!existsSync(entry)) throw new Error(`@hey-api/openapi-ts: ${entry} not found (is the devDependency installed?)`);
  return entry;
}

export function heyApiVersion(root: string): string {
  return (JSON.parse(readFileSync(join(heyApiDir(root), "package.json"), "utf8")) as { version: string }).version;
}
