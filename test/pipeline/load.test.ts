/** Load stage: files (YAML, JSON), folders, Markdown pages, Swagger 2.0 and split specs → source documents with positions. */
import { describe, expect, it } from "vitest";
import { Diagnostics } from "../../generator/diagnostics.js";
import type { Diagnostic } from "../../generator/diagnostics.js";
import { loadInputs } from "../../generator/load/files.js";
import { locateIn } from "../../generator/load/source-map.js";
import { columnOf, frontEnd, generatorError, lineOf, onlyError, shown, spec, withCode } from "./helpers.js";

async function load(...rels: string[]) {
  const diagnostics = new Diagnostics();
  const docs = await loadInputs(rels.map(spec), diagnostics);
  return { docs, diagnostics };
}

describe("load: single files", () => {
  it("loads a YAML file, with the line of every node", async () => {
    const path = spec("load/pets.yaml");
    const { docs, diagnostics } = await load("load/pets.yaml");
    expect(docs).toHaveLength(1);
    const [d] = docs;
    expect(d!.file).toBe(shown(path));
    expect(d!.path).toBe(path);
    expect(d!.doc.info.title).toBe("Pets");
    expect(Object.keys(d!.doc.paths)).toEqual(["/pets"]);
    expect(d!.positions.get("/paths/~1pets/get")).toEqual({ line: lineOf(path, "    get:"), column: 5 });
    expect(d!.positions.get("/components/schemas/Pet")).toEqual({ line: lineOf(path, "    Pet:"), column: 5 });
    expect(diagnostics.items).toEqual([]);
  });

  it("loads a JSON file into the same document as its YAML twin, with positions", async () => {
    const path = spec("load/pets.json");
    const { docs } = await load("load/pets.json");
    const yaml = await load("load/pets.yaml");
    expect(docs).toHaveLength(1);
    expect(docs[0]!.file).toBe(shown(path));
    expect(docs[0]!.doc).toEqual(yaml.docs[0]!.doc);
    expect(docs[0]!.positions.get("/components/schemas/Pet")?.line).toBe(lineOf(path, '"Pet":'));
  });

  it("rejects an explicitly named file that is not OpenAPI", async () => {
    const path = spec("load/dir/notes.yaml");
    const e = await generatorError(() => load("load/dir/notes.yaml"));
    expect(e.stage).toBe("load");
    expect(onlyError(e)).toMatchObject({ code: "load/not-openapi", file: shown(path) });
  });

  it("reports a missing input by name", async () => {
    const e = await generatorError(() => load("load/does-not-exist.yaml"));
    expect(onlyError(e)).toMatchObject({ code: "load/not-found", file: shown(spec("load/does-not-exist.yaml")) });
  });
});

describe("load: a folder", () => {
  it("loads every OpenAPI document in it, skips other YAML (with a note), other files and nested folders", async () => {
    const { docs, diagnostics } = await load("load/dir");
    expect(docs.map((d) => d.file)).toEqual([shown(spec("load/dir/owners.json")), shown(spec("load/dir/pets.yaml"))]);
    expect(docs.map((d) => Object.keys(d.doc.paths))).toEqual([["/owners"], ["/pets"]]);
    expect(diagnostics.items).toEqual([
      {
        code: "load/skipped",
        severity: "info",
        file: shown(spec("load/dir/notes.yaml")),
        line: lineOf(spec("load/dir/notes.yaml"), "title: Release notes"),
        column: 1,
        pointer: "",
        message: expect.stringContaining("not an OpenAPI document"),
      },
    ]);
  });

  it("merges the folder's documents in the front end", async () => {
    const { doc } = await frontEnd("load/dir");
    expect(Object.keys(doc.paths)).toEqual(["/owners", "/pets"]);
  });
});

