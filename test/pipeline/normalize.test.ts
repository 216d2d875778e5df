/**
 * Normalize stage: one describe per pass, each on a tiny spec under test/specs/normalize/, asserting the change to the
 * document and the diagnostic that reports it (code, severity, file, pointer, line).
 */
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../generator/diagnostics.js";
import { PASSES } from "../../generator/normalize/index.js";
import { frontEnd, lineOf, shown, spec, withCode } from "./helpers.js";

/** The diagnostic expected at a line of a spec. */
function at(rel: string, code: string, severity: Diagnostic["severity"], pointer: string, lineNeedle: string, nth = 1) {
  const path = spec(rel);
  return expect.objectContaining({ code, severity, file: shown(path), pointer, line: lineOf(path, lineNeedle, nth) });
}

it("runs the passes in a fixed order", () => {
  expect(PASSES.map(([name]) => name)).toEqual([
    "shapes",
    "ref-cycles",
    "enum-objects",
    "nested-tags",
    "duplicate-operation-ids",
    "operation-ids",
    "schema-names",
    "auth-header-params",
    "client-headers",
    "meaningless-formats",
    "ref-siblings",
  ]);
});

describe("enum-objects: `enum: [{value: x}]` → `enum: [x]`", () => {
  const file = "normalize/enum-objects.yaml";

  it("turns member objects into values, keeping names and descriptions as x-enum-varnames / x-enum-descriptions", async () => {
    const { doc } = await frontEnd(file);
    expect(doc.paths["/jobs"].get.parameters[0].schema).toEqual({ type: "string", enum: ["queued", "done"] });
    expect(doc.components.schemas.Truncate).toEqual({
      type: "string",
      enum: ["NONE", "START"],
      "x-enum-varnames": ["None", "Start"],
      "x-enum-descriptions": ["Do not truncate.", "Drop the start of the input."],
    });
  });

  it("leaves objects in an object-typed enum alone", async () => {
    const { doc } = await frontEnd(file);
    expect(doc.components.schemas.Preset.enum).toEqual([{ value: 1 }, { value: 2 }]);
  });

  it("reports each fixed enum at its `enum:` line", async () => {
    const { diagnostics } = await frontEnd(file);
    const fixes = withCode(diagnostics.items, "normalize/enum-objects");
    expect(fixes).toEqual([
      at(file, "normalize/enum-objects", "info", "/paths/~1jobs/get/parameters/0/schema/enum", "enum:", 1),
      at(file, "normalize/enum-objects", "info", "/components/schemas/Truncate/enum", "enum:", 2),
    ]);
    expect(fixes[1]!.message).toContain('"NONE", "START"');
  });

  it("the IR sees a plain enum with member names", async () => {
    const { api } = await frontEnd(file);
    expect(api.types.find((t) => t.name === "Truncate")!.type).toEqual({
      kind: "enum",
      values: ["NONE", "START"],
      names: ["None", "Start"],
      descriptions: ["Do not truncate.", "Drop the start of the input."],
    });
  });
});

