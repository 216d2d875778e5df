/**
 * Credential environment variables are named so a shell can set them: a client prefix with accents or other
 * non-ASCII letters (from an API title such as "Überweisung Dienst") gives `UBERWEISUNG…`, not `ÜBERWEISUNG…`.
 * The generated client reads the variable the README and the option docs name.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { envVarName } from "../../generator/emit/client.js";
import { json, startFeatureServer } from "../features/harness.js";
import { generateSpec, type EmittedPackage } from "./helpers.js";

let server: Awaited<ReturnType<typeof startFeatureServer>>;
let pkg: EmittedPackage;
beforeAll(async () => {
  server = await startFeatureServer((_req, res) => json(res, 200, { ok: true }));
  pkg = await generateSpec("required-query-key.yaml", { client: { errorPrefix: "ÜberweisungsDienstÆ" } });
});
afterAll(async () => {
  await server?.close();
  pkg?.cleanup();
});

describe("credential environment variables", () => {
  test("are ASCII letters, digits and _, not starting with a digit, whatever the prefix", () => {
    expect(envVarName("Cohere", "apiKey")).toBe("COHERE_APIKEY");
    expect(envVarName("Überweisung", "apiKey")).toBe("UBERWEISUNG_APIKEY");
    expect(envVarName("Straße", "token")).toBe("STRASSE_TOKEN");
    expect(envVarName("_1Password", "bearer-auth")).toBe("_1PASSWORD_BEARER_AUTH");
    expect(envVarName("日本", "key")).toBe("KEY");
    expect(envVarName("日本", "鍵")).toBe("API_KEY");
  });

  test("the generated client reads the ASCII name its docs give", async () => {
    const name = "UBERWEISUNGSDIENST_APIKEYQUERY"; // Æ has no ASCII decomposition: dropped
    expect(pkg.file("src/options.ts")).toContain(`readEnv("${name}")`);
    expect(pkg.file("README.md")).toContain(name);
    expect(pkg.file("src/options.ts")).not.toMatch(/readEnv\("[^"]*[^ -~]/);
    const sdk = await pkg.load();
    process.env[name] = "from-env";
    try {
      await new sdk.TestClient({ baseUrl: server.url, maxRetries: 0 }).items.listItems();
    } finally {
      delete process.env[name];
    }
    expect(new URLSearchParams(server.last().rawQuery).get("api_key")).toBe("from-env");
  });
});
