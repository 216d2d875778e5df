/**
 * Hostile input on the generator side (issue 12): values of the wrong type, `$ref` cycles, names without letters, a
 * config of the wrong shape. Each small spec under test/hostile/specs/ shows the diagnostic (code, pointer, line) and
 * the safe result: the run goes on without the bad node, and what it generates type-checks.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readConfigFile } from "../../generator/config.js";
import type { Diagnostic } from "../../generator/diagnostics.js";
import type { TypeRef } from "../../generator/ir/types.js";
import { ROOT, generateInMemory } from "../helpers/project.js";
import { frontEnd, generatorError, lineOf, onlyError, shown } from "../pipeline/helpers.js";

const SPECS = join(ROOT, "test/hostile/specs");
const file = (name: string) => join(SPECS, name);

/** A warning of `code` at `pointer`, on the (nth) line of the spec holding `needle`. */
function warning(name: string, code: string, pointer: string, needle: string, message: string | RegExp, nth = 1) {
  return expect.objectContaining({
    code,
    severity: "warning",
    file: shown(file(name)),
    pointer,
    line: lineOf(file(name), needle, nth),
    message: typeof message === "string" ? expect.stringContaining(message) : expect.stringMatching(message),
  });
}

/** Every error and warning names a file and a pointer; no message says [object Object]. */
function expectPlaced(items: readonly Diagnostic[]) {
  for (const d of items) {
    expect(d.message).not.toContain("[object Object]");
    if (d.severity !== "info") {
      expect(d.file, d.message).toBeTruthy();
      expect(d.pointer, d.message).toBeTypeOf("string");
    }
  }
}

const typeOf = (api: { types: Array<{ name: string; type: TypeRef }> }, name: string) => api.types.find((t) => t.name === name)?.type;
const UNKNOWN = { kind: "primitive", type: "unknown" };

describe("values of the wrong type: a warning at the node, and the run goes on without it", () => {
  const name = "wrong-types.yaml";

  it("reports each node at its pointer and line", async () => {
    const { diagnostics } = await frontEnd(file(name));
    const shapes = diagnostics.items.filter((d) => d.code === "normalize/shape");
    const w = (pointer: string, needle: string, message: string, nth = 1) =>
      warning(name, "normalize/shape", pointer, needle, message, nth);
    expect(shapes).toEqual([
      w("/info/title", "title: 12345", 'found a number (12345): taken as the text "12345"'),
      w("/paths/~1pets/get/operationId", "operationId: 42", "expected a string, found a number (42): ignored"),
      w("/paths/~1pets/get/tags", "tags:", 'expected an array, found an object ({"not":"a list"}): ignored'),
      w("/paths/~1pets/get/parameters", "parameters: true", "expected an array, found a boolean (true): ignored"),
      w("/paths/~1pets/post/parameters/0/name", "- name: 7", "found a number (7): the parameter is ignored"),
      w(
        "/paths/~1pets/post/parameters/1",
        '- "not a parameter"',
        'expected an object (or a $ref), found a string ("not a parameter"): ignored',
      ),
      w(
        "/paths/~1pets/post/requestBody/content/application~1json/schema",
        "schema: just a string",
        "treated as an empty schema (any value)",
      ),
      w("/paths/~1owners", "/owners:", "found a string"),
      w("/paths/~1stores/get", "get: an operation that is a string", "expected an object, found a string"),
      w("/components/schemas/Pet/required", "required: id", 'expected an array, found a string ("id")'),
      w("/components/schemas/Pet/properties/name", "name: this should have been a schema", "treated as an empty schema"),
      w("/components/schemas/Pet/properties/kind/x-enum-varnames/1", "x-enum-varnames", "found a number (5): the whole list is ignored"),
      w("/components/schemas/Broken", "Broken: 17", "found a number (17): treated as an empty schema"),
      w("/components/schemas/Choice/discriminator/propertyName", "propertyName: 3", "found a number (3): the discriminator is ignored"),
    ]);
    expectPlaced(diagnostics.items);
  });

  it("builds the API from what is left", async () => {
    const { api } = await frontEnd(file(name));
    expect(api.title).toBe("12345");
    const pets = api.resources.find((r) => r.name.join(" ") === "pets")!;
    expect(pets.operations.map((o) => o.id)).toEqual(["pets.list", "pets.createPet"]);
    expect(pets.operations[0]!.params).toEqual([]);
    expect(pets.operations[1]!.params.map((p) => p.name)).toEqual(["dryRun"]);
    expect(pets.operations[1]!.body?.type).toEqual(UNKNOWN);
    expect(api.resources.map((r) => r.name.join(" "))).toEqual(["pets"]); // /owners and GET /stores are gone
    const pet = typeOf(api, "Pet");
    expect(pet?.kind === "object" && pet.properties.map((p) => [p.name, p.required, p.type.kind])).toEqual([
      ["id", false, "primitive"],
      ["name", false, "primitive"],
      ["kind", false, "enum"],
    ]);
    expect(pet?.kind === "object" && pet.properties[2]!.type).toEqual({ kind: "enum", values: ["cat", "dog"] });
    expect(typeOf(api, "Broken")).toEqual(UNKNOWN);
    expect(typeOf(api, "Choice")).toEqual({ kind: "union", variants: [{ kind: "named", name: "Pet" }] });
  });

  it("generates a package that type-checks", async () => {
    const { files } = await generateInMemory({ inputs: [file(name)], overlays: [] });
    expect(files.get("dist/esm/index.js")).toBeTruthy();
  }, 180_000);
});

