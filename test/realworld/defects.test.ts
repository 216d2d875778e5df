/**
 * Defects real specs carry are absorbed: each is a `validate/…` warning naming file, line and JSON pointer, and the SDK is
 * generated anyway. `--strict` (or config `strict: true`) turns exactly these warnings into errors.
 */
import { describe, expect, it } from "vitest";
import { Diagnostics } from "../../generator/diagnostics.js";
import { frontEnd, lineOf, shown } from "../pipeline/helpers.js";
import { generateSpec, realworld, warnings } from "./helpers.js";

const front = async (name: string) => {
  const diagnostics = new Diagnostics();
  const result = await frontEnd(realworld(name), {}, diagnostics);
  return { ...result, items: diagnostics.items };
};

describe("responses with no description", () => {
  const path = realworld("response-description.yaml");

  it("are validate/response-description warnings at the response, inline and shared", async () => {
    const { items } = await front("response-description.yaml");
    expect(warnings(items, "validate/response-description")).toEqual([
      {
        code: "validate/response-description",
        severity: "warning",
        file: shown(path),
        line: lineOf(path, '"200":'),
        column: 9,
        pointer: "/paths/~1pets~1{petId}/get/responses/200",
        message: "response 200 of GET /pets/{petId} has no description (OpenAPI requires one): generated without",
      },
      {
        code: "validate/response-description",
        severity: "warning",
        file: shown(path),
        line: lineOf(path, "    NotFound:"),
        column: 5,
        pointer: "/components/responses/NotFound",
        message: "response components.responses.NotFound has no description (OpenAPI requires one): generated without",
      },
    ]);
    // Absorbed once: the schema check does not report the same defect again.
    expect(items.filter((d) => d.code === "validate/openapi")).toEqual([]);
  });

  it("still give the typed response and the error type", async () => {
    const { api } = await front("response-description.yaml");
    const op = api.resources.find((r) => r.name.join(" ") === "pets")!.operations[0]!;
    expect(op.responses).toEqual([{ status: "200", kind: "json", contentType: "application/json", type: { kind: "named", name: "Pet" } }]);
    expect(op.errors).toEqual([{ status: "404", type: expect.objectContaining({ kind: "named" }) }]);
  });
});

