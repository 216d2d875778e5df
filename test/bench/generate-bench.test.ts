/**
 * The pieces `npm run bench:generate` relies on for honest figures: the process-tree peak RSS measurement, the
 * timeout, the failure line, the log-log fit, the synthetic spec and the RESULTS.md section handling. (The benchmark
 * itself is never run here: figures come from `npm run bench:generate`, not from timed tests.)
 */
import { existsSync, readFileSync } from "node:fs";
import SwaggerParser from "@apidevtools/swagger-parser";
import { describe, expect, it } from "vitest";
import { powerFit } from "../../bench/gen/fit.js";
import { runMeasured } from "../../bench/gen/measure.js";
import { generationSection, withGenerationSection, withReadmeSummary } from "../../bench/gen/results-file.js";
import { groupSuffix, OPERATIONS_PER_GROUP, syntheticSpec } from "../../bench/gen/synthetic.js";
import { heyApiFirstError, oursFirstError } from "../../bench/gen/tools.js";

const MiB = 2 ** 20;
const opts = { cwd: process.cwd(), env: process.env, timeoutMs: 30_000, firstError: (_o: string, e: string) => e.trim() };

describe("runMeasured", () => {
  it("sums the memory of the whole process tree, grandchildren included", async () => {
    // The child holds 150 MiB while its own child holds 200 MiB: no single process reaches the tree's 350 MiB.
    const grandchild = "const b = Buffer.alloc(200 * 1024 * 1024, 1); setTimeout(() => console.log(b[5]), 600);";
    const child = `const a = Buffer.alloc(150 * 1024 * 1024, 2);
      require("node:child_process").spawnSync(process.execPath, ["-e", ${JSON.stringify(grandchild)}], { stdio: "inherit" });
      console.log(a[7]);`;
    const r = await runMeasured(process.execPath, ["-e", child], opts);
    expect(r.ok).toBe(true);
    expect(r.stdout.trim().split("\n")).toEqual(["1", "2"]);
    expect(r.maxProcs).toBeGreaterThanOrEqual(2);
    expect(r.peakRss).toBeGreaterThan(350 * MiB);
    expect(r.peakRss).toBeLessThan(1024 * MiB);
    expect(r.wallMs).toBeGreaterThanOrEqual(600);
  });

  it("reports a failing command with its exit code and the line the caller picks", async () => {
    const r = await runMeasured(process.execPath, ["-e", "console.error('boom: bad spec'); process.exit(3)"], opts);
    expect(r.ok).toBe(false);
    expect(r.error).toBe("exit 3: boom: bad spec");
  });

  it("kills a run that exceeds its limit, children included", async () => {
    const grandchild = "console.log(process.pid); setTimeout(() => {}, 60000)";
    const child = `require("node:child_process").spawn(process.execPath, ["-e", ${JSON.stringify(grandchild)}], { stdio: "inherit" }); setTimeout(() => {}, 60000);`;
    const r = await runMeasured(process.execPath, ["-e", child], { ...opts, timeoutMs: 1500 });
    expect(r.ok).toBe(false);
    expect(r.error).toMatch(/^timed out after 2 s/);
    expect(r.wallMs).toBeLessThan(20_000);
    const pid = Number(r.stdout.trim());
    expect(pid).toBeGreaterThan(0);
    await new Promise((done) => setTimeout(done, 200));
    const state = existsSync(`/proc/${pid}/stat`) ? readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.[0] : "gone";
    expect(["gone", "Z"]).toContain(state); // killed (at most not yet reaped)
  });
});

describe("offline guard", () => {
  it("makes every network fetch of a generator run fail at once, and leaves data: URLs alone", async () => {
    const guard = new URL("../../bench/gen/offline.mjs", import.meta.url).href;
    const script = `await fetch("https://api.github.com/x").catch((e) => console.log(e.message));
      console.log(await (await fetch("data:text/plain,ok")).text());`;
    const r = await runMeasured(process.execPath, ["--import", guard, "--input-type=module", "-e", script], opts);
    expect(r.ok).toBe(true);
    expect(r.stdout.trim().split("\n")).toEqual(["bench:generate is offline: refused to fetch https://api.github.com/x", "ok"]);
  });
});

