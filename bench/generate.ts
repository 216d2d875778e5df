/**
 * `npm run bench:generate [-- N] [options]`: generation speed and memory, ours ÷ @hey-api/openapi-ts, and linearity.
 *
 * Generates spec/cohere (its generator config) and each spec in test/corpus/big/ with our CLI (the full built
 * package: sources, dist/esm, dist/cjs, .d.ts, type-check gate) and, in the same run, with hey-api (TypeScript
 * sources only, fetch client). Every run is its own child process; reports median wall time and peak RSS of the
 * child's process tree over N runs (default 3), and the ratios ours ÷ hey-api. hey-api cannot load GitHub offline,
 * so GitHub is compared with hey-api's Stripe figures. Then generates a synthetic spec (bench/gen/synthetic.ts) at
 * 1×, 2×, 4×, 8× (× --unit resource groups) plus a one-operation floor, and fits the exponent of wall time and
 * emitted bytes against size. Prints tables; writes its section of bench/RESULTS.md. Exits 0 whether or not the
 * targets are met (1 only on a usage error or when nothing could be measured).
 *
 * Options:
 *   N | --runs N        runs per spec and tool (default 3; 1 for a smoke run)
 *   --only a,b          cohere, cohere-full, github, openai, stripe, synthetic (default: all)
 *   --scales 1,2,4,8    synthetic sizes, in units (default 1,2,4,8)
 *   --unit G            resource groups per unit (default 16; 5 operations each)
 *   --no-hey-api        skip hey-api (no ratios)
 *   --skip t:k,…        skip tool t (ours | hey-api) on spec k (a name above, or *), e.g. ours:openai
 *   --timeout S         per-run limit in seconds (default 1200); a run over it is killed and reported
 *   --no-results        do not write bench/RESULTS.md
 *   --keep              keep the temporary folder (generated outputs of the last run, synthetic specs)
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { basename, dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { powerFit } from "./gen/fit.js";
import { hasGnuTime, runMeasured, type RunResult } from "./gen/measure.js";
import { withReadmeSummary, writeGenerationSection } from "./gen/results-file.js";
import { OPERATIONS_PER_GROUP, syntheticSpec } from "./gen/synthetic.js";
import {
  configInputs,
  heyApiEntry,
  heyApiFirstError,
  heyApiVersion,
  oursFirstError,
  toolCommand,
  toolEntry,
  type Input,
  type ToolName,
} from "./gen/tools.js";
import { quantile } from "./http.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CONFIG = join(ROOT, "spec/cohere/generator.yaml");
const BIG = join(ROOT, "test/corpus/big");
const RESULTS = join(ROOT, "bench/RESULTS.md");
const README = join(ROOT, "README.md");
const TARGET_RATIO = 1.0;
const AIM_RATIO = 0.5;
const TARGET_EXPONENT = 1.1;
const log = (m: string): void => void process.stderr.write(`[bench:generate] ${m}\n`);

// ── Arguments ─────────────────────────────────────────────────────────────────────────────────────────────────────
function usage(message: string): never {
  process.stderr.write(
    `error: ${message}\nusage: npm run bench:generate -- [N] [--only a,b] [--scales 1,2,4,8] [--unit G] ` +
      `[--no-hey-api] [--skip tool:name,…] [--timeout S] [--no-results] [--keep]\n`,
  );
  process.exit(1);
}
const { values: opts, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        runs: { type: "string" },
        only: { type: "string" },
        scales: { type: "string" },
        unit: { type: "string" },
        "no-hey-api": { type: "boolean", default: false },
        skip: { type: "string" },
        timeout: { type: "string" },
        "no-results": { type: "boolean", default: false },
        keep: { type: "boolean", default: false },
      },
    });
  } catch (e) {
    usage((e as Error).message);
  }
})();
const int = (s: string | undefined, name: string, dflt: number, min: number): number => {
  if (s === undefined) return dflt;
  const n = Number(s);
  if (!Number.isInteger(n) || n < min) usage(`${name} must be an integer ≥ ${min}, got ${s}`);
  return n;
};
if (positionals.length > 1 || (positionals.length && opts.runs)) usage("give the number of runs once");
const RUNS = int(opts.runs ?? positionals[0], "runs", 3, 1);
const UNIT = int(opts.unit, "--unit", 16, 1);
const TIMEOUT_S = int(opts.timeout, "--timeout", 1200, 1);
const SCALES = (opts.scales ?? "1,2,4,8").split(",").map((s) => int(s.trim(), "--scales", 1, 1));
const KEYS = ["cohere", "cohere-full", "github", "openai", "stripe", "synthetic"];
const ONLY = opts.only ? opts.only.split(",").map((s) => s.trim()) : KEYS;
for (const k of ONLY) if (!KEYS.includes(k)) usage(`--only: unknown name ${k} (known: ${KEYS.join(", ")})`);
const HEY = !opts["no-hey-api"];
const SKIP = (opts.skip ?? "")
  .split(",")
  .map((s) => s.trim())
  .filter(Boolean)
  .map((s) => {
    const [tool, key] = s.split(":");
    if ((tool !== "ours" && tool !== "hey-api") || !key || (key !== "*" && !KEYS.includes(key)))
      usage(`--skip: expected tool:name, got ${s}`);
    return { tool, key };
  });
const skipped = (tool: ToolName, key: string): boolean =>
  SKIP.some((s) => s.tool === tool && (s.key === "*" || s.key === key || (s.key === "synthetic" && key.startsWith("synthetic-"))));

// ── What is generated ─────────────────────────────────────────────────────────────────────────────────────────────
interface Job {
  key: string;
  label: string;
  input: Input;
  inputBytes: number;
  tools: ToolName[];
  /** hey-api cannot generate this spec offline: its ratio uses another job's hey-api figures. */
  heyFrom?: string;
  /** Synthetic: resource groups in the spec (0 = the one-operation floor). */
  copies?: number;
}

