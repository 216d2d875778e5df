/**
 * A held-out-style corpus (test/realworld/suite): small specs, each written for one kind of input that real specs and
 * other generators' test suites carry. Every one goes through the whole pipeline (emit, format, the TypeScript 7 gate
 * and the esbuild build) and must give a clean package; a defect is a warning at its file, line and JSON pointer; only
 * the `refused-*` specs (not OpenAPI, or broken on purpose) are refused, at a named pointer. Prints a table and the rate.
 */
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { Diagnostics, GeneratorError, formatDiagnostic, type Diagnostic } from "../../generator/diagnostics.js";
import { generate } from "../../generator/pipeline.js";
import { ROOT } from "../helpers/project.js";
import { lineOf, shown } from "../pipeline/helpers.js";
import { unplaced } from "./helpers.js";

const SUITE = join(ROOT, "test/realworld/suite");

/** Entry documents: the files at the top of the suite, and the `openapi.yaml` / `swagger.yaml` of each folder. */
function entries(): string[] {
  return readdirSync(SUITE)
    .flatMap((name) => {
      const p = join(SUITE, name);
      if (!statSync(p).isDirectory()) return /\.(ya?ml|json)$/.test(name) ? [p] : [];
      return readdirSync(p)
        .filter((f) => /^(openapi|swagger)\.(ya?ml|json)$/.test(f))
        .map((f) => join(p, f));
    })
    .sort();
}

interface Expected {
  code: string;
  /** A text on the line the diagnostic must name (its first occurrence, or the nth). */
  line: string;
  nth?: number;
  pointer: string;
}

/** Specs with defects: the warnings they must give (code, line, pointer), in any order. */
const WARNINGS: Record<string, Expected[]> = {
  // Swagger 2.0: every pointer and line is the Swagger file's, though the defects are found in the converted document.
  "defect-swagger2-response-description.yaml": [
    { code: "load/version-number", line: "version: 1.0", pointer: "/info/version" },
    { code: "load/swagger2", line: "- name: X-Fields", pointer: "/paths/~1owners/get/parameters/0" },
    { code: "normalize/shape", line: "required: name", pointer: "/definitions/Pet/required" },
    { code: "validate/path-param", line: "    get:", pointer: "/paths/~1pets~1{petId}/get" },
    { code: "validate/response-description", line: '"200":', pointer: "/paths/~1pets~1{petId}/get/responses/200" },
    { code: "validate/openapi", line: 'maximum: "100"', pointer: "/paths/~1owners/get/parameters/1/maximum" },
  ],
  "defect-version-numbers.yaml": [
    { code: "load/version-number", line: "openapi: 3.0", pointer: "/openapi" },
    { code: "load/version-number", line: "version: 1.10", pointer: "/info/version" },
  ],
  "oas30-no-operation-ids.yaml": [
    { code: "normalize/operation-name-collision", line: "    patch:", pointer: "/paths/~1api~1v1~1users~1{id}/patch" },
  ],
  "oas30-ref-siblings.yaml": [
    {
      code: "normalize/ref-siblings",
      line: "description: siblings of a 3.0 $ref",
      pointer: "/components/schemas/Item/properties/kind/description",
    },
  ],
  // A client certificate is set up outside the SDK (a fetch with a TLS agent): the scheme has nothing to generate.
  "oas31-mutual-tls.yaml": [{ code: "ir/auth", line: "    mtls:", pointer: "/components/securitySchemes/mtls" }],
  // OpenAPI 3 has no tab-delimited style: the converter's loss is reported at the Swagger parameter.
  "swagger2-collection-format.yaml": [{ code: "load/swagger2", line: "- name: tabbed", pointer: "/paths/~1search/get/parameters/4" }],
};

