/** IR stage: the language-neutral model built from the normalized document (Cohere, then one small spec per schema shape). */
import { beforeAll, describe, expect, it } from "vitest";
import { camelWords, pascalWords } from "../../generator/emit/names.js";
import type { Api, NamedType, Operation, TypeRef } from "../../generator/ir/types.js";
import type { FrontEndResult } from "../../generator/pipeline.js";
import { cohereFrontEnd } from "../helpers/project.js";
import { frontEnd } from "./helpers.js";

function type(api: Api, name: string): TypeRef {
  const t: NamedType | undefined = api.types.find((x) => x.name === name);
  if (!t) throw new Error(`no type ${name} in ${api.types.map((x) => x.name).join(", ")}`);
  return t.type;
}

function props(api: Api, name: string): Record<string, { type: TypeRef; required: boolean }> {
  const t = type(api, name);
  if (t.kind !== "object") throw new Error(`${name} is a ${t.kind}, not an object`);
  return Object.fromEntries(t.properties.map((p) => [p.name, { type: p.type, required: p.required }]));
}

const str: TypeRef = { kind: "primitive", type: "string" };

describe("IR of the Cohere spec", () => {
  let api: Api;
  let op: (id: string) => Operation;
  beforeAll(async () => {
    const front: FrontEndResult = await cohereFrontEnd();
    api = front.api;
    op = (id) => {
      const found = api.resources.flatMap((r) => r.operations).find((o) => o.id === id);
      if (!found) throw new Error(`no operation ${id}`);
      return found;
    };
  });

  it("has the resources datasets, embedJobs and v2 with their operations, methods and paths", () => {
    expect(
      Object.fromEntries(
        api.resources.map((r) => [r.name.join(" "), r.operations.map((o) => `${o.name.join(" ")}: ${o.method} ${o.path}`)]),
      ),
    ).toEqual({
      datasets: ["list: GET /v1/datasets", "create: POST /v1/datasets", "get usage: GET /v1/datasets/usage", "get: GET /v1/datasets/{id}"],
      "embed jobs": [
        "list: GET /v1/embed-jobs",
        "create: POST /v1/embed-jobs",
        "get: GET /v1/embed-jobs/{id}",
        "cancel: POST /v1/embed-jobs/{id}/cancel",
      ],
      v2: ["embed: POST /v2/embed"],
    });
    for (const r of api.resources) for (const o of r.operations) expect(o.id).toBe(`${camelWords(r.name)}.${camelWords(o.name)}`);
  });

  it("keeps names as words: resources, methods, errors, client options, request and schema types", () => {
    expect(api.resources.find((r) => r.name.join(" ") === "embed jobs")!.name).toEqual(["embed", "jobs"]);
    expect(op("datasets.getUsage").name).toEqual(["get", "usage"]);
    expect(op("datasets.list").requestTypeName).toEqual(["Datasets", "List", "Request"]);
    expect(api.errors.find((e) => e.status === "400")!.name).toEqual(["Bad", "Request"]);
    expect(api.clientHeaders[0]!.option).toEqual(["client", "name"]);
    // A component schema keeps the spec's words and case; a lifted type's words are composed.
    expect(api.types.find((t) => t.name === "CreateEmbedJobRequest")!.words).toEqual(["Create", "Embed", "Job", "Request"]);
    expect(api.types.find((t) => t.name === "DatasetsCreateRequestBody")!.words).toEqual(["Datasets", "Create", "Request", "Body"]);
    expect(api.client).toMatchObject({ className: ["Cohere", "Client"], errorBaseClass: ["Cohere", "Error"], prefix: ["Cohere"] });
    // No spelled name anywhere: every name field is a list of words.
    for (const r of api.resources) {
      expect(Array.isArray(r.name)).toBe(true);
      for (const o of r.operations) expect(Array.isArray(o.name) && Array.isArray(o.requestTypeName)).toBe(true);
      for (const w of r.waiters ?? []) expect(Array.isArray(w.name)).toBe(true);
    }
  });

  it("resolves parameter style and explode (path: simple, not exploded; query: form, exploded)", () => {
    expect(op("datasets.get").params).toEqual([
      { name: "id", in: "path", required: true, type: str, deprecated: false, style: "simple", explode: false, allowReserved: false },
    ]);
    const create = op("datasets.create").params;
    expect(create.map((p) => `${p.in} ${p.name}${p.required ? "" : "?"} ${p.style}${p.explode ? " exploded" : ""}`)).toEqual([
      "query name form exploded",
      "query type form exploded",
      "query keep_original_file? form exploded",
      "query skip_malformed_input? form exploded",
      "query keep_fields? form exploded",
      "query optional_fields? form exploded",
      "query text_separator? form exploded",
      "query csv_delimiter? form exploded",
    ]);
    expect(create.find((p) => p.name === "keep_fields")!.type).toEqual({ kind: "array", items: str });
    expect(create.find((p) => p.name === "type")!.type).toEqual({ kind: "named", name: "DatasetType" });
    const list = op("datasets.list").params;
    expect(list.find((p) => p.name === "before")!.type).toEqual({ kind: "primitive", type: "date-time" });
  });

  it("no operation takes Authorization or X-Client-Name as an argument", () => {
    const headers = api.resources.flatMap((r) => r.operations.flatMap((o) => o.params.filter((p) => p.in === "header")));
    expect(headers).toEqual([]);
  });

  it("datasets.create has a multipart body with the file fields the overlay restored", () => {
    expect(op("datasets.create").body).toEqual({
      kind: "multipart",
      contentType: "multipart/form-data",
      required: false,
      type: { kind: "named", name: "DatasetsCreateRequestBody" },
      fields: [
        { name: "data", required: true, kind: "file", type: { kind: "primitive", type: "binary" }, description: "The file to upload." },
        {
          name: "eval_data",
          required: false,
          kind: "file",
          type: { kind: "primitive", type: "binary" },
          description: "An optional evaluation file to upload.",
        },
      ],
    });
    expect(op("v2.embed").body).toMatchObject({
      kind: "json",
      contentType: "application/json",
      type: { kind: "named", name: "V2EmbedRequest" },
    });
  });

  it("has the JSON success responses, named after their renamed schemas", () => {
    expect(
      Object.fromEntries(
        api.resources.flatMap((r) =>
          r.operations.map((o) => [
            o.id,
            o.responses.map((s) => `${s.status} ${s.kind} ${s.type?.kind === "named" ? s.type.name : s.type?.kind}`),
          ]),
        ),
      ),
    ).toEqual({
      "datasets.list": ["200 json DatasetsListResponse"],
      "datasets.create": ["200 json DatasetsCreateResponse"],
      "datasets.getUsage": ["200 json DatasetsGetUsageResponse"],
      "datasets.get": ["200 json DatasetsGetResponse"],
      "embedJobs.list": ["200 json ListEmbedJobResponse"],
      "embedJobs.create": ["200 json CreateEmbedJobResponse"],
      "embedJobs.get": ["200 json EmbedJob"],
      "embedJobs.cancel": ["200 json EmbedJobsCancelResponse"],
      "v2.embed": ["200 json EmbedByTypeResponse"],
    });
    for (const t of api.types) expect(t.name).toMatch(/^[A-Z][A-Za-z0-9]*$/);
  });

  it("has the error statuses 400…504, including 498 and 499, with names", () => {
    expect(api.errors.map((e) => [e.status, e.name && pascalWords(e.name)])).toEqual([
      ["400", "BadRequest"],
      ["401", "Unauthorized"],
      ["403", "Forbidden"],
      ["404", "NotFound"],
      ["422", "UnprocessableEntity"],
      ["429", "TooManyRequests"],
      ["498", "InvalidToken"],
      ["499", "ClientClosedRequest"],
      ["500", "InternalServer"],
      ["501", "NotImplemented"],
      ["503", "ServiceUnavailable"],
      ["504", "GatewayTimeout"],
    ]);
    for (const e of api.errors) expect(e.description, e.status).toBeTruthy();
    for (const r of api.resources)
      for (const o of r.operations)
        expect(
          o.errors.map((e) => e.status),
          o.id,
        ).toEqual(api.errors.map((e) => e.status));
  });

  it("authenticates with a bearer token by default", () => {
    expect(api.auth).toEqual([{ name: "bearerAuth", kind: "bearer" }]);
    expect(api.defaultSecurity).toEqual([["bearerAuth"]]);
    for (const r of api.resources) for (const o of r.operations) expect(o.security, o.id).toBeUndefined();
  });

  it("has the client header X-Client-Name as option clientName", () => {
    expect(api.clientHeaders).toEqual([
      {
        wireName: "X-Client-Name",
        option: ["client", "name"],
        type: str,
        description: "The name of the project that is making the request.",
      },
    ]);
  });

  it("applies the per-operation config: ignored arguments and detected pagination", () => {
    expect(op("datasets.getUsage").ignoredArguments).toEqual(["id"]);
    expect(op("datasets.list").pagination).toEqual({ kind: "offset", offsetParam: "offset", limitParam: "limit", itemsPath: ["datasets"] });
    expect(
      api.resources
        .flatMap((r) => r.operations)
        .filter((o) => o.pagination)
        .map((o) => o.id),
    ).toEqual(["datasets.list"]);
  });

  it("EmbedContent is a union told apart by `type` (the overlay's discriminator)", () => {
    expect(type(api, "EmbedContent")).toEqual({
      kind: "union",
      variants: [
        { kind: "named", name: "EmbedImage" },
        { kind: "named", name: "EmbedText" },
      ],
      discriminator: {
        property: "type",
        mapping: [
          { value: "image_url", type: "EmbedImage" },
          { value: "text", type: "EmbedText" },
        ],
      },
    });
  });
});

