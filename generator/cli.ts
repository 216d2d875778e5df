/**
 * Command line: `npm run generate [-- <config|spec> | --spec <file|dir> --out <dir> …]`.
 * Exit codes: 0 success (warnings allowed), 1 errors in the input or generation, 2 usage errors.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { readConfigFile, type PartialConfig } from "./config.js";
import { Diagnostics, formatReport, GeneratorError } from "./diagnostics.js";
import type { Finished, Prepared } from "./finish.js";
import { displayName } from "./load/source-map.js";
import { prepareIsolated } from "./prepare-thread.js";
import { formatChangeReport, writeReport } from "./release/report.js";
import { provenanceDifferences, recordedProvenance } from "./release/provenance.js";
import type { Change } from "./release/types.js";
import { diffTree, writeAtomically } from "./write/atomic.js";
import { timed, timingReport } from "./timings.js";

const DEFAULT_CONFIG = "spec/cohere/generator.yaml";

const HELP = `Usage: npm run generate -- [config.yaml | spec] [options]

Generates a TypeScript SDK package from OpenAPI 3.0/3.1 or Swagger 2.0.

With no arguments, uses ${DEFAULT_CONFIG}. A positional argument is a generator config (a YAML file with an
\`inputs\` key) or a spec: an OpenAPI file (YAML/JSON), a folder of them, or a Markdown page with \`\`\`yaml blocks.

Options:
  --config <file>        generator config (see README › Config)
  --spec <path>          spec file, folder or Markdown page; repeatable (merged)
  --overlay <file>       OpenAPI Overlay 1.0 file applied after merging; repeatable
  --out <dir>            output folder (default: generated/<package name>)
  --name <package>       npm package name (default: from info.title)
  --package-version <v>  package version (default: 1.0.0)
  --client <Class>       client class name (default: <Title>Client)
  --base-url <url>       default base URL (default: the spec's first absolute server)
  --strict               refuse a document with defects (every validate/ warning becomes an error)
  --check                write nothing; exit 1 and list the files that would change (and say when the package
                         on disk came from a different spec or config)
  --report <file.json>   write the change report (changes, version, bump) as JSON
  --fail-on <level>      breaking | feature: exit 1 and write nothing when such a change is found (CI gate)
  --quiet                print only warnings and errors
  -h, --help             show this help
`;

function usage(message: string): never {
  process.stderr.write(`error: ${message}\n\n${HELP}`);
  process.exit(2);
}

/**
 * A positional YAML/JSON file is a generator config when it lists `inputs` at its top level and is not an OpenAPI
 * document: a spec names its version (`openapi:`/`swagger:`) and may well contain an `inputs` property somewhere (a
 * schema, an example), which must not make it a config.
 */
