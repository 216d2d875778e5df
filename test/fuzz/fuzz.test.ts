/**
 * Seeded mutation fuzzing of the training specs (issue 12): a few hundred cases drawn by fast-check from a fixed seed,
 * each through load → IR → emit (and, for every FULL_EVERY-th case, the CLI with format, compile and atomic write into
 * a folder already holding a package). Every case must end in a package or in placed diagnostics; see harness.ts for
 * the properties. `npm run fuzz -- --seed N --count N` is the long run (all specs, worker threads, hang detection).
 */
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, tempDir } from "../helpers/project.js";
import { trainingSpecs } from "./cases.js";
import { runCase } from "./harness.js";
import { caseArbitrary, MUTATIONS, mutate, type FuzzCase, type MutationKind } from "./mutate.js";
import { pristinePackage } from "./pristine.js";

const SEED = 20261201;
const RUNS = 200;
const FULL_EVERY = 100;
/** Specs up to this size keep the run short; the long run takes them all. */
const MAX_BYTES = 8_000;
/**
 * Mutation classes left out of this run because what they find is in code another helper owns (the cases are saved
 * under test/fuzz/regressions/ marked `open`): re-enable each once its fix is merged by emptying its entry.
 */
const EXCLUDED: Partial<Record<MutationKind, string>> = {};
describe("seeded mutation fuzzing of the training specs", () => {
  const specs = trainingSpecs(MAX_BYTES);
  const kinds = MUTATIONS.filter((k) => !EXCLUDED[k]);
  const cases: FuzzCase[] = fc
    .sample(caseArbitrary(specs), { seed: SEED, numRuns: RUNS * 2 })
    .map((c) => ({
      ...c,
      mutations: c.mutations.filter((m) => kinds.includes(m.kind)),
    }))
    .filter((c) => c.mutations.length > 0)
    .slice(0, RUNS);
  let tmp: ReturnType<typeof tempDir>;
  let pristine: string;
  beforeAll(async () => {
    tmp = tempDir("sdkgen-fuzz-");
    pristine = await pristinePackage(tmp.dir);
  });
  afterAll(() => tmp.cleanup());

  it(`${RUNS} cases (seed ${SEED}) end in a package or in diagnostics that all name their place`, async () => {
    expect(specs.length).toBeGreaterThan(20);
    const failures: string[] = [];
    const tally = { generated: 0, refused: 0, failed: 0 };
    for (const [i, c] of cases.entries()) {
      const text = mutate(readFileSync(join(ROOT, c.spec), "utf8"), c);
      const full = i % FULL_EVERY === 0;
      const o = await runCase(text, { dir: join(tmp.dir, `case-${i}`), ext: c.format, ...(full ? { fullInto: pristine } : {}) });
      tally[o.result]++;
      if (o.result === "failed") failures.push(`case ${i} ${JSON.stringify(c)}:\n  ${o.problems.join("\n  ")}`);
    }
    console.info(
      `fuzz seed ${SEED}: ${tally.generated} generated, ${tally.refused} refused with placed diagnostics, ${tally.failed} failed`,
    );
    expect(failures, failures.join("\n")).toEqual([]);
    // The mutations must not all be refused at the door: most cases have to reach the IR and the emitter.
    expect(tally.generated).toBeGreaterThan(RUNS / 5);
  }, 600_000);
});
