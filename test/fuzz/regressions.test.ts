/**
 * Every input that ever broke a fuzz property, replayed (test/fuzz/regressions/, listed in index.json with the case
 * that made it and what broke). An entry marked `open` names a crash in code another helper owns: its replay is
 * expected to fail until that fix lands, and then fails itself so that the mark gets removed.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { tempDir } from "../helpers/project.js";
import { readRegressions, REGRESSIONS } from "./cases.js";
import { runCase } from "./harness.js";

describe("fuzz regressions", () => {
  const tmp = tempDir("sdkgen-fuzz-regressions-");
  afterAll(() => tmp.cleanup());
  const all = readRegressions();

  it("are saved with the case that made them", () => {
    expect(all.length).toBeGreaterThan(0);
    for (const r of all) expect(r.problems.length, r.file).toBeGreaterThan(0);
  });

  for (const r of all) {
    const replay = async () => {
      const text = readFileSync(join(REGRESSIONS, r.file), "utf8");
      const o = await runCase(text, { dir: join(tmp.dir, r.file), ext: r.file.split(".").pop()! });
      expect(o.problems, r.file).toEqual([]);
      expect(o.result).not.toBe("failed");
    };
    if (r.open) it.fails(`${r.file} (open: ${r.open})`, replay);
    else it(`${r.file} ends in a package or placed diagnostics`, replay);
  }
});
