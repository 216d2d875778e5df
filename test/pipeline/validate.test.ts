/** Validate stage: our own checks ($refs resolve, path parameters are declared) and swagger-parser's schema validation. */
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../generator/diagnostics.js";
import { frontEnd, generatorError, lineOf, onlyError, shown, spec } from "./helpers.js";

describe("validate", () => {
  it("a dangling $ref is validate/dangling-ref with file, pointer and line", async () => {
    const path = spec("validate/dangling-ref.yaml");
    const e = await generatorError(() => frontEnd(path));
    expect(e.stage).toBe("validate");
    expect(onlyError(e)).toEqual({
      code: "validate/dangling-ref",
      severity: "error",
      file: shown(path),
      pointer: "/paths/~1pets/get/responses/200/content/application~1json/schema/$ref",
      line: lineOf(path, '$ref: "#/components/schemas/Pets"'),
      column: 17,
      message: "$ref #/components/schemas/Pets points to nothing",
    });
  });

  it("a dangling $ref inside a renamed schema is still found at its source line", async () => {
    const path = spec("validate/dangling-ref-renamed.yaml");
    const e = await generatorError(() => frontEnd(path));
    expect(onlyError(e)).toMatchObject({
      code: "validate/dangling-ref",
      file: shown(path),
      pointer: "/components/schemas/embed-jobs_list_Response_200/properties/jobs/items/$ref",
      line: lineOf(path, '$ref: "#/components/schemas/EmbedJob"'),
    });
  });

  it("an undeclared path parameter is validate/path-param at the operation", async () => {
    const path = spec("validate/path-param.yaml");
    const e = await generatorError(() => frontEnd(path));
    expect(onlyError(e)).toEqual({
      code: "validate/path-param",
      severity: "error",
      file: shown(path),
      pointer: "/paths/~1pets~1{petId}~1toys~1{toyId}/get",
      line: lineOf(path, "    get:"),
      column: 5,
      message: "path parameter {petId} of /pets/{petId}/toys/{toyId} is not declared",
    });
  });

  it("a document that breaks the OpenAPI schema (swagger-parser) is an error naming the file and the offending node", async () => {
    const path = spec("validate/schema-invalid.yaml");
    const e = await generatorError(() => frontEnd(path));
    expect(e.stage).toBe("validate");
    const errors = e.diagnostics.filter((d) => d.severity === "error");
    expect(errors.length).toBeGreaterThan(0);
    for (const d of errors) {
      expect(d.code).toBe("validate/openapi");
      expect(d.file).toBe(shown(path));
      expect(d.line).toBeGreaterThan(0);
    }
    expect(errors).toContainEqual(
      expect.objectContaining({ pointer: "/paths/~1pets/get/parameters/0/in", line: lineOf(path, "in: body"), message: expect.stringContaining("allowed values") }),
    );
    expect(e.message).toContain(`${shown(path)}:${lineOf(path, "in: body")}`);
  });

  it("every error message reads file:line:column (pointer)", async () => {
    const path = spec("validate/dangling-ref.yaml");
    const e = await generatorError(() => frontEnd(path));
    expect(formatDiagnostic(onlyError(e))).toBe(
      `${shown(path)}:15:17 (/paths/~1pets/get/responses/200/content/application~1json/schema/$ref): error validate/dangling-ref: $ref #/components/schemas/Pets points to nothing`,
    );
  });
});
