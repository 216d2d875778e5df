/**
 * Through the CLI: a spec with defects generates (exit 0) and lists each defect as a warning with file:line:column
 * (pointer); `--strict` or config `strict: true` refuses the same spec (exit 1, nothing written) with those warnings
 * as errors. What the IR cannot be built from is refused either way.
 */
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, tempDir } from "../helpers/project.js";
import { lineOf, runCli, shown } from "../pipeline/helpers.js";
import { realworld } from "./helpers.js";

const tmp = tempDir("sdkgen-strict-");
afterAll(() => tmp.cleanup());

const place = (path: string, needle: string, column: number, pointer: string, nth = 1) =>
  `${shown(path)}:${lineOf(path, needle, nth)}:${column} (${pointer})`;

describe("defects are warnings; --strict makes them errors", () => {
  const path = realworld("schema-defects.yaml");

  it("without --strict: exit 0, every defect printed as a warning with its place, the package written", async () => {
    const out = join(tmp.dir, "lenient");
    const run = await runCli(["--spec", path, "--out", out, "--quiet"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain("Warnings (4):");
    expect(run.stderr).toContain(
      `${place(path, "twitter:", 5, "/info/contact/twitter")}\n    validate/openapi: key "twitter" is not allowed here (OpenAPI 3.1 schema)`,
    );
    expect(run.stderr).toContain(
      `${place(path, "in: body", 11, "/paths/~1pets/get/parameters/0/in")}\n    validate/openapi: "body" is not one of the allowed values`,
    );
    expect(run.stderr).not.toContain("Errors");
    expect(existsSync(join(out, "src/resources/pets.ts"))).toBe(true);
  }, 120_000);

  it("--strict: exit 1, the validate/ warnings are errors, other warnings stay warnings, nothing written", async () => {
    const dup = realworld("duplicate-operation-ids.yaml");
    const out = join(tmp.dir, "strict");
    const run = await runCli(["--spec", dup, "--out", out, "--strict"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("Errors (2):");
    expect(run.stderr).toContain(
      `${place(dup, "operationId: list", 7, "/paths/~1owners/get/operationId", 2)}\n    validate/duplicate-operation-id: operationId "list" of GET /owners is also that of GET /pets`,
    );
    expect(run.stderr).toContain("(refused in strict mode)");
    expect(run.stderr).toMatch(/Warnings \(1\):\n.*\n {4}normalize\/operation-name-collision: /);
    expect(run.stderr).toMatch(/Generation failed in validate; nothing was written\.\n$/);
    expect(existsSync(out)).toBe(false);
  });

  it("config `strict: true` refuses the same way; a `strict` that is not a boolean is a config error at its line", async () => {
    const config = join(tmp.dir, "strict.yaml");
    writeFileSync(config, `inputs:\n  - ${realworld("path-params.yaml")}\noutput: out\nstrict: true\n`);
    const run = await runCli([config]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      "validate/path-param: path parameter {petId} of GET /pets/{petId}/toys/{toyId} is not declared: added as a required string parameter (refused in strict mode)",
    );
    expect(existsSync(join(tmp.dir, "out"))).toBe(false);

    const bad = join(tmp.dir, "bad.yaml");
    writeFileSync(bad, `inputs:\n  - ${realworld("path-params.yaml")}\nstrict: yes\n`);
    const badRun = await runCli([bad]);
    expect(badRun.code).toBe(1);
    expect(badRun.stderr).toContain(`${shown(bad)}:3:1 (/strict)\n    config/invalid: \`strict\` must be true or false`);
  });
});

describe("containers of the wrong JSON type: dropped with a warning, refused under --strict", () => {
  it("an operation that is not a mapping, parameters that are not a list: normalize/shape warnings at their pointers; the rest generates", async () => {
    const path = realworld("broken-structure.yaml");
    const out = join(tmp.dir, "broken");
    const run = await runCli(["--spec", path, "--out", out, "--quiet"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain("Warnings (2):");
    expect(run.stderr).toContain(
      `${place(path, "get: list the pets", 5, "/paths/~1pets/get")}\n    normalize/shape: expected an object, found a string ("list the pets"): ignored`,
    );
    expect(run.stderr).toContain(
      `${place(path, "      parameters:", 7, "/paths/~1pets/post/parameters")}\n    normalize/shape: expected an array, found an object`,
    );
    expect(existsSync(join(out, "src/resources/pets.ts"))).toBe(true);
    const strict = await runCli(["--spec", path, "--out", join(tmp.dir, "broken-strict"), "--strict"]);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(
      /normalize\/shape: expected an object, found a string \("list the pets"\): ignored \(refused in strict mode\)/,
    );
    expect(existsSync(join(tmp.dir, "broken-strict"))).toBe(false);
  }, 120_000);

  const HEAD = "openapi: 3.0.3\ninfo:\n  title: Pets\n  version: 1.0.0\n";
  const ok = '  /pets:\n    get:\n      responses:\n        "204":\n          description: Done.\n';
  const cases: Array<[string, string, string]> = [
    ["paths is a list", "paths:\n  - /pets\n", "/paths"],
    ["a path item is a string", "paths:\n  /pets: list them\n", "/paths/~1pets"],
    ["responses is a list", "paths:\n  /pets:\n    get:\n      responses:\n        - ok\n", "/paths/~1pets/get/responses"],
    [
      "requestBody is a string",
      "paths:\n  /pets:\n    post:\n      requestBody: a pet\n      responses: {}\n",
      "/paths/~1pets/post/requestBody",
    ],
    ["components is a list", `paths:\n${ok}components:\n  - Pet\n`, "/components"],
    ["components.schemas is a list", `paths:\n${ok}components:\n  schemas:\n    - Pet\n`, "/components/schemas"],
  ];
  for (const [name, body, pointer] of cases) {
    it(`${name}: normalize/shape at ${pointer}, with its line, and --strict refuses it`, async () => {
      const path = join(tmp.dir, `${name.replace(/\W+/g, "-")}.yaml`);
      writeFileSync(path, HEAD + body);
      const key = pointer.split("/").pop()!.replace("~1", "/");
      const where = `${shown(path)}:${lineOf(path, `${key}:`)}:`;
      const run = await runCli(["--spec", path, "--check", "--out", join(tmp.dir, "never")]);
      expect(run.stderr).toContain(where);
      expect(run.stderr).toMatch(
        new RegExp(
          `\\(${pointer.replace(/[/~]/g, (c) => "\\" + c)}\\)\\n    normalize/shape: expected an? \\w+( \\(or a \\$ref\\))?, found`,
        ),
      );
      const strict = await runCli(["--spec", path, "--out", join(tmp.dir, "never"), "--strict"]);
      expect(strict.code).toBe(1);
      expect(strict.stderr).toContain("(refused in strict mode)");
      expect(existsSync(join(tmp.dir, "never"))).toBe(false);
    }, 120_000);
  }
});

describe("--strict and load's defects", () => {
  it("--strict also refuses the defects load absorbs: a version written as a YAML number", async () => {
    const path = join(ROOT, "test/specs/load/version-numbers.yaml");
    const lenient = await runCli(["--spec", path, "--check", "--out", join(tmp.dir, "v-lenient")]);
    expect(lenient.stderr).toMatch(/warning|Warnings/);
    expect(lenient.stderr).toContain("load/version-number");
    const strict = await runCli(["--spec", path, "--out", join(tmp.dir, "v-strict"), "--strict"]);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/Errors \(\d+\):/);
    expect(strict.stderr).toMatch(/load\/version-number: .*\(refused in strict mode\)/);
    expect(existsSync(join(tmp.dir, "v-strict"))).toBe(false);
  }, 120_000);
});
