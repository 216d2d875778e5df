/**
 * Feature 9 — Swagger 2.0 (spec: specs/swagger2.yaml): converted on load (diagnostic `load/swagger2`), host +
 * basePath + schemes → the default environment, `collectionFormat` multi/csv, body parameter, header parameter,
 * `x-nullable`, apiKey security definition; then live calls.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  formData,
  generateFeature,
  json,
  rawPairs,
  rejection,
  snapshotPath,
  startFeatureServer,
  type GeneratedPackage,
} from "./harness.js";

let pkg: GeneratedPackage;
let sdk: any;
let client: any;
let server: Awaited<ReturnType<typeof startFeatureServer>>;

beforeAll(async () => {
  pkg = await generateFeature("swagger2");
  sdk = await pkg.load();
  server = await startFeatureServer();
  client = new sdk.TestClient({ baseUrl: `${server.url}/v2`, apiKey: "key-2", maxRetries: 0 });
});
afterAll(async () => {
  await server?.close();
  pkg?.cleanup();
});

describe("conversion", () => {
  test("reported as load/swagger2 (info), no warnings or errors", () => {
    const conv = pkg.diagnostics.filter((d) => d.code === "load/swagger2");
    expect(conv).toHaveLength(1);
    expect(conv[0]!.severity).toBe("info");
    expect(conv[0]!.message).toMatch(/Swagger 2\.0 converted to OpenAPI 3/);
    expect(pkg.diagnostics.filter((d) => d.severity !== "info")).toStrictEqual([]);
  });

  test("emitted files", async () => {
    await expect(pkg.file("src/resources/pets.ts")).toMatchFileSnapshot(snapshotPath("swagger2", "resources/pets.ts"));
    await expect(pkg.file("src/types.ts")).toMatchFileSnapshot(snapshotPath("swagger2", "types.ts"));
  });

  test("host + basePath + schemes → default environment; x-nullable → | null", () => {
    expect(sdk.TestEnvironment).toStrictEqual({ Default: "https://petstore.example.com/v2" });
    expect(pkg.file("src/types.ts")).toMatch(/nickName\?: string \| null;/);
  });
});

describe("live calls", () => {
  test("query arrays (multi → repeated, csv → comma), header parameter, apiKey header, mapped array response", async () => {
    server.handle = (_req, res) =>
      json(res, 200, [{ pet_id: "p1", pet_name: "Rex", birth_date: "2020-02-02T00:00:00.000Z", nick_name: null }]);
    const pets = await client.pets.listPets({ tags: ["a", "b"], ids: [1, 2], xTrace: "t-1" });
    expect(pets).toStrictEqual([{ petId: "p1", petName: "Rex", birthDate: new Date("2020-02-02T00:00:00.000Z"), nickName: null }]);
    const req = server.last();
    expect(req.path).toBe("/v2/pets");
    expect(rawPairs(req.rawQuery)).toStrictEqual([
      ["tags", "a"],
      ["tags", "b"],
      ["ids", "1,2"],
    ]);
    expect(req.headers["x-trace"]).toBe("t-1");
    expect(req.headers["x-api-key"]).toBe("key-2");
  });

  test("body parameter → JSON body, snake_case and ISO dates", async () => {
    server.handle = (req, res) => json(res, 201, { pet_id: "p2", ...JSON.parse(req.body.toString()) });
    const pet = await client.pets.addPet({ petName: "Tom", birthDate: new Date("2021-01-01T00:00:00.000Z") });
    expect(JSON.parse(server.last().body.toString())).toStrictEqual({ pet_name: "Tom", birth_date: "2021-01-01T00:00:00.000Z" });
    expect(pet).toStrictEqual({ petId: "p2", petName: "Tom", birthDate: new Date("2021-01-01T00:00:00.000Z") });
  });

  test("formData with a file (multipart/form-data) → a file part and a text field", async () => {
    server.handle = (_req, res) => json(res, 200, { photo_url: "https://x/p.png" });
    const out = await client.pets.uploadPhoto("p1", { caption: "hi" }, new Blob(["PNG"], { type: "image/png" }));
    expect(out).toStrictEqual({ photoUrl: "https://x/p.png" });
    const req = server.last();
    expect(req.path).toBe("/v2/pets/p1/photo");
    const form = await formData(req);
    expect(form.get("caption")).toBe("hi");
    const photo = form.get("photo") as File;
    expect(photo.type).toBe("image/png");
    expect(await photo.text()).toBe("PNG");
  });

  test("declared error response → typed error with mapped body", async () => {
    server.handle = (_req, res) => json(res, 404, { error_code: 44, error_message: "no pet" });
    const err = await rejection(client.pets.getPet("p 9"));
    expect(server.last().path).toBe("/v2/pets/p%209");
    expect(err).toBeInstanceOf(sdk.NotFoundError);
    expect(err.body).toStrictEqual({ errorCode: 44, errorMessage: "no pet" });
  });
});