describe("load: a Markdown page with ```yaml blocks", () => {
  const page = spec("load/page.md");

  it("takes only the blocks that are OpenAPI documents; positions are the page's lines", async () => {
    const { docs, diagnostics } = await load("load/page.md");
    expect(docs).toHaveLength(1);
    const [d] = docs;
    expect(d!.file).toBe(shown(page));
    expect(d!.doc.info.title).toBe("Pets page");
    expect(d!.positions.get("/openapi")).toEqual({ line: lineOf(page, "openapi: 3.1.0"), column: 1 });
    expect(d!.positions.get("/paths/~1pets/get/parameters/0")?.line).toBe(lineOf(page, "- name: kind"));
    expect(diagnostics.items).toEqual([]);
  });

  it("diagnostics of later stages name the page and its line", async () => {
    const { diagnostics } = await frontEnd("load/page.md");
    const [fix] = withCode(diagnostics.items, "normalize/enum-objects");
    expect(fix).toMatchObject({
      severity: "info",
      file: shown(page),
      pointer: "/paths/~1pets/get/parameters/0/schema/enum",
      line: lineOf(page, "enum:"),
    });
  });

  it("a syntax error in a block is reported at the page's line and column", async () => {
    const broken = spec("load/page-invalid.md");
    const e = await generatorError(() => load("load/page-invalid.md"));
    const line = lineOf(broken, "summary: a: b");
    expect(onlyError(e)).toMatchObject({ code: "load/syntax", file: shown(broken), line, column: columnOf(broken, line, "a: b") });
  });

  it("a page without any OpenAPI block is an error", async () => {
    const e = await generatorError(() => loadInputs([spec("load/dir/README.md")], new Diagnostics()));
    expect(onlyError(e)).toMatchObject({ code: "load/no-documents", file: shown(spec("load/dir/README.md")) });
  });
});

describe("load: invalid YAML", () => {
  it("throws a GeneratorError whose diagnostic names the file, line and column", async () => {
    const path = spec("load/invalid.yaml");
    const e = await generatorError(() => load("load/invalid.yaml"));
    expect(e.stage).toBe("load");
    const line = lineOf(path, "summary: a: b");
    // The yaml parser reports "Nested mappings are not allowed in compact mappings" at `a: b` (line 8, column 16).
    expect(onlyError(e)).toEqual({
      code: "load/syntax",
      severity: "error",
      file: shown(path),
      line,
      column: columnOf(path, line, "a: b"),
      message: expect.stringContaining("invalid YAML/JSON"),
    });
    expect(e.message).toContain(`${shown(path)}:${line}:`);
  });
});

describe("load: Swagger 2.0", () => {
  it("is converted to OpenAPI 3.0 with a load/swagger2 note", async () => {
    const path = spec("load/swagger2.yaml");
    const { docs, diagnostics } = await load("load/swagger2.yaml");
    const d = docs[0]!.doc;
    expect(d.swagger).toBeUndefined();
    expect(d.openapi).toMatch(/^3\.0\./);
    expect(d.servers).toEqual([{ url: "https://legacy.example.com/api" }]);
    expect(d.components.schemas.Pet.required).toEqual(["id"]);
    expect(d.paths["/pets/{petId}"].get.parameters[0]).toEqual({ name: "petId", in: "path", required: true, schema: { type: "string" } });
    expect(d.paths["/pets/{petId}"].get.responses["200"].content["application/json"].schema).toEqual({ $ref: "#/components/schemas/Pet" });
    expect(diagnostics.items).toEqual([
      {
        code: "load/swagger2",
        severity: "info",
        file: shown(path),
        line: lineOf(path, "swagger:"),
        column: 1,
        pointer: "/swagger",
        message: expect.stringMatching(/Swagger 2\.0 converted to OpenAPI 3\.0/),
      },
    ]);
  });

  it("goes through the whole front end", async () => {
    const { api } = await frontEnd("load/swagger2.yaml");
    expect(api.resources.flatMap((r) => r.operations.map((o) => `${o.method} ${o.path} ${o.id}`))).toEqual([
      "GET /pets/{petId} pets.getPet",
    ]);
    expect(api.servers[0]!.url).toBe("https://legacy.example.com/api");
  });
});