describe("failure lines", () => {
  it("takes the first item of our CLI's error block", () => {
    const stderr =
      "Errors (2):\n  big.json:12:3 (/paths/~1a)\n    load/bad: something broke\n  other\n    x: y\nGeneration failed in load; nothing was written.\n";
    expect(oursFirstError("", stderr)).toBe("big.json:12:3 (/paths/~1a) — load/bad: something broke");
    expect(oursFirstError("", "internal error: TypeError: x is undefined\n    at f (a.ts:1)")).toBe(
      "internal error: TypeError: x is undefined",
    );
  });
  it("takes hey-api's error message rather than its JobError wrapper", () => {
    const out = "Unexpected error: JobError\n  originalError: {\n    error: {\n      message: 'Error requesting https://x/y \\n' +\n";
    expect(heyApiFirstError(out, "")).toBe("Error requesting https://x/y");
    expect(heyApiFirstError("", "\u001b[31mError: no such file\u001b[39m\n")).toBe("Error: no such file");
    const notFound = "[Job 1] \u001b[31m❌ Input file not found:\u001b[39m\n\u001b[90m/x/snippets/a.ts\u001b[39m\n\nPlease verify that:\n";
    expect(heyApiFirstError(notFound, "")).toBe("Input file not found: /x/snippets/a.ts");
  });
});

describe("powerFit", () => {
  it("recovers the exponent of a power law", () => {
    const xs = [1, 2, 4, 8];
    expect(
      powerFit(
        xs,
        xs.map((x) => 3 * x),
      )!.exponent,
    ).toBeCloseTo(1, 10);
    expect(
      powerFit(
        xs,
        xs.map((x) => 0.5 * x * x),
      )!.exponent,
    ).toBeCloseTo(2, 10);
    expect(
      powerFit(
        xs,
        xs.map((x) => 7 * x ** 1.1),
      )!.r2,
    ).toBeCloseTo(1, 10);
  });
  it("ignores points that are not positive and needs two", () => {
    expect(powerFit([1, 2, 4], [Number.NaN, 2, 4])!.exponent).toBeCloseTo(1, 10);
    expect(powerFit([1, 2], [-1, 4])).toBeUndefined();
  });
});

describe("syntheticSpec", () => {
  it("is a valid OpenAPI document with five operations per group", async () => {
    for (const copies of [0, 1, 3]) {
      const doc = syntheticSpec(copies) as any;
      await SwaggerParser.validate(structuredClone(doc));
      const ops = Object.values(doc.paths as Record<string, object>).flatMap((p) => Object.keys(p));
      expect(ops.length).toBe(copies === 0 ? 1 : copies * OPERATIONS_PER_GROUP);
    }
  });
  it("grows linearly: every group is the same size up to its name", () => {
    const bytes = (n: number): number => JSON.stringify(syntheticSpec(n)).length;
    const per = bytes(2) - bytes(1);
    expect(bytes(8) - bytes(4)).toBeGreaterThanOrEqual(4 * per);
    expect(bytes(8) - bytes(4)).toBeLessThanOrEqual(4 * per + 4 * 40); // longer suffixes only
  });
  it("names groups with letters only", () => {
    expect([0, 25, 26, 27, 701, 702].map(groupSuffix)).toEqual(["A", "Z", "Aa", "Ab", "Zz", "Aaa"]);
  });
});

describe("RESULTS.md section", () => {
  it("is appended once, then replaced in place, leaving the rest of the file alone", () => {
    const base = "# Benchmark results\n\nHTTP table\n";
    const one = withGenerationSection(base, "## Generation speed\n\nfirst $& run");
    expect(one.startsWith(base.trimEnd())).toBe(true);
    expect(generationSection(one)).toContain("first $& run");
    const two = withGenerationSection(one + "\ntrailer\n", "## Generation speed\n\nsecond");
    expect(two).toContain("HTTP table");
    expect(two).toContain("trailer");
    expect(two).not.toContain("first");
    expect(two.match(/<!-- bench:generate -->/g)).toHaveLength(1);
  });
});

describe("README summary", () => {
  it("replaces only the text between the markers, and leaves a README without them unchanged", () => {
    const readme = "# x\n\nbefore\n<!-- bench:generate:summary -->\nold | table\n<!-- /bench:generate:summary -->\nafter\n";
    const once = withReadmeSummary(readme, "| new | table |\n");
    expect(once).toBe("# x\n\nbefore\n<!-- bench:generate:summary -->\n| new | table |\n<!-- /bench:generate:summary -->\nafter\n");
    expect(withReadmeSummary(once, "second")).toBe(readme.replace("old | table", "second"));
    expect(withReadmeSummary("# no markers\n", "x")).toBe("# no markers\n");
  });
});
