/**
 * The pipeline runs one way: load → normalize → validate → ir → emit → write → release. This test reads every
 * import of generator/ (static `import`/`export … from` and dynamic `import()`) and fails when a stage imports a
 * later one, when a shared utility imports a stage, or when anything but a driver imports a driver — so the
 * direction can never regress silently. Emitters get a stricter rule: they read the IR (ir/types.ts) and nothing else
 * of the front end (no config, no OpenAPI), as ir/types.ts promises.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../../generator");

/** The stages, in pipeline order. A file of a stage may import its own stage and earlier ones. */
const STAGES = ["load", "normalize", "validate", "ir", "emit", "write", "release"] as const;
/**
 * Utilities every stage may use; they import only each other. `config.ts` reads a YAML config file with the loader's
 * parser, so it sits with the first stage (`load`): any stage may read it, except emit (see below).
 */
const SHARED = new Set(["diagnostics.ts", "words.ts", "json-shape.ts", "pointer.ts", "timings.ts"]);
const WITH_LOAD = new Set(["config.ts"]);
/** Drivers run the stages (the CLI, the pipeline and its two halves and worker thread, the `npm run release` entry): they may import anything. */
const DRIVERS = new Set(["cli.ts", "pipeline.ts", "finish.ts", "prepare-thread.ts", "prepare-worker.ts", "release/publish.ts"]);

type Level = { kind: "shared" } | { kind: "driver" } | { kind: "stage"; stage: (typeof STAGES)[number]; index: number };

function levelOf(file: string): Level {
  if (DRIVERS.has(file)) return { kind: "driver" };
  if (SHARED.has(file)) return { kind: "shared" };
  if (WITH_LOAD.has(file)) return { kind: "stage", stage: "load", index: 0 };
  const stage = file.split("/")[0] as (typeof STAGES)[number];
  const index = STAGES.indexOf(stage);
  if (index < 0) throw new Error(`generator/${file} is in no stage folder and not listed as shared or a driver: place it`);
  return { kind: "stage", stage, index };
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return e.name.endsWith(".ts") && !e.name.endsWith(".d.ts") ? [p] : [];
  });
}

const SPECIFIER =
  /(?:^|[\s;])(?:import|export)\s[^"';]*?from\s*["']([^"']+)["']|import\s*\(\s*["']([^"']+)["']\s*\)|^\s*import\s*["']([^"']+)["']/gm;

/** Relative imports of a file, as paths relative to generator/ (`.js` specifiers mapped to their `.ts` source). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const out: string[] = [];
  for (const m of text.matchAll(SPECIFIER)) {
    const spec = m[1] ?? m[2] ?? m[3]!;
    if (!spec.startsWith(".")) continue;
    out.push(relative(ROOT, resolve(dirname(file), spec)).replace(/\.js$/, ".ts"));
  }
  return out;
}

function violations(): string[] {
  const found: string[] = [];
  for (const abs of sources(ROOT)) {
    const from = relative(ROOT, abs).split("\\").join("/");
    const a = levelOf(from);
    for (const to of importsOf(abs)) {
      if (to.startsWith("..")) {
        found.push(`${from} imports ${to}, outside generator/`);
        continue;
      }
      const b = levelOf(to);
      if (a.kind === "driver") continue;
      if (b.kind === "driver") found.push(`${from} imports the driver ${to}`);
      else if (a.kind === "shared" && b.kind !== "shared") found.push(`shared ${from} imports ${to} (stage ${b.stage})`);
      else if (a.kind === "stage" && b.kind === "stage" && b.index > a.index)
        found.push(`${from} (stage ${a.stage}) imports ${to} (the later stage ${b.stage})`);
    }
  }
  return found;
}

/** What emit/ imports outside emit/ that is neither the IR's types nor a shared utility. */
function emitterLeaks(): string[] {
  return sources(join(ROOT, "emit")).flatMap((abs) =>
    importsOf(abs)
      .filter((to) => !to.startsWith("emit/") && to !== "ir/types.ts" && !SHARED.has(to))
      .map((to) => `${relative(ROOT, abs)} imports ${to}`),
  );
}

describe("stage imports", () => {
  it("finds the imports it checks (the parser sees static, type-only, re-exports and dynamic imports)", () => {
    const pipeline = importsOf(join(ROOT, "pipeline.ts"));
    expect(pipeline).toContain("ir/build.ts");
    expect(pipeline).toContain("emit/index.ts");
    expect(pipeline).toContain("ir/types.ts"); // `import type`
    expect(importsOf(join(ROOT, "emit/index.ts"))).toContain("ir/types.ts");
    // Every file but the drivers' entry points is imported by someone: the walk covers the whole tree.
    const all = sources(ROOT).map((f) => relative(ROOT, f));
    const imported = new Set(sources(ROOT).flatMap(importsOf));
    const orphans = all.filter((f) => !imported.has(f) && !DRIVERS.has(f));
    expect(orphans).toEqual([]);
  });

  it("no stage imports a later one; shared utilities import no stage; only drivers import drivers", () => {
    expect(violations()).toEqual([]);
  });

  it("emitters import only the IR's types and shared utilities (never the config, normalize or the IR builder)", () => {
    expect(emitterLeaks()).toEqual([]);
  });
});