describe("path template parameters", () => {
  const path = realworld("path-params.yaml");
  const op = "/paths/~1pets~1{petId}~1toys~1{toyId}/get";

  it("an undeclared one is synthesized (required string), a stray one dropped, an optional one made required: each a validate/path-param warning", async () => {
    const { items } = await front("path-params.yaml");
    expect(warnings(items, "validate/path-param")).toEqual([
      {
        code: "validate/path-param",
        severity: "warning",
        file: shown(path),
        line: lineOf(path, "- name: toyId"),
        column: 11,
        pointer: `${op}/parameters/0`,
        message: 'path parameter "toyId" of /pets/{petId}/toys/{toyId} is not marked required: made required',
      },
      {
        code: "validate/path-param",
        severity: "warning",
        file: shown(path),
        line: lineOf(path, "- name: ownerId"),
        column: 11,
        pointer: `${op}/parameters/1`,
        message: 'path parameter "ownerId" is not in the path /pets/{petId}/toys/{toyId}: dropped',
      },
      {
        code: "validate/path-param",
        severity: "warning",
        file: shown(path),
        line: lineOf(path, "    get:"),
        column: 5,
        pointer: op,
        message: "path parameter {petId} of GET /pets/{petId}/toys/{toyId} is not declared: added as a required string parameter",
      },
    ]);
    expect(items.filter((d) => d.code === "validate/openapi")).toEqual([]);
  });

  it("the generated method takes petId: string and toyId: number in path order, and builds the URL from both", async () => {
    const { files, items } = await generateSpec(path);
    expect(items.filter((d) => d.severity === "error")).toEqual([]);
    const toys = files.get("src/resources/toys.ts")!;
    expect(toys).toMatch(/getToy\(\s*petId: string,\s*toyId: number,\s*request\?: ToysGetToyRequest,/);
    expect(toys).toMatch(/`\/pets\/\$\{encodePathParam\(petId\b[^}]*\}\/toys\/\$\{encodePathParam\(toyId\b[^}]*\}`/);
    expect(toys).not.toContain("ownerId");
    expect(files.has("dist/esm/resources/toys.js")).toBe(true); // compiled: the package type-checks
  }, 120_000);
});

describe("duplicate operationIds", () => {
  const path = realworld("duplicate-operation-ids.yaml");

  it("each repeat in one document is a validate/duplicate-operation-id warning naming the first use", async () => {
    const { items } = await front("duplicate-operation-ids.yaml");
    const first = `${shown(path)}:${lineOf(path, "operationId: list", 1)}`;
    expect(warnings(items, "validate/duplicate-operation-id")).toEqual([
      {
        code: "validate/duplicate-operation-id",
        severity: "warning",
        file: shown(path),
        line: lineOf(path, "operationId: list", 2),
        column: 7,
        pointer: "/paths/~1owners/get/operationId",
        message: `operationId "list" of GET /owners is also that of GET /pets at ${first}; OpenAPI requires them unique: each gets its own method name`,
      },
      {
        code: "validate/duplicate-operation-id",
        severity: "warning",
        file: shown(path),
        line: lineOf(path, "operationId: list", 3),
        column: 7,
        pointer: "/paths/~1pets~1search/get/operationId",
        message: `operationId "list" of GET /pets/search is also that of GET /pets at ${first}; OpenAPI requires them unique: each gets its own method name`,
      },
    ]);
  });

  it("every operation keeps its own method", async () => {
    const { api } = await front("duplicate-operation-ids.yaml");
    const methods = api.resources.flatMap((r) => r.operations.map((o) => `${o.id} ${o.method} ${o.path}`));
    expect(methods).toEqual(["pets.list GET /pets", "pets.listGet GET /pets/search", "owners.list GET /owners"]);
  });

  it("the same operationId in two merged input files is not a defect of either", async () => {
    const diagnostics = new Diagnostics();
    await frontEnd(
      [realworld("duplicate-operation-ids.yaml"), realworld("path-params.yaml"), realworld("merged-list.yaml")],
      {},
      diagnostics,
    );
    expect(warnings(diagnostics.items, "validate/duplicate-operation-id").map((d) => d.file)).toEqual([shown(path), shown(path)]);
  });
});

describe("schema defects swagger-parser used to stop on", () => {
  const path = realworld("schema-defects.yaml");

  it("are validate/openapi warnings at the deepest pointer, in words naming the key or value", async () => {
    const { items } = await front("schema-defects.yaml");
    const at = (needle: string) => ({ file: shown(path), line: lineOf(path, needle) });
    expect(warnings(items, "validate/openapi")).toEqual([
      {
        code: "validate/openapi",
        severity: "warning",
        ...at("twitter:"),
        column: 5,
        pointer: "/info/contact/twitter",
        message: 'key "twitter" is not allowed here (OpenAPI 3.1 schema)',
      },
      {
        code: "validate/openapi",
        severity: "warning",
        ...at("- description: no url here"),
        column: 5,
        pointer: "/servers/0",
        message: 'missing required key "url" (OpenAPI 3.1 schema)',
      },
      {
        code: "validate/openapi",
        severity: "warning",
        ...at("in: body"),
        column: 11,
        pointer: "/paths/~1pets/get/parameters/0/in",
        message: '"body" is not one of the allowed values ("query", "header", "path", "cookie") (OpenAPI 3.1 schema)',
      },
    ]);
    expect(warnings(items, "ir/parameter")).toEqual([
      expect.objectContaining({
        ...at("- name: filter"),
        pointer: "/paths/~1pets/get/parameters/0",
        message: 'parameter "filter" is in "body", not path, query, header or cookie: left out of the SDK',
      }),
    ]);
  });

  it("the rest of the document is generated: the valid query parameter, the response type, no server without a URL", async () => {
    const { api } = await front("schema-defects.yaml");
    const op = api.resources[0]!.operations[0]!;
    expect(op.params.map((p) => `${p.in}:${p.name}`)).toEqual(["query:limit"]);
    expect(op.responses[0]!.type).toEqual({ kind: "array", items: { kind: "primitive", type: "string" } });
    expect(api.servers).toEqual([]);
  });
});
