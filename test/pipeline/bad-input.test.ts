/**
 * Bad input through the CLI: each case exits 1, names the file and the line or pointer on stderr, and leaves the previous
 * package in the output folder exactly as it was.
 */
import { cpSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readTree } from "../../generator/write/atomic.js";
import { tempDir } from "../helpers/project.js";
import { columnOf, lineOf, runCli, shown, spec } from "./helpers.js";

interface Case {
  name: string;
  args: string[];
  code: string;
  /** Each must appear on stderr: `file:line[:column]` and/or the pointer. */
  mentions: () => string[];
}

const at = (rel: string, needle: string, column?: number, nth = 1) => {
  const path = spec(rel);
  return `${shown(path)}:${lineOf(path, needle, nth)}${column === undefined ? "" : `:${column}`}`;
};

const CASES: Case[] = [
  {
    name: "invalid YAML",
    args: ["--spec", spec("load/invalid.yaml")],
    code: "load/syntax",
    mentions: () => {
      const path = spec("load/invalid.yaml");
      const line = lineOf(path, "summary: a: b");
      return [`${shown(path)}:${line}:${columnOf(path, line, "a: b")}`];
    },
  },
  {
    name: "a dangling $ref",
    args: ["--spec", spec("validate/dangling-ref.yaml")],
    code: "validate/dangling-ref",
    mentions: () => [
      `${at("validate/dangling-ref.yaml", '$ref: "#/components/schemas/Pets"', 17)} (/paths/~1pets/get/responses/200/content/application~1json/schema/$ref)`,
    ],
  },
  {
    name: "conflicting duplicate schemas",
    args: ["--spec", spec("merge/pets.yaml"), "--spec", spec("merge/pet-conflict.yaml")],
    code: "merge/conflicting-component",
    mentions: () => [
      `${at("merge/pets.yaml", "    Pet:", 5)} (/components/schemas/Pet)`,
      `${at("merge/pet-conflict.yaml", "    Pet:", 5)} (/components/schemas/Pet)`,
    ],
  },
  {
    name: "a duplicate path + method",
    args: ["--spec", spec("merge/pets.yaml"), "--spec", spec("merge/pets-again.yaml")],
    code: "merge/duplicate-operation",
    mentions: () => [
      `${at("merge/pets.yaml", "    get:", 5)} (/paths/~1pets/get)`,
      `${at("merge/pets-again.yaml", "    get:", 5)} (/paths/~1pets/get)`,
    ],
  },
  {
    name: "a defect under --strict",
    args: ["--spec", spec("validate/path-param.yaml"), "--strict"],
    code: "validate/path-param",
    mentions: () => [
      `${at("validate/path-param.yaml", "    get:", 5)} (/paths/~1pets~1{petId}~1toys~1{toyId}/get)`,
      "(refused in strict mode)",
    ],
  },
  {
    name: "an overlay target that matches nothing",
    args: ["--spec", spec("overlay/base.yaml"), "--overlay", spec("overlay/no-match.yaml")],
    code: "overlay/no-match",
    mentions: () => [`${at("overlay/no-match.yaml", `- target: "$.paths['/stores'].get"`, 5)} (/actions/1)`, "action 1"],
  },
];

describe("bad input through the CLI", () => {
  let tmp: ReturnType<typeof tempDir>;
  let pristine: string;
  let previous: Map<string, string>;
  beforeAll(async () => {
    tmp = tempDir("sdkgen-bad-");
    pristine = join(tmp.dir, "pristine");
    const run = await runCli(["--spec", spec("emit/pets.yaml"), "--out", pristine, "--quiet"]);
    expect(run.code, run.stderr).toBe(0);
    previous = readTree(pristine);
    expect(previous.size).toBeGreaterThan(20);
  });
  afterAll(() => tmp.cleanup());

  for (const c of CASES) {
    it(`${c.name}: exit 1, stderr names the file and line/pointer, output unchanged`, async () => {
      const out = join(tmp.dir, c.code.replace("/", "-"));
      cpSync(pristine, out, { recursive: true });
      const run = await runCli([...c.args, "--out", out]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`${c.code}: `);
      for (const m of c.mentions()) expect(run.stderr).toContain(m);
      expect(run.stderr).toMatch(/Generation failed in \w+; nothing was written\.\n$/);
      expect(run.stdout).toBe("");
      expect(readTree(out)).toEqual(previous);
    });
  }
});