describe("nested-tags: `tags: [[subpackage_x]]` → `tags: [x]`, resource group x", () => {
  const file = "normalize/nested-tags.yaml";

  it("flattens nested tag lists and strips the subpackage_ prefix; the first tag is the group", async () => {
    const { doc, decisions } = await frontEnd(file);
    expect(doc.paths["/v1/embed-jobs"].get.tags).toEqual(["embedJobs"]);
    expect(decisions.operations.get("/paths/~1v1~1embed-jobs/get")).toEqual({
      resource: ["embed", "jobs"],
      method: ["list"],
      id: "embedJobs.list",
    });
    expect(doc.paths["/v1/datasets"].get.tags).toEqual(["datasets"]);
    expect(doc.paths["/v1/models"].get.tags).toEqual(["models"]);
  });

  it("reports only the tags it changed, at the `tags:` line", async () => {
    const { diagnostics } = await frontEnd(file);
    const fixes = withCode(diagnostics.items, "normalize/nested-tags");
    expect(fixes).toEqual([
      at(file, "normalize/nested-tags", "info", "/paths/~1v1~1embed-jobs/get/tags", "tags:", 1),
      at(file, "normalize/nested-tags", "info", "/paths/~1v1~1datasets/get/tags", "tags:", 2),
    ]);
    expect(fixes[0]!.message).toBe('tags "subpackage_embedJobs" (nested list) → ["embedJobs"]; resource group "embedJobs"');
    expect(fixes[1]!.message).toBe('tags "subpackage_datasets" → ["datasets"]; resource group "datasets"');
  });

  it("the IR has one resource per group", async () => {
    const { api } = await frontEnd(file);
    expect(api.resources.map((r) => `${r.name.join(" ")}: ${r.operations.map((o) => o.id).join(", ")}`)).toEqual([
      "embed jobs: embedJobs.list",
      "datasets: datasets.list",
      "models: models.list",
    ]);
  });
});

describe("operation-ids: unique `<group>.<method>` ids, names from method + path when missing, collisions", () => {
  const file = "normalize/operation-ids.yaml";

  it("derives method names from HTTP method + path when there is no operationId", async () => {
    const { doc, decisions } = await frontEnd(file);
    const ids = (path: string, method: string) => {
      const naming = decisions.operations.get(`/paths/${path.replace(/\//g, "~1")}/${method}`)!;
      expect(naming.id).toBe(doc.paths[path][method].operationId);
      return [naming.id, naming.resource.join(" "), naming.method.join(" ")];
    };
    expect(ids("/v1/pets", "get")).toEqual(["pets.list", "pets", "list"]);
    expect(ids("/v1/pets/{id}", "get")).toEqual(["pets.get", "pets", "get"]);
    expect(ids("/v1/pets/{id}", "delete")).toEqual(["pets.delete", "pets", "delete"]);
    expect(ids("/v1/pets/{id}/cancel", "post")).toEqual(["pets.cancel", "pets", "cancel"]);
  });

  it("camelCases given ids and prefixes the group, so ids that collide across pages become unique", async () => {
    const { doc } = await frontEnd(file);
    expect(doc.paths["/v1/pets/usage"].get.operationId).toBe("pets.getUsage");
    expect(doc.paths["/v1/pets"].post.operationId).toBe("pets.create");
    expect(doc.paths["/v1/owners"].post.operationId).toBe("owners.create");
  });

  it("tells apart two operations with the same name in one group by the HTTP method, with a warning", async () => {
    const { doc, decisions, diagnostics } = await frontEnd(file);
    expect(doc.paths["/v1/pets/{id}"].put.operationId).toBe("pets.createPut");
    expect(decisions.operations.get("/paths/~1v1~1pets~1{id}/put")!.method).toEqual(["create", "put"]);
    const warnings = withCode(diagnostics.items, "normalize/operation-name-collision");
    expect(warnings).toEqual([at(file, "normalize/operation-name-collision", "warning", "/paths/~1v1~1pets~1{id}/put", "    put:")]);
    expect(warnings[0]!.message).toBe("PUT /v1/pets/{id} would be pets.create like POST /v1/pets: named pets.createPut");
  });

  it("reports every name it made up or changed", async () => {
    const { diagnostics } = await frontEnd(file);
    const notes = withCode(diagnostics.items, "normalize/operation-id");
    expect(notes).toContainEqual(at(file, "normalize/operation-id", "info", "/paths/~1v1~1pets/get", "    get:", 1));
    expect(notes.find((d) => d.pointer === "/paths/~1v1~1pets/get")!.message).toBe("no operationId: named pets.list from GET /v1/pets");
    expect(notes).toContainEqual(
      at(file, "normalize/operation-id", "info", "/paths/~1v1~1pets~1usage/get/operationId", "operationId: get-usage"),
    );
    expect(notes.find((d) => d.pointer === "/paths/~1v1~1pets~1usage/get/operationId")!.message).toBe(
      'operationId "get-usage" → "pets.getUsage" (unique across the merged document)',
    );
    expect(notes).toHaveLength(8);
  });
});

