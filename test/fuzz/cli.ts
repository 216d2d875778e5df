/**
 * The long fuzz run: `npm run fuzz -- [--seed N] [--count N] [--full-every N] [--max-bytes N] [--timeout S]` (default 300 s: the full compile of a large spec takes over a minute on a busy machine).
 * Cases are drawn by fast-check from the seed (the same seed gives the same cases) over every training spec. Each
 * case runs in a worker thread, so a case that hangs is stopped after `--timeout` seconds and reported as a hang.
 * Every input that breaks a property is saved under test/fuzz/regressions/ (replayed by regressions.test.ts).
 */
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { Worker } from "node:worker_threads";
import { ROOT } from "../helpers/project.js";
import { saveRegression, trainingSpecs } from "./cases.js";
import { caseArbitrary, mutate, type FuzzCase } from "./mutate.js";
import type { Outcome } from "./harness.js";

const { values } = parseArgs({
  options: {
    seed: { type: "string", default: String(Date.now() % 1_000_000) },
    count: { type: "string", default: "1000" },
    "full-every": { type: "string", default: "25" },
    "max-bytes": { type: "string", default: String(Infinity) },
    timeout: { type: "string", default: "300" },
  },
});
const seed = Number(values.seed);
const count = Number(values.count);
const fullEvery = Number(values["full-every"]);
const timeoutMs = Number(values.timeout) * 1000;

const specs = trainingSpecs(Number(values["max-bytes"]));
const cases = fc.sample(caseArbitrary(specs), { seed, numRuns: count });

class Runner {
  private worker?: Worker;
  private start(): Worker {
    this.worker = new Worker(new URL("./worker-boot.mjs", import.meta.url));
    return this.worker;
  }
  run(text: string, ext: string, full: boolean, dir: string): Promise<Outcome | "hang"> {
    const w = this.worker ?? this.start();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        w.removeAllListeners("message");
        void w.terminate();
        this.worker = undefined;
        resolve("hang");
      }, timeoutMs);
      w.once("message", (o: Outcome) => {
        clearTimeout(timer);
        resolve(o);
      });
      w.postMessage({ text, ext, full, dir });
    });
  }
  stop(): void {
    void this.worker?.terminate();
  }
}

const runner = new Runner();
const tally = { generated: 0, refused: 0, failed: 0, hang: 0 };
const started = performance.now();
const saved: string[] = [];
for (const [i, c] of cases.entries()) {
  const text = mutate(readFileSync(join(ROOT, c.spec), "utf8"), c);
  const full = fullEvery > 0 && i % fullEvery === 0;
  const outcome = await runner.run(text, c.format, full, join(ROOT, "node_modules/.cache/fuzz", `case-${process.pid}-${i}`));
  const key = outcome === "hang" ? "hang" : outcome.result;
  tally[key]++;
  if (outcome === "hang" || outcome.result === "failed") {
    const problems = outcome === "hang" ? [`no end after ${timeoutMs / 1000} s`] : outcome.problems;
    const file = saveRegression(text, c.format, { case: c as FuzzCase, seed, problems });
    saved.push(file);
    process.stdout.write(
      `case ${i} (${c.spec}, ${c.mutations.map((m) => m.kind).join("+")}): ${problems.join("; ")} → regressions/${file}\n`,
    );
  }
  if ((i + 1) % 50 === 0) process.stdout.write(`${i + 1}/${count} cases, ${Math.round((performance.now() - started) / 1000)} s\n`);
}
runner.stop();
process.stdout.write(
  `seed ${seed}, ${count} cases over ${specs.length} specs in ${Math.round((performance.now() - started) / 1000)} s: ` +
    `${tally.generated} generated, ${tally.refused} refused with placed diagnostics, ${tally.failed} failed, ${tally.hang} hung\n`,
);
process.exit(tally.failed + tally.hang ? 1 : 0);
