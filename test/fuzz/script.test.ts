/** `npm run fuzz` (the long run) works end to end: cases from the seed, a worker thread, a summary and exit code 0. */
import { spawnSync } from "node:child_process";
import { expect, it } from "vitest";
import { ROOT } from "../helpers/project.js";

it("npm run fuzz -- --seed --count runs the cases it is given in a worker and sums them up", () => {
  const run = spawnSync(
    "npm",
    ["run", "--silent", "fuzz", "--", "--seed", "3", "--count", "4", "--full-every", "0", "--max-bytes", "3000"],
    {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 120_000,
    },
  );
  expect(run.stdout).toMatch(
    /^seed 3, 4 cases over \d+ specs in \d+ s: \d+ generated, \d+ refused with placed diagnostics, 0 failed, 0 hung$/m,
  );
  expect(run.status, run.stderr).toBe(0);
}, 150_000);