const LOAD_START = loadavg()[0]!.toFixed(2); // 1-minute load: how shared the machine was
const TMP = mkdtempSync(join(tmpdir(), "bench-generate-"));
const size = (files: string[]): number => files.reduce((n, f) => n + statSync(f).size, 0);
const tools: ToolName[] = HEY ? ["ours", "hey-api"] : ["ours"];

function jobs(): Job[] {
  const out: Job[] = [];
  if (ONLY.includes("synthetic")) {
    mkdirSync(join(TMP, "specs"), { recursive: true });
    for (const scale of [0, ...SCALES.filter((s, i, a) => a.indexOf(s) === i).sort((a, b) => a - b)]) {
      const copies = scale * UNIT;
      const file = join(TMP, "specs", `synthetic-${scale}x.json`);
      writeFileSync(file, JSON.stringify(syntheticSpec(copies), null, 2) + "\n");
      const label = scale === 0 ? "synthetic floor (1 operation)" : `synthetic ${scale}× (${copies * OPERATIONS_PER_GROUP} operations)`;
      out.push({ key: `synthetic-${scale}x`, label, input: { spec: file, files: [file] }, inputBytes: size([file]), tools, copies });
    }
  }
  if (ONLY.includes("cohere")) {
    const files = configInputs(CONFIG);
    out.push({ key: "cohere", label: "spec/cohere (config)", input: { config: CONFIG, files }, inputBytes: size(files), tools });
  }
  // [key, file, hey-api compared with this job's figures instead]
  const big: Array<[string, string, string?]> = [
    ["cohere-full", "cohere-openapi.yaml"],
    ["github", "github-api.json", "stripe"],
    ["openai", "openai-openapi.yaml"],
    ["stripe", "stripe-spec3.yaml"],
  ];
  for (const [key, file, heyFrom] of big) {
    if (!ONLY.includes(key)) continue;
    const path = join(BIG, file);
    const heyFiles = key === "cohere-full" ? [withoutUnpublishedSnippets(path)] : [path];
    out.push({
      key,
      label: file,
      input: { spec: path, files: heyFiles },
      inputBytes: size([path]),
      tools: heyFrom ? ["ours"] : tools,
      heyFrom: HEY ? heyFrom : undefined,
    });
  }
  for (const job of out) job.tools = job.tools.filter((t) => !skipped(t, job.key));
  return out;
}