/** Specs refused on purpose: the error code and the pointer it names. */
const REFUSED: Record<string, { code: string; pointer: string }> = {
  "refused-not-openapi.json": { code: "load/not-openapi", pointer: "" },
  "refused-asyncapi.yaml": { code: "load/not-openapi", pointer: "" },
  "refused-dangling-ref.yaml": {
    code: "validate/dangling-ref",
    pointer: "/paths/~1pets/get/responses/200/content/application~1json/schema/$ref",
  },
};

/**
 * Specs that fail today for a cause being fixed on another branch: asserted to fail exactly so, and counted as not
 * clean. When the fix is merged this assertion fails: remove the entry.
 */
const PENDING: Record<string, { code: string; message: RegExp }> = {
  // `type JsonValue = … | Record<string, JsonValue>` circularly references itself (h-hostile: recursive maps).
  "oas30-recursive.yaml": { code: "compile/type-error", message: /'JsonValue' circularly references itself/ },
};

const rows: string[][] = [];
let clean = 0;
let refused = 0;
afterAll(() => {
  const widths = rows[0] ? rows[0].map((_, i) => Math.max(...rows.map((r) => r[i]!.length))) : [];
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join("  ");
  const total = rows.length;
  console.log(
    [
      "",
      line(["spec", "ops", "types", "warnings", "result"]),
      ...rows.map(line),
      `${clean}/${total - refused} generate clean, ${refused} refused`,
    ].join("\n"),
  );
});

const show = (items: readonly Diagnostic[]) => items.map(formatDiagnostic).join("\n");

describe("held-out-style suite", () => {
  const all = entries();
  it("has the corpus", () => expect(all.length).toBeGreaterThanOrEqual(50));

  for (const path of all) {
    const name = relative(SUITE, path);
    it(name, async () => {
      const diagnostics = new Diagnostics();
      let result: Awaited<ReturnType<typeof generate>> | undefined;
      let failure: GeneratorError | undefined;
      try {
        result = await generate({ inputs: [path], overlays: [], output: join(ROOT, "node_modules/.cache/suite", name) }, diagnostics);
      } catch (e) {
        if (!(e instanceof GeneratorError)) throw e;
        failure = e;
      }
      const items = [...new Set([...diagnostics.items, ...(failure?.diagnostics ?? [])])];
      const warned = items.filter((d) => d.severity === "warning");
      const refusal = REFUSED[name];
      const ops = result?.api.resources.reduce((n, r) => n + r.operations.length, 0);
      const outcome = failure
        ? `${refusal ? "refused" : "FAILED"}: ${failure.diagnostics.find((d) => d.severity === "error")?.code}`
        : refusal
          ? "NOT REFUSED"
          : "ok";
      rows.push([name, String(ops ?? "-"), String(result?.api.types.length ?? "-"), String(warned.length), outcome]);
      if (outcome === "ok") clean++;
      if (refusal && failure) refused++;

      const pending = PENDING[name];
      if (pending) {
        expect(failure?.diagnostics.find((d) => d.severity === "error")).toMatchObject({ code: pending.code, message: pending.message });
        return;
      }
      expect(unplaced(items), show(unplaced(items))).toEqual([]);
      if (refusal) {
        expect(failure, "must be refused").toBeDefined();
        expect(failure!.diagnostics.filter((d) => d.severity === "error").map((d) => [d.code, d.file, d.pointer])).toContainEqual([
          refusal.code,
          shown(path),
          refusal.pointer,
        ]);
        return;
      }
      expect(failure, failure && show(failure.diagnostics.filter((d) => d.severity === "error")).slice(0, 3000)).toBeUndefined();
      expect(result!.files.has("dist/esm/index.js")).toBe(true);
      expect(result!.files.has("dist/esm/index.d.ts")).toBe(true);
      // Every warning is one this spec was written to give, at its line and pointer.
      const expected = (WARNINGS[name] ?? []).map((w) => [w.code, shown(path), lineOf(path, w.line, w.nth), w.pointer]);
      expect(warned.map((d) => [d.code, d.file, d.line, d.pointer]).sort(), show(warned)).toEqual(expected.sort());
    }, 120_000);
  }
});