describe("schema-names: non-identifier / non-PascalCase schema names renamed, $refs rewritten", () => {
  const file = "normalize/schema-names.yaml";

  it("renames hyphenated and snake_case names to PascalCase, dropping a trailing status after Response when unique", async () => {
    const { doc } = await frontEnd(file);
    expect(Object.keys(doc.components.schemas)).toEqual([
      "EmbedJobsCancelResponse",
      "PetsListResponse",
      "PetsListResponse200",
      "Pet",
      "CatPet",
      "DogPet",
      "PetStatus",
      "PetStatus2",
    ]);
  });

  it("adds a suffix when the new name is taken", async () => {
    const { doc } = await frontEnd(file);
    // `PetsListResponse` exists, so `pets_list_Response_200` keeps its status; `pet-status` and `pet_status` collide.
    expect(doc.components.schemas.PetsListResponse.properties).toHaveProperty("total");
    expect(doc.components.schemas.PetsListResponse200.properties).toHaveProperty("pets");
    expect(doc.components.schemas.PetStatus).toEqual({ type: "string" });
    expect(doc.components.schemas.PetStatus2).toEqual({ type: "integer" });
  });

  it("rewrites every $ref and discriminator mapping (full refs and bare names)", async () => {
    const { doc } = await frontEnd(file);
    const json = (path: string, method: string) => doc.paths[path][method].responses["200"].content["application/json"].schema;
    expect(json("/v1/embed-jobs/{id}/cancel", "post")).toEqual({ $ref: "#/components/schemas/EmbedJobsCancelResponse" });
    expect(json("/v1/pets", "get")).toEqual({ $ref: "#/components/schemas/PetsListResponse200" });
    expect(doc.components.schemas.Pet.oneOf).toEqual([{ $ref: "#/components/schemas/CatPet" }, { $ref: "#/components/schemas/DogPet" }]);
    expect(doc.components.schemas.Pet.discriminator.mapping).toEqual({ cat: "#/components/schemas/CatPet", dog: "DogPet" });
    expect(JSON.stringify(doc)).not.toMatch(/embed-jobs_cancel|pets_list_Response|cat_pet|dog-pet|pet[-_]status/);
  });

  it("reports each rename at the old name's line, and later stages still find the source lines", async () => {
    const { diagnostics, sources } = await frontEnd(file);
    const renames = withCode(diagnostics.items, "normalize/schema-name");
    expect(renames.map((d) => d.message)).toEqual([
      'schema name "embed-jobs_cancel_Response_200" is not an identifier: renamed "EmbedJobsCancelResponse"',
      'schema name "pets_list_Response_200" is not a PascalCase type name: renamed "PetsListResponse200"',
      'schema name "cat_pet" is not a PascalCase type name: renamed "CatPet"',
      'schema name "dog-pet" is not an identifier: renamed "DogPet"',
      'schema name "pet-status" is not an identifier: renamed "PetStatus"',
      'schema name "pet_status" is not a PascalCase type name: renamed "PetStatus2"',
    ]);
    expect(renames[0]).toEqual(
      at(
        file,
        "normalize/schema-name",
        "info",
        "/components/schemas/embed-jobs_cancel_Response_200",
        "    embed-jobs_cancel_Response_200:",
      ),
    );
    expect(renames[5]).toEqual(at(file, "normalize/schema-name", "info", "/components/schemas/pet_status", "    pet_status:"));
    expect(sources.locate("/components/schemas/EmbedJobsCancelResponse/properties/ok")).toMatchObject({
      file: shown(spec(file)),
      line: lineOf(spec(file), "        ok:"),
    });
  });
});