/**
 * Full Cohere's x-fern-examples code samples `$ref` files under ./snippets/ that were never published with the spec.
 * hey-api stops at the first one ("Input file not found") and writes nothing, so it gets a copy in which those seven
 * lines are renamed to an extension key; the schemas and operations are untouched. Ours gets the original.
 */
function withoutUnpublishedSnippets(path: string): string {
  const copy = join(TMP, "specs", `hey-api-${basename(path)}`);
  mkdirSync(dirname(copy), { recursive: true });
  writeFileSync(copy, readFileSync(path, "utf8").replace(/^(\s*)\$ref: (\.\/snippets\/\S+)$/gm, "$1x-unpublished-snippet: $2"));
  return copy;
}

// ── Running ───────────────────────────────────────────────────────────────────────────────────────────────────────
interface OutputStats {
  files: number;
  bytes: number;
  /** Our package: bytes under src/ and under dist/ (hey-api writes sources only). */
  src: number;
  dist: number;
  hasEsm: boolean;
  hasCjs: boolean;
  hasDts: boolean;
}
interface Series {
  runs: RunResult[];
  failed?: string;
  output?: OutputStats;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p));
    else if (e.isFile()) out.push(p);
  }
  return out;
}

function outputStats(dir: string): OutputStats | undefined {
  let files: string[];
  try {
    files = walk(dir);
  } catch {
    return undefined;
  }
  if (!files.length) return undefined;
  const rel = files.map((f) => relative(dir, f));
  const bytesUnder = (prefix: string): number =>
    files.filter((_, i) => rel[i]!.startsWith(prefix)).reduce((n, f) => n + statSync(f).size, 0);
  return {
    files: files.length,
    bytes: size(files),
    src: bytesUnder("src/"),
    dist: bytesUnder("dist/"),
    hasEsm: rel.some((r) => r.startsWith("dist/esm/") && r.endsWith(".js")),
    hasCjs: rel.some((r) => r.startsWith("dist/cjs/") && r.endsWith(".js")),
    hasDts: rel.some((r) => r.startsWith("dist/") && r.endsWith(".d.ts")),
  };
}

const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" };
delete env.NODE_OPTIONS; // each child gets exactly the flags in its command line

async function runOnce(job: Job, tool: ToolName, round: number): Promise<RunResult> {
  const outDir = join(TMP, "out", `${job.key}-${tool}`);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(TMP, "out"), { recursive: true });
  const { command, args } = toolCommand(tool, job.input, outDir, ROOT);
  const r = await runMeasured(command, args, {
    cwd: ROOT,
    env,
    timeoutMs: TIMEOUT_S * 1000,
    firstError: tool === "ours" ? oursFirstError : heyApiFirstError,
  });
  const stats = r.ok ? outputStats(outDir) : undefined;
  if (r.ok && !stats) {
    const why = (tool === "ours" ? oursFirstError : heyApiFirstError)(r.stdout, r.stderr);
    Object.assign(r, { ok: false, error: `exit 0 but no output written: ${why}` });
  }
  const s = series(job.key, tool);
  if (stats) s.output = stats;
  if (!opts.keep || round < RUNS - 1) rmSync(outDir, { recursive: true, force: true });
  return r;
}

const results = new Map<string, Series>();
function series(key: string, tool: ToolName): Series {
  const id = `${key}/${tool}`;
  if (!results.has(id)) results.set(id, { runs: [] });
  return results.get(id)!;
}

