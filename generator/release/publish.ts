/**
 * `npm run release -- --registry <url> [--tag <t>] [--dry-run] [config.yaml]`: publishes the generated package with
 * npm. Refuses (exit 1, nothing published) when:
 * - the version on disk is already in the registry;
 * - the output is stale: it came from another spec or config, or regenerating would change it (what `--check` says);
 * - the packed tarball fails publint (warnings count) or @arethetypeswrong/cli (profile node16: subpath exports
 *   are not for node10 resolution).
 * The tarball that passed the checks is the one published. Exit 2 on usage errors.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { type PartialConfig, readConfigFile } from "../config.js";
import { Diagnostics, formatReport, GeneratorError } from "../diagnostics.js";
import { displayName } from "../load/files.js";
import { type FrontEndResult, generate, runFrontEnd } from "../pipeline.js";
import { diffTree } from "../write/atomic.js";
import { provenanceDifferences, provenanceOf, recordedProvenance } from "./provenance.js";

const DEFAULT_CONFIG = "spec/cohere/generator.yaml";
const ATTW = fileURLToPath(new URL("../../node_modules/@arethetypeswrong/cli/dist/index.js", import.meta.url));

const HELP = `Usage: npm run release -- --registry <url> [--tag <tag>] [--dry-run] [config.yaml]

Publishes the generated package (default config: ${DEFAULT_CONFIG}) after checking that its version is not in the
registry yet, that it is what the current spec generates, and that its tarball passes publint and
@arethetypeswrong/cli. Credentials come from your npm config (an npmrc with an auth token line for the registry).

Options:
  --registry <url>   registry to publish to (required)
  --tag <tag>        dist-tag (default: latest)
  --dry-run          run every check and \`npm publish --dry-run\`; publish nothing
  -h, --help         show this help
`;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(cmd: string, args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      cwd,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, npm_config_update_notifier: "false", npm_config_fund: "false", npm_config_audit: "false" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

class Refusal extends Error {}

/** Whether `name@version` is in the registry (E404 means no; any other failure stops the release). */
async function published(name: string, version: string, registry: string, cwd: string): Promise<boolean> {
  const r = await run("npm", ["view", `${name}@${version}`, "version", "--json", "--registry", registry], cwd);
  if (r.code === 0) return r.stdout.trim() !== "" && r.stdout.includes(JSON.stringify(version));
  if (/E404|404 Not Found|is not in this registry/i.test(r.stdout + r.stderr)) return false;
  throw new Refusal(`could not ask ${registry} about ${name}@${version}:\n${(r.stderr || r.stdout).trim()}`);
}

/** publint and attw problems of a packed tarball, as lines (empty when it passes). */
export async function checkTarball(tarball: string, cwd: string): Promise<string[]> {
  const problems: string[] = [];
  const data = readFileSync(tarball);
  const { messages, pkg } = await publint({
    pack: { tarball: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer },
    level: "warning",
    strict: true,
  });
  for (const m of messages) problems.push(`publint ${m.type}: ${formatMessage(m, pkg, { color: false }) ?? m.code}`);
  const attw = await run(process.execPath, [ATTW, tarball, "--profile", "node16", "--format", "json"], cwd);
  if (attw.code !== 0) {
    let listed = false;
    try {
      const result = JSON.parse(attw.stdout);
      for (const p of result.problems ?? []) {
        listed = true;
        problems.push(`attw ${p.kind}${p.entrypoint ? ` (${p.entrypoint}${p.resolutionKind ? `, ${p.resolutionKind}` : ""})` : ""}`);
      }
    } catch {
      /* not JSON: reported below */
    }
    if (!listed) problems.push(`attw failed: ${(attw.stderr || attw.stdout).trim().slice(0, 2000)}`);
  }
  return problems;
}

function parseCommandLine(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      registry: { type: "string" },
      tag: { type: "string" },
      "dry-run": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
}

interface ReleaseOptions {
  registry: string;
  tag: string;
  dryRun: boolean;
  config: string;
}

