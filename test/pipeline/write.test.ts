/** Write stage and CLI: atomic swap, nothing written on failure, --check, determinism, usage errors and help. */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { diffTree, readTree, writeAtomically } from "../../generator/write/atomic.js";
import { COHERE_CONFIG, cohereConfig, generateInMemory, tempDir } from "../helpers/project.js";
import { runCli, spec } from "./helpers.js";

const PETS = spec("emit/pets.yaml");

function writeTree(dir: string, files: Record<string, string>): void {
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
}

describe("writeAtomically", () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeAll(() => {
    tmp = tempDir("sdkgen-write-");
  });
  afterAll(() => tmp.cleanup());

  it("replaces the output folder completely (stale files go) and leaves no temporary folders behind", () => {
    const out = join(tmp.dir, "replace", "pkg");
    writeTree(out, { "old.txt": "old", "src/stale.ts": "stale", "src/keep.ts": "old content" });
    const files = new Map([
      ["package.json", "{}\n"],
      ["src/keep.ts", "new content\n"],
      ["src/deep/er/x.ts", "x\n"],
    ]);
    writeAtomically(out, files);
    expect(readTree(out)).toEqual(files);
    expect(readdirSync(dirname(out))).toEqual(["pkg"]);
    expect(diffTree(out, files)).toEqual([]);
  });

  it("creates the folder (and its parents) when it does not exist", () => {
    const out = join(tmp.dir, "fresh", "a", "b");
    writeAtomically(out, new Map([["README.md", "# hi\n"]]));
    expect(readTree(out)).toEqual(new Map([["README.md", "# hi\n"]]));
  });

  it("diffTree lists added, changed and removed files, sorted by path", () => {
    const out = join(tmp.dir, "diff");
    writeTree(out, { "a.txt": "same", "b.txt": "old", "c.txt": "gone" });
    expect(
      diffTree(
        out,
        new Map([
          ["a.txt", "same"],
          ["b.txt", "new"],
          ["d.txt", "added"],
        ]),
      ),
    ).toEqual(["changed:  b.txt", "removed:  c.txt", "added:    d.txt"]);
    expect(diffTree(join(tmp.dir, "missing"), new Map([["x", "1"]]))).toEqual(["added:    x"]);
  });
});

