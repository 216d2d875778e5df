/**
 * Feature 4 — schemas, part 1 (specs: specs/schemas.yaml for OpenAPI 3.0, specs/schemas-31.yaml for 3.1):
 * 3.0 `nullable` and 3.1 `type: [T, "null"]` → `| null` (required stays required), const, open enums (strings,
 * numbers, with null), additionalProperties true / schema / false, recursive and mutually recursive schemas, date vs
 * date-time, int64 and defaults documented, deprecated operations and fields, reserved words as property, parameter
 * and operation names, names differing only in case, no tags and no operationIds.
 * Unions (oneOf/anyOf, discriminators) are in unions.test.ts; type-level checks in fixtures/*.ts (typecheck.test.ts).
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { generateFeature, json, snapshotPath, startFeatureServer, type GeneratedPackage } from "./harness.js";

let pkg: GeneratedPackage;
let pkg31: GeneratedPackage;
let server: Awaited<ReturnType<typeof startFeatureServer>>;
let client: any;
let client31: any;

beforeAll(async () => {
  server = await startFeatureServer();
  // Both packages are generated even when one of them fails, so one bug does not hide the other's tests.
  const [a, b] = await Promise.allSettled([generateFeature("schemas"), generateFeature("schemas31")]);
  if (a.status === "fulfilled") {
    pkg = a.value;
    client = new (await pkg.load()).TestClient({ baseUrl: server.url, maxRetries: 0 });
  }
  if (b.status === "fulfilled") {
    pkg31 = b.value;
    client31 = new (await pkg31.load()).TestClient({ baseUrl: server.url, maxRetries: 0 });
  }
  if (a.status === "rejected") failed.schemas = a.reason;
  if (b.status === "rejected") failed.schemas31 = b.reason;
});
const failed: { schemas?: unknown; schemas31?: unknown } = {};
afterAll(async () => {
  await server?.close();
  pkg?.cleanup();
  pkg31?.cleanup();
});

/** Replies with the request's own JSON body. */
const echo = () => (server.handle = (req, res) => json(res, 200, JSON.parse(req.body.toString() || "null")));
const sent = () => JSON.parse(server.last().body.toString());

