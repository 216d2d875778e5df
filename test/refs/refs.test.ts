/**
 * References (generator/load/refs.ts): `$ref` followed only where OpenAPI and JSON Schema define it, external files
 * as one component each with their own positions in diagnostics, JSON Schema 2020-12 references, encoded pointers,
 * siblings of `$ref`, and the confinement of file and HTTP references to what the spec's folder and config allow.
 */
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { readConfigFile } from "../../generator/config.js";
import { Diagnostics, type Diagnostic } from "../../generator/diagnostics.js";
import { loadInputs } from "../../generator/load/files.js";
import { runFrontEnd } from "../../generator/pipeline.js";
import { ROOT, generateInMemory, tempDir } from "../helpers/project.js";
import { startServer } from "../helpers/http.js";
import { generatorError, lineOf, runCli, shown, withCode } from "../pipeline/helpers.js";

const SPECS = join(ROOT, "test/refs/specs");
const specOf = (rel: string) => join(SPECS, rel);
const tmp = tempDir("refs-");
afterAll(tmp.cleanup);

function front(rel: string, refs?: { allowDirs?: string[]; allowHosts?: string[] }, diagnostics = new Diagnostics()) {
  return runFrontEnd({ inputs: [rel.startsWith("/") ? rel : specOf(rel)], ...(refs ? { refs } : {}) }, diagnostics);
}

const at = (d: Diagnostic) => ({ code: d.code, severity: d.severity, file: d.file, line: d.line, pointer: d.pointer });