function isConfigFile(path: string): boolean {
  if (!/\.(ya?ml|json)$/i.test(path) || !existsSync(path)) return false;
  const text = readFileSync(path, "utf8");
  if (/^["']?(openapi|swagger)["']?\s*:/m.test(text) || /"(openapi|swagger)"\s*:/.test(text)) return false;
  return /^["']?inputs["']?\s*:/m.test(text) || /"inputs"\s*:/.test(text);
}

function parseCommandLine(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      config: { type: "string" },
      spec: { type: "string", multiple: true },
      overlay: { type: "string", multiple: true },
      out: { type: "string" },
      name: { type: "string" },
      "package-version": { type: "string" },
      client: { type: "string" },
      "base-url": { type: "string" },
      strict: { type: "boolean", default: false },
      check: { type: "boolean", default: false },
      report: { type: "string" },
      "fail-on": { type: "string" },
      quiet: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
}

type CliValues = ReturnType<typeof parseCommandLine>["values"];
type FailOn = "breaking" | "feature" | undefined;
/** The whole generation: the first half's result and the second's (files and change report). */
type Generated = Prepared & Finished;

export async function main(argv: string[]): Promise<number> {
  let args: ReturnType<typeof parseCommandLine>;
  try {
    args = parseCommandLine(argv);
  } catch (e) {
    usage((e as Error).message);
  }
  const { values, positionals } = args;
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (positionals.length > 1) usage(`expected at most one positional argument, got ${positionals.length}`);
  const failOn = values["fail-on"];
  if (failOn !== undefined && failOn !== "breaking" && failOn !== "feature") usage(`--fail-on takes breaking or feature, not "${failOn}"`);

  const diagnostics = new Diagnostics();
  try {
    const partial = configFromArgs(values, positionals[0]);
    // The second half's modules (esbuild, the release stage) load in this thread while the worker runs the first.
    const secondHalf = import("./finish.js");
    const prepared = await prepareIsolated(partial, diagnostics);
    const { finish } = await secondHalf;
    const result: Generated = { ...prepared, ...(await finish(prepared)) };
    printReports(result, diagnostics, values);
    const gate = failOn
      ? result.release.changes.filter((c) => c.kind === "breaking" || (failOn === "feature" && c.kind === "feature"))
      : [];
    if (values.check) return checkOutput(result, gate);
    return await writeOutput(result, gate, failOn);
  } catch (e) {
    if (e instanceof GeneratorError) {
      process.stderr.write(formatReport(e.diagnostics) + "\n");
      process.stderr.write(`Generation failed in ${e.stage}; nothing was written.\n`);
      return 1;
    }
    throw e;
  }
}

/** The config the arguments name (a config file, specs, or the default config), with the flags applied over it. */
function configFromArgs(values: CliValues, positional: string | undefined): PartialConfig {
  let partial: PartialConfig;
  const configPath = values.config ?? (positional && isConfigFile(positional) ? positional : undefined);
  const specs = [...(values.spec ?? []), ...(positional && !configPath ? [positional] : [])];
  if (configPath && specs.length) usage("give either a config or --spec, not both");
  if (configPath) partial = readConfigFile(configPath);
  else if (specs.length) partial = { inputs: specs.map((s) => resolve(s)), overlays: [] };
  else partial = readConfigFile(DEFAULT_CONFIG);
  if (values.overlay) partial.overlays = [...(partial.overlays ?? []), ...values.overlay.map((o) => resolve(o))];
  if (values.strict) partial.strict = true;
  if (values.out) partial.output = resolve(values.out);
  if (values.name) partial.package = { ...partial.package, name: values.name };
  if (values["package-version"]) partial.package = { ...partial.package, version: values["package-version"] };
  if (values.client) partial.client = { ...partial.client, className: values.client };
  if (values["base-url"])
    partial.client = { ...partial.client, baseUrl: values["base-url"], environments: { Default: values["base-url"] } };
  return partial;
}

/** The diagnostics and the change report on stderr (--quiet: no infos, and the change report only when something changed); the JSON report when asked. */
function printReports(result: Generated, diagnostics: Diagnostics, values: CliValues): void {
  const report = formatReport(values.quiet ? diagnostics.items.filter((d) => d.severity !== "info") : diagnostics.items);
  if (report) process.stderr.write(report + "\n");
  if (!values.quiet || result.release.changes.length)
    process.stderr.write(formatChangeReport(result.release, result.config.package.name) + "\n");
  if (values.report) writeReport(values.report, result.release);
}

/** `--check`: exit 1 listing the files that would change (and how the package on disk came about), or when the gate found changes. */
function checkOutput(result: Generated, gate: Change[]): number {
  const out = result.config.output;
  const changed = diffTree(out, result.files);
  if (changed.length) {
    const why = result.previous.size
      ? provenanceDifferences(recordedProvenance(result.previous.get("package.json")), result.provenance)
      : [];
    process.stderr.write(
      `${displayName(out)} is out of date (${changed.length} file(s) would change):\n${changed.map((c) => `  ${c}`).join("\n")}\n${why.map((w) => `The package on disk: ${w}.\n`).join("")}Run \`npm run generate\` and commit the result.\n`,
    );
    return 1;
  }
  if (gate.length) return 1;
  process.stderr.write(`${displayName(out)} is up to date (${result.files.size} files).\n`);
  return 0;
}

/** Writes the package atomically, unless the --fail-on gate found changes (then nothing is written and the exit code is 1). */
async function writeOutput(result: Generated, gate: Change[], failOn: FailOn): Promise<number> {
  if (gate.length) {
    process.stderr.write(
      `--fail-on ${failOn}: ${gate.length} ${failOn === "breaking" ? "breaking" : "breaking or feature"} change(s) found; nothing was written.\n`,
    );
    return 1;
  }
  const out = result.config.output;
  await timed("write", () => writeAtomically(out, result.files));
  const { resources, operations, types } = result.summary;
  process.stderr.write(
    `Wrote ${displayName(out)}: ${result.files.size} files, ${resources} resources, ${operations} operations, ${types} types.\n`,
  );
  return 0;
}

/** Runs the CLI and exits with its code (the entry of generator/run.mjs and of `tsx generator/cli.ts`). */
export function run(argv: string[]): Promise<never> {
  return main(argv).then(
    (code) => {
      const timings = timingReport();
      if (timings) process.stderr.write(timings + "\n");
      process.exit(code);
    },
    (e) => {
      process.stderr.write(`internal error: ${(e as Error).stack ?? e}\n`);
      process.exit(1);
    },
  );
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith("generator/cli.ts")) void run(process.argv.slice(2));
