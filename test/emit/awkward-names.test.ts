/**
 * Issue 9 (names by construction): schemas whose names start with a digit are declared and referenced under one
 * spelling; parameters that spell to one identifier (`frontend_api` and `frontendApi` in the query) get distinct
 * members, reported, and each value reaches the wire under its own name.
 */
import { afterAll, beforeAll, expect, test } from "vitest";
import { json, startFeatureServer } from "../features/harness.js";
import { generateSpec, type EmittedPackage } from "./helpers.js";

let pkg: EmittedPackage;
let server: Awaited<ReturnType<typeof startFeatureServer>>;
beforeAll(async () => {
  pkg = await generateSpec("awkward-names.yaml");
  server = await startFeatureServer((_req, res) => json(res, 200, { sid: "AC1", date_created: "2024-01-15T09:30:00Z" }));
});
afterAll(async () => {
  await server?.close();
  pkg?.cleanup();
});

test("digit-leading schema names: one spelling for the declaration, the references and the mappers", () => {
  expect(pkg.file("src/types.ts")).toContain("export interface _20100401CreateAccountRequest {");
  expect(pkg.file("src/resources/accounts.ts")).toContain("extends _20100401CreateAccountRequest");
  expect(pkg.file("src/mappers.ts")).toContain("export function _2010AccountFromWire(wire: unknown): _2010Account");
});

test("two query parameters and a header that spell alike: distinct members, each sent under its wire name", async () => {
  const sdk = await pkg.load();
  const client = new sdk.TestClient({ baseUrl: server.url, maxRetries: 0 });
  const account = await client.accounts.createAccount({
    frontendApiQuery: "a",
    frontendApiQuery2: "b",
    frontendApiHeader: "c",
    friendlyName: "n",
  });
  expect(account.dateCreated).toStrictEqual(new Date("2024-01-15T09:30:00Z"));
  const q = new URLSearchParams(server.last().rawQuery);
  expect(q.get("frontend_api")).toBe("a");
  expect(q.get("frontendApi")).toBe("b");
  expect(server.last().headers["frontend-api"]).toBe("c");
  expect(JSON.parse(server.last().body.toString())).toStrictEqual({ friendly_name: "n" });
  const d = pkg.diagnostics.find((x) => x.code === "emit/name-collision");
  expect(d?.message).toMatch(/`frontendApi` is spelled `frontendApiQuery2`/);
  expect(d?.file).toMatch(/awkward-names\.yaml$/);
});
