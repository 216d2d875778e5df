/** Validate stage: refused dangling $refs; defects (undeclared path parameters, schema violations) as warnings, errors with strict. */
import { describe, expect, it } from "vitest";
import { Diagnostics, formatDiagnostic } from "../../generator/diagnostics.js";
import { columnOf, frontEnd, generatorError, lineOf, onlyError, shown, spec } from "./helpers.js";

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

  it("an undeclared path parameter is a validate/path-param warning at the operation, and is synthesized", async () => {
    const path = spec("validate/path-param.yaml");
    const diagnostics = new Diagnostics();
    const { api } = await frontEnd(path, {}, diagnostics);
    expect(diagnostics.items.filter((d) => d.severity !== "info")).toEqual([
      {
        code: "validate/path-param",
        severity: "warning",
        file: shown(path),
        pointer: "/paths/~1pets~1{petId}~1toys~1{toyId}/get",
        line: lineOf(path, "    get:"),
        column: 5,
        message: "path parameter {petId} of GET /pets/{petId}/toys/{toyId} is not declared: added as a required string parameter",
      },
    ]);
    const params = api.resources[0]!.operations[0]!.params;
    expect(params.map((p) => [p.name, p.in, p.required, p.type])).toEqual([
      ["petId", "path", true, { kind: "primitive", type: "string" }],
      ["toyId", "path", true, { kind: "primitive", type: "string" }],
    ]);
  });

  it("a header parameter whose name is not an HTTP token is a validate/header-name warning at the parameter, and is dropped", async () => {
    const path = spec("validate/header-names.yaml");
    const diagnostics = new Diagnostics();
    const { api } = await frontEnd(path, {}, diagnostics);
    const at = (pointer: string, needle: string) => ({
      pointer,
      line: lineOf(path, needle),
      column: columnOf(path, lineOf(path, needle), "- ") + 2,
    });
    expect(
      diagnostics.items.filter((d) => d.code === "validate/header-name").map((d) => ({ ...d, message: d.message.split(":")[0] })),
    ).toEqual([
      {
        code: "validate/header-name",
        severity: "warning",
        file: shown(path),
        ...at("/paths/~1pets/parameters/0", "- name: X Trace Id"),
        message: 'header parameter "X Trace Id" is not a valid HTTP header name (letters, digits and !#$%&\'*+-.^_`|~ only)',
      },
      {
        code: "validate/header-name",
        severity: "warning",
        file: shown(path),
        ...at("/paths/~1pets/get/parameters/1", '- name: "Bad:Name"'),
        message: 'header parameter "Bad',
      },
      {
        code: "validate/header-name",
        severity: "warning",
        file: shown(path),
        ...at("/paths/~1pets/get/parameters/2", "- $ref:"),
        message: 'header parameter "Überschrift" is not a valid HTTP header name (letters, digits and !#$%&\'*+-.^_`|~ only)',
      },
    ]);
    const params = api.resources[0]!.operations[0]!.params;
    expect(params.map((p) => [p.name, p.in])).toEqual([
      ["X-Request-Id", "header"],
      ["x-api-version", "header"],
    ]);
  });

  it("a document that breaks the OpenAPI schema is a validate/openapi warning naming the file, line and offending node", async () => {
    const path = spec("validate/schema-invalid.yaml");
    const diagnostics = new Diagnostics();
    await frontEnd(path, {}, diagnostics);
    expect(diagnostics.items.filter((d) => d.code === "validate/openapi")).toEqual([
      {
        code: "validate/openapi",
        severity: "warning",
        file: shown(path),
        pointer: "/paths/~1pets/get/parameters/0/in",
        line: lineOf(path, "in: body"),
        column: 11,
        message: '"body" is not one of the allowed values ("query", "header", "path", "cookie") (OpenAPI 3.1 schema)',
      },
    ]);
  });

  it("with strict, the same defect is an error and the run stops in validate", async () => {
    const path = spec("validate/schema-invalid.yaml");
    const e = await generatorError(() => frontEnd(path, { strict: true }));
    expect(e.stage).toBe("validate");
    expect(onlyError(e)).toMatchObject({
      code: "validate/openapi",
      pointer: "/paths/~1pets/get/parameters/0/in",
      message: expect.stringMatching(/\(refused in strict mode\)$/),
    });
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
