/**
 * `npm run generate` does not load ts-morph (nor TypeScript 5 with it) unless it has a public surface to compare:
 * the emitter prints its structures with its own printer (generator/emit/print), and the release stage loads
 * ts-morph only to diff against a package on disk that declares something else. Checked on the bundled CLI, with a
 * loader hook that records every module the process resolves or requires.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, tempDir } from "../helpers/project.js";
import { EMIT_SPECS } from "./helpers.js";

const tmp = tempDir("no-ts-morph-");
afterAll(() => tmp.cleanup());

/** Runs generator/run.mjs on a small spec into `out`; returns the modules it loaded. */
function generate(spec: string, out: string, record: string): string[] {
  rmSync(record, { force: true });
  const r = spawnSync(
    process.execPath,
    ["--import", join(ROOT, "test/emit/load-recorder.mjs"), "generator/run.mjs", "--spec", join(EMIT_SPECS, spec), "--out", out],
    { cwd: ROOT, encoding: "utf8", env: { ...process.env, LOAD_RECORD: record }, timeout: 120_000 },
  );
  expect(r.stderr).not.toMatch(/running the generator through tsx/);
  expect(r.status, r.stderr).toBe(0);
  return readFileSync(record, "utf8").split("\n").filter(Boolean);
}

/** ts-morph, its common part (which bundles TypeScript 5) and the typescript package. */
const TS_MORPH = /[/\\]node_modules[/\\](?:ts-morph|@ts-morph[/\\]common|typescript)[/\\]/;

describe("generator/run.mjs", () => {
  const out = join(tmp.dir, "pkg");

  it("loads neither ts-morph nor TypeScript 5 on a first generation", () => {
    const loaded = generate("required-query-key.yaml", out, join(tmp.dir, "first.txt"));
    // The recorder sees both kinds of loading: the printer's writer (imported) and a CommonJS dependency (required).
    expect(loaded.some((m) => /[/\\]node_modules[/\\]code-block-writer[/\\]/.test(m))).toBe(true);
    expect(loaded.some((m) => /[/\\]node_modules[/\\]handlebars[/\\]/.test(m) && !m.startsWith("file:"))).toBe(true);
    expect(loaded.filter((m) => TS_MORPH.test(m))).toStrictEqual([]);
  }, 150_000);

  it("does not load it either when the declarations on disk are the same (nothing to compare)", () => {
    const loaded = generate("required-query-key.yaml", out, join(tmp.dir, "again.txt"));
    expect(loaded.some((m) => /[/\\]node_modules[/\\]code-block-writer[/\\]/.test(m))).toBe(true);
    expect(loaded.filter((m) => TS_MORPH.test(m))).toStrictEqual([]);
  }, 150_000);

  it("loads ts-morph to compare the public surface when the previous package declares another one", () => {
    const loaded = generate("required-cookie-key.yaml", out, join(tmp.dir, "changed.txt"));
    expect(loaded.some((m) => /[/\\]node_modules[/\\]ts-morph[/\\]/.test(m))).toBe(true);
    // TypeScript 5, as ts-morph bundles it.
    expect(loaded.some((m) => /[/\\]@ts-morph[/\\]common[/\\]dist[/\\]typescript\.js$/.test(m))).toBe(true);
  }, 150_000);
});