describe("$ref in data is left alone", () => {
  const path = specOf("data/openapi.yaml");

  it("keeps $ref keys inside examples, default, enum and extensions as data; a property may be called $ref", async () => {
    const diagnostics = new Diagnostics();
    const { doc, api } = await front("data/openapi.yaml", undefined, diagnostics);
    expect(doc.components.examples["scim-group"].value.members[0]).toEqual({
      value: "u1",
      $ref: "https://api.example.com/scim/v2/Users/u1",
      display: "Mona",
    });
    const group = doc.components.schemas.Group;
    expect(group.properties.meta.default).toEqual({ $ref: "./defaults/meta.yaml" });
    expect(group.properties.meta.example).toEqual({ $ref: "#/not/a/reference" });
    expect(group.properties.kind.enum).toEqual([{ $ref: "#/kinds/a" }]);
    expect(doc.paths["/groups"].get["x-fern-examples"][0]["code-samples"][0].code).toEqual({ $ref: "./snippets/list-groups.ts" });
    const type = api.types.find((t) => t.name === "Group") as any;
    expect(type.type.properties.map((p: any) => p.name)).toEqual(["id", "$ref", "meta", "kind"]);
    // The one extension the generator reads is a schema position: its reference resolves.
    expect(doc.paths["/groups"].get["x-fern-streaming"]["response-stream"]).toEqual({ $ref: "#/components/schemas/GroupEvent" });
    expect(diagnostics.items.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("an unresolvable $ref inside an extension is a warning at its file, line and pointer, never a failure", async () => {
    const diagnostics = new Diagnostics();
    await front("data/openapi.yaml", undefined, diagnostics);
    expect(withCode(diagnostics.items, "load/ref-in-extension").map(at)).toEqual([
      {
        code: "load/ref-in-extension",
        severity: "warning",
        file: shown(path),
        line: lineOf(path, "$ref: ./snippets/list-groups.ts"),
        pointer: "/paths/~1groups/get/x-fern-examples/0/code-samples/0/code/$ref",
      },
      {
        code: "load/ref-in-extension",
        severity: "warning",
        file: shown(path),
        line: lineOf(path, '$ref: "#/components/schemas/Nowhere"'),
        pointer: "/paths/~1groups/get/x-notes/see/$ref",
      },
    ]);
    expect(withCode(diagnostics.items, "load/ref-in-extension")[0]!.message).toContain("list-groups.ts not found");
  });

  it("generates a package that keeps the example data and the property called $ref", async () => {
    const { files } = await generateInMemory({ inputs: [path] });
    const types = files.get("src/types.ts")!;
    expect(types).toMatch(/interface Group \{[^}]*\$ref\?: string;/s);
  });
});

describe("external files in a sibling folder", () => {
  const root = specOf("siblings/api/openapi.yaml");
  const schemas = specOf("siblings/common/schemas.yaml");
  const paths = specOf("siblings/common/paths.yaml");
  const allow = { allowDirs: [specOf("siblings")] };

  it("are outside the spec's folder unless the config names them", async () => {
    const e = await generatorError(() => front("siblings/api/openapi.yaml"));
    const errors = e.diagnostics.filter((d) => d.severity === "error");
    expect(errors.map((d) => d.code)).toEqual(Array(5).fill("load/ref-outside"));
    expect(errors.map((d) => d.line).sort((a, b) => a! - b!)).toEqual(
      ["paths.yaml", "parameters.yaml", "schemas.yaml#/Pet", "schemas.yaml#/Owner", "schemas.yaml#/Animal"]
        .map((s) => lineOf(root, `$ref: ../common/${s}`))
        .sort((a, b) => a - b),
    );
  });

  it("a shared file referenced from several places gives one component per target, under the component's own name", async () => {
    const diagnostics = new Diagnostics();
    const { doc, api } = await front("siblings/api/openapi.yaml", allow, diagnostics);
    expect(Object.keys(doc.components.schemas).sort()).toEqual(["Animal", "Owner", "Pet"]);
    // A discriminator mapping is a reference too: it follows the target to its component.
    expect(doc.components.schemas.Animal).toEqual({
      oneOf: [{ $ref: "#/components/schemas/Pet" }],
      discriminator: { propertyName: "kind", mapping: { pet: "#/components/schemas/Pet" } },
    });
    expect(doc.components.schemas.Owner).toEqual({ type: "object", properties: { name: { type: "string" } } });
    expect(doc.components.schemas.Pet.properties.owner).toEqual({ $ref: "#/components/schemas/Owner" });
    expect(doc.components.parameters.PetId).toMatchObject({ name: "id", in: "path" });
    // The path item is inlined; its three references to Pet are the one component.
    const pets = doc.paths["/pets"];
    expect(pets.get.responses["200"].content["application/json"].schema.items).toEqual({ $ref: "#/components/schemas/Pet" });
    expect(pets.post.requestBody.content["application/json"].schema).toEqual({ $ref: "#/components/schemas/Pet" });
    expect(doc.paths["/pets/{id}"].get.parameters[0]).toEqual({ $ref: "#/components/parameters/PetId" });
    expect(api.types.map((t) => t.name).sort()).toEqual(["Animal", "Owner", "Pet"]);
    expect(withCode(diagnostics.items, "load/bundled")[0]!.message).toContain("2 component(s) added (Pet, PetId); 1 path item(s) inlined");
  });

  it("diagnostics about nodes from another file name that file, its line and its pointer", async () => {
    const diagnostics = new Diagnostics();
    await front("siblings/api/openapi.yaml", allow, diagnostics);
    expect(withCode(diagnostics.items, "normalize/ref-siblings").map(at)).toEqual([
      {
        code: "normalize/ref-siblings",
        severity: "info",
        file: shown(schemas),
        line: lineOf(schemas, "description: Who looks after"),
        pointer: "/Pet/properties/owner/description",
      },
    ]);
    const ids = withCode(diagnostics.items, "normalize/operation-id").map((d) => `${d.file}:${d.line}`);
    expect(ids).toContain(`${shown(paths)}:${lineOf(paths, "operationId: listPets")}`);
    expect(ids).toContain(`${shown(root)}:${lineOf(root, "operationId: getPet")}`);
  });

  it("a pointer that finds nothing in the other file is an error at that file's line", async () => {
    const broken = specOf("siblings/common/broken.yaml");
    const e = await generatorError(() => front("siblings/api/dangling.yaml", allow));
    expect(e.diagnostics.filter((d) => d.severity === "error").map(at)).toEqual([
      {
        code: "load/ref-not-found",
        severity: "error",
        file: shown(broken),
        line: lineOf(broken, '$ref: "#/Tag"'),
        pointer: "/Pet/properties/tag/$ref",
      },
    ]);
  });

  it("generates the package from the config that allows the folder", async () => {
    const config = join(tmp.dir, "siblings.yaml");
    writeFileSync(config, `inputs: [${JSON.stringify(root)}]\nrefs:\n  allowDirs: [${JSON.stringify(specOf("siblings/common"))}]\n`);
    const partial = readConfigFile(config);
    expect(partial.refs?.allowDirs).toEqual([specOf("siblings/common")]);
    const { files } = await generateInMemory(partial);
    const types = files.get("src/types.ts")!;
    expect(types).toMatch(/export interface Pet \{\s*id: string;\s*owner\?: Owner;\s*\}/);
    expect(types.match(/export interface Owner\b/g)).toHaveLength(1);
  });
});

describe("JSON Schema 2020-12 references (OpenAPI 3.1)", () => {
  const path = specOf("json-schema/openapi.yaml");

  it("resolves $id-relative refs, $defs and $anchor, each to a named component", async () => {
    const { doc, api } = await front("json-schema/openapi.yaml");
    const order = doc.components.schemas.Order;
    expect(order.properties.customer).toEqual({ $ref: "#/components/schemas/Customer" });
    expect(order.properties.lines.items).toEqual({ $ref: "#/components/schemas/Line" });
    expect(order.properties.status).toEqual({ $ref: "#/components/schemas/Status" });
    expect(doc.components.schemas.Tree.properties.leaf).toEqual({ $ref: "#/components/schemas/Leaf" });
    const names = api.types.map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(["Order", "Customer", "Line", "Status", "Tree", "Leaf"]));
    const orderType = api.types.find((t) => t.name === "Order") as any;
    expect(orderType.type.properties.find((p: any) => p.name === "status").type).toEqual({ kind: "named", name: "Status" });
  });

  it("$dynamicRef: resolved statically to its resource's $dynamicAnchor, or unknown; a warning either way", async () => {
    const diagnostics = new Diagnostics();
    const { api } = await front("json-schema/openapi.yaml", undefined, diagnostics);
    const tree = api.types.find((t) => t.name === "Tree") as any;
    const prop = (n: string) => tree.type.properties.find((p: any) => p.name === n).type;
    expect(prop("children")).toEqual({ kind: "array", items: { kind: "named", name: "Tree" } });
    expect(prop("extra")).toEqual({ kind: "primitive", type: "unknown" });
    expect(withCode(diagnostics.items, "load/dynamic-ref").map(at)).toEqual([
      {
        code: "load/dynamic-ref",
        severity: "warning",
        file: shown(path),
        line: lineOf(path, '$dynamicRef: "#node"'),
        pointer: "/components/schemas/Tree/properties/children/items/$dynamicRef",
      },
      {
        code: "load/dynamic-ref",
        severity: "warning",
        file: shown(path),
        line: lineOf(path, '$dynamicRef: "#nothing"'),
        pointer: "/components/schemas/Tree/properties/extra/$dynamicRef",
      },
    ]);
  });
});

describe("pointers: percent-encoded non-ASCII names, ~0 and ~1", () => {
  it("each reference reaches its schema", async () => {
    const diagnostics = new Diagnostics();
    const { doc } = await front("pointers/openapi.yaml", undefined, diagnostics);
    // Non-ASCII names (Café, Crème) are type names as they are, so nothing renames them before validation, which
    // reports that OpenAPI's component-key pattern is ASCII-only: warnings at the components, never a refusal.
    const warnings = diagnostics.items.filter((d) => d.severity !== "info");
    expect(warnings.map((d) => [d.code, d.pointer])).toEqual(Array(3).fill(["validate/openapi", "/components/schemas"]));
    expect(warnings.map((d) => d.message).join("\n")).toMatch(/"Café"[\s\S]*"Crème"/);
    // Other schema names are renamed to type names (normalize/schema-name); each reference followed its schema.
    const renamed = (from: string) =>
      withCode(diagnostics.items, "normalize/schema-name")
        .find((d) => d.message.includes(`"${from}"`))
        ?.message.match(/renamed "([^"]+)"/)?.[1] ?? from;
    expect(doc.paths["/cafe"].get.responses["200"].content["application/json"].schema).toEqual({
      $ref: `#/components/schemas/${renamed("Café")}`,
    });
    const props = doc.paths["/things"].get.responses["200"].content["application/json"].schema.properties;
    expect(props.slashed.$ref).toBe(`#/components/schemas/${renamed("a/b")}`);
    expect(props.tilde.$ref).toBe(`#/components/schemas/${renamed("x~y")}`);
    expect(props.spaced.$ref).toBe(`#/components/schemas/${renamed("With Space")}`);
    expect(props.raw.$ref).toBe(`#/components/schemas/${renamed("Crème")}`);
    expect(doc.components.schemas[renamed("x~y")!]).toEqual({ type: "integer" });
  });
});

describe("siblings of $ref", () => {
  it("apply in 3.1: const/enum narrow the referenced type, structure becomes allOf, a description stays", async () => {
    const path = specOf("ref-siblings/openapi-31.yaml");
    const diagnostics = new Diagnostics();
    const { doc, api } = await front("ref-siblings/openapi-31.yaml", undefined, diagnostics);
    const image = api.types.find((t) => t.name === "Image") as any;
    const prop = (n: string) => image.type.properties.find((p: any) => p.name === n);
    expect(prop("type").type).toEqual({ kind: "literal", value: "image_url" });
    expect(prop("pinned").type).toEqual({ kind: "literal", value: "text" });
    expect(prop("media").type).toEqual({ kind: "enum", values: ["image_url", "video"] });
    expect(prop("caption")).toMatchObject({ type: { kind: "named", name: "Caption" }, description: "The caption under the image." });
    expect(doc.components.schemas.Image.properties.framed).toEqual({
      allOf: [{ $ref: "#/components/schemas/Caption" }, { required: ["frame"], properties: { frame: { type: "string" } } }],
    });
    const framed = api.types.find((t) => t.name === prop("framed").type.name) as any;
    expect(framed.type.properties.map((p: any) => [p.name, p.required])).toEqual([
      ["text", false],
      ["frame", true],
    ]);
    expect(withCode(diagnostics.items, "normalize/ref-siblings").map((d) => [d.severity, d.line])).toEqual([
      ["info", lineOf(path, "enum: [image_url]")],
      ["info", lineOf(path, "enum: [image_url, video]")],
      ["info", lineOf(path, "const: text")],
      ["info", lineOf(path, "required: [frame]")],
    ]);
  });

  it("are ignored in 3.0 with a note at each; $ref keys inside example data keep their siblings", async () => {
    const path = specOf("ref-siblings/openapi-30.yaml");
    const diagnostics = new Diagnostics();
    const { doc, api } = await front("ref-siblings/openapi-30.yaml", undefined, diagnostics);
    const image = api.types.find((t) => t.name === "Image") as any;
    expect(image.type.properties.map((p: any) => p.type)).toEqual([
      { kind: "named", name: "ContentType" },
      { kind: "named", name: "ContentType" },
    ]);
    expect(withCode(diagnostics.items, "normalize/ref-siblings").map((d) => [d.severity, d.line])).toEqual([
      ["warning", lineOf(path, "enum: [image_url]")],
      ["info", lineOf(path, "description: Only a note.")],
    ]);
    expect(doc.paths["/content"].get.responses["200"].content["application/json"].examples.one.value.link).toEqual({
      $ref: "https://example.com/x",
      title: "kept as data",
    });
  });
});

describe("references are confined to the spec's folder (issue 13)", () => {
  const spec = specOf("outside/spec/openapi.yaml");
  const secret = specOf("outside/secret.yaml");
  const MARK = "7f3a9c"; // in the secret file's content only
  const pointer = "/paths/~1secrets/get/responses/200/content/application~1json/schema/$ref";

  it("a ../ climb out of the folder is refused at its file, line and pointer; the target is not read", async () => {
    const e = await generatorError(() => front(spec));
    expect(e.stage).toBe("load");
    expect(e.diagnostics.filter((d) => d.severity === "error").map(at)).toEqual([
      { code: "load/ref-outside", severity: "error", file: shown(spec), line: lineOf(spec, "$ref: ../secret.yaml"), pointer },
    ]);
    expect(e.message).toContain(secret);
    expect(JSON.stringify(e.diagnostics) + e.message).not.toContain(MARK);
  });

  it("through the CLI: exit 1, nothing written, the file's content in no output", async () => {
    const out = join(tmp.dir, "cli-out");
    const run = await runCli(["--spec", spec, "--out", out]);
    expect(run.code).toBe(1);
    expect(run.stderr + run.stdout).toContain("load/ref-outside");
    expect(run.stderr + run.stdout).not.toContain(MARK);
    expect(existsSync(out)).toBe(false);
  });

  it("absolute paths, file: URLs and symlinks leading outside are refused the same way", async () => {
    const dir = join(tmp.dir, "abs");
    mkdirSync(dir, { recursive: true });
    symlinkSync(secret, join(dir, "link.yaml"));
    const body = (ref: string) =>
      `openapi: 3.0.3\ninfo: {title: Abs, version: "1"}\npaths: {}\ncomponents:\n  schemas:\n    Secret:\n      $ref: "${ref}"\n`;
    for (const [name, ref] of [
      ["absolute.yaml", `${secret}#/Secret`],
      ["url.yaml", `${pathToFileURL(secret).href}#/Secret`],
      ["symlink.yaml", "./link.yaml#/Secret"],
    ] as const) {
      const file = join(dir, name);
      writeFileSync(file, body(ref));
      const e = await generatorError(() => loadInputs([file], new Diagnostics()));
      expect(e.diagnostics.map(at), name).toEqual([
        { code: "load/ref-outside", severity: "error", file: shown(file), line: 7, pointer: "/components/schemas/Secret/$ref" },
      ]);
      expect(JSON.stringify(e.diagnostics), name).not.toContain(MARK);
    }
    const remote = join(dir, "remote-file.yaml");
    writeFileSync(remote, body("file://fileserver/etc/passwd"));
    const e = await generatorError(() => loadInputs([remote], new Diagnostics()));
    expect(e.diagnostics.map(at)).toEqual([
      { code: "load/ref-invalid", severity: "error", file: shown(remote), line: 7, pointer: "/components/schemas/Secret/$ref" },
    ]);
  });

  it("a folder the config names is allowed (and then its content is used: the check above would see it)", async () => {
    const { doc } = await front(spec, { allowDirs: [dirname(secret)] });
    expect(JSON.stringify(doc)).toContain(MARK);
  });

  it("HTTP references are fetched only from hosts the config allows", async () => {
    const server = await startServer((_req, res) => {
      res.setHeader("content-type", "application/yaml");
      res.end("Pet:\n  type: object\n  properties:\n    name:\n      type: string\n");
    });
    try {
      const file = join(tmp.dir, "http.yaml");
      writeFileSync(
        file,
        `openapi: 3.0.3\ninfo: {title: Remote, version: "1"}\npaths: {}\ncomponents:\n  schemas:\n    Pet:\n      $ref: "${server.url}/common.yaml#/Pet"\n`,
      );
      const e = await generatorError(() => loadInputs([file], new Diagnostics()));
      expect(e.diagnostics.map(at)).toEqual([
        { code: "load/ref-http", severity: "error", file: shown(file), line: 7, pointer: "/components/schemas/Pet/$ref" },
      ]);
      expect(server.requests).toHaveLength(0);

      const [doc] = await loadInputs([file], new Diagnostics(), { allowHosts: [new URL(server.url).host] });
      expect(doc!.doc.components.schemas.Pet).toEqual({ type: "object", properties: { name: { type: "string" } } });
      expect(server.requests.map((r) => r.url)).toEqual(["/common.yaml"]);
    } finally {
      await server.close();
    }
  });
});