describe("the CLI writes nothing when generation fails", () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeAll(() => {
    tmp = tempDir("sdkgen-fail-");
  });
  afterAll(() => tmp.cleanup());

  it("leaves an existing output folder byte-for-byte unchanged", async () => {
    const out = join(tmp.dir, "pkg");
    writeTree(out, { SENTINEL: "do not touch\n", "src/index.ts": "export {};\n", "package.json": '{ "name": "previous" }\n' });
    const before = readTree(out);
    const run = await runCli([spec("validate/dangling-ref.yaml"), "--out", out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("validate/dangling-ref");
    expect(run.stderr).toContain("Generation failed in validate; nothing was written.");
    expect(readTree(out)).toEqual(before);
    expect(readdirSync(tmp.dir)).toEqual(["pkg"]);
  });

  it("refuses an output path that is a file (write/not-a-folder) and leaves the file as it was", async () => {
    const out = join(tmp.dir, "a-file.json");
    writeFileSync(out, "precious\n");
    const run = await runCli([spec("emit/pets.yaml"), "--out", out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("write/not-a-folder: the output path exists and is not a folder; nothing was written");
    expect(run.stderr).not.toContain("internal error");
    expect(readFileSync(out, "utf8")).toBe("precious\n");
  });
});

describe("--check", () => {
  let tmp: ReturnType<typeof tempDir>;
  let out: string;
  beforeAll(async () => {
    tmp = tempDir("sdkgen-check-");
    out = join(tmp.dir, "pets");
    const run = await runCli(["--spec", PETS, "--out", out, "--quiet"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/^Wrote .*pets: \d+ files, 1 resources, 3 operations, 2 types\.\n$/);
  });
  afterAll(() => tmp.cleanup());

  it("exits 0 when the output is in sync, and writes nothing", async () => {
    const before = readTree(out);
    const run = await runCli(["--spec", PETS, "--out", out, "--check", "--quiet"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`is up to date (${before.size} files).`);
    expect(readTree(out)).toEqual(before);
  });

  it("exits 1 and lists the differing files when the output differs, and writes nothing", async () => {
    writeFileSync(join(out, "src/types.ts"), "// edited by hand\n");
    writeFileSync(join(out, "extra.txt"), "not generated\n");
    unlinkSync(join(out, "README.md"));
    const before = readTree(out);
    const run = await runCli(["--spec", PETS, "--out", out, "--check", "--quiet"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("is out of date (3 file(s) would change):");
    expect(run.stderr).toContain("  added:    README.md\n");
    expect(run.stderr).toContain("  removed:  extra.txt\n");
    expect(run.stderr).toContain("  changed:  src/types.ts\n");
    expect(readTree(out)).toEqual(before);
  });

  it("exits 1 for a missing output folder, and does not create it", async () => {
    const missing = join(tmp.dir, "never-written");
    const run = await runCli(["--spec", PETS, "--out", missing, "--check", "--quiet"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("added:    src/types.ts");
    expect(existsSync(missing)).toBe(false);
  });
});

describe("determinism", () => {
  it("two in-memory generations of Cohere (inputs in opposite orders) give identical file maps", async () => {
    const config = cohereConfig();
    const a = await generateInMemory(config);
    const b = await generateInMemory({ ...config, inputs: [...config.inputs!].reverse() });
    expect([...b.files.keys()]).toEqual([...a.files.keys()]);
    const differing = [...a.files.keys()].filter((k) => a.files.get(k) !== b.files.get(k));
    expect(differing).toEqual([]);
    expect(b.diagnostics.items.map((d) => `${d.code} ${d.pointer}`)).toEqual(a.diagnostics.items.map((d) => `${d.code} ${d.pointer}`));
  });
});

describe("CLI usage", () => {
  it("exits 2 on an unknown flag and prints the error and the help", async () => {
    const run = await runCli(["--no-such-flag"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^error: .*--no-such-flag/);
    expect(run.stderr).toContain("Usage: npm run generate");
  });

  it("exits 2 on two positional arguments, and on a config together with --spec", async () => {
    expect((await runCli([PETS, PETS])).code).toBe(2);
    const both = await runCli(["--config", COHERE_CONFIG, "--spec", PETS]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("give either a config or --spec, not both");
  });

  it("takes a positional spec that mentions `inputs` (a schema property, an example) as a spec, not as a config", async () => {
    const tmp = tempDir("sdkgen-inputs-");
    try {
      const json = join(tmp.dir, "api.json");
      writeFileSync(
        json,
        JSON.stringify({
          openapi: "3.1.0",
          info: { title: "Inputs", version: "1" },
          paths: {},
          components: { schemas: { Run: { type: "object", properties: { inputs: { type: "string" } } } } },
        }),
      );
      const yaml = join(tmp.dir, "api.yaml");
      writeFileSync(
        yaml,
        'openapi: 3.1.0\ninfo:\n  title: Inputs\n  version: "1"\npaths: {}\ncomponents:\n  examples:\n    Run:\n      value: {"inputs": ["a"]}\n',
      );
      for (const file of [json, yaml]) {
        const run = await runCli([file, "--out", join(tmp.dir, `out-${file.endsWith(".json") ? "json" : "yaml"}`), "--quiet"]);
        expect(run.stderr).not.toContain("config/unknown-key");
        expect(run.code).toBe(0);
      }
    } finally {
      tmp.cleanup();
    }
  });

  it("prints help on --help and -h and exits 0", async () => {
    for (const flag of ["--help", "-h"]) {
      const run = await runCli([flag]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain("Usage: npm run generate -- [config.yaml | spec] [options]");
      for (const option of ["--config", "--spec", "--overlay", "--out", "--check", "--quiet"]) expect(run.stdout).toContain(option);
      expect(run.stderr).toBe("");
    }
  });

  it("exits 1 (not 2) for an input that does not exist", async () => {
    const tmp = tempDir("sdkgen-missing-");
    try {
      const run = await runCli(["--spec", join(tmp.dir, "nope.yaml"), "--out", join(tmp.dir, "out")]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain("load/not-found");
      expect(existsSync(join(tmp.dir, "out"))).toBe(false);
    } finally {
      rmSync(tmp.dir, { recursive: true, force: true });
    }
  });
});