describe("$ref cycles: reported, typed unknown where no type exists, recursion through objects and arrays kept", () => {
  const name = "cycles.yaml";

  it("reports each cycle at the reference that closes it", async () => {
    const { diagnostics } = await frontEnd(file(name));
    const cycles = diagnostics.items.filter((d) => /cycle/.test(d.code));
    expect(cycles).toEqual([
      warning(
        name,
        "normalize/ref-cycle",
        "/components/schemas/AliasB/$ref",
        '$ref: "#/components/schemas/AliasA"',
        "/components/schemas/AliasA → /components/schemas/AliasB → /components/schemas/AliasA",
        2,
      ),
      warning(
        name,
        "normalize/ref-cycle",
        "/components/schemas/SelfAlias/$ref",
        '$ref: "#/components/schemas/SelfAlias"',
        "/components/schemas/SelfAlias → /components/schemas/SelfAlias",
        2,
      ),
      warning(
        name,
        "normalize/ref-cycle",
        "/components/schemas/Holder/properties/pointer/$ref",
        '$ref: "#/components/schemas/Holder/properties/pointer"',
        "never reach a definition",
      ),
      warning(name, "ir/allof-cycle", "/components/schemas/Left", "    Left:", "allOf comes back to a schema it is part of"),
      warning(name, "ir/allof-cycle", "/components/schemas/Right", "    Right:", "allOf comes back to a schema it is part of"),
      warning(
        name,
        "ir/ref-cycle",
        "/components/schemas/EitherSelf",
        "    EitherSelf:",
        "EitherSelf → EitherSelf with no object, array or map in between",
      ),
    ]);
    expectPlaced(diagnostics.items);
  });

  it("types what has no finite type as unknown and keeps legal recursion", async () => {
    const { api } = await frontEnd(file(name));
    expect(typeOf(api, "AliasA")).toEqual({ kind: "named", name: "AliasB" });
    expect(typeOf(api, "AliasB")).toEqual(UNKNOWN);
    expect(typeOf(api, "SelfAlias")).toEqual(UNKNOWN);
    expect(typeOf(api, "EitherSelf")).toEqual({ kind: "union", variants: [UNKNOWN, { kind: "primitive", type: "string" }] });
    const names = (t: TypeRef | undefined) => (t?.kind === "object" ? t.properties.map((p) => p.name).sort() : []);
    expect(names(typeOf(api, "Left"))).toEqual(["fromLeft", "fromRight"]);
    expect(names(typeOf(api, "Right"))).toEqual(["fromLeft", "fromRight"]);
    expect(typeOf(api, "NestedList")).toEqual({ kind: "array", items: { kind: "named", name: "NestedList" } });
    const tree = typeOf(api, "Tree");
    expect(tree?.kind === "object" && tree.properties[0]!.type).toEqual({ kind: "array", items: { kind: "named", name: "Tree" } });
    const holder = typeOf(api, "Holder");
    expect(holder?.kind === "object" && holder.properties.find((p) => p.name === "pointer")!.type).toEqual(UNKNOWN);
  });

  it("generates a package that type-checks", async () => {
    const { files } = await generateInMemory({ inputs: [file(name)], overlays: [] });
    expect(files.get("src/types.ts")).toMatch(/Tree/);
  }, 180_000);
});

describe("tags and operationIds without letters or digits (symbols only; letters of any script are names)", () => {
  it("name resources and methods from the path instead, with a note", async () => {
    const name = "names.yaml";
    const { api, diagnostics } = await frontEnd(file(name));
    expect(api.resources.map((r) => [r.name.join(" "), r.operations.map((o) => o.name.join(" "))])).toEqual([["widgets", ["list", "get"]]]);
    const notes = diagnostics.items.filter((d) => d.code === "normalize/operation-id" && /no letters or digits/.test(d.message));
    expect(notes.map((d) => [d.pointer, d.line])).toEqual([
      ["/paths/~1widgets/get/tags/0", lineOf(file(name), 'tags: ["★☆"]')],
      ["/paths/~1widgets/get/operationId", lineOf(file(name), 'operationId: "+++"')],
      ["/paths/~1widgets~1{id}/get/tags/0", lineOf(file(name), 'tags: ["★☆"]', 2)],
      ["/paths/~1widgets~1{id}/get/operationId", lineOf(file(name), 'operationId: "***"')],
    ]);
  });
});

describe("a config of the wrong shape stops cleanly at the key", () => {
  it.each([
    ["config-wrong-types.yaml", "/client/maxRetries", "maxRetries: three", 'expected a number, found a string ("three")'],
    ["config-inputs-numbers.yaml", "/inputs/0", "- 5", "expected a string, found a number (5)"],
  ])("%s", async (name, pointer, needle, message) => {
    const e = await generatorError(() => readConfigFile(file(name)));
    expect(onlyError(e)).toEqual(
      expect.objectContaining({ code: "config/invalid", file: file(name), pointer, line: lineOf(file(name), needle), message }),
    );
  });
});