describe("resource descriptions", () => {
  it("come from the document tag the operations are grouped by, however the tag is spelled", async () => {
    const { api } = await frontEnd("ir/tag-descriptions.yaml");
    expect(api.resources.map((r) => [r.name.join(" "), r.description])).toEqual([
      ["embed jobs", "Run embedding jobs over datasets."],
      ["fine tuning", "Tune models."],
      ["models", "The models."],
    ]);
  });
});

describe("IR of schema shapes", () => {
  it("allOf: object parts are merged into one object with the union of required properties", async () => {
    const { api } = await frontEnd("ir/allof.yaml");
    expect(api.types.map((t) => t.name)).toEqual(["Entity", "Pet"]);
    expect(props(api, "Pet")).toEqual({
      id: { type: str, required: true },
      created_at: { type: { kind: "primitive", type: "date-time" }, required: false },
      name: { type: str, required: true },
      tag: { type: str, required: false },
    });
    expect(api.types.find((t) => t.name === "Pet")!.description).toBe("An entity with a name.");
  });

  it("oneOf with a discriminator: explicit mapping values, and schema names for implicit ones", async () => {
    const { api } = await frontEnd("ir/oneof-discriminator.yaml");
    expect(type(api, "Pet")).toEqual({
      kind: "union",
      variants: [
        { kind: "named", name: "Cat" },
        { kind: "named", name: "Dog" },
      ],
      discriminator: {
        property: "pet_type",
        mapping: [
          { value: "cat", type: "Cat" },
          { value: "Dog", type: "Dog" },
        ],
      },
    });
    expect(type(api, "Shape")).toEqual({
      kind: "union",
      variants: [
        { kind: "named", name: "Circle" },
        { kind: "named", name: "Square" },
      ],
      discriminator: {
        property: "kind",
        mapping: [
          { value: "Circle", type: "Circle" },
          { value: "Square", type: "Square" },
        ],
      },
    });
  });

  it("nullable in OpenAPI 3.0 (`nullable: true`)", async () => {
    const { api, doc } = await frontEnd("ir/nullable-30.yaml");
    expect(doc.openapi).toBe("3.0.3");
    expect(props(api, "Pet")).toEqual({
      name: { type: str, required: true },
      nickname: { type: { kind: "nullable", type: str }, required: true },
      owner: { type: { kind: "named", name: "Owner" }, required: false },
      tags: { type: { kind: "nullable", type: { kind: "array", items: str } }, required: false },
    });
    expect(type(api, "Owner")).toEqual({
      kind: "nullable",
      type: { kind: "object", properties: [expect.objectContaining({ name: "name", type: str })] },
    });
  });

  it('nullable in OpenAPI 3.1 (`type: [T, "null"]`, and null in an enum)', async () => {
    const { api } = await frontEnd("ir/nullable-31.yaml");
    expect(props(api, "Pet")).toEqual({
      name: { type: str, required: true },
      nickname: { type: { kind: "nullable", type: str }, required: true },
      age: { type: { kind: "nullable", type: { kind: "primitive", type: "integer" } }, required: false },
      color: { type: { kind: "nullable", type: { kind: "enum", values: ["black", "white"] } }, required: false },
      tags: { type: { kind: "nullable", type: { kind: "array", items: str } }, required: false },
    });
  });

  it("date-time and date are their own primitives (in properties, arrays and parameters); other formats are kept", async () => {
    const { api } = await frontEnd("ir/formats.yaml");
    expect(props(api, "Event")).toEqual({
      at: { type: { kind: "primitive", type: "date-time" }, required: true },
      day: { type: { kind: "primitive", type: "date" }, required: false },
      seen: { type: { kind: "array", items: { kind: "primitive", type: "date-time" } }, required: false },
      id: { type: { kind: "primitive", type: "string", format: "uuid" }, required: false },
      count: { type: { kind: "primitive", type: "integer", format: "int64" }, required: false },
    });
    expect(api.resources[0]!.operations[0]!.params[0]).toMatchObject({
      name: "since",
      in: "query",
      type: { kind: "primitive", type: "date-time" },
    });
  });

  it("additionalProperties: maps, objects with extra properties, true and false", async () => {
    const { api } = await frontEnd("ir/additional-properties.yaml");
    expect(props(api, "Stats")).toEqual({
      labels: { type: { kind: "map", values: str }, required: false },
      counts: { type: { kind: "map", values: { kind: "named", name: "Count" } }, required: false },
      anything: { type: { kind: "map", values: { kind: "primitive", type: "unknown" } }, required: false },
      nothing: { type: { kind: "object", properties: [] }, required: false },
    });
    expect(type(api, "Tally")).toEqual({
      kind: "object",
      properties: [expect.objectContaining({ name: "total", required: true, type: { kind: "primitive", type: "integer" } })],
      additional: { kind: "primitive", type: "integer" },
    });
  });

  it("multipart: fields of an empty body completed by an overlay; an inline object field is one named type", async () => {
    const { api } = await frontEnd("shapes/empty-multipart.yaml", { overlays: ["shapes/empty-multipart-overlay.yaml"] });
    const body = api.resources[0]!.operations[0]!.body!;
    expect(body.fields!.map((f) => `${f.name}${f.required ? "" : "?"}: ${f.kind}`)).toEqual([
      "data: file",
      "eval_data?: file",
      "labels?: field",
      "options?: json",
    ]);
    // The body type and the `options` field describe the same schema node: it must become one type, not two.
    const bodyOptions = props(api, (body.type as { name: string }).name).options!.type;
    const fieldOptions = body.fields!.find((f) => f.name === "options")!.type;
    expect(fieldOptions).toEqual(bodyOptions);
    const fromOptions = api.types.filter((t) => t.source.endsWith("/multipart~1form-data/schema/properties/options"));
    expect(fromOptions.map((t) => t.name)).toEqual(["DatasetsCreateRequestBodyOptions"]);
  });

  it("recursion: self- and mutually recursive schemas are referenced by name", async () => {
    const { api } = await frontEnd("ir/recursion.yaml");
    expect(api.types.map((t) => t.name)).toEqual(["TreeNode", "Person", "Company", "CompanyStaffItem"]);
    expect(props(api, "TreeNode")).toEqual({
      value: { type: str, required: true },
      children: { type: { kind: "array", items: { kind: "named", name: "TreeNode" } }, required: false },
      parent: { type: { kind: "named", name: "TreeNode" }, required: false },
    });
    expect(props(api, "Company").staff!.type).toEqual({ kind: "array", items: { kind: "named", name: "CompanyStaffItem" } });
    expect(props(api, "CompanyStaffItem").person!.type).toEqual({ kind: "named", name: "Person" });
    expect(props(api, "Person").employer!.type).toEqual({ kind: "named", name: "Company" });
  });
});