// ── Formatting ────────────────────────────────────────────────────────────────────────────────────────────────────
const median = (xs: number[]): number => (xs.length ? quantile(xs, 0.5) : Number.NaN);
const secs = (ms: number): string => (Number.isNaN(ms) ? "—" : ms < 10_000 ? `${(ms / 1000).toFixed(2)} s` : `${(ms / 1000).toFixed(1)} s`);
const mib = (b: number): string => (Number.isNaN(b) ? "—" : `${(b / 2 ** 20).toFixed(0)} MiB`);
const mb = (b: number): string => (b < 1e6 ? `${(b / 1e3).toFixed(1)} kB` : `${(b / 1e6).toFixed(2)} MB`);
const times = (x: number): string => (Number.isFinite(x) ? `${x.toFixed(2)}×` : "—");
const pass = (x: number): string => (!Number.isFinite(x) ? "—" : x <= TARGET_RATIO ? (x <= AIM_RATIO ? "PASS (aim)" : "PASS") : "FAIL");
type Row = string[];

function table(head: Row, rows: Row[]): { text: string; md: string } {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: Row): string =>
    r
      .map((c, i) => c.padEnd(w[i]!))
      .join("  ")
      .trimEnd();
  const text = [line(head), w.map((n) => "─".repeat(n)).join("  "), ...rows.map(line)].join("\n");
  const md = [head, head.map(() => "---"), ...rows].map((r) => `| ${r.map((c) => c.replace(/\|/g, "\\|")).join(" | ")} |`).join("\n");
  return { text, md };
}

interface Summary {
  wall: number;
  rss: number;
  cpu: number;
  n: number;
  failed?: string;
  output?: OutputStats;
}
function summary(key: string, tool: ToolName): Summary | undefined {
  const s = results.get(`${key}/${tool}`);
  if (!s) return undefined;
  const ok = s.runs.filter((r) => r.ok);
  return {
    wall: median(ok.map((r) => r.wallMs)),
    rss: median(ok.map((r) => r.peakRss)),
    cpu: median(ok.map((r) => r.cpuMs)),
    n: ok.length,
    failed: s.failed,
    output: s.output,
  };
}

function outputCell(o: OutputStats | undefined, tool: ToolName): string {
  if (!o) return "—";
  if (tool === "hey-api") return `${o.files} files, ${mb(o.bytes)}`;
  const parts = [o.hasEsm && "esm", o.hasCjs && "cjs", o.hasDts && "d.ts"].filter(Boolean).join("+");
  return `${o.files} files, ${mb(o.bytes)} (src ${mb(o.src)}, dist ${mb(o.dist)}: ${parts || "no dist"})`;
}

/** Failed runs, listed in full under the table; the cell holds a number and the start of the line. */
const failures: string[] = [];
function failure(label: string, tool: ToolName, error: string): string {
  const line = `${label} · ${tool}: ${error}`;
  let n = failures.indexOf(line);
  if (n < 0) n = failures.push(line) - 1;
  const head = error.replace(/^exit \d+: /, "");
  return `FAILED [${n + 1}]: ${head.length > 60 ? head.slice(0, 59) + "…" : head}`;
}

