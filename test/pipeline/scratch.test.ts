/**
 * Scratch folders (write/scratch.ts): in memory on Linux unless TMPDIR is set, passed over when they have no room
 * or cannot be made, and always removed.
 */
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scratchRoots, withScratch } from "../../generator/write/scratch.js";

describe("scratch folders", () => {
  it("are tried in /dev/shm first on Linux, unless the user chose a TMPDIR", () => {
    expect(scratchRoots({}, "linux")).toEqual(["/dev/shm", tmpdir()]);
    expect(scratchRoots({ TMPDIR: "/var/tmp" }, "linux")).toEqual([tmpdir()]);
    expect(scratchRoots({}, "darwin")).toEqual([tmpdir()]);
    expect(scratchRoots({}, "win32")).toEqual([tmpdir()]);
  });

  it("are made under the first root that works, and removed after the step", async () => {
    const base = mkdtempSync(join(tmpdir(), "scratch-test-"));
    const notADir = join(base, "file");
    writeFileSync(notADir, "");
    let used = "";
    const result = await withScratch(
      "step-",
      10,
      async (dir) => {
        used = dir;
        writeFileSync(join(dir, "x.ts"), "x");
        return 42;
      },
      [notADir, base],
    );
    expect(result).toBe(42);
    expect(used.startsWith(join(base, "step-"))).toBe(true);
    expect(existsSync(used)).toBe(false);
    expect(readdirSync(base)).toEqual(["file"]);
  });

  it("pass over a root without room for the step, and one that fills up", async () => {
    const base = mkdtempSync(join(tmpdir(), "scratch-test-"));
    const second = mkdtempSync(join(tmpdir(), "scratch-test-"));
    const roots: string[] = [];
    await withScratch("step-", Number.MAX_SAFE_INTEGER, async (dir) => void roots.push(dir), [base, second]);
    expect(roots).toHaveLength(1);
    expect(roots[0]!.startsWith(second)).toBe(true);

    const tried: string[] = [];
    const full = Object.assign(new Error("no space left on device"), { code: "ENOSPC" });
    const result = await withScratch(
      "step-",
      10,
      async (dir) => {
        tried.push(dir);
        if (tried.length === 1) throw full;
        return "done";
      },
      [base, second],
    );
    expect(result).toBe("done");
    expect(tried.map((d) => (d.startsWith(base) ? "first" : "second"))).toEqual(["first", "second"]);
    expect(readdirSync(base)).toEqual([]);
    expect(readdirSync(second)).toEqual([]);
  });

  it("let any other failure of the step through, and still remove the folder", async () => {
    const base = mkdtempSync(join(tmpdir(), "scratch-test-"));
    await expect(
      withScratch(
        "step-",
        10,
        async () => {
          throw new Error("a generator bug");
        },
        [base, tmpdir()],
      ),
    ).rejects.toThrow("a generator bug");
    expect(readdirSync(base)).toEqual([]);
  });

  it("fail with the last root's error when no root works", async () => {
    const base = mkdtempSync(join(tmpdir(), "scratch-test-"));
    const notADir = join(base, "file");
    writeFileSync(notADir, "");
    await expect(withScratch("step-", 10, async () => 1, [notADir])).rejects.toMatchObject({ code: "ENOTDIR" });
  });
});
