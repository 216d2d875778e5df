/**
 * Issue 12 (unusual names) and issue 9 (names by construction): resources and operations named like promise or
 * Object.prototype members, only non-ASCII, 300 characters long; schemas named like the generated error classes
 * and aliases or a runtime type; parameters named like runtime imports; enum values that spell alike. The
 * package generates, renames are reported with their place in the spec, and the SDK works over HTTP.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { json, startFeatureServer } from "../features/harness.js";
import { generateSpec, type EmittedPackage } from "./helpers.js";

let pkg: EmittedPackage;
let sdk: any;
let server: Awaited<ReturnType<typeof startFeatureServer>>;
let client: any;
beforeAll(async () => {
  pkg = await generateSpec("hostile-names.yaml");
  sdk = await pkg.load();
  server = await startFeatureServer((_req, res) => json(res, 200, { kind: "a_b" }));
  client = new sdk.TestClient({ baseUrl: server.url, maxRetries: 0 });
});
afterAll(async () => {
  await server?.close();
  pkg?.cleanup();
});

describe("the client stays an ordinary object", () => {
  test("a `then` resource does not make the client a thenable: await gives the client back", async () => {
    expect(typeof client.then).toBe("undefined");
    expect(await client).toBe(client);
    expect(await client.then_.getThen()).toStrictEqual({ kind: "a_b" });
    expect(server.last().path).toBe("/then");
  });

  test("a `toString` resource leaves String(client) alone", async () => {
    expect(String(client)).toBe("[object Object]");
    await client.toString_.describe();
    expect(server.last().path).toBe("/to-string");
  });

  test("tag and operationId `constructor`, operationId `__proto__`", async () => {
    expect(client.constructor).toBe(sdk.TestClient);
    await client.constructor_.constructor_();
    expect(server.last().path).toBe("/ctor");
    expect(Object.getPrototypeOf(client.misc)).toBe(sdk.Misc.prototype);
    await client.misc.proto();
    expect(server.last().path).toBe("/proto");
  });

  test("renames are reported, each with its place in the spec", () => {
    const renamed = pkg.diagnostics.filter((d) => d.code === "emit/renamed-member");
    expect(renamed.map((d) => d.message)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/`client\.then_`/),
        expect.stringMatching(/`client\.toString_`/),
        expect.stringMatching(/`client\.constructor_`/),
        expect.stringMatching(/method `constructor_`/),
      ]),
    );
    for (const d of renamed) {
      expect(d.file).toMatch(/hostile-names\.yaml$/);
      expect(d.line).toBeGreaterThan(0);
    }
  });
});

describe("names the spec cannot spell for us", () => {
  test("a tag and operationId of only non-ASCII letters keep their names (Unicode identifiers); the file name is ASCII with a hash", async () => {
    expect([...pkg.files.keys()].filter((p) => /^src\/resources\/resource-[0-9a-f]{8}\.ts$/.test(p))).toHaveLength(1);
    await client.日本語.日本();
    expect(server.last().path).toBe("/unicode");
  });

  test("a 300-character tag: the file name is truncated with a hash, deterministic and short", async () => {
    const long = [...pkg.files.keys()].filter((p) => p.startsWith("src/resources/verylong"));
    expect(long).toHaveLength(1);
    const base = long[0]!.slice("src/resources/".length);
    expect(base).toMatch(/^verylong(long)+-?[a-z]*-[0-9a-f]{8}\.ts$/);
    expect(base.length).toBeLessThanOrEqual(83);
    const member = Object.getOwnPropertyNames(sdk.TestClient.prototype).find((n) => n.startsWith("verylong"))!;
    await client[member].longOne();
    expect(server.last().path).toBe("/long");
  });
});

describe("collisions with generated names", () => {
  test("schemas named like an error class or alias, or a runtime type, get another spelling; the classes stay", () => {
    const types = pkg.file("src/types.ts");
    expect(types).toContain("export interface NotFoundError2 {");
    expect(types).toContain("export interface TestSdkError2 {");
    expect(types).toContain("export interface ClientCoreModel {");
    expect(sdk.NotFoundError.prototype).toBeInstanceOf(sdk.TestError);
    expect(new sdk.TestSdkError("x")).toBeInstanceOf(Error);
    const collisions = pkg.diagnostics.filter((d) => d.code === "emit/name-collision").map((d) => d.message);
    expect(collisions).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/schema `NotFoundError` is spelled `NotFoundError2`/),
        expect.stringMatching(/schema `TestSdkError` is spelled `TestSdkError2`/),
      ]),
    );
  });

  test("a resource named ClientCore, a path parameter named encodePathParam, query parameters named send/requestOptions", async () => {
    expect(typeof sdk.ClientCoreResource).toBe("function");
    const r = await client.clientCore.getCore("a/b c", { send: "1", requestOptions: "2" });
    expect(r).toStrictEqual({ kind: "a_b" });
    expect(server.last().path).toBe("/core/a%2Fb%20c");
    expect(new URLSearchParams(server.last().rawQuery).get("send")).toBe("1");
    expect(new URLSearchParams(server.last().rawQuery).get("requestOptions")).toBe("2");
  });

  test("a 404 on that operation is the API's NotFoundError class, not the schema", async () => {
    server.handle = (_req, res) => json(res, 404, { code: "gone" });
    try {
      const err = await client.clientCore.getCore("x").then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(sdk.NotFoundError);
      expect(err.body).toStrictEqual({ code: "gone" });
    } finally {
      server.handle = (_req, res) => json(res, 200, { kind: "a_b" });
    }
  });

  test("enum values that spell to one member get distinct members, every value kept", () => {
    expect(sdk.Kind).toStrictEqual({ AB: "a-b", AB2: "a_b", AB3: "A B", Ab: "ab", AB4: "aB" });
  });
});
