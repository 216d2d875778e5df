/**
 * `npm run bench`: our generated SDK (generated/cohere-ai) against raw fetch and the official cohere-ai SDK.
 *   1. v2.embed, 96 × 1536 floats (~1.9 MB JSON)   ours ÷ raw fetch + res.json()   target ≤ 1.10
 *   2. embedJobs.get (~330 B JSON)                  ours ÷ raw fetch + res.json()   target ≤ 1.05
 *   3. gzip -9 size of a minimal esbuild bundle                                      target ≤ 4096 B
 *   4. cold import in a fresh node, minus bare node                                  target ≤ +10 ms
 * Prints a table, writes the same to bench/RESULTS.md, and exits 0 whether or not the targets are met.
 * `npm run bench -- --bundle-only` measures only 3 (ours and official), prints it and writes nothing.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { bundleSize, type BundleResult } from "./bundle.js";
import { generationSection } from "./gen/results-file.js";
import { coldImport, type ColdSamples } from "./cold.js";
import { measure, pairedRatio, stat, type Samples, type Stat, type Variant } from "./http.js";
import { EMBED_DIMS, EMBED_TEXTS, startServer } from "./server.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const OURS_ENTRY = join(ROOT, "generated/cohere-ai/dist/esm/index.js");
const OFFICIAL = "cohere-ai-official";
const TOKEN = "bench-token";
const load = (specifier: string): Promise<any> => import(specifier);

// ── 1 + 2: HTTP timings ────────────────────────────────────────────────────────────────────────────────────────────
type Timings = { wall: Samples; cpu: Samples };

async function httpTimings(): Promise<{ embed: Timings; job: Timings; embedBytes: number; jobBytes: number }> {
  const server = await startServer();
  try {
    const ours = new (await load(pathToFileURL(OURS_ENTRY).href)).CohereClient({ token: TOKEN, baseUrl: server.url });
    const official = new (await load(OFFICIAL)).CohereClient({ token: TOKEN, environment: server.url });

    const texts = Array.from({ length: EMBED_TEXTS }, (_, i) => `benchmark document number ${i} about embeddings`);
    const request = { texts, model: "embed-v4.0", inputType: "search_document", embeddingTypes: ["float"] };
    const wire = { texts, model: "embed-v4.0", input_type: "search_document", embedding_types: ["float"] };
    const raw = async (path: string, init?: RequestInit): Promise<any> => {
      const res = await fetch(server.url + path, init);
      if (!res.ok) throw new Error(`raw ${path}: HTTP ${res.status}`);
      return res.json();
    };
    const rawEmbed = (): Promise<any> =>
      raw("/v2/embed", {
        method: "POST",
        headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" },
        body: JSON.stringify(wire),
      });
    const rawJob = (): Promise<any> => raw("/v1/embed-jobs/job-1", { headers: { authorization: `Bearer ${TOKEN}` } });

    const embed: Variant[] = [
      { name: "raw", call: rawEmbed },
      { name: "ours", call: () => ours.v2.embed(request) },
      { name: "official", call: () => official.v2.embed(request) },
    ];
    const job: Variant[] = [
      { name: "raw", call: rawJob },
      { name: "ours", call: () => ours.embedJobs.get("job-1") },
      { name: "official", call: () => official.embedJobs.get("job-1") },
    ];

    // Every variant must really get the data (never time an error path).
    for (const v of embed) {
      const f = ((await v.call()) as any)?.embeddings?.float;
      if (f?.length !== EMBED_TEXTS || f[0]?.length !== EMBED_DIMS) throw new Error(`${v.name} v2.embed: bad result`);
    }
    for (const v of job) {
      const r = (await v.call()) as any;
      if (!(r?.job_id ?? r?.jobId)) throw new Error(`${v.name} embedJobs.get: bad result`);
    }

    const embedT = await measure(embed, { warmup: 5, batch: 1, minRounds: 30, maxRounds: 300, maxSeconds: 40, gc: "major" });
    const jobT = await measure(job, {
      warmup: 300,
      batch: 40,
      minRounds: 30,
      maxRounds: 600,
      maxSeconds: 20,
      gc: "minor",
    });
    return { embed: embedT, job: jobT, embedBytes: server.embedBytes, jobBytes: server.jobBytes };
  } finally {
    server.close();
  }
}

// ── Report ─────────────────────────────────────────────────────────────────────────────────────────────────────────
const HEAD = [
  "Metric",
  "Ours",
  "Baseline",
  "Ours ÷ baseline",
  "Official",
  "Official ÷ baseline",
  "Target",
  "Result",
  "CPU-time check: ours ÷ baseline",
];
type Row = string[];
const ms = (x: number): string => (Math.abs(x) < 1 ? x.toFixed(3) : Math.abs(x) < 10 ? x.toFixed(2) : x.toFixed(1)) + " ms";
const plusMs = (x: number): string => (x < 0 ? `−${ms(-x)}` : `+${ms(x)}`);
const ratio = (x: number): string => x.toFixed(3);
const bytes = (x: number): string => (Number.isNaN(x) ? "n/a" : `${x.toLocaleString("en-US")} B`);
const pass = (ok: boolean): string => (ok ? "PASS" : "FAIL");
const range = (s: Stat, f: (x: number) => string): string => `${f(s.median)} [${f(s.p25)} – ${f(s.p75)}]`;
const spreadRow = (metric: string, series: string, s: Stat, f: (x: number) => string): Row => [metric, series, range(s, f), String(s.n)];

/** Main row (wall-time medians; the target is judged on the paired wall-time ratio) and spread rows. */
function httpRows(label: string, t: Timings, target: number): { row: Row; spread: Row[] } {
  const [raw, ours, off] = [stat(t.wall.raw!), stat(t.wall.ours!), stat(t.wall.official!)];
  const [rOurs, rOff] = [pairedRatio(t.wall.ours!, t.wall.raw!), pairedRatio(t.wall.official!, t.wall.raw!)];
  const [cOurs, cOff] = [pairedRatio(t.cpu.ours!, t.cpu.raw!), pairedRatio(t.cpu.official!, t.cpu.raw!)];
  return {
    row: [
      label,
      ms(ours.median),
      `raw fetch ${ms(raw.median)}`,
      ratio(rOurs.median),
      ms(off.median),
      ratio(rOff.median),
      `≤ ${target.toFixed(2)}`,
      pass(rOurs.median <= target),
      ratio(cOurs.median),
    ],
    spread: [
      spreadRow(label, "wall: raw fetch + res.json()", raw, ms),
      spreadRow(label, "wall: ours", ours, ms),
      spreadRow(label, "wall: official", off, ms),
      spreadRow(label, "wall: ours ÷ raw (per round)", rOurs, ratio),
      spreadRow(label, "wall: official ÷ raw (per round)", rOff, ratio),
      spreadRow(label, "CPU: raw fetch + res.json()", stat(t.cpu.raw!), ms),
      spreadRow(label, "CPU: ours ÷ raw (per round)", cOurs, ratio),
      spreadRow(label, "CPU: official ÷ raw (per round)", cOff, ratio),
    ],
  };
}

