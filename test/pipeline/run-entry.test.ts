/**
 * `npm run generate` runs generator/run.mjs: the CLI from a cached esbuild bundle of the generator's sources. The
 * bundled CLI must behave as the sources do — find templates/ and the tsc binary relative to its modules, and
 * produce the committed package byte for byte — and SDKGEN_TIMINGS=1 must report every stage.
 */
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

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
    for (const stage of ["start-up", "load", "validate", "emit", "format", "compile: tsc 7", "compile: esbuild esm", "release"])
      expect(r.stderr).toMatch(new RegExp(`^  ${stage.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} +\\d+ ms +\\d+ ms CPU`, "m"));
  }, 300_000);
});