describe("auth-header-params: an `Authorization` header parameter → a security scheme at client level", () => {
  const file = "normalize/auth-header-params.yaml";

  it("removes the header from every operation (any casing), dropping emptied parameter lists", async () => {
    const { doc } = await frontEnd(file);
    expect(doc.paths["/pets"].get.parameters.map((p: any) => p.name)).toEqual(["limit"]);
    expect(doc.paths["/pets/{id}"].get.parameters.map((p: any) => p.name)).toEqual(["id"]);
    expect(doc.paths["/health"].get.parameters).toBeUndefined();
  });

  it("adds a bearer scheme and requires it at the root", async () => {
    const { doc, api } = await frontEnd(file);
    expect(doc.components.securitySchemes).toEqual({ bearerAuth: { type: "http", scheme: "bearer" } });
    expect(doc.security).toEqual([{ bearerAuth: [] }]);
    expect(api.auth).toEqual([{ name: "bearerAuth", kind: "bearer" }]);
    expect(api.defaultSecurity).toEqual([["bearerAuth"]]);
    expect(api.resources.flatMap((r) => r.operations.flatMap((o) => o.params.map((p) => p.name)))).toEqual(["limit", "id"]);
  });

  it("reports each removed parameter at its line", async () => {
    const { diagnostics } = await frontEnd(file);
    expect(withCode(diagnostics.items, "normalize/auth-header")).toEqual([
      at(file, "normalize/auth-header", "info", "/paths/~1pets/get/parameters/0", "- name: Authorization", 1),
      at(file, "normalize/auth-header", "info", "/paths/~1pets~1{id}/get/parameters/1", "- name: authorization"),
      at(file, "normalize/auth-header", "info", "/paths/~1health/get/parameters/0", "- name: Authorization", 2),
    ]);
  });

  it("a description that says Basic gives a basic scheme", async () => {
    const basic = "normalize/auth-header-basic.yaml";
    const { doc, api, diagnostics } = await frontEnd(basic);
    expect(doc.components.securitySchemes).toEqual({ basicAuth: { type: "http", scheme: "basic" } });
    expect(doc.security).toEqual([{ basicAuth: [] }]);
    expect(api.auth).toEqual([{ name: "basicAuth", kind: "basic" }]);
    expect(withCode(diagnostics.items, "normalize/auth-header")).toEqual([
      at(basic, "normalize/auth-header", "info", "/paths/~1reports/get/parameters/0", "- name: Authorization"),
    ]);
  });
});