function mainTable(all: Job[]): { text: string; md: string } {
  const head = [
    "Spec",
    "Input",
    "Ours wall",
    "Ours peak RSS",
    "hey-api wall",
    "hey-api peak RSS",
    "Wall ÷",
    "RSS ÷",
    "CPU ÷ (check)",
    "Wall ≤ 1.0",
    "RSS ≤ 1.0",
    "Ours output",
    "hey-api output",
  ];
  const rows: Row[] = [];
  for (const job of all) {
    const ours = summary(job.key, "ours") ?? { wall: NaN, rss: NaN, cpu: NaN, n: 0, failed: undefined, output: undefined };
    const heyKey = job.heyFrom ?? job.key;
    const hey = HEY ? summary(heyKey, "hey-api") : undefined;
    const via = job.heyFrom ? ` (${heyKey}'s)` : "";
    const heyFailed = hey?.failed ? failure(heyKey === job.key ? job.label : heyKey, "hey-api", hey.failed) : undefined;
    if (ours.failed) {
      rows.push([
        job.label,
        mb(job.inputBytes),
        failure(job.label, "ours", ours.failed),
        "—",
        heyFailed ?? secs(hey?.wall ?? NaN) + via,
        heyFailed ? "—" : mib(hey?.rss ?? NaN) + via,
        "—",
        "—",
        "—",
        "FAIL",
        "FAIL",
        "—",
        job.heyFrom ? `(${heyKey}'s)` : outputCell(hey?.output, "hey-api"),
      ]);
      continue;
    }
    const [rw, rr, rc] = hey && !hey.failed ? [ours.wall / hey.wall, ours.rss / hey.rss, ours.cpu / hey.cpu] : [NaN, NaN, NaN];
    rows.push([
      job.label,
      mb(job.inputBytes),
      job.tools.includes("ours") ? secs(ours.wall) : "not run",
      mib(ours.rss),
      heyFailed ?? (hey ? secs(hey.wall) + via : "not run"),
      heyFailed || !hey ? "—" : mib(hey.rss) + via,
      times(rw),
      times(rr),
      times(rc),
      pass(rw),
      pass(rr),
      outputCell(ours.output, "ours"),
      job.heyFrom ? `(${heyKey}'s)` : outputCell(hey?.output, "hey-api"),
    ]);
  }
  return table(head, rows);
}

function runsTable(all: Job[]): { text: string; md: string } {
  const head = ["Spec", "Tool", "Wall per run", "Peak RSS per run", "CPU per run", "Processes"];
  const rows: Row[] = [];
  for (const job of all) {
    for (const tool of job.tools) {
      const s = results.get(`${job.key}/${tool}`);
      if (!s) continue;
      const each = (f: (r: RunResult) => string): string => s.runs.map((r) => (r.ok ? f(r) : "failed")).join(", ");
      rows.push([
        job.label,
        tool,
        each((r) => secs(r.wallMs)),
        each((r) => mib(r.peakRss)),
        each((r) => secs(r.cpuMs)),
        String(Math.max(0, ...s.runs.map((r) => r.maxProcs))),
      ]);
    }
  }
  return table(head, rows);
}

/**
 * PASS/FAIL on the above-floor exponent, unless the figures above the floor do not grow with the size at all: then
 * the machine's noise is larger than the cost being measured and the exponent means nothing (NOISY).
 */
function verdict(fit: ReturnType<typeof powerFit>, aboveFloor: number[]): string {
  if (aboveFloor.some((y) => Number.isNaN(y))) return "n/a (a size or the floor failed)";
  const growing = aboveFloor.every((y, i) => y > 0 && (i === 0 || y > aboveFloor[i - 1]!));
  if (!growing) return "NOISY (not growing with size)";
  if (!fit) return "n/a";
  return fit.exponent <= TARGET_EXPONENT ? "PASS" : "FAIL";
}

