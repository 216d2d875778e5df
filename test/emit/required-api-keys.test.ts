/**
 * Issue 13: an apiKey scheme that every operation requires, sent in the query or in a cookie, generates (it used to
 * emit `value:  ? s0 : undefined`) and sends the key over HTTP; a missing key is refused before sending.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { json, rawPairs, rejection, startFeatureServer } from "../features/harness.js";
import { generateSpec, type EmittedPackage } from "./helpers.js";

const KEY = "k SECRET/&=;x"; // needs encoding in a query and in a cookie

let server: Awaited<ReturnType<typeof startFeatureServer>>;
const packages: EmittedPackage[] = [];
beforeAll(async () => {
  server = await startFeatureServer((_req, res) => json(res, 200, { ok: true }));
});
afterAll(async () => {
  await server?.close();
  for (const p of packages) p.cleanup();
});

describe("required apiKey in the query", () => {
  test("generates, and sends ?api_key= percent-encoded beside the operation's own parameters", async () => {
    const pkg = await generateSpec("required-query-key.yaml");
    packages.push(pkg);
    expect(pkg.file("src/options.ts")).toMatch(/query: \[\{ name: "api_key", value: s0 \}\]/);
    const sdk = await pkg.load();
    const client = new sdk.TestClient({ baseUrl: server.url, maxRetries: 0, apiKey: KEY });
    expect(await client.items.listItems({ q: "x" })).toStrictEqual({ ok: true });
    const pairs = rawPairs(server.last().rawQuery);
    expect(pairs).toContainEqual(["api_key", encodeURIComponent(KEY)]);
    expect(new URLSearchParams(server.last().rawQuery).get("api_key")).toBe(KEY);
    expect(new URLSearchParams(server.last().rawQuery).get("q")).toBe("x");
    expect(server.last().headers.cookie).toBeUndefined();
  });

  test("without a key: SdkError naming the option, nothing sent", async () => {
    const sdk = await packages[0]!.load();
    const before = server.requests.length;
    const err = await rejection(new sdk.TestClient({ baseUrl: server.url, maxRetries: 0 }).items.listItems());
    expect(err).toBeInstanceOf(sdk.TestSdkError);
    expect(err.message).toMatch(/apiKey/);
    expect(server.requests.length).toBe(before);
  });
});

describe("required apiKey in a cookie", () => {
  test("generates, and sends Cookie: session=<encoded key>, nothing in the query", async () => {
    const pkg = await generateSpec("required-cookie-key.yaml");
    packages.push(pkg);
    const sdk = await pkg.load();
    const client = new sdk.TestClient({ baseUrl: server.url, maxRetries: 0, apiKey: KEY });
    expect(await client.items.listItems()).toStrictEqual({ ok: true });
    expect(server.last().headers.cookie).toBe(`session=${encodeURIComponent(KEY)}`);
    expect(server.last().rawQuery).toBe("");
  });

  test("without a key: SdkError, nothing sent", async () => {
    const sdk = await packages[1]!.load();
    const before = server.requests.length;
    const err = await rejection(new sdk.TestClient({ baseUrl: server.url, maxRetries: 0 }).items.listItems());
    expect(err).toBeInstanceOf(sdk.TestSdkError);
    expect(server.requests.length).toBe(before);
  });
});
