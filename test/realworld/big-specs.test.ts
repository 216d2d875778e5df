/**
 * The four specs users try first (test/corpus/big: full Cohere, GitHub, OpenAI, Stripe) generate a whole package
 * through the CLI — which type-checks it with TypeScript 7 as its gate — and that package also passes `tsc --strict`
 * with TypeScript 5. None is refused; their defects are warnings (see placed-diagnostics.test.ts).
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CORPUS, ROOT, tempDir } from "../helpers/project.js";
import { runCli } from "../pipeline/helpers.js";

const tmp = tempDir("sdkgen-big-");
afterAll(() => tmp.cleanup());
const TSC5 = join(ROOT, "node_modules/typescript/bin/tsc");

describe("the big four generate packages that type-check under TypeScript 7 and 5", () => {
  for (const [name, operations] of [
    ["cohere-openapi.yaml", 44],
    ["github-api.json", 771],
    ["openai-openapi.yaml", 288],
    ["stripe-spec3.yaml", 468],
  ] as const) {
    it(`${name}: generated (${operations} operations), TS 7 gate passed, tsc 5 --strict passes`, async () => {
      const out = join(tmp.dir, name);
      const run = await runCli(["--spec", join(CORPUS, "big", name), "--out", out, "--quiet"]);
      expect(run.code, run.stderr.slice(-2000)).toBe(0);
      expect(run.stderr).toMatch(new RegExp(`Wrote .*: \\d+ files, \\d+ resources, ${operations} operations`));
      expect(run.stderr).not.toContain("Errors (");
      expect(existsSync(join(out, "dist/esm/index.d.ts"))).toBe(true);
      expect(JSON.parse(readFileSync(join(out, "tsconfig.json"), "utf8")).compilerOptions.strict).toBe(true);
      execFileSync(process.execPath, [TSC5, "-p", join(out, "tsconfig.json"), "--noEmit"], { stdio: "pipe" });
    }, 300_000);
  }
});
