/** Overlay stage (OpenAPI Overlay 1.0): update merges, remove removes, array targets append; a target matching nothing is an error. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { Diagnostics } from "../../generator/diagnostics.js";
import { applyOverlay } from "../../generator/load/overlay.js";
import { parseSource } from "../../generator/load/yaml.js";
import type { FrontEndResult } from "../../generator/pipeline.js";
import { cohereFrontEnd, ROOT } from "../helpers/project.js";
import { frontEnd, generatorError, lineOf, loadAndMerge, onlyError, shown, spec, withCode } from "./helpers.js";

async function overlaid(overlay: string) {
  const path = spec(`overlay/${overlay}`);
  const { doc } = await loadAndMerge(["overlay/base.yaml"]);
  const diagnostics = new Diagnostics();
  applyOverlay(doc, parseSource(readFileSync(path, "utf8"), shown(path), path), diagnostics);
  return { doc, diagnostics, path };
}

describe("overlay actions", () => {
  it("update merges objects key by key (lists are replaced), and notes each action with its line", async () => {
    const { doc, diagnostics, path } = await overlaid("update.yaml");
    expect(doc.info).toEqual({ title: "Pets", version: "1.0.0", description: "The pet store." });
    expect(doc.components.schemas.Pet).toEqual({
      type: "object",
      required: ["id", "name"],
      properties: {
        id: { type: "string", description: "The pet's id." },
        legacy_code: { type: "string", deprecated: true },
        name: { type: "string" },
      },
    });
    expect(diagnostics.items).toEqual([
      {
        code: "overlay/applied",
        severity: "info",
        file: shown(path),
        pointer: "/actions/0",
        line: lineOf(path, '- target: "$.info"'),
        column: 5,
        message: "action 0 (Adds a description to the API): updated 1 node(s) at $.info",
      },
      {
        code: "overlay/applied",
        severity: "info",
        file: shown(path),
        pointer: "/actions/1",
        line: lineOf(path, '- target: "$.components.schemas.Pet"'),
        column: 5,
        message: expect.stringContaining("action 1 (Adds `name` and makes it required (lists are replaced, objects merged)"),
      },
    ]);
  });

  it("remove removes the matched nodes", async () => {
    const { doc, diagnostics } = await overlaid("remove.yaml");
    expect(Object.keys(doc.paths)).toEqual(["/pets"]);
    expect(Object.keys(doc.components.schemas.Pet.properties)).toEqual(["id"]);
    expect(diagnostics.items.map((d) => d.message)).toEqual([
      "action 0 (The debug endpoint is not part of the public API): removed 1 node(s) at $.paths['/internal/debug']",
      "action 1: removed 1 node(s) at $.components.schemas.Pet.properties.legacy_code",
    ]);
  });

  it("an array target gets the update appended", async () => {
    const { doc } = await overlaid("append.yaml");
    expect(doc.tags).toEqual([{ name: "pets" }, { name: "owners", description: "Pet owners." }]);
    expect(doc.paths["/pets"].get.parameters.map((p: any) => p.name)).toEqual(["limit", "offset"]);
  });

  it("a target that matches nothing is overlay/no-match naming the overlay file, line and action index", async () => {
    const path = spec("overlay/no-match.yaml");
    const e = await generatorError(() => overlaid("no-match.yaml"));
    expect(e.stage).toBe("overlay");
    expect(onlyError(e)).toEqual({
      code: "overlay/no-match",
      severity: "error",
      file: shown(path),
      pointer: "/actions/1",
      line: lineOf(path, `- target: "$.paths['/stores'].get"`),
      column: 5,
      message: "action 1 (There is no /stores path in the document): target $.paths['/stores'].get matches nothing in the merged document",
    });
  });

  it("the front end applies overlays after merging and stops on a target that matches nothing", async () => {
    const ok = await frontEnd("overlay/base.yaml", { overlays: ["overlay/append.yaml"] });
    expect(ok.api.resources[0]!.operations[0]!.params.map((p) => p.name)).toEqual(["limit", "offset"]);
    const e = await generatorError(() => frontEnd("overlay/base.yaml", { overlays: ["overlay/no-match.yaml"] }));
    expect(onlyError(e)).toMatchObject({ code: "overlay/no-match", file: shown(spec("overlay/no-match.yaml")), pointer: "/actions/1" });
  });

  it("a missing overlay file is an error naming it", async () => {
    const e = await generatorError(() => frontEnd("overlay/base.yaml", { overlays: ["overlay/missing.yaml"] }));
    expect(onlyError(e)).toMatchObject({ code: "overlay/not-found", file: shown(spec("overlay/missing.yaml")) });
  });
});

describe("the Cohere overlay", () => {
  let cohere: FrontEndResult;
  beforeAll(async () => {
    cohere = await cohereFrontEnd();
  });

  it("gives datasets.create's empty multipart body `data` (required, binary) and `eval_data` (optional, binary)", () => {
    const schema = cohere.doc.paths["/v1/datasets"].post.requestBody.content["multipart/form-data"].schema;
    expect(schema.properties.data).toEqual({ type: "string", format: "binary", description: "The file to upload." });
    expect(schema.properties.eval_data).toEqual({
      type: "string",
      format: "binary",
      description: "An optional evaluation file to upload.",
    });
    expect(schema.required).toEqual(["data"]);

    const create = cohere.api.resources.flatMap((r) => r.operations).find((o) => o.id === "datasets.create")!;
    expect(create.body).toMatchObject({ kind: "multipart", contentType: "multipart/form-data" });
    expect(create.body!.fields).toEqual([
      { name: "data", required: true, kind: "file", type: { kind: "primitive", type: "binary" }, description: "The file to upload." },
      {
        name: "eval_data",
        required: false,
        kind: "file",
        type: { kind: "primitive", type: "binary" },
        description: "An optional evaluation file to upload.",
      },
    ]);
  });

  it("labels each action with the first sentence of its description (a `.` inside `datasets.create` is not a sentence end)", () => {
    const [first] = withCode(cohere.diagnostics.items, "overlay/applied");
    expect(first!.message).toMatch(
      /^action 0 \(datasets\.create uploads a file: the published page declares the multipart body with no fields\): updated 1 node\(s\)/,
    );
  });

  it("gives EmbedContent its discriminator; every action is reported at its line", () => {
    expect(cohere.doc.components.schemas.EmbedContent.discriminator).toEqual({
      propertyName: "type",
      mapping: { image_url: "#/components/schemas/EmbedImage", text: "#/components/schemas/EmbedText" },
    });
    const overlay = join(ROOT, "spec/cohere/overlay.yaml");
    const actions: unknown[] = parseSource(readFileSync(overlay, "utf8"), shown(overlay), overlay).doc.actions;
    expect(actions.length).toBeGreaterThanOrEqual(2);
    const applied = withCode(cohere.diagnostics.items, "overlay/applied");
    expect(applied.map((d) => [d.file, d.pointer, d.line])).toEqual(
      actions.map((_, i) => [shown(overlay), `/actions/${i}`, lineOf(overlay, "  - target:", i + 1)]),
    );
  });
});