describe("OpenAPI 3.0 (schemas.yaml)", () => {
  test("generates", () => {
    if (failed.schemas) throw failed.schemas;
  });
  describe("emitted code", () => {
    test("types.ts and mappers.ts", async () => {
      await expect(pkg.file("src/types.ts")).toMatchFileSnapshot(snapshotPath("schemas", "types.ts"));
      await expect(pkg.file("src/mappers.ts")).toMatchFileSnapshot(snapshotPath("schemas", "mappers.ts"));
    });
    test("resource files", async () => {
      for (const r of ["zoo", "keywords", "gadgets"]) {
        await expect(pkg.file(`src/resources/${r}.ts`)).toMatchFileSnapshot(snapshotPath("schemas", `resources/${r}.ts`));
      }
    });

    test("nullable required property is `T | null` and not optional; nullable optional is `?: T | null`", () => {
      const types = pkg.file("src/types.ts");
      expect(types).toMatch(/^\s*nickname: string \| null;$/m);
      expect(types).toMatch(/^\s*bio\?: string \| null;$/m);
    });

    test("open enums: known literals plus any string / number; a nullable enum includes null; const objects of known values", () => {
      const types = pkg.file("src/types.ts");
      expect(types).toContain('export type Status = "active" | "inactive" | (string & {});');
      expect(types).toContain("export type Priority = 1 | 2 | 3 | (number & {});");
      expect(types).toMatch(/export type Color = \(?"red" \| "green" \| \(string & \{\}\)\)? \| null;/);
      expect(types).toContain('export const Status = { Active: "active", Inactive: "inactive" } as const;');
    });

    test("additionalProperties: true → Record<string, unknown>, schema → Record<string, T>, false → closed interface", () => {
      const types = pkg.file("src/types.ts");
      expect(types).toMatch(/attributes\?: Record<string, unknown>;/);
      expect(types).toMatch(/scores\?: Record<string, number>;/);
      expect(types).toMatch(/labels\?: Record<string, Label>;/);
      expect(types).toMatch(/export interface ProfileStrictBox \{\n\s+boxId\?: string;\n\}/);
    });

    test("date → string (documented YYYY-MM-DD), date-time → Date, int64 and defaults documented, deprecated field", () => {
      const profile = /export interface Profile \{[\s\S]*?\n\}/.exec(pkg.file("src/types.ts"))![0];
      expect(profile).toMatch(/YYYY-MM-DD`\.\s*\*\/\s*birthday\?: string;/);
      expect(profile).toMatch(/lastLoginAt\?: Date;/);
      expect(profile).toMatch(/64-bit integer[^*]*\s*\*\/\s*bigCounter\?: number;/);
      expect(profile).toMatch(/@default 20\s*\*\/\s*pageSize\?: number;/);
      expect(profile).toMatch(/@deprecated\s*\*\/\s*oldField\?: string;/);
    });

    test("deprecated operation and deprecated schema → @deprecated", () => {
      expect(pkg.file("src/resources/zoo.ts")).toMatch(/@deprecated[\s\S]*?\*\/\s*legacyThing\(/);
      expect(pkg.file("src/types.ts")).toMatch(/@deprecated\s*\*\/\s*export interface Widget \{/);
    });

    test("enum values that are not identifiers get usable, distinct member names", () => {
      const weird = /export const Weird = \{[\s\S]*?\} as const;/.exec(pkg.file("src/types.ts"))![0];
      const names = [...weird.matchAll(/^\s+("?[^":\s]+"?): /gm)].map((m) => m[1]);
      expect(names).toHaveLength(7);
      expect(new Set(names).size).toBe(7);
    });

    test("schemas named `Widget` and `widget` become two distinct types", () => {
      const types = pkg.file("src/types.ts");
      expect(types).toMatch(/export interface Widget \{[\s\S]*?widgetId/);
      expect(types).toMatch(/export interface Widget2 \{[\s\S]*?gadgetName/);
    });

    test("reserved words: `delete` path parameter is a safe identifier; `default`/`class`/`delete` method and property names", () => {
      const kw = pkg.file("src/resources/keywords.ts");
      expect(kw).toMatch(/\bdelete\(delete_: string, request\?: KeywordsDeleteRequest/);
      expect(kw).toMatch(/\bdefault\(requestOptions\?: RequestOptions\)/);
      expect(kw).toMatch(/\bclass\(request: Reserved/);
      expect(pkg.file("src/types.ts")).toMatch(/export interface Reserved \{\s*delete\?: boolean;\s*default\?: string;\s*class\?: string;/);
    });
  });

  describe("on the wire", () => {
    test("Profile round trip: null kept, open-enum unknowns accepted, maps keep their keys, map values and nested objects mapped", async () => {
      echo();
      const input = {
        userName: "ada",
        nickname: null,
        status: "suspended", // not a known Status value
        priority: 7, // not a known Priority value
        favoriteColor: null,
        code: 42,
        birthday: "2024-02-29",
        lastLoginAt: new Date("2024-02-29T12:00:00.000Z"),
        bigCounter: 9007199254740991,
        pageSize: 50,
        oldField: "legacy",
        attributes: { any_key: { nested_key: 1 } },
        scores: { math_score: 90 },
        labels: { first_label: { labelText: "L", createdAt: new Date("2024-01-01T00:00:00.000Z") } },
        strictBox: { boxId: "b-1" },
        labelGrid: [[{ labelText: "g", createdAt: new Date("2024-01-02T00:00:00.000Z") }], []],
        labelGroups: { group_one: [{ labelText: "x" }] },
        holidays: [new Date("2024-12-25T00:00:00.000Z")],
        weird: "with space",
      };
      const out = await client.zoo.putProfile(input);
      expect(sent()).toStrictEqual({
        user_name: "ada",
        nickname: null,
        status: "suspended",
        priority: 7,
        favorite_color: null,
        code: 42,
        birthday: "2024-02-29",
        last_login_at: "2024-02-29T12:00:00.000Z",
        big_counter: 9007199254740991,
        page_size: 50,
        old_field: "legacy",
        attributes: { any_key: { nested_key: 1 } },
        scores: { math_score: 90 },
        labels: { first_label: { label_text: "L", created_at: "2024-01-01T00:00:00.000Z" } },
        strict_box: { box_id: "b-1" },
        label_grid: [[{ label_text: "g", created_at: "2024-01-02T00:00:00.000Z" }], []],
        label_groups: { group_one: [{ label_text: "x" }] },
        holidays: ["2024-12-25T00:00:00.000Z"],
        weird: "with space",
      });
      expect(out).toStrictEqual(input);
    });

    test("readOnly / writeOnly: the request takes no readOnly field, the response has no writeOnly field", async () => {
      server.handle = (req, res) =>
        json(res, 201, { account_id: "a-1", email: JSON.parse(req.body.toString()).email, created_at: "2024-01-01T00:00:00.000Z" });
      const acct = await client.zoo.createAccount({ email: "e@x", password: "pw" });
      expect(sent()).toStrictEqual({ email: "e@x", password: "pw" });
      expect(acct).toStrictEqual({ accountId: "a-1", email: "e@x", createdAt: new Date("2024-01-01T00:00:00.000Z") });
    });

    test("recursive schema: a 3-level tree is mapped at every level, both ways", async () => {
      echo();
      const leaf = { nodeName: "leaf", createdAt: new Date("2024-01-03T00:00:00.000Z"), childNodes: [] };
      const tree = {
        nodeName: "root",
        createdAt: new Date("2024-01-01T00:00:00.000Z"),
        childNodes: [{ nodeName: "mid", childNodes: [leaf] }],
      };
      const out = await client.zoo.echoTree(tree);
      expect(sent()).toStrictEqual({
        node_name: "root",
        created_at: "2024-01-01T00:00:00.000Z",
        child_nodes: [{ node_name: "mid", child_nodes: [{ node_name: "leaf", created_at: "2024-01-03T00:00:00.000Z", child_nodes: [] }] }],
      });
      expect(out).toStrictEqual(tree);
      expect(out.childNodes[0].childNodes[0].createdAt).toBeInstanceOf(Date);
    });

    test("mutually recursive schemas (Folder ↔ FileEntry) are mapped through both", async () => {
      server.handle = (_req, res) =>
        json(res, 200, {
          folder_name: "root",
          file_entries: [
            {
              file_name: "a.txt",
              modified_at: "2024-05-05T00:00:00.000Z",
              parent_folder: { folder_name: "up", file_entries: [{ file_name: "b.txt" }] },
            },
          ],
        });
      expect(await client.zoo.getFolder()).toStrictEqual({
        folderName: "root",
        fileEntries: [
          {
            fileName: "a.txt",
            modifiedAt: new Date("2024-05-05T00:00:00.000Z"),
            parentFolder: { folderName: "up", fileEntries: [{ fileName: "b.txt" }] },
          },
        ],
      });
    });

    test("properties whose names differ only by case style (userId / user_id) both survive", async () => {
      server.handle = (_req, res) => json(res, 200, { widget_id: "w", userId: "camel", user_id: "snake" });
      expect(await client.zoo.legacyThing()).toStrictEqual({ widgetId: "w", userId: "camel", user_id: "snake" });
    });

    test("reserved words as operation, parameter and property names", async () => {
      server.handle = (_req, res) => json(res, 200, { delete: true, default: "d", class: "c" });
      const r = await client.keywords.delete("x y", { default: "dv", class: "cv" });
      expect(server.last().method).toBe("POST");
      expect(server.last().url).toBe("/keywords/x%20y?default=dv&class=cv");
      expect(r).toStrictEqual({ delete: true, default: "d", class: "c" });
      expect(await client.keywords.default()).toStrictEqual({ delete: true, default: "d", class: "c" });
      expect(server.last().method).toBe("GET");
      server.handle = (_req, res) => {
        res.writeHead(204);
        res.end();
      };
      expect(await client.keywords.class({ delete: false, default: "x", class: "y" })).toBeUndefined();
      expect(server.last().method).toBe("PUT");
      expect(sent()).toStrictEqual({ delete: false, default: "x", class: "y" });
    });

    test("no tags and no operationIds: grouped by the first path segment, named list/create/get/delete", async () => {
      server.handle = (req, res) => {
        if (req.method === "DELETE") {
          res.writeHead(204);
          res.end();
          return;
        }
        if (req.method === "GET" && req.path === "/gadgets") return json(res, 200, [{ gadget_name: "g1" }]);
        if (req.method === "POST") return json(res, 201, JSON.parse(req.body.toString()));
        return json(res, 200, { widget_id: "w-1" });
      };
      expect(await client.gadgets.list({ kind: "big" })).toStrictEqual([{ gadgetName: "g1" }]);
      expect(server.last().url).toBe("/gadgets?kind=big");
      // `kind` and `Kind` are two properties: both keep their own key.
      expect(await client.gadgets.create({ gadgetName: "g2", kind: "lower", Kind: "upper" })).toStrictEqual({
        gadgetName: "g2",
        kind: "lower",
        Kind: "upper",
      });
      expect(sent()).toStrictEqual({ gadget_name: "g2", kind: "lower", Kind: "upper" });
      expect(await client.gadgets.get("g/1")).toStrictEqual({ widgetId: "w-1" });
      expect(server.last().path).toBe("/gadgets/g%2F1");
      expect(await client.gadgets.delete("g1")).toBeUndefined();
      expect(server.last().method).toBe("DELETE");
    });
  });
});

describe("OpenAPI 3.1 (schemas-31.yaml)", () => {
  test("generates", () => {
    if (failed.schemas31) throw failed.schemas31;
  });
  test("types.ts and mappers.ts", async () => {
    await expect(pkg31.file("src/types.ts")).toMatchFileSnapshot(snapshotPath("schemas-31", "types.ts"));
    await expect(pkg31.file("src/mappers.ts")).toMatchFileSnapshot(snapshotPath("schemas-31", "mappers.ts"));
  });

  test('type: [T, "null"] → `T | null` (required stays required), const → literal, enum with null', () => {
    const rec = /export interface RecordModel \{[\s\S]*?\n\}/.exec(pkg31.file("src/types.ts"))![0];
    expect(rec).toMatch(/apiVersion: "v2";/);
    expect(rec).toMatch(/\btitle: string \| null;/);
    expect(rec).toMatch(/subtitle\?: string \| null;/);
    expect(rec).toMatch(/deletedAt: Date \| null;/);
    expect(rec).toMatch(/mood\?: \(?"happy" \| "sad" \| \(string & \{\}\)\)? \| null;/);
    expect(rec).toMatch(/idOrCode\?: string \| number;/);
  });

  test('oneOf [$ref, {type: "null"}] → `Owner | null` (not `unknown`)', () => {
    const rec = /export interface RecordModel \{[\s\S]*?\n\}/.exec(pkg31.file("src/types.ts"))![0];
    expect(rec).toMatch(/\bowner: Owner \| null;/);
  });

  test("nulls come back as null (not undefined), dates as Date, and the nested object in oneOf [Owner, null] is mapped", async () => {
    server.handle = (_req, res) =>
      json(res, 200, {
        record_id: "r-1",
        api_version: "v2",
        title: null,
        subtitle: null,
        rank: null,
        deleted_at: "2024-06-01T00:00:00.000Z",
        mood: "angry",
        owner: { owner_name: "olga" },
        id_or_code: 5,
        release_day: "2024-01-01",
      });
    expect(await client31.records.getRecord("r-1")).toStrictEqual({
      recordId: "r-1",
      apiVersion: "v2",
      title: null,
      subtitle: null,
      rank: null,
      deletedAt: new Date("2024-06-01T00:00:00.000Z"),
      mood: "angry",
      owner: { ownerName: "olga" },
      idOrCode: 5,
      releaseDay: "2024-01-01",
    });
  });

  test("null values are sent as JSON null; a nested Owner is sent snake_case", async () => {
    echo();
    await client31.records.putRecord("r-2", { recordId: "r-2", apiVersion: "v2", title: null, deletedAt: null, owner: null, mood: null });
    expect(sent()).toStrictEqual({ record_id: "r-2", api_version: "v2", title: null, deleted_at: null, owner: null, mood: null });
    await client31.records.putRecord("r-3", {
      recordId: "r-3",
      apiVersion: "v2",
      title: "t",
      deletedAt: new Date("2024-01-01T00:00:00Z"),
      owner: { ownerName: "o" },
    });
    expect(sent()).toStrictEqual({
      record_id: "r-3",
      api_version: "v2",
      title: "t",
      deleted_at: "2024-01-01T00:00:00.000Z",
      owner: { owner_name: "o" },
    });
  });
});
