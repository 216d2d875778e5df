/** Emit stage (plus format and compile): the files of the package, and the code they contain. */
import { beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cohereConfig, GENERATED, generateInMemory } from "../helpers/project.js";
import { spec } from "./helpers.js";

const HEADER = "// This file is generated from the OpenAPI description. Do not edit: change the spec or the generator instead.\n";

/** A source file's text with whitespace collapsed, so a signature can be found whatever the formatter's line breaks. */
function flat(text: string | undefined): string {
  if (text === undefined) throw new Error("file not emitted");
  return text.replace(/\s+/g, " ").replace(/\( /g, "(").replace(/,? \)/g, ")");
}

describe("the emitted Cohere package", () => {
  let files: Map<string, string>;
  beforeAll(async () => {
    files = (await generateInMemory(cohereConfig())).files;
  });

  it("has sources, ESM and CJS builds, package.json and README.md — and nothing else", async () => {
    const paths = [...files.keys()];
    for (const p of [
      "package.json",
      "README.md",
      "tsconfig.json",
      "src/index.ts",
      "src/Client.ts",
      "src/types.ts",
      "src/mappers.ts",
      "src/errors.ts",
      "src/options.ts",
      "src/environments.ts",
    ]) {
      expect(paths).toContain(p);
    }
    expect(paths.filter((p) => p.startsWith("src/resources/"))).toEqual([
      "src/resources/datasets.ts",
      "src/resources/embed-jobs.ts",
      "src/resources/v2.ts",
    ]);
    for (const p of paths)
      expect(p).toMatch(
        /^(src\/.+\.ts|dist\/(esm|cjs)\/.+\.(js|d\.ts)|dist\/cjs\/package\.json|package\.json|README\.md|CHANGELOG\.md|\.generator\/wire\.json|tsconfig\.json|LICENSE)$/,
      );
    expect(paths).toEqual([...paths].sort());
    // Chunk names carry a content hash: the snapshot shows the layout, not the hash.
    await expect(paths.map((p) => p.replace(/chunk-[A-Z0-9]+\.js$/, "chunk-<hash>.js")).join("\n") + "\n").toMatchFileSnapshot(
      "snapshots/cohere/files.txt",
    );
  });

  it("dist/cjs has a .js and .d.ts per source file; dist/esm has a .d.ts per source file and bundled entries", () => {
    const sources = [...files.keys()].filter((p) => p.startsWith("src/")).map((p) => p.slice(4, -3));
    expect(sources.length).toBeGreaterThan(15);
    const expected = new Set(["dist/cjs/package.json"]);
    for (const s of sources) {
      for (const ext of [".js", ".d.ts"]) expected.add(`dist/cjs/${s}${ext}`);
      expected.add(`dist/esm/${s}.d.ts`);
    }
    // ESM: one bundled file per entry point (the index and each resource) plus shared chunks.
    for (const entry of ["index", "resources/datasets", "resources/embed-jobs", "resources/v2"]) expected.add(`dist/esm/${entry}.js`);
    const chunks = [...files.keys()].filter((p) => /^dist\/esm\/chunks\/chunk-[A-Z0-9]+\.js$/.test(p));
    expect(chunks.length).toBeGreaterThan(0);
    for (const c of chunks) expected.add(c);
    expect(new Set([...files.keys()].filter((p) => p.startsWith("dist/")))).toEqual(expected);
    expect(files.get("dist/cjs/package.json")).toBe('{ "type": "commonjs" }\n');
    expect(files.get("dist/esm/index.js")).toMatch(/^export \{[^}]*\bCohereClient\b/m);
    expect(files.get("dist/esm/index.js")).not.toMatch(/from "\.\/Client\.js"/);
    expect(files.get("dist/cjs/index.js")).toContain('require("./Client.js")');
    expect(files.get("dist/esm/resources/embed-jobs.d.ts")).toContain(
      "cancel(id: string, requestOptions?: RequestOptions): HttpPromise<EmbedJobsCancelResponse>;",
    );
  });

  it("generated sources carry the do-not-edit header; copied runtime files are under src/core", () => {
    for (const [p, text] of files) {
      // src/custom/ is hand-written code the generator keeps (README › Custom code).
      if (p.startsWith("src/") && !p.startsWith("src/core/") && !p.startsWith("src/custom/")) expect(text.startsWith(HEADER), p).toBe(true);
    }
    expect([...files.keys()].filter((p) => p.startsWith("src/core/")).length).toBeGreaterThan(5);
  });

  it("package.json: name, version, subpath exports per resource, no runtime dependencies", () => {
    const pkg = JSON.parse(files.get("package.json")!);
    expect(pkg).toMatchObject({
      name: "cohere-ai",
      // The version the release stage last gave the committed package.
      version: JSON.parse(readFileSync(join(GENERATED, "package.json"), "utf8")).version,
      type: "module",
      sideEffects: false,
      main: "./dist/cjs/index.js",
      module: "./dist/esm/index.js",
    });
    expect(Object.keys(pkg.exports)).toEqual([".", "./resources/datasets", "./resources/embed-jobs", "./resources/v2", "./package.json"]);
    expect(pkg.exports["./resources/v2"]).toEqual({
      import: { types: "./dist/esm/resources/v2.d.ts", default: "./dist/esm/resources/v2.js" },
      require: { types: "./dist/cjs/resources/v2.d.ts", default: "./dist/cjs/resources/v2.js" },
    });
    expect(pkg.dependencies).toBeUndefined();
  });

  it("the resource methods have the signatures the seed examples call", () => {
    const datasets = flat(files.get("src/resources/datasets.ts"));
    expect(datasets).toContain(
      "list(request?: DatasetsListRequest, requestOptions?: RequestOptions): PagePromise<Dataset, DatasetsListResponse>",
    );
    expect(datasets).toContain("getUsage(requestOptions?: RequestOptions): HttpPromise<DatasetsGetUsageResponse>;");
    expect(datasets).toMatch(
      /@deprecated[^*]*\*[\s\S]*?getUsage\(id: string, requestOptions\?: RequestOptions\): HttpPromise<DatasetsGetUsageResponse>;/,
    );
    expect(datasets).toContain("get(id: string, requestOptions?: RequestOptions): HttpPromise<DatasetsGetResponse>");
    const jobs = flat(files.get("src/resources/embed-jobs.ts"));
    expect(jobs).toContain("create(request: CreateEmbedJobRequest, requestOptions?: RequestOptions): HttpPromise<CreateEmbedJobResponse>");
    expect(jobs).toContain("cancel(id: string, requestOptions?: RequestOptions): HttpPromise<EmbedJobsCancelResponse>");
    expect(jobs).toContain('path: () => `/v1/embed-jobs/${encodePathParam(id, "simple", false, "id")}/cancel`');
    expect(flat(files.get("src/resources/v2.ts"))).toContain(
      "embed(request: V2EmbedRequest, requestOptions?: RequestOptions): HttpPromise<EmbedByTypeResponse>",
    );
    const client = flat(files.get("src/Client.ts"));
    expect(client).toContain("export class CohereClient {");
    expect(client).toContain("get embedJobs(): EmbedJobs {");
  });

  it("errors: one class per declared status, named by meaning, under the configured base class", () => {
    const errors = flat(files.get("src/errors.ts"));
    expect(errors).toContain("export class CohereError extends _ApiError {");
    for (const name of ["BadRequest", "Unauthorized", "InvalidToken", "ClientClosedRequest", "GatewayTimeout"]) {
      expect(errors).toContain(`export class ${name}Error extends CohereError {`);
    }
    expect(errors).toContain('"498": InvalidTokenError');
    expect(errors).toContain("TimeoutError as CohereTimeoutError");
  });

  it("options: token (CO_API_KEY), clientName (X-Client-Name), base URL override (CO_API_URL)", () => {
    const options = flat(files.get("src/options.ts"));
    expect(options).toContain("token?: string | (() => string | Promise<string>);");
    expect(options).toContain("clientName?: string;");
    expect(options).toContain('readEnv("CO_API_KEY")');
    expect(options).toContain('readEnv("CO_API_URL")');
    expect(options).toContain('"X-Client-Name": options.clientName == null ? undefined : String(options.clientName)');
    expect(options).toContain("Authorization: `Bearer ${s0}`");
  });

  it("README shows install, the client, and every method", () => {
    const readme = files.get("README.md")!;
    expect(readme).toContain("npm install cohere-ai");
    expect(readme).toContain('import { CohereClient } from "cohere-ai";');
    for (const call of [
      "datasets.list",
      "datasets.create",
      "datasets.getUsage",
      "datasets.get",
      "embedJobs.list",
      "embedJobs.create",
      "embedJobs.get",
      "embedJobs.cancel",
      "v2.embed",
    ]) {
      expect(readme).toContain(call);
    }
  });
});