function table(head: Row, rows: Row[]): { text: string; md: string } {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: Row): string => r.map((c, i) => c.padEnd(w[i]!)).join("  ");
  const text = [line(head), w.map((n) => "─".repeat(n)).join("  "), ...rows.map(line)].join("\n");
  const md = [head, head.map(() => "---"), ...rows].map((r) => `| ${r.join(" | ")} |`).join("\n");
  return { text, md };
}

/** A section that could not run (e.g. the generated SDK is broken): reported, and the rest of the bench goes on. */
function failed(metric: string, e: unknown): { row: Row; spread: Row[] } {
  const first = String((e as Error)?.message ?? e).split("\n")[0] ?? "";
  const msg = `error: ${first.slice(0, 80)}`;
  return { row: [metric, msg, "—", "—", "—", "—", "—", "ERROR", "—"], spread: [] };
}

function coldRows(cold: ColdSamples): { row: Row; spread: Row[] } {
  const minusBare = (s: Samples, name: string): Stat => stat(s[name]!.map((t, i) => t - s.bare![i]!));
  const bare = stat(cold.wall.bare!);
  const [wOurs, wOff] = [minusBare(cold.wall, "ours"), minusBare(cold.wall, "official")];
  const [cOurs, cOff] = [minusBare(cold.cpu, "ours"), minusBare(cold.cpu, "official")];
  return {
    row: [
      "cold import − bare node",
      plusMs(wOurs.median),
      `bare node ${ms(bare.median)}`,
      "—",
      plusMs(wOff.median),
      "—",
      "≤ +10 ms",
      pass(wOurs.median <= 10),
      `${plusMs(cOurs.median)} CPU`,
    ],
    spread: [
      spreadRow("cold import", "wall: bare node", bare, ms),
      spreadRow("cold import", "wall: ours − bare (per run)", wOurs, plusMs),
      spreadRow("cold import", "wall: official − bare (per run)", wOff, plusMs),
      spreadRow("cold import", "CPU: bare node", stat(cold.cpu.bare!), ms),
      spreadRow("cold import", "CPU: ours − bare (per run)", cOurs, plusMs),
      spreadRow("cold import", "CPU: official − bare (per run)", cOff, plusMs),
      spreadRow("cold import", "import() alone: ours", stat(cold.importMs.ours!), ms),
      spreadRow("cold import", "import() alone: official", stat(cold.importMs.official!), ms),
    ],
  };
}

// ── Main ───────────────────────────────────────────────────────────────────────────────────────────────────────────
const started = performance.now();
const log = (m: string): void => console.error(`[bench ${((performance.now() - started) / 1000).toFixed(0)}s] ${m}`);

if (process.argv.includes("--bundle-only")) {
  for (const [name, r] of [
    ["ours", await bundleSize(OURS_ENTRY, ROOT, ["neutral", "browser"])],
    ["official", await bundleSize(OFFICIAL, ROOT, ["browser", "node"])],
  ] as const) {
    console.log(`${name}: platform ${r.platform}, minified ${r.minified} B, gzip -9 ${r.gzip} B${r.error ? ` (${r.error})` : ""}`);
    for (const { path, bytes } of r.contributors.slice(0, 8)) console.log(`  ${String(bytes).padStart(8)} B  ${path}`);
  }
  process.exit(0);
}

