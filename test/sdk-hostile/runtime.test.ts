/**
 * Issue 12, SDK-runtime classes (spec: specs/hostile-runtime.yaml, generated with the port of a server on 127.0.0.1):
 * server variables named like Object.prototype members, path parameter names with `$`, a backtick, `{` and `/`,
 * empty path parameters refused before sending, and 2xx bodies (malformed, empty, media-type parameters, `default`
 * only) under basic auth. Each case runs the generated client against the real server.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { generate } from "../../generator/pipeline.js";
import { writeAtomically } from "../../generator/write/atomic.js";
import { json, rejection, startFeatureServer, type FeatureServer, type FeatureHandler } from "../features/harness.js";

const SPEC = join(fileURLToPath(new URL(".", import.meta.url)), "specs/hostile-runtime.yaml");

let server: FeatureServer & { handle: FeatureHandler };
let sdk: any;
let files: Map<string, string>;
let root: string;
const thing = { thing_id: "t1", seen_at: "2024-05-01T10:00:00.000Z" };

beforeAll(async () => {
  server = await startFeatureServer((_q, res) => json(res, 200, thing));
  const port = new URL(server.url).port;
  root = mkdtempSync(join(tmpdir(), "sdk-hostile-"));
  const spec = join(root, "hostile-runtime.yaml");
  writeFileSync(spec, readFileSync(SPEC, "utf8").replaceAll("__PORT__", port));
  const out = join(root, "pkg");
  const result = await generate({
    inputs: [spec],
    output: out,
    package: { name: "hostile" },
    client: { className: "HostileClient", errorPrefix: "Hostile", errorBaseClass: "HostileError" },
  });
  writeAtomically(out, result.files);
  files = result.files;
  sdk = await import(pathToFileURL(join(out, "dist/esm/index.js")).href);
}, 180_000);
afterAll(async () => {
  await server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

const client = (extra: object = {}) =>
  new sdk.HostileClient({ baseUrl: server.url, username: "u", password: "p", maxRetries: 0, ...extra });

describe("server variables: own properties only", () => {
  test("an undeclared {toString} drops that server; declared constructor/valueOf/hasOwnProperty expand to their values", () => {
    const envs = Object.values(sdk.HostileEnvironment) as string[];
    const port = new URL(server.url).port;
    expect(envs).toEqual([`http://127.0.0.1:${port}/base`, `http://127.0.0.1:${port}/other`]);
    for (const url of envs) expect(url).not.toMatch(/native code|function|\[object|[{}]/);
    for (const f of ["src/environments.ts", "src/options.ts"]) expect(files.get(f)).not.toMatch(/native code|\[object/);
  });

  test("the default environment built from those variables is what the client calls", async () => {
    server.handle = (_q, res) => json(res, 200, thing);
    const c = new sdk.HostileClient({ username: "u", password: "p", maxRetries: 0 });
    expect(await c.files.get("abc")).toEqual({ thingId: "t1", seenAt: new Date(thing.seen_at) });
    expect(server.last().path).toBe("/base/files/abc");
    await c.files.get("abc", undefined, { headers: {} });
    const other = new sdk.HostileClient({ environment: sdk.HostileEnvironment.LocalOther, username: "u", password: "p" });
    await other.files.list();
    expect(server.last().path).toBe("/other/files");
  });
});

describe("path templates", () => {
  test("parameter names with $, a backtick, { and / each receive their own value", async () => {
    server.handle = (_q, res) => json(res, 200, thing);
    await client().files.getPart("one$", "two`${x}", "th{ree}", "fo/ur");
    const path = server.last().path;
    expect(path).toBe(
      `/files/${encodeURIComponent("one$")}/parts/${encodeURIComponent("two`${x}")}/x/${encodeURIComponent("th{ree}")}/y/fo%2Fur`,
    );
    expect(path.split("/").map(decodeURIComponent)).toEqual(["", "files", "one$", "parts", "two`${x}", "x", "th{ree}", "y", "fo/ur"]);
    expect(path).not.toMatch(/[{}`]/);
  });

  test.each([
    ["an empty string", () => client().files.get("")],
    ["undefined", () => client().files.get(undefined)],
    ["null", () => client().files.get(null)],
    ["an empty string in a multi-parameter path", () => client().files.getPart("a", "", "c", "d")],
    ["an empty array (label style)", () => client().files.getLabel("a", [])],
  ])("%s for a required path parameter → HostileSdkError naming it, nothing sent", async (_label, call) => {
    const before = server.requests.length;
    const e = await rejection(call());
    expect(e).toBeInstanceOf(sdk.HostileSdkError);
    expect(e).not.toBeInstanceOf(sdk.HostileError);
    expect(e.message).toMatch(/^Path parameter "(id|tick`name|ext)" must not be empty$/);
    expect(server.requests.length).toBe(before);
  });

  test("non-empty values still go out (label style, dot segments refused by name)", async () => {
    await client().files.getLabel("a", ["x", "y"]);
    expect(server.last().path).toBe("/files/a/labels/.x,y");
    const e = await rejection(client().files.get(".."));
    expect(e.message).toBe('Path parameter "id" value ".." is not allowed');
  });
});

describe("2xx bodies under basic auth", () => {
  const malformed: FeatureHandler = (_q, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end("{oops");
  };
  const empty: FeatureHandler = (_q, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end();
  };

  test.each([
    ["files.get", (c: any) => c.files.get("x")],
    ["bodies.charset (application/json; charset=utf-8)", (c: any) => c.bodies.charset()],
    ["bodies.onlyDefault (no 2xx declared)", (c: any) => c.bodies.onlyDefault()],
    ["bodies.emptyObject", (c: any) => c.bodies.emptyObject()],
    ["bodies.noSchema", (c: any) => c.bodies.noSchema()],
  ])("malformed JSON from %s → HostileResponseError with the raw text, never undefined", async (_label, call) => {
    server.handle = malformed;
    const e = await rejection(call(client()));
    expect(e).toBeInstanceOf(sdk.HostileResponseError);
    expect(e.message).toBe("Malformed JSON in 200 response: {oops");
    expect(e.rawText).toBe("{oops");
    expect(server.last().headers.authorization).toBe(`Basic ${btoa("u:p")}`);
  });

  test("the same answers well-formed are typed and mapped (charset JSON is JSON, not a Blob)", async () => {
    server.handle = (_q, res) => json(res, 200, thing, { "content-type": "application/json; charset=utf-8" });
    expect(await client().bodies.charset()).toEqual({ thingId: "t1", seenAt: new Date(thing.seen_at) });
    expect(await client().bodies.onlyDefault()).toEqual({ thingId: "t1", seenAt: new Date(thing.seen_at) });
  });

  test("empty 200 where no data is needed: empty object → {}, free-form map → {}, no schema / default-only → undefined", async () => {
    server.handle = empty;
    const a = await client().bodies.emptyObject();
    expect(a).toEqual({});
    expect(Object.getPrototypeOf(a)).toBe(Object.prototype);
    const b = await client().bodies.emptyObject();
    expect(b).not.toBe(a); // a fresh object each time
    expect(await client().bodies.freeForm()).toEqual({});
    expect(await client().bodies.noSchema()).toBeUndefined();
    expect(await client().bodies.onlyDefault()).toBeUndefined();
    server.handle = (_q, res) => void res.writeHead(204).end();
    expect(await client().bodies.emptyObject()).toEqual({});
  });

  test.each([
    ["files.get (required properties)", (c: any) => c.files.get("x")],
    ["bodies.allOptional (declared properties, none required)", (c: any) => c.bodies.allOptional()],
    ["bodies.charset", (c: any) => c.bodies.charset()],
  ])("empty 200 where data is required: %s → HostileResponseError", async (_label, call) => {
    server.handle = empty;
    const e = await rejection(call(client()));
    expect(e).toBeInstanceOf(sdk.HostileResponseError);
    expect(e.message).toBe("Empty body in 200 response");
  });

  test("whitespace only counts as empty; a body in an empty-object response is still parsed and checked", async () => {
    server.handle = (_q, res) => void res.writeHead(200, { "content-type": "application/json" }).end(" \n");
    expect(await client().bodies.emptyObject()).toEqual({});
    server.handle = (_q, res) => json(res, 200, { extra: 1 });
    expect(await client().bodies.emptyObject()).toEqual({ extra: 1 });
    server.handle = malformed;
    expect(await rejection(client().bodies.freeForm())).toBeInstanceOf(sdk.HostileResponseError);
  });
});
