/**
 * Feature 6 — servers (specs: specs/servers.yaml, specs/relative-server.yaml): server variables with enums expand to
 * named environments (the first is the default), `environment` and `baseUrl` options (baseUrl wins), a base path kept
 * in front of operation paths; a relative server URL gives a clear error when no baseUrl is given.
 * The default environment is proven on the wire with a custom `fetch` that records the URL the SDK built and forwards
 * the call to the local server.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { generateFeature, json, rejection, snapshotPath, startFeatureServer, type GeneratedPackage } from "./harness.js";

let pkg: GeneratedPackage;
let relPkg: GeneratedPackage;
let sdk: any;
let relSdk: any;
let server: Awaited<ReturnType<typeof startFeatureServer>>;

beforeAll(async () => {
  [pkg, relPkg] = await Promise.all([generateFeature("servers"), generateFeature("relative")]);
  [sdk, relSdk] = await Promise.all([pkg.load(), relPkg.load()]);
  server = await startFeatureServer((_req, res) => json(res, 200, { pong: true }));
});
afterAll(async () => {
  await server?.close();
  pkg?.cleanup();
  relPkg?.cleanup();
});

/** A fetch that records the URL it was given and sends the request to the local server instead (same path + query). */
function redirectingFetch(seen: string[]): typeof fetch {
  return (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    seen.push(url);
    const u = new URL(url);
    return fetch(server.url + u.pathname + u.search, init);
  };
}

describe("servers with variables → environments", () => {
  test("environments.ts", async () => {
    await expect(pkg.file("src/environments.ts")).toMatchFileSnapshot(snapshotPath("servers", "environments.ts"));
  });

  test("every enum value of a variable is an environment; other variables take their default", () => {
    expect(sdk.TestEnvironment).toStrictEqual({
      ProductionUs: "https://us.api.example.com/v1",
      ProductionEu: "https://eu.api.example.com/v1",
      Sandbox: "https://sandbox.example.com/v1",
    });
  });

  test("no option: the first environment, with its base path before the operation path", async () => {
    const seen: string[] = [];
    const client = new sdk.TestClient({ fetch: redirectingFetch(seen), maxRetries: 0 });
    expect(await client.health.ping()).toStrictEqual({ pong: true });
    expect(seen).toStrictEqual(["https://us.api.example.com/v1/ping"]);
    expect(server.last().path).toBe("/v1/ping");
  });

  test("environment: a named one", async () => {
    const seen: string[] = [];
    const client = new sdk.TestClient({ environment: sdk.TestEnvironment.ProductionEu, fetch: redirectingFetch(seen), maxRetries: 0 });
    await client.health.ping();
    expect(seen).toStrictEqual(["https://eu.api.example.com/v1/ping"]);
  });

  test("environment: any URL, live over HTTP (a trailing slash is not doubled)", async () => {
    const client = new sdk.TestClient({ environment: `${server.url}/base/`, maxRetries: 0 });
    await client.health.ping();
    expect(server.last().path).toBe("/base/ping");
  });

  test("baseUrl wins over environment", async () => {
    const client = new sdk.TestClient({ environment: sdk.TestEnvironment.Sandbox, baseUrl: `${server.url}/direct`, maxRetries: 0 });
    await client.health.ping();
    expect(server.last().path).toBe("/direct/ping");
  });
});

describe("relative server URL", () => {
  test("no environments are invented from a relative URL", async () => {
    await expect(relPkg.file("src/environments.ts")).toMatchFileSnapshot(snapshotPath("servers", "relative-environments.ts"));
    expect(relSdk.TestEnvironment).toStrictEqual({});
  });

  test("without baseUrl: a clear SdkError (names `baseUrl`), nothing sent", async () => {
    const before = server.requests.length;
    const client = new relSdk.TestClient({ maxRetries: 0 });
    const err = await rejection(client.health.ping());
    expect(err).toBeInstanceOf(relSdk.TestSdkError);
    expect(err.message).toMatch(/baseUrl/);
    expect(server.requests.length).toBe(before);
  });

  test("with baseUrl: the call goes there", async () => {
    const client = new relSdk.TestClient({ baseUrl: `${server.url}/api/v2`, maxRetries: 0 });
    expect(await client.health.ping()).toStrictEqual({ pong: true });
    expect(server.last().path).toBe("/api/v2/ping");
  });
});