log("HTTP timings (v2.embed, embedJobs.get) …");
type Section = { row: Row; spread: Row[] };
const [e, j] = await httpTimings().then(
  (http): [Section, Section] => [
    httpRows(`v2.embed (${EMBED_TEXTS}×${EMBED_DIMS}, ${(http.embedBytes / 1e6).toFixed(2)} MB)`, http.embed, 1.1),
    httpRows(`embedJobs.get (${http.jobBytes} B)`, http.job, 1.05),
  ],
  (err): [Section, Section] => [failed(`v2.embed (${EMBED_TEXTS}×${EMBED_DIMS})`, err), failed("embedJobs.get", err)],
);

log("bundle sizes …");
const oursBundle = await bundleSize(OURS_ENTRY, ROOT, ["neutral", "browser"]);
const offBundle = await bundleSize(OFFICIAL, ROOT, ["browser", "node"]);

log("cold imports …");
const COLD_RUNS = 31;
let c: { row: Row; spread: Row[] };
try {
  const targets = [
    { name: "bare", specifier: null },
    { name: "ours", specifier: pathToFileURL(OURS_ENTRY).href },
    { name: "official", specifier: OFFICIAL },
  ];
  c = coldRows(coldImport(targets, COLD_RUNS, ROOT));
} catch (err) {
  c = failed("cold import − bare node", err);
}

const main = table(HEAD, [
  e.row,
  j.row,
  [
    "bundle, gzip -9",
    bytes(oursBundle.gzip),
    "—",
    "—",
    bytes(offBundle.gzip),
    "—",
    "≤ 4,096 B",
    oursBundle.error ? "ERROR" : pass(oursBundle.gzip <= 4096),
    "—",
  ],
  c.row,
]);
const spread = table(["Metric", "Series", "Median [p25 – p75]", "n"], [...e.spread, ...j.spread, ...c.spread]);

const describe = (b: BundleResult): string =>
  b.error ? `failed (${b.error})` : `platform ${b.platform}, minified ${bytes(b.minified)}, gzip -9 ${bytes(b.gzip)}`;
const top = (b: BundleResult, n: number): { text: string; md: string } =>
  table(
    ["Input", "Minified bytes in bundle", "Share"],
    b.contributors.slice(0, n).map((c) => [c.path, bytes(c.bytes), `${((100 * c.bytes) / b.minified).toFixed(1)} %`]),
  );
const oursTop = top(oursBundle, 20);
const offTop = top(offBundle, 8);

const notes = [
  "- Timings: wall-time medians; server in its own process on 127.0.0.1 (keep-alive, precomputed response Buffers).",
  "  Each round times one block per series (v2.embed: 1 call; embedJobs.get: 40 back-to-back calls), blocks in",
  "  an order rotated every round, each after a 1 ms settle and a GC (untimed; major for v2.embed, minor for",
  '  embedJobs.get). Ratios are medians of per-round ratios. "CPU" = user + system time of the client process',
  "  (all threads), which ignores time spent descheduled: on a busy machine it is the steadier cross-check;",
  "  targets are judged on wall time.",
  "- Bundle: esbuild bundle + minify, format esm, target es2022, of the minimal app in bench/bundle.ts; gzip -9.",
  "- Cold import: `node --input-type=module -e 'await import(\"<entry>\")'` minus the same without the import,",
  `  ${COLD_RUNS} alternating runs each; medians of per-run differences. "import() alone" is performance.now()`,
  "  around the import inside the child.",
];

console.log(`\n${main.text}\n\nSpread\n${spread.text}\n`);
console.log(`Bundle, ours: ${describe(oursBundle)}\n${oursTop.text}\n`);
console.log(`Bundle, official: ${describe(offBundle)}\n${offTop.text}\n`);
console.log(notes.join("\n"));

const RESULTS = join(ROOT, "bench/RESULTS.md");
const generation = existsSync(RESULTS) ? generationSection(readFileSync(RESULTS, "utf8")) : ""; // npm run bench:generate's
writeFileSync(
  RESULTS,
  [
    "# Benchmark results",
    "",
    "Generated by `npm run bench` (bench/run.ts). Ours = generated/cohere-ai; official = cohere-ai@8.1.0.",
    "",
    main.md,
    "",
    "## Spread",
    "",
    spread.md,
    "",
    "## Bundle",
    "",
    `Ours: ${describe(oursBundle)}. Top contributors:`,
    "",
    oursTop.md,
    "",
    `Official: ${describe(offBundle)}. Top contributors:`,
    "",
    offTop.md,
    "",
    "## Method",
    "",
    notes.join("\n"),
    "",
    ...(generation ? [generation, ""] : []),
  ].join("\n"),
);
log(`done (bench/RESULTS.md written)`);
process.exit(0);
