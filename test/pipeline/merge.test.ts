/** Merge stage: several documents (one per reference page) become one. */
import { describe, expect, it } from "vitest";
import { Diagnostics, formatDiagnostic } from "../../generator/diagnostics.js";
import { loadInputs } from "../../generator/load/files.js";
import { mergeDocuments } from "../../generator/load/merge.js";
import { generatorError, lineOf, loadAndMerge, onlyError, shown, spec } from "./helpers.js";

const PETS = spec("merge/pets.yaml");
const PETS_CREATE = spec("merge/pets-create.yaml");
const OWNERS = spec("merge/owners.yaml");
const PETS_AGAIN = spec("merge/pets-again.yaml");
const PET_CONFLICT = spec("merge/pet-conflict.yaml");
const PET_GET = spec("merge/pet-get.yaml");

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((x, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [x, ...rest]));
}

describe("merge", () => {
  it("takes the union of paths, and of methods under one path", async () => {
    const { doc } = await loadAndMerge([PETS, PETS_CREATE, OWNERS]);
    expect(Object.keys(doc.paths)).toEqual(["/owners", "/pets"]);
    expect(Object.keys(doc.paths["/pets"]).sort()).toEqual(["get", "post"]);
    expect(doc.paths["/pets"].get.operationId).toBe("listPets");
    expect(doc.paths["/pets"].post.operationId).toBe("createPet");
    expect(doc.paths["/owners"].get.operationId).toBe("listOwners");
  });

  it("deduplicates structurally equal components (key order does not matter) and reports the merge", async () => {
    const { doc, diagnostics } = await loadAndMerge([PETS, PETS_CREATE, OWNERS]);
    expect(Object.keys(doc.components.schemas)).toEqual(["Error", "Owner", "Pet"]);
    expect(doc.components.schemas.Pet).toEqual({ type: "object", required: ["id"], properties: { id: { type: "string" } } });
    expect(diagnostics.items).toEqual([
      {
        code: "merge/documents",
        severity: "info",
        file: [OWNERS, PETS_CREATE, PETS].map(shown).join(", "),
        message: "merged 3 documents: 2 paths, 3 schemas",
      },
    ]);
  });

  it("maps pointers of the merged document back to the file and line they came from", async () => {
    const { sources } = await loadAndMerge([PETS, PETS_CREATE, OWNERS]);
    expect(sources.locate("/paths/~1pets/post")).toEqual({
      file: shown(PETS_CREATE),
      pointer: "/paths/~1pets/post",
      line: lineOf(PETS_CREATE, "    post:"),
      column: 5,
    });
    expect(sources.locate("/paths/~1owners/get/responses/200")).toMatchObject({ file: shown(OWNERS), line: lineOf(OWNERS, '"200":') });
    expect(sources.locate("/components/schemas/Owner")).toMatchObject({ file: shown(OWNERS), line: lineOf(OWNERS, "    Owner:") });
  });

  it("a single document is returned as it is (a copy)", async () => {
    const docs = await loadInputs([PETS], new Diagnostics());
    const { doc, sources } = mergeDocuments(docs, new Diagnostics());
    expect(doc).toEqual(docs[0]!.doc);
    expect(doc).not.toBe(docs[0]!.doc);
    expect(sources.locate("/components/schemas/Pet")).toMatchObject({ file: shown(PETS), line: lineOf(PETS, "    Pet:") });
  });

  it("the same path + method in two files is an error naming both files and lines", async () => {
    const e = await generatorError(() => loadAndMerge([PETS, PETS_AGAIN]));
    expect(e.stage).toBe("merge");
    const d = onlyError(e);
    expect(d.code).toBe("merge/duplicate-operation");
    expect(d.pointer).toBe("/paths/~1pets/get");
    const text = formatDiagnostic(d);
    expect(text).toContain(`${shown(PETS)}:${lineOf(PETS, "    get:")}:5`);
    expect(text).toContain(`${shown(PETS_AGAIN)}:${lineOf(PETS_AGAIN, "    get:")}:5`);
    expect(text).toContain("GET /pets is defined twice");
  });

  it("two different schemas under one name is an error naming both files and lines", async () => {
    for (const order of [
      [PETS, PET_CONFLICT],
      [PET_CONFLICT, PETS],
    ]) {
      const e = await generatorError(() => loadAndMerge(order));
      const d = onlyError(e);
      expect(d.code).toBe("merge/conflicting-component");
      expect(d.pointer).toBe("/components/schemas/Pet");
      const text = formatDiagnostic(d);
      expect(text).toContain(`${shown(PETS)}:${lineOf(PETS, "    Pet:")}:5`);
      expect(text).toContain(`${shown(PET_CONFLICT)}:${lineOf(PET_CONFLICT, "    Pet:")}:5`);
      expect(text).toContain("components.schemas.Pet differs");
    }
  });

  it("is independent of file order: every permutation gives the same merged JSON, sources and diagnostics", async () => {
    const results = [];
    for (const order of permutations([PETS, PETS_CREATE, OWNERS])) {
      const { doc, sources, diagnostics } = await loadAndMerge(order);
      results.push(
        JSON.stringify({
          doc,
          where: [
            "/paths/~1pets/get",
            "/paths/~1pets/post",
            "/paths/~1owners/get",
            "/components/schemas/Pet",
            "/components/schemas/Error",
          ].map((p) => sources.locate(p)),
          diagnostics: diagnostics.items,
        }),
      );
    }
    expect(results).toHaveLength(6);
    expect(new Set(results).size).toBe(1);
  });

  it("takes the merged `info` from the document whose first path comes first (`/pets` before `/pets/{id}`)", async () => {
    // merge.ts promises a canonical order "by the first path the document defines, then by file", and the merged
    // document's `info` is the first document's. `/pets` sorts before `/pets/{id}` (it is a prefix of it).
    for (const order of [
      [PETS, PET_GET],
      [PET_GET, PETS],
    ]) {
      const { doc } = await loadAndMerge(order);
      expect(doc.info.title).toBe("List pets");
    }
  });
});
