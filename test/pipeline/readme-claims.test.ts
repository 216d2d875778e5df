/**
 * What the cohere-ai README says about client options, checked against the built package in generated/:
 * the base URL precedence (`baseUrl`, else `environment`, else CO_API_URL, else the default environment) over
 * real HTTP on 127.0.0.1, and the `Uploadable` type its method signatures name, imported from the package root by
 * a TypeScript project where `cohere-ai` resolves to generated/cohere-ai.
 */
import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { json, startServer, type TestServer } from "../helpers/http.js";
import { GENERATED, ROOT, tempDir } from "../helpers/project.js";

const README = readFileSync(join(GENERATED, "README.md"), "utf8");

describe("base URL precedence", () => {
  const servers: Record<"baseUrl" | "environment" | "envVar", TestServer | undefined> = {
    baseUrl: undefined,
    environment: undefined,
    envVar: undefined,
  };
  let sdk: any;
  const saved = process.env.CO_API_URL;
  beforeAll(async () => {
    for (const k of Object.keys(servers) as Array<keyof typeof servers>)
      servers[k] = await startServer((_req, res) => json(res, 200, { organization_usage: 7 }));
    sdk = await import(pathToFileURL(join(GENERATED, "dist/esm/index.js")).href);
  });
  afterAll(async () => {
    if (saved === undefined) delete process.env.CO_API_URL;
    else process.env.CO_API_URL = saved;
    await Promise.all(Object.values(servers).map((s) => s?.close()));
  });

  test("the README states the order the client implements", () => {
    expect(README).toContain(
      "Requests go to `baseUrl`, else `environment`, else the `CO_API_URL` environment variable (where `process.env` exists), else `CohereEnvironment.Production` (`https://api.cohere.com`).",
    );
  });

  /** Which of the three servers a getUsage call reached. */
  async function target(options: Record<string, unknown>): Promise<string[]> {
    for (const s of Object.values(servers)) s!.requests.length = 0;
    const client = new sdk.CohereClient({ token: "t", maxRetries: 0, ...options });
    expect((await client.datasets.getUsage()).organizationUsage).toBe(7);
    return Object.entries(servers)
      .filter(([, s]) => s!.requests.length > 0)
      .map(([k]) => k);
  }

  test("baseUrl wins over environment and CO_API_URL; environment wins over CO_API_URL; CO_API_URL is the fallback", async () => {
    process.env.CO_API_URL = servers.envVar!.url;
    expect(await target({ baseUrl: servers.baseUrl!.url, environment: servers.environment!.url })).toEqual(["baseUrl"]);
    expect(await target({ environment: servers.environment!.url })).toEqual(["environment"]);
    expect(await target({})).toEqual(["envVar"]);
  });

  test("with nothing set, the default is the environment the README names", () => {
    expect(sdk.CohereEnvironment.Production).toBe("https://api.cohere.com");
  });
});

test("Uploadable, the type the README's signatures name, is exported from the package root", async () => {
  expect(README).toMatch(/data: Uploadable/);
  const { dir, cleanup } = tempDir("uploadable-");
  try {
    mkdirSync(join(dir, "node_modules"));
    symlinkSync(GENERATED, join(dir, "node_modules", "cohere-ai"), "dir");
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "app", private: true, type: "module" }));
    writeFileSync(
      join(dir, "app.ts"),
      [
        'import type { FileInput, Uploadable } from "cohere-ai";',
        "const bytes: Uploadable = new Uint8Array([1, 2, 3]);",
        'const wrapped: Uploadable = { data: new Blob(["x"]), filename: "a.txt", contentType: "text/plain" };',
        "const same: FileInput = bytes;",
        "export { same, wrapped };",
        "",
      ].join("\n"),
    );
    const tsconfig = {
      compilerOptions: {
        strict: true,
        module: "NodeNext",
        moduleResolution: "NodeNext",
        target: "ES2022",
        lib: ["ES2022", "DOM"],
        noEmit: true,
        types: [],
      },
      files: ["app.ts"],
    };
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify(tsconfig));
    const tsc = join(ROOT, "node_modules/typescript/bin/tsc");
    const result = await promisify(execFile)(process.execPath, [tsc, "-p", "tsconfig.json"], { cwd: dir }).catch((e) => e);
    expect(`${result.stdout ?? ""}${result.stderr ?? ""}`).toBe("");
  } finally {
    cleanup();
  }
});