describe("client-headers: a header every operation declares (or the config names) → a client option (`decisions.clientHeaders`)", () => {
  const file = "normalize/client-headers.yaml";
  const config = { headers: { "X-Trace": { option: "trace" } } };

  it("moves optional headers declared identically everywhere, and configured ones, to the root", async () => {
    const { doc, decisions, api } = await frontEnd(file, config);
    expect(decisions.clientHeaders).toEqual([
      {
        name: "X-Client-Name",
        option: ["client", "name"],
        schema: { type: "string" },
        pointer: "/paths/~1pets/post/parameters/0/schema",
        description: "The name of the project that is making the request.",
      },
      { name: "X-Trace", option: ["trace"], schema: { type: "string" }, pointer: "/paths/~1pets/post/parameters/2/schema" },
    ]);
    // The document stays plain OpenAPI: no `x-sdk-*` key carries the decision.
    expect(JSON.stringify(doc)).not.toMatch(/x-sdk-/);
    // Required everywhere (X-Tenant) or declared once (X-Request-Id): still call arguments.
    expect(doc.paths["/pets"].get.parameters.map((p: any) => p.name)).toEqual(["X-Tenant", "X-Request-Id"]);
    expect(doc.paths["/pets"].post.parameters.map((p: any) => p.name)).toEqual(["X-Tenant"]);
    expect(api.clientHeaders).toEqual([
      {
        wireName: "X-Client-Name",
        option: ["client", "name"],
        type: { kind: "primitive", type: "string" },
        description: "The name of the project that is making the request.",
      },
      { wireName: "X-Trace", option: ["trace"], type: { kind: "primitive", type: "string" } },
    ]);
  });

  it("without config, only the header declared everywhere moves", async () => {
    const { doc, decisions } = await frontEnd(file);
    expect(decisions.clientHeaders.map((h) => h.name)).toEqual(["X-Client-Name"]);
    expect(doc.paths["/pets"].post.parameters.map((p: any) => p.name)).toEqual(["X-Tenant", "X-Trace"]);
  });

  it("reports each removed parameter at its line", async () => {
    const { diagnostics } = await frontEnd(file, config);
    const notes = withCode(diagnostics.items, "normalize/client-header");
    expect(notes).toHaveLength(3);
    expect(notes).toContainEqual(at(file, "normalize/client-header", "info", "/paths/~1pets/get/parameters/0", "- name: X-Client-Name", 1));
    expect(notes).toContainEqual(
      at(file, "normalize/client-header", "info", "/paths/~1pets/post/parameters/0", "- name: X-Client-Name", 2),
    );
    expect(notes).toContainEqual(at(file, "normalize/client-header", "info", "/paths/~1pets/post/parameters/2", "- name: X-Trace"));
    expect(notes.find((d) => d.pointer === "/paths/~1pets/post/parameters/2")!.message).toBe("header `X-Trace` → client option `trace`");
  });

  it("after the Authorization header was removed, the note still points at the X-Client-Name line (as in every Cohere page)", async () => {
    const after = "normalize/client-headers-after-auth.yaml";
    const { diagnostics } = await frontEnd(after);
    const notes = withCode(diagnostics.items, "normalize/client-header");
    expect(notes.map((d) => d.line)).toEqual([
      lineOf(spec(after), "- name: X-Client-Name", 1),
      lineOf(spec(after), "- name: X-Client-Name", 2),
    ]);
  });
});

describe("meaningless-formats: `format` repeating a type name is dropped", () => {
  const file = "normalize/meaningless-formats.yaml";

  it("drops `format: string` (also with a type list), keeps real and custom formats", async () => {
    const { doc, api } = await frontEnd(file);
    expect(doc.components.schemas.Job.properties).toEqual({
      model: { type: "string" },
      note: { type: ["string", "null"] },
      id: { type: "string", format: "uuid" },
      size: { type: "integer", format: "int64" },
      at: { type: "string", format: "date-time" },
    });
    const job = api.types.find((t) => t.name === "Job")!.type;
    expect(job.kind === "object" && job.properties.find((p) => p.name === "model")!.type).toEqual({ kind: "primitive", type: "string" });
  });

  it("reports each dropped format at its line", async () => {
    const { diagnostics } = await frontEnd(file);
    expect(withCode(diagnostics.items, "normalize/meaningless-format")).toEqual([
      at(file, "normalize/meaningless-format", "info", "/components/schemas/Job/properties/model/format", "format: string", 1),
      at(file, "normalize/meaningless-format", "info", "/components/schemas/Job/properties/note/format", "format: string", 2),
    ]);
  });
});

describe("ref-siblings: keys beside `$ref` in OpenAPI 3.0 are dropped", () => {
  const file = "normalize/ref-siblings.yaml";

  it("keeps only the reference, so a spec with an indentation slip still validates and generates", async () => {
    const { doc, api } = await frontEnd(file);
    expect(doc.components.schemas.Jobs.properties).toEqual({
      first: { $ref: "#/components/schemas/Job" },
      second: { $ref: "#/components/schemas/Job" },
    });
    expect(api.types.map((t) => t.name).sort()).toEqual(["Job", "Jobs"]);
  });

  it("warns for a meaningful sibling, notes a description, each at its line", async () => {
    const { diagnostics } = await frontEnd(file);
    expect(withCode(diagnostics.items, "normalize/ref-siblings")).toEqual([
      at(file, "normalize/ref-siblings", "info", "/components/schemas/Jobs/properties/first/description", "description: The first job."),
      at(file, "normalize/ref-siblings", "warning", "/components/schemas/Jobs/properties/second/other", "other:"),
    ]);
  });
});