describe("load: a spec split across files", () => {
  it("turns each relative external $ref target (nested too) into one component, with that file's positions", async () => {
    const path = spec("load/split/openapi.yaml");
    const list = spec("load/split/schemas/pet-list.yaml");
    const { docs, diagnostics } = await load("load/split/openapi.yaml");
    expect(docs).toHaveLength(1);
    const d = docs[0]!;
    expect(d.doc.paths["/pets"].get.responses["200"].content["application/json"].schema).toEqual({ $ref: "#/components/schemas/pet-list" });
    expect(d.doc.components.schemas["pet-list"]).toEqual({ type: "array", items: { $ref: "#/components/schemas/pet" } });
    expect(d.doc.components.schemas.pet).toMatchObject({
      type: "object",
      required: ["id"],
      properties: { id: { type: "string" }, name: { type: "string" } },
    });
    expect(locateIn(d, "/components/schemas/pet-list/items")).toMatchObject({
      file: shown(list),
      line: lineOf(list, "items:"),
      pointer: "/items",
    });
    expect(withCode(diagnostics.items, "load/bundled")).toEqual([
      {
        code: "load/bundled",
        severity: "info",
        file: shown(path),
        line: 1,
        column: 1,
        pointer: "",
        message: expect.stringContaining("2 component(s) added (pet-list, pet)"),
      },
    ]);
  });

  it("loads as a folder too (fragments in the nested folder are not root documents)", async () => {
    const { docs } = await load("load/split");
    expect(docs.map((d) => d.file)).toEqual([shown(spec("load/split/openapi.yaml"))]);
    const { api } = await frontEnd("load/split");
    expect(api.resources[0]!.operations[0]!.responses[0]!.type).toEqual({ kind: "named", name: "PetList" });
  });
});

describe("load: version fields written as YAML numbers, or without a patch number", () => {
  const found = (items: readonly Diagnostic[]) =>
    items
      .filter((d) => d.code.startsWith("load/version"))
      .map((d) => ({ code: d.code, line: d.line, pointer: d.pointer, message: d.message }));

  it('openapi: 3.0 and info.version: 1.10 (numbers) are read as "3.0.0" and "1.10", each a warning at its node', async () => {
    const path = spec("load/version-numbers.yaml");
    const { docs, diagnostics } = await load("load/version-numbers.yaml");
    expect(docs[0]!.doc.openapi).toBe("3.0.0");
    expect(docs[0]!.doc.info.version).toBe("1.10");
    expect(found(diagnostics.items)).toEqual([
      {
        code: "load/version-number",
        line: lineOf(path, "openapi: 3.0"),
        pointer: "/openapi",
        message: expect.stringContaining('read as "3.0.0"'),
      },
      {
        code: "load/version-number",
        line: lineOf(path, "version: 1.10"),
        pointer: "/info/version",
        message: expect.stringContaining('"1.10"'),
      },
    ]);
    const { api } = await frontEnd("load/version-numbers.yaml");
    expect(api.resources[0]!.operations.map((o) => o.path)).toEqual(["/pets"]);
  });

  it("the YAML number 3.10 is 3.1: a 3.1 document (here components only)", async () => {
    const { docs, diagnostics } = await load("load/version-31-number.yaml");
    expect(docs[0]!.doc.openapi).toBe("3.1.0");
    expect(docs[0]!.doc.info.version).toBe("2");
    expect(found(diagnostics.items).map((d) => d.pointer)).toEqual(["/openapi", "/info/version"]);
  });

  it('openapi: "3.0" without a patch number is read as 3.0.0', async () => {
    const path = spec("load/version-no-patch.yaml");
    const { docs, diagnostics } = await load("load/version-no-patch.yaml");
    expect(docs[0]!.doc.openapi).toBe("3.0.0");
    expect(found(diagnostics.items)).toEqual([
      {
        code: "load/version-patch",
        line: lineOf(path, 'openapi: "3.0"'),
        pointer: "/openapi",
        message: expect.stringContaining("no patch number"),
      },
    ]);
  });

  it("swagger: 2.0 (a number) is still converted", async () => {
    const { docs, diagnostics } = await load("load/swagger-number.yaml");
    expect(docs[0]!.doc.openapi).toMatch(/^3\.0\./);
    expect(docs[0]!.doc.info.version).toBe("1");
    expect(found(diagnostics.items).map((d) => d.pointer)).toEqual(["/swagger", "/info/version"]);
    expect(withCode(diagnostics.items, "load/swagger2")).toHaveLength(1);
  });
});

describe("load: a Swagger 2.0 spec split across files", () => {
  it("is converted, then its external references become components", async () => {
    const { docs, diagnostics } = await load("load/swagger2-split/api.yaml");
    const d = docs[0]!.doc;
    expect(d.paths["/pets"].get.responses["200"].content["application/json"].schema).toEqual({ $ref: "#/components/schemas/Pet" });
    expect(d.components.schemas.Owner).toEqual({ type: "object", properties: { name: { type: "string" } } });
    expect(d.components.schemas.Pet.properties.owner).toEqual({ $ref: "#/components/schemas/Owner" });
    expect(diagnostics.items.map((x) => x.code)).toEqual(["load/swagger2", "load/bundled"]);
  });
});