describe("code emitted for a small spec (test/specs/emit/pets.yaml)", () => {
  let files: Map<string, string>;
  beforeAll(async () => {
    files = (await generateInMemory({ inputs: [spec("emit/pets.yaml")] })).files;
  });

  it("names the package and client from info.title", () => {
    expect(JSON.parse(files.get("package.json")!).name).toBe("pet-store");
    const client = flat(files.get("src/Client.ts"));
    expect(client).toContain("export class PetStoreClient {");
    expect(client).toContain("get pets(): Pets {");
    expect(flat(files.get("src/environments.ts"))).toContain(
      'export const PetStoreEnvironment = { Default: "https://pets.example.com" } as const;',
    );
  });

  it("models: interfaces with camelCase properties, optional when not required, Date for date-time", () => {
    const types = flat(files.get("src/types.ts"));
    expect(types).toContain("export interface Pet { id: string; name: string; birthDate?: Date; }");
    expect(types).toContain("export interface NewPet { name: string; birthDate?: Date; }");
  });

  it("resource methods: query params in a request object, path params positional, typed bodies and results", () => {
    const pets = flat(files.get("src/resources/pets.ts"));
    expect(pets).toContain("export interface PetsListPetsRequest { limit?: number; }");
    expect(pets).toContain("listPets(request?: PetsListPetsRequest, requestOptions?: RequestOptions): HttpPromise<Pet[]>");
    expect(pets).toContain("createPet(request: NewPet, requestOptions?: RequestOptions): HttpPromise<Pet>");
    expect(pets).toContain("getPet(petId: string, requestOptions?: RequestOptions): HttpPromise<Pet>");
    expect(pets).toContain('query: [{ name: "limit", value: request?.limit }]');
    expect(pets).toContain('path: () => `/pets/${encodePathParam(petId, "simple", false, "pet_id")}`');
    expect(pets).toContain('body: { type: "json", value: newPetToWire(request) }');
    // One @throws line for the error family; no filler docs where the spec says nothing.
    expect(pets).toContain("@throws {@link PetStoreError} on a non-2xx response, as the subclass of its status: 404 {@link NotFoundError}");
    expect(pets.match(/@throws/g)?.length).toBe(pets.match(/@example/g)?.length);
    expect(pets).not.toContain("The request.");
    expect(pets).not.toContain("Operations of the");
  });

  it("mappers: wire names ↔ camelCase, ISO strings ↔ Date", () => {
    const mappers = flat(files.get("src/mappers.ts"));
    expect(mappers).toContain("export function petFromWire(wire: unknown): Pet {");
    expect(mappers).toContain("const { birth_date: birthDate, ...result } = wire;");
    expect(mappers).toContain("if (birthDate !== undefined) result.birthDate = toDate(birthDate);");
    expect(mappers).toContain("return result as unknown as Pet;");
    expect(mappers).toContain("export function newPetToWire(value: unknown): unknown {");
    expect(mappers).toContain("if (birthDate !== undefined) wire.birth_date = fromDate(birthDate);");
    // Hand-written style: no `any`, no numbered locals.
    expect(mappers).not.toMatch(/\bany\b/);
    expect(mappers).not.toMatch(/\bv\d+\b/);
  });

  it("errors: the declared 404 and the base class", () => {
    const errors = flat(files.get("src/errors.ts"));
    expect(errors).toContain("export class PetStoreError extends _ApiError {");
    expect(errors).toContain("export class NotFoundError extends PetStoreError {");
    // Only createPet declares a 404: it gets a table of its own; the others fall back to the base class.
    expect(errors).toContain("export const errorTable: ErrorTable = { base: PetStoreError };");
    expect(errors).toContain('export const errorTable2: ErrorTable = { base: PetStoreError, byStatus: { "404": NotFoundError } };');
  });

  it("no auth in the spec → no credential option", () => {
    const options = files.get("src/options.ts")!;
    expect(options).not.toContain("token?");
    expect(options).toContain("return { ...options.headers };");
  });
});