function linearityTable(all: Job[]): { text: string; md: string } | undefined {
  const syn = all.filter((j) => j.copies !== undefined);
  const floor = syn.find((j) => j.copies === 0);
  const scaled = syn.filter((j) => j.copies! > 0);
  if (scaled.length < 2) return undefined;
  const head = [
    "Series",
    ...scaled.map((j) => j.label.replace(/ \(.*/, "")),
    "Floor",
    "Exponent",
    "Exponent above floor",
    "Target",
    "Result",
  ];
  const rows: Row[] = [];
  const metric = (tool: ToolName, name: string, get: (s: Summary) => number, fmt: (x: number) => string, judged: boolean): void => {
    if (!scaled.some((j) => results.has(`${j.key}/${tool}`))) return;
    const ys = scaled.map((j) => {
      const s = summary(j.key, tool);
      return s && !s.failed ? get(s) : NaN;
    });
    const f = floor && summary(floor.key, tool);
    const y0 = f && !f.failed ? get(f) : NaN;
    const xs = scaled.map((j) => j.copies!);
    const raw = powerFit(xs, ys);
    const above = Number.isFinite(y0)
      ? powerFit(
          xs,
          ys.map((y) => y - y0),
        )
      : undefined;
    const fmtFit = (p: ReturnType<typeof powerFit>): string => (p ? `${p.exponent.toFixed(2)} (R² ${p.r2.toFixed(3)})` : "n/a");
    rows.push([
      `${tool}: ${name}`,
      ...ys.map((y) => (Number.isFinite(y) ? fmt(y) : "failed")),
      Number.isFinite(y0) ? fmt(y0) : "—",
      fmtFit(raw),
      fmtFit(above),
      judged ? `≤ ${TARGET_EXPONENT}` : "—",
      judged
        ? verdict(
            above,
            ys.map((y) => y - y0),
          )
        : "—",
    ]);
  };
  for (const tool of tools) {
    const judged = tool === "ours";
    metric(tool, "wall time", (s) => s.wall, secs, judged);
    if (hasGnuTime()) metric(tool, "CPU time (check)", (s) => s.cpu, secs, false);
    metric(tool, "emitted bytes", (s) => s.output?.bytes ?? NaN, mb, judged);
    metric(tool, "peak RSS", (s) => s.rss, mib, false);
  }
  return table(head, rows);
}

/** The README's table: ratios of this run, its command, the machine's load, and the linearity exponent. */
function readmeSummary(all: Job[], when: string): string {
  const rows: Row[] = [];
  for (const job of all) {
    const ours = summary(job.key, "ours");
    const heyKey = job.heyFrom ?? job.key;
    const hey = summary(heyKey, "hey-api");
    const ok = ours && !ours.failed && hey && !hey.failed;
    const via = job.heyFrom ? ` (${heyKey}'s)` : "";
    rows.push([
      job.label,
      ok ? `**${times(ours.wall / hey.wall)}**` : "—",
      ok ? `**${times(ours.rss / hey.rss)}**` : "—",
      ok ? times(ours.cpu / hey.cpu) : "—",
      ours && !ours.failed ? `${secs(ours.wall)}, ${mib(ours.rss)}` : "failed",
      hey && !hey.failed ? `${secs(hey.wall)}, ${mib(hey.rss)}${via}` : "failed",
    ]);
  }
  const head = ["spec", "wall ÷ hey-api", "peak RSS ÷ hey-api", "CPU ÷ hey-api (check)", "ours: wall, peak RSS", "hey-api: wall, peak RSS"];
  const syn = all.filter((j) => j.copies);
  const floor = all.find((j) => j.copies === 0);
  const exponentOf = (get: (s: Summary) => number): string => {
    const value = (key: string): number => {
      const s = summary(key, "ours");
      return s && !s.failed ? get(s) : Number.NaN;
    };
    const y0 = floor ? value(floor.key) : Number.NaN;
    const p = powerFit(
      syn.map((j) => j.copies!),
      syn.map((j) => value(j.key) - y0),
    );
    return p ? p.exponent.toFixed(2) : "n/a";
  };
  return [
    `Last full run: \`npm run bench:generate -- ${process.argv.slice(2).join(" ") || String(RUNS)}\`, ${when}, ${RUNS} run(s) per spec and tool, on a`,
    `${cpus().length}-CPU machine shared with other work (load average ${LOAD_START} at the start, ${loadavg()[0]!.toFixed(2)} at the end).`,
    "Ratios are ours ÷ hey-api measured in the same run (written by the benchmark itself; re-running it replaces them).",
    "",
    table(head, rows).md,
    "",
    syn.length >= 2
      ? `Linearity (synthetic spec at ${syn.map((j) => j.label.replace(/^synthetic | \(.*$/g, "")).join(", ")}, one-operation floor subtracted): fitted exponent of wall time **${exponentOf((s) => s.wall)}**, of CPU time ${exponentOf((s) => s.cpu)} (the check when wall times are noisy), of emitted bytes **${exponentOf((s) => s.output?.bytes ?? Number.NaN)}** (target ≤ ${TARGET_EXPONENT}; verdict, NOISY included, in bench/RESULTS.md).`
      : "",
  ].join("\n");
}

// ── Main ──────────────────────────────────────────────────────────────────────────────────────────────────────────
async function main(): Promise<number> {
  const all = jobs();
  if (!all.length) usage("nothing selected");
  const heyVersion = HEY ? heyApiVersion(ROOT) : "";
  if (HEY) heyApiEntry(ROOT);
  log(
    `${all.length} spec(s) × ${RUNS} run(s); temp folder ${TMP}; peak RSS by /proc polling${hasGnuTime() ? " + GNU time" : " (no /usr/bin/time)"}`,
  );

  // Warm-up (untimed): run.mjs's cached bundle of the generator's sources, and both tools' start-up.
  for (const tool of tools) {
    const { command, args } = toolEntry(tool, ROOT);
    const r = await runMeasured(command, [...args, tool === "ours" ? "--help" : "--version"], {
      cwd: ROOT,
      env,
      timeoutMs: 120_000,
      firstError: oursFirstError,
    });
    if (!r.ok) log(`warm-up of ${tool} failed: ${r.error}`);
  }
  // and one untimed generation, as any earlier run on the install would: it fills the formatted runtime-core cache.
  const warmSpec = join(TMP, "warm-up.json");
  writeFileSync(warmSpec, JSON.stringify(syntheticSpec(0)));
  const warm = toolCommand("ours", { spec: warmSpec, files: [warmSpec] }, join(TMP, "warm-up-out"), ROOT);
  const w = await runMeasured(warm.command, warm.args, { cwd: ROOT, env, timeoutMs: 120_000, firstError: oursFirstError });
  if (!w.ok) log(`warm-up generation failed: ${w.error}`);
  rmSync(join(TMP, "warm-up-out"), { recursive: true, force: true });

  for (let round = 0; round < RUNS; round++) {
    for (const job of all) {
      const order = round % 2 === 0 ? job.tools : [...job.tools].reverse();
      for (const tool of order) {
        const s = series(job.key, tool);
        if (s.failed) continue; // a spec that fails is not retried
        const r = await runOnce(job, tool, round);
        s.runs.push(r);
        if (!r.ok) s.failed = r.error;
        log(
          `run ${round + 1}/${RUNS} ${job.label} · ${tool}: ${r.ok ? `${secs(r.wallMs)}, ${mib(r.peakRss)}, CPU ${secs(r.cpuMs)}` : `FAILED (${secs(r.wallMs)}): ${r.error}`}`,
        );
      }
    }
  }

  const main = mainTable(all);
  const runs = runsTable(all);
  const lin = linearityTable(all);
  const notes = [
    `- Ours: \`node generator/run.mjs (--config spec/cohere/generator.yaml | --spec <file>) --out <tmp> --quiet\` (npm run generate),`,
    "  the whole CLI run: load → IR → emit → Biome format → type-check gate → dist/esm (esbuild bundles) + dist/cjs, each",
    '  with .d.ts → atomic write. The "Ours output" column lists what the written package held.',
    `- hey-api: @hey-api/openapi-ts ${heyVersion}, \`node node_modules/@hey-api/openapi-ts/dist/run.mjs -i <files> -o <tmp>`,
    "  -c @hey-api/client-fetch --no-log-file` (default plugins @hey-api/typescript + @hey-api/sdk, fetch client).",
    "  Its output is TypeScript sources only (types.gen.ts, sdk.gen.ts, client/ and core/ runtime copies): no compiled",
    "  JavaScript, no .d.ts, no type-check, no formatter. spec/cohere: hey-api gets the config's nine documents (it merges",
    "  them) without our overlay.",
    "- cohere-openapi.yaml: its code samples `$ref` seven ./snippets/ files that were never published; hey-api stops at",
    "  the first (and writes nothing), so hey-api gets a copy with those seven `$ref` keys renamed (schemas untouched).",
    "- github-api.json: hey-api cannot load it offline (it fetches a URL found in example data), so its row is compared",
    "  with hey-api's Stripe figures (marked \"(stripe's)\").",
    `- Each run is a fresh child process (its own process group), ${RUNS} run(s) per spec and tool, tools alternating`,
    "  order every round, after an untimed warm-up of each tool (ours: --help, which builds run.mjs's bundle, and one",
    "  generation of a one-operation spec, which fills the cache of the compiled OpenAPI schema validator; spec code is never",
    "  cached). Wall: spawn to exit. Peak RSS: the largest sum of",
    "  VmRSS over the child's process tree, polled every 20 ms from /proc, never less than any process's VmHWM or GNU",
    "  time's maximum RSS. CPU: user + system of the tree (GNU time), a cross-check on a shared machine. Figures are",
    "  medians; ratios are ours ÷ hey-api of the medians. A spec a tool fails on is reported with its first error line",
    `  and not retried. Targets: ≤ ${TARGET_RATIO.toFixed(1)}× (aim ${AIM_RATIO}×).`,
    ...(lin
      ? [
          `- Linearity: bench/gen/synthetic.ts, k× = k·${UNIT} resource groups of ${OPERATIONS_PER_GROUP} operations (parameters, JSON`,
          "  bodies, nested objects, enums, date-time, $refs). Exponent: log-log least squares of the figure against the",
          '  number of groups. "Above floor" first subtracts the one-operation spec\'s figure (start-up, runtime files), the',
          `  fixed cost that would otherwise flatten the slope; the target (≤ ${TARGET_EXPONENT}) is judged on it. NOISY: the`,
          "  figures above the floor did not grow with the size (machine noise larger than the cost); run again.",
        ]
      : []),
  ];

  const when = new Date().toISOString().replace(/\.\d+Z$/, "Z");
  const partial =
    ONLY.length < KEYS.length || SCALES.join(",") !== "1,2,4,8" || SKIP.length || !HEY
      ? ` (partial run: ${process.argv.slice(2).join(" ")})`
      : "";
  const title = `Generation speed: ours ÷ @hey-api/openapi-ts ${heyVersion}, ${RUNS} run(s), ${when}${partial}`;
  const failed = failures.map((f, i) => `[${i + 1}] ${f}`);
  console.log(
    `\n${title}\n\n${main.text}\n${failed.length ? `\nFailures\n${failed.join("\n")}\n` : ""}${lin ? `\nLinearity\n${lin.text}\n` : ""}\nRuns\n${runs.text}\n\n${notes.join("\n")}\n`,
  );
  if (!opts["no-results"]) {
    const md = [
      "## Generation speed",
      "",
      `Generated by \`npm run bench:generate -- ${process.argv.slice(2).join(" ") || String(RUNS)}\` (bench/generate.ts) on ${when}${partial}.`,
      `Node ${process.version}, ${cpus().length} CPUs, load average ${LOAD_START} at the start and ${loadavg()[0]!.toFixed(2)} at the end;`,
      `ours ÷ @hey-api/openapi-ts ${heyVersion}.`,
      "",
      main.md,
      "",
      ...(failed.length
        ? ["Failures:", "", ...failed.map((f) => `- ${f.replace(/[<>]/g, (c) => (c === "<" ? "&lt;" : "&gt;"))}`), ""]
        : []),
      ...(lin ? ["### Linearity", "", lin.md, ""] : []),
      "### Runs",
      "",
      runs.md,
      "",
      "### Method",
      "",
      notes.join("\n"),
      "",
    ].join("\n");
    writeGenerationSection(RESULTS, md);
    log("bench/RESULTS.md: generation section written");
    if (!partial) {
      writeFileSync(README, withReadmeSummary(readFileSync(README, "utf8"), readmeSummary(all, when)));
      log("README.md: generation figures written");
    }
  }
  if (!opts.keep) rmSync(TMP, { recursive: true, force: true });
  else log(`kept ${TMP}`);
  const anyOk = [...results.values()].some((s) => s.runs.some((r) => r.ok));
  return anyOk ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`bench:generate: ${(e as Error).stack ?? e}\n`);
    if (!opts.keep) rmSync(TMP, { recursive: true, force: true });
    process.exit(1);
  },
);
