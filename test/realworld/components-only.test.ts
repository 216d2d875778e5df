/** Documents without `paths` (shared model libraries; valid in 3.1) generate the models package: types, no resources. */
import { describe, expect, it } from "vitest";
import { Diagnostics } from "../../generator/diagnostics.js";
import { frontEnd, shown } from "../pipeline/helpers.js";
import { generateSpec, realworld } from "./helpers.js";

describe("components-only documents", () => {
  it("3.1: generates the types and no resource, with no warning", async () => {
    const { files, items, api } = await generateSpec(realworld("components-only.yaml"));
    expect(items.filter((d) => d.severity !== "info")).toEqual([]);
    expect(api.resources).toEqual([]);
    expect([...files.keys()].filter((f) => f.includes("resources/"))).toEqual([]);
    const types = files.get("src/types.ts")!;
    expect(types).toMatch(/export interface Pet \{[^}]*id: string;[^}]*name: string;[^}]*kind\?: PetKind;[^}]*owner\?: Owner;/s);
    expect(types).toMatch(/export interface Owner \{\s*displayName\?: string;/);
    expect(types).toMatch(/export type PetKind = "cat" \| "dog"/);
    expect(files.get("src/index.ts")).toContain('export * from "./types.js";');
    expect(files.has("dist/esm/index.js") && files.has("dist/cjs/index.d.ts")).toBe(true); // compiled: it type-checks
    const readme = files.get("README.md")!;
    expect(readme).toContain("## Types\n\nThe Pet Models document describes no operations: this package holds its types only");
    expect(readme).not.toContain("## Methods");
    expect(readme).not.toContain("## Usage");
    expect(Object.keys(JSON.parse(files.get("package.json")!).exports).filter((k) => k.includes("resources"))).toEqual([]);
  }, 120_000);

  it("3.0 (where paths is required): the same models, with a validate/openapi warning at the document", async () => {
    const path = realworld("components-only-30.yaml");
    const diagnostics = new Diagnostics();
    const { api } = await frontEnd(path, {}, diagnostics);
    expect(diagnostics.items.filter((d) => d.severity !== "info")).toEqual([
      {
        code: "validate/openapi",
        severity: "warning",
        file: shown(path),
        line: 1,
        column: 1,
        pointer: "",
        message: 'the document has no "paths" (OpenAPI 3.0 requires it, 3.1 does not): only its models are generated (OpenAPI 3.0 schema)',
      },
    ]);
    expect(api.resources).toEqual([]);
    expect(api.types.map((t) => t.name)).toEqual(["Pet"]);
  });
});