export async function release(argv: string[]): Promise<number> {
  const options = releaseOptions(argv);
  if (typeof options === "number") return options;
  const work = mkdtempSync(join(tmpdir(), "sdk-release-"));
  try {
    await checkAndPublish(options, work);
    return 0;
  } catch (e) {
    if (e instanceof Refusal) {
      process.stderr.write(`release refused: ${e.message}\n`);
      return 1;
    }
    if (e instanceof GeneratorError) {
      process.stderr.write(formatReport(e.diagnostics) + "\nrelease refused: the spec does not generate.\n");
      return 1;
    }
    throw e;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The command line's options, or the exit code when it asks for help (0) or is wrong (2, with the help). */
function releaseOptions(argv: string[]): ReleaseOptions | number {
  let args: ReturnType<typeof parseCommandLine>;
  try {
    args = parseCommandLine(argv);
  } catch (e) {
    process.stderr.write(`error: ${(e as Error).message}\n\n${HELP}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (!values.registry || positionals.length > 1) {
    process.stderr.write(`error: ${values.registry ? "expected at most one config" : "--registry <url> is required"}\n\n${HELP}`);
    return 2;
  }
  return { registry: values.registry, tag: values.tag ?? "latest", dryRun: values["dry-run"], config: positionals[0] ?? DEFAULT_CONFIG };
}

/** Runs the checks in the module comment's order and publishes the tarball that passed them; a failed check throws a {@link Refusal}. */
async function checkAndPublish(options: ReleaseOptions, work: string): Promise<void> {
  const { registry } = options;
  const partial = readConfigFile(options.config);
  const front = await runFrontEnd(partial, new Diagnostics());
  const out = front.config.output;
  const where = displayName(out);
  if (!existsSync(join(out, "package.json"))) throw new Refusal(`${where} holds no package: run \`npm run generate\` first`);
  const pkgText = readFileSync(join(out, "package.json"), "utf8");
  const { name, version } = JSON.parse(pkgText) as { name: string; version: string };
  const id = `${name}@${version}`;

  if (await published(name, version, registry, out))
    throw new Refusal(`${id} is already in ${registry}: regenerate after a spec change (the version is bumped) or raise package.version`);
  await refuseStale(partial, front, pkgText);
  const tarball = await packChecked(out, work, id);

  const publishArgs = ["publish", tarball, "--registry", registry, "--tag", options.tag, "--ignore-scripts"];
  const pub = await run("npm", [...publishArgs, ...(options.dryRun ? ["--dry-run"] : [])], out);
  if (pub.code !== 0) throw new Refusal(`npm publish failed:\n${(pub.stderr || pub.stdout).trim()}`);
  process.stderr.write(`${options.dryRun ? "Dry run: would publish" : "Published"} ${id} to ${registry} (tag ${options.tag}).\n`);
}

/** Refuses a package that came from another spec or config (its recorded provenance), or that regenerating would change. */
async function refuseStale(partial: PartialConfig, front: FrontEndResult, pkgText: string): Promise<void> {
  const out = front.config.output;
  const where = displayName(out);
  const why = provenanceDifferences(recordedProvenance(pkgText), provenanceOf(front.doc, front.config));
  if (why.length) throw new Refusal(`${where} is stale: ${why.join("; ")}. Run \`npm run generate\` and commit the result.`);
  const fresh = await generate(partial, new Diagnostics());
  const changed = diffTree(out, fresh.files);
  if (changed.length)
    throw new Refusal(
      `${where} is stale (${changed.length} file(s) would change):\n${changed.map((c) => `  ${c}`).join("\n")}\nRun \`npm run generate\` and commit the result.`,
    );
}

/** Packs the package into `work` and returns the tarball, refusing when npm pack fails or the tarball fails publint or attw. */
async function packChecked(out: string, work: string, id: string): Promise<string> {
  const packed = await run("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", work], out);
  if (packed.code !== 0) throw new Refusal(`npm pack failed:\n${packed.stderr.trim()}`);
  const tarball = join(work, (JSON.parse(packed.stdout) as Array<{ filename: string }>)[0]!.filename);
  const problems = await checkTarball(tarball, out);
  if (problems.length) throw new Refusal(`the tarball of ${id} fails the package checks:\n${problems.map((p) => `  ${p}`).join("\n")}`);
  return tarball;
}

if (process.argv[1]?.endsWith("release/publish.ts")) {
  release(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e) => {
      process.stderr.write(`internal error: ${(e as Error).stack ?? e}\n`);
      process.exit(1);
    },
  );
}
