/**
 * `npm run generate` runs generator/run.mjs: the CLI from a cached esbuild bundle of the generator's sources, with
 * the pipeline's first half in a worker thread (generator/prepare-thread.ts). The bundled CLI must behave as the
 * sources do — find templates/ and the tsc binary relative to its modules, produce the committed package byte for
 * byte, print the worker's diagnostics, report a failure in the worker at its file, line and pointer without
 * writing anything — and SDKGEN_TIMINGS=1 must report every stage.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const literally = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

describe("generator/run.mjs", () => {
  it("generates spec/cohere exactly as committed (--check) and reports stage timings on request", () => {
    const r = spawnSync(process.execPath, ["generator/run.mjs", "--check"], {
      encoding: "utf8",
      env: { ...process.env, SDKGEN_TIMINGS: "1" },
      timeout: 240_000,
    });
    expect(r.stderr).toMatch(/generated\/cohere-ai is up to date \(\d+ files\)\./);
    expect(r.status).toBe(0);
    expect(r.stderr).not.toMatch(/running the generator through tsx/);
    // The worker's diagnostics reach the report.
    expect(r.stderr).toMatch(/normalize\/ref-siblings: `enum` beside `\$ref`/);
    expect(r.stderr).toMatch(/^ {2}prepare \(worker thread\) +\d+ ms/m);
    // The worker has ended (its row is written when its thread exits) before the dist build starts tsc.
    const rows = r.stderr.split("\n");
    const workerEnded = rows.findIndex((l) => l.startsWith("  prepare (worker thread)"));
    const tscRow = rows.findIndex((l) => l.startsWith("  compile: tsc 7"));
    expect(workerEnded).toBeGreaterThan(0);
    expect(tscRow).toBeGreaterThan(workerEnded);
    for (const stage of ["start-up", "load", "validate", "emit", "format", "compile: tsc 7", "compile: esbuild esm", "release"])
      expect(r.stderr).toMatch(new RegExp(`^ +${literally(stage)} +\\d+ ms +\\d+ ms CPU`, "m"));
  }, 300_000);

  it("reports an error found in the worker thread at its file, line and pointer, and writes nothing", () => {
    const dir = mkdtempSync(join(tmpdir(), "run-entry-"));
    try {
      const spec = join(dir, "bad.yaml");
      writeFileSync(
        spec,
        "openapi: 3.1.0\ninfo: { title: Bad, version: '1' }\npaths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: { $ref: '#/components/schemas/Missing' }\n",
      );
      const out = join(dir, "out");
      const r = spawnSync(process.execPath, ["generator/run.mjs", spec, "--out", out], { encoding: "utf8", timeout: 240_000 });
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/bad\.yaml:11:\d+ \(\/paths\/~1a\/get\/responses\/200\/content\/application~1json\/schema/);
      expect(r.stderr).toMatch(/Generation failed in \w+; nothing was written\./);
      expect(r.stderr).not.toMatch(/internal error/);
      expect(existsSync(out)).toBe(false);
      expect(readFileSync(spec, "utf8")).toContain("Missing");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
