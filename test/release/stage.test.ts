/**
 * The release stage's pure parts on small inputs: semver bumps, Keep a Changelog entries, provenance hashes, the
 * wire diff (direction decides breaking vs feature), the SDK-surface diff on hand-written declarations, the atomic
 * write keeping src/custom/ and CHANGELOG.md, and the tarball checks refusing a broken package.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { changelogEntry, prependEntry, releaseDate } from "../../generator/release/changelog.js";
import { planRelease } from "../../generator/release/index.js";
import { canonicalJson, provenanceDifferences, provenanceOf } from "../../generator/release/provenance.js";
import { checkTarball } from "../../generator/release/publish.js";
import { applyBump, bumpFor, compareVersions } from "../../generator/release/semver.js";
import { diffSurface } from "../../generator/release/surface.js";
import type { Change } from "../../generator/release/types.js";
import { diffWire } from "../../generator/release/wire-diff.js";
import type { WireModel, WireOperation, WireType } from "../../generator/release/wire.js";
import { readTree, writeAtomically } from "../../generator/write/atomic.js";
import { tempDir } from "../helpers/project.js";
import { describeRun, run } from "../live/proc.js";

describe("semver", () => {
  test.each([
    ["1.2.3", ["breaking", "feature"], "2.0.0"],
    ["1.2.3", ["feature", "fix"], "1.3.0"],
    ["1.2.3", ["fix"], "1.2.4"],
    ["1.2.3", [], "1.2.3"],
    ["0.4.2", ["breaking"], "0.5.0"],
    ["0.4.2", ["feature"], "0.4.3"],
    ["2.0.0-rc.1", ["breaking"], "2.0.0"],
    ["1.2.0-beta.2", ["feature"], "1.2.0"],
  ] as const)("%s + %j → %s", (from, kinds, to) => {
    expect(applyBump(from, bumpFor(kinds, from))).toBe(to);
  });

  test("precedence", () => {
    expect(compareVersions("1.0.0-rc.1", "1.0.0")).toBe(-1);
    expect(compareVersions("1.10.0", "1.9.9")).toBe(1);
    expect(compareVersions("1.0.0-alpha.2", "1.0.0-alpha.10")).toBe(-1);
    expect(compareVersions("3.1.4", "3.1.4")).toBe(0);
  });
});

const change = (kind: Change["kind"], section: Change["section"], message: string, level: Change["level"] = "wire"): Change => ({
  kind,
  level,
  code: "x",
  section,
  subject: "s",
  message,
});

describe("CHANGELOG", () => {
  test("an entry has Keep a Changelog sections in their order, breaking changes marked, the date only from SOURCE_DATE_EPOCH", () => {
    const entry = changelogEntry("2.0.0", releaseDate({ SOURCE_DATE_EPOCH: "1717751350" }), [
      change("feature", "Added", "Operation `a.b` added"),
      change("breaking", "Removed", "Operation `c.d` removed"),
      change("fix", "Changed", "Documentation of `a.b` updated", "wire"),
      change("breaking", "Changed", "Type `X` renamed\nto `Y`", "sdk"),
    ]);
    expect(entry).toBe(
      "## [2.0.0] - 2024-06-07\n\n### Added\n\n- Operation `a.b` added\n\n### Changed\n\n- Documentation of `a.b` updated\n- **Breaking:** Type `X` renamed to `Y` (SDK)\n\n### Removed\n\n- **Breaking:** Operation `c.d` removed\n",
    );
    expect(releaseDate({})).toBeUndefined();
    expect(releaseDate({ SOURCE_DATE_EPOCH: "yesterday" })).toBeUndefined();
    expect(changelogEntry("1.0.1", undefined, [change("fix", "Changed", "y")])).toMatch(/^## \[1\.0\.1\]\n/);
  });

  test("new entries go above the newest one; the header is written once", () => {
    const first = prependEntry(undefined, "## [1.0.0]\n\nFirst.\n");
    expect(first).toMatch(/^# Changelog\n[\s\S]*Keep a Changelog[\s\S]*\n## \[1\.0\.0\]\n\nFirst\.\n$/);
    const second = prependEntry(first, "## [1.1.0]\n\n### Added\n\n- x\n");
    expect(second.indexOf("## [1.1.0]")).toBeLessThan(second.indexOf("## [1.0.0]"));
    expect(second.match(/# Changelog/g)).toHaveLength(1);
  });
});

describe("provenance", () => {
  const config = {
    inputs: ["/a/spec.yaml"],
    overlays: [],
    output: "/a/out",
    configFile: "/a/c.yaml",
    package: { name: "p", version: "1.0.0" },
    client: { className: "C" },
  } as any;
  test("hashes are of canonical JSON (key order and paths do not matter); differences are named", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: undefined } })).toBe('{"a":{"d":[2,{"e":0,"f":1}]},"b":1}');
    const p = provenanceOf({ openapi: "3.1.0", info: { title: "T", version: "1" } }, config);
    expect(
      provenanceOf({ info: { version: "1", title: "T" }, openapi: "3.1.0" }, { ...config, output: "/elsewhere", inputs: ["/b/spec.yaml"] }),
    ).toStrictEqual(p);
    const q = provenanceOf({ openapi: "3.1.0", info: { title: "T", version: "2" } }, { ...config, client: { className: "D" } });
    expect(provenanceDifferences(p, q)).toStrictEqual([
      expect.stringMatching(/^it came from a different spec \(sha256 [0-9a-f]{12}… on disk, [0-9a-f]{12}… now\)$/),
      expect.stringMatching(/^it came from a different config /),
    ]);
    expect(provenanceDifferences(p, p)).toStrictEqual([]);
    expect(provenanceDifferences({ ...p, generator: "openapi-ts-sdk-generator@0.0.1" }, p)).toStrictEqual([
      `it was made by openapi-ts-sdk-generator@0.0.1 (now ${p.generator})`,
    ]);
    expect(p.generator).toMatch(/^openapi-ts-sdk-generator@\d+\.\d+\.\d+/);
  });
});

const at = { file: "spec.yaml", line: 1, pointer: "/paths/~1x/post" };
const str: WireType = { kind: "primitive", type: "string" };
function model(op: Partial<WireOperation>, types: WireModel["types"] = {}, extra: Partial<WireModel> = {}): WireModel {
  return {
    format: 1,
    operations: {
      "POST /x": {
        id: "x.create",
        method: "POST",
        path: "/x",
        deprecated: false,
        security: [["bearer"]],
        params: [],
        responses: [],
        errors: [],
        at,
        ...op,
      },
    },
    types,
    auth: { bearer: "bearer" },
    servers: ["https://api.example.com"],
    ...extra,
  };
}
const obj = (...props: Array<[string, WireType, boolean]>): WireType => ({
  kind: "object",
  properties: props.map(([name, type, required]) => ({ name, type, required })),
});
const codes = (cs: Change[]) => cs.map((c) => `${c.kind} ${c.code}`).sort();

describe("wire diff", () => {
  test("request vs response: what breaks callers depends on the direction", () => {
    const body = (t: WireType) => ({ body: { kind: "json", contentType: "application/json", required: true, type: t } });
    const resp = (t: WireType) => ({ responses: [{ status: "200", kind: "json", contentType: "application/json", type: t }] });
    const e = (values: string[]): WireType => ({ kind: "enum", values });
    // request: newly required property, removed enum value, widened type → breaking, breaking, feature
    expect(
      codes(
        diffWire(
          model(body(obj(["a", str, false], ["b", e(["x", "y"]), true], ["n", { kind: "primitive", type: "integer" }, true]))),
          model(body(obj(["a", str, true], ["b", e(["x"]), true], ["n", { kind: "primitive", type: "number" }, true]))),
        ),
      ),
    ).toStrictEqual(["breaking enum-value-removed", "breaking request-property-required", "feature type-widened"]);
    // response: removed property, changed type, added enum value (open enums) → breaking, breaking, feature
    expect(
      codes(
        diffWire(
          model(resp(obj(["a", str, true], ["b", str, true], ["c", e(["x"]), true]))),
          model(resp(obj(["b", { kind: "primitive", type: "boolean" }, true], ["c", e(["x", "z"]), true]))),
        ),
      ),
    ).toStrictEqual(["breaking response-property-removed", "breaking type-changed", "feature enum-value-added"]);
  });

  test("a renamed schema with the same shape is no wire change", () => {
    const t = (name: string) => ({ responses: [{ status: "200", kind: "json", type: { kind: "named" as const, name } }] });
    const shape = { type: obj(["id", str, true]), at, usage: "out" as const };
    expect(diffWire(model(t("Old"), { Old: shape }), model(t("New"), { New: shape }))).toStrictEqual([]);
  });

  test("parameters, statuses, auth and servers", () => {
    const p = (name: string, where: string, required: boolean) => ({ name, in: where, required, type: str, at });
    const before = model({
      params: [p("q", "query", false), p("h", "header", false), p("gone", "query", false)],
      errors: [{ status: "404" }],
      responses: [{ status: "200", kind: "json" }],
    });
    const after = model(
      {
        params: [p("q", "query", true), p("h", "query", false), p("new", "query", true)],
        errors: [{ status: "429" }],
        responses: [{ status: "201", kind: "json" }],
        security: [["apiKey"]],
      },
      {},
      { auth: { bearer: "bearer", apiKey: "apiKey header X-Key" }, servers: ["https://api2.example.com"] },
    );
    expect(codes(diffWire(before, after))).toStrictEqual([
      "breaking parameter-added-required",
      "breaking parameter-location-changed",
      "breaking parameter-removed",
      "breaking parameter-required",
      "breaking response-status-removed",
      "breaking security-changed",
      "breaking server-removed",
      "feature auth-scheme-added",
      "feature error-status-added",
      "feature response-status-added",
      "feature server-added",
      "fix error-status-removed",
    ]);
  });

  test("request bodies, success content types and error bodies", () => {
    const json = (required: boolean, type: WireType = str) => ({ kind: "json", contentType: "application/json", required, type });
    expect(codes(diffWire(model({ body: json(false) }), model({})))).toStrictEqual(["breaking body-removed"]);
    expect(codes(diffWire(model({}), model({ body: json(true) })))).toStrictEqual(["breaking body-added"]);
    expect(codes(diffWire(model({}), model({ body: json(false) })))).toStrictEqual(["feature body-added"]);
    expect(
      codes(diffWire(model({ body: json(false) }), model({ body: { ...json(true), contentType: "text/plain", kind: "text" } }))),
    ).toStrictEqual(["breaking body-content-type-changed", "breaking body-required"]);
    expect(
      codes(
        diffWire(
          model({ responses: [{ status: "200", kind: "json", contentType: "application/json" }] }),
          model({ responses: [{ status: "200", kind: "sse", contentType: "text/event-stream" }] }),
        ),
      ),
    ).toStrictEqual(["breaking response-content-type-changed"]);
    expect(
      codes(
        diffWire(
          model({ errors: [{ status: "404", type: obj(["message", str, true]) }] }),
          model({ errors: [{ status: "404", type: obj(["message", str, false]) }] }),
        ),
      ),
    ).toStrictEqual(["breaking response-property-optional"]);
  });

  test("operations removed and added, with the spec place of each", () => {
    const a = model({});
    const b: WireModel = {
      ...a,
      operations: {
        "GET /y": {
          ...a.operations["POST /x"]!,
          id: "y.list",
          method: "GET",
          path: "/y",
          at: { file: "y.yaml", line: 7, pointer: "/paths/~1y/get" },
        },
      },
    };
    expect(diffWire(a, b)).toStrictEqual([
      {
        kind: "feature",
        level: "wire",
        code: "operation-added",
        section: "Added",
        subject: "y.list",
        message: "Operation y.list (GET /y) added",
        file: "y.yaml",
        line: 7,
        pointer: "/paths/~1y/get",
      },
      {
        kind: "breaking",
        level: "wire",
        code: "operation-removed",
        section: "Removed",
        subject: "x.create",
        message: "Operation x.create (POST /x) removed",
        file: "spec.yaml",
        line: 1,
        pointer: "/paths/~1x/post",
      },
    ]);
  });
});

describe("SDK surface diff (TypeScript checker over the emitted declarations)", () => {
  const pkgJson = JSON.stringify({ name: "p", exports: { ".": { import: { types: "./dist/esm/index.d.ts" } } } });
  const files = (dts: string) =>
    new Map([
      ["package.json", pkgJson],
      ["dist/esm/index.d.ts", dts],
    ]);
  const usage: Record<string, "in" | "out"> = { Req: "in", Res: "out" };
  const where = { usage: (n: string) => usage[n] ?? ("both" as const), locate: () => undefined };
  test("renames, removals, signatures, and narrowing/widening by use", () => {
    const before = `export interface Req { a: string; b?: number; mode: "x" | "y" }
export interface Res { id: string; n: number | null }
export interface Shape { v: string }
export declare class Api { get(id: string, opts?: { x?: number }): Promise<Res>; drop(): void; }
export declare function helper(a: string): number;
export declare const Kinds: { readonly A: "a"; readonly B: "b" };`;
    const after = `export interface Req { a: string; b: number; mode: "x" | "y" | "z"; c?: boolean }
export interface Res { id: string; n: number; extra?: string }
export interface Form { v: string }
export declare class Api { get(id: string, opts?: { x?: number }, more?: boolean): Promise<Res>; list(): string[]; }
export declare function helper(a: string, b: number): number;
export declare const Kinds: { readonly A: "a" };`;
    expect(codes(diffSurface(files(before), files(after), where, "p"))).toStrictEqual([
      "breaking export-renamed", // Shape → Form
      "breaking member-removed", // Kinds.B
      "breaking member-required", // Req.b
      "breaking method-removed", // Api.drop
      "breaking signature-changed", // helper: new required parameter
      "feature member-added", // Req.c
      "feature member-added", // Res.extra
      "feature method-added", // Api.list
      "feature signature-widened", // Api.get: optional parameter
      "feature type-narrowed", // Res.n: no longer null (a response)
      "feature type-widened", // Req.mode accepts "z" (a request)
    ]);
  });
});

test("a renamed type inside an unchanged class with private members (HttpPromise<T>) is only the rename", () => {
  const pkg = JSON.stringify({ name: "p", exports: { ".": { import: { types: "./dist/esm/index.d.ts" } } } });
  const box =
    "export declare class Box<T> implements PromiseLike<T> { private readonly inner; then<A = T, B = never>(f?: ((v: T) => A | PromiseLike<A>) | null, r?: ((e: unknown) => B | PromiseLike<B>) | null): PromiseLike<A | B>; }\n";
  const side = (name: string) =>
    new Map([
      ["package.json", pkg],
      ["dist/esm/box.d.ts", box],
      [
        "dist/esm/index.d.ts",
        `import type { Box } from "./box.js";\nexport interface ${name} { id: string }\nexport declare class Api { get(): Box<${name}>; }\n`,
      ],
    ]);
  const changes = diffSurface(side("Old"), side("New"), { usage: () => "out", locate: () => undefined }, "p");
  expect(changes.map((c) => `${c.code}: ${c.message}`)).toStrictEqual(["export-renamed: Interface `Old` renamed to `New`"]);
});

test("an unchanged index that re-exports a changed module still shows the change", () => {
  const pkg = JSON.stringify({ name: "p", exports: { ".": { import: { types: "./dist/esm/index.d.ts" } } } });
  const side = (types: string) =>
    new Map([
      ["package.json", pkg],
      ["dist/esm/index.d.ts", 'export * from "./types.js";\n'],
      ["dist/esm/types.d.ts", types],
    ]);
  const changes = diffSurface(
    side("export interface A { x: string }\n"),
    side("export interface A { x: string; y?: number }\n"),
    { usage: () => "out", locate: () => undefined },
    "p",
  );
  expect(changes.map((c) => `${c.code}: ${c.message}`)).toStrictEqual(["member-added: Optional property `A.y` added"]);
});

describe("planRelease", () => {
  const wire = model({});
  test("first generation: the config's version, an initial entry; then no change: nothing bumped, files equal", () => {
    const files = new Map([
      ["package.json", '{\n  "name": "p",\n  "version": "0.3.0"\n}\n'],
      ["src/index.ts", "export {};\n"],
    ]);
    const first = planRelease({ previous: new Map(), files, wire, configVersion: "0.3.0", packageName: "p", title: "T" });
    expect(first.report).toMatchObject({ version: "0.3.0", firstGeneration: true, bump: "none", changes: [] });
    expect(first.files.get("CHANGELOG.md")).toContain("## [0.3.0]\n\nFirst release generated from the T spec: 1 operation, 0 types.\n");
    // A previous package needs provenance to be recognised as ours.
    const ours = new Map(first.files).set(
      "package.json",
      '{\n  "name": "p",\n  "version": "0.3.0",\n  "generated": { "generator": "g@1.0.0", "specSha256": "a", "configSha256": "b" }\n}\n',
    );
    const again = planRelease({ previous: ours, files: new Map(ours), wire, configVersion: "0.3.0", packageName: "p", title: "T" });
    expect(again.report).toMatchObject({ previousVersion: "0.3.0", version: "0.3.0", bump: "none", changes: [] });
    expect(again.files).toStrictEqual(ours);
    // Hand edits of generated files are reverted, not released.
    const edited = new Map(ours).set("src/index.ts", "export {}; // edited by hand\n");
    expect(
      planRelease({ previous: edited, files: new Map(ours), wire, configVersion: "0.3.0", packageName: "p", title: "T" }).report,
    ).toMatchObject({ version: "0.3.0", bump: "none" });
    // Output that changed with no API change, from a new generator version (or spec, or config), is a patch release.
    const newer = new Map(ours)
      .set("package.json", ours.get("package.json")!.replace("g@1.0.0", "g@1.1.0"))
      .set("src/index.ts", "export {}; // faster\n");
    const regenerated = planRelease({ previous: ours, files: newer, wire, configVersion: "0.3.0", packageName: "p", title: "T" });
    expect(regenerated.report).toMatchObject({ version: "0.3.1", bump: "patch", changes: [{ kind: "fix", code: "package-regenerated" }] });
    expect(JSON.parse(regenerated.files.get("package.json")!).version).toBe("0.3.1");
    // A config version above the computed one wins (to start a new release line).
    expect(
      planRelease({ previous: ours, files: new Map(ours), wire, configVersion: "1.0.0", packageName: "p", title: "T" }).report,
    ).toMatchObject({ version: "1.0.0", bump: "major" });
  });
});

describe("writeAtomically keeps what the user owns", () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeAll(() => (tmp = tempDir("sdk-keep-")));
  afterAll(() => tmp.cleanup());
  test("src/custom/ is carried over byte for byte (binary too); CHANGELOG.md stays when the new map has none", () => {
    const out = join(tmp.dir, "pkg");
    mkdirSync(join(out, "src/custom/deep"), { recursive: true });
    writeFileSync(join(out, "src/custom/index.ts"), "export const mine = 1;\n");
    writeFileSync(join(out, "src/custom/deep/blob.bin"), Buffer.from([0xff, 0x00, 0xfe]));
    writeFileSync(join(out, "CHANGELOG.md"), "# Changelog\n");
    writeFileSync(join(out, "stale.ts"), "gone\n");
    writeAtomically(
      out,
      new Map([
        ["src/index.ts", "export {};\n"],
        ["src/custom/index.ts", "overwritten?\n"],
      ]),
    );
    expect(readTree(out).get("src/index.ts")).toBe("export {};\n");
    expect(readFileSync(join(out, "src/custom/index.ts"), "utf8")).toBe("export const mine = 1;\n");
    expect([...readFileSync(join(out, "src/custom/deep/blob.bin"))]).toStrictEqual([0xff, 0x00, 0xfe]);
    expect(readFileSync(join(out, "CHANGELOG.md"), "utf8")).toBe("# Changelog\n");
    expect(readTree(out).has("stale.ts")).toBe(false);
  });
});

describe("the tarball checks", () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeAll(() => (tmp = tempDir("sdk-lint-")));
  afterAll(() => tmp.cleanup());
  test("publint and attw reject a package whose exports point at missing files", async () => {
    const dir = join(tmp.dir, "bad");
    mkdirSync(dir);
    writeFileSync(
      join(dir, "package.json"),
      JSON.stringify({
        name: "bad-pkg",
        version: "1.0.0",
        type: "module",
        exports: { ".": { types: "./index.d.ts", default: "./missing.js" } },
        files: ["index.d.ts"],
      }),
    );
    writeFileSync(join(dir, "index.d.ts"), "export declare const x: number;\n");
    const packed = await run("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", tmp.dir], { cwd: dir, timeoutMs: 60_000 });
    expect(packed.code, describeRun("npm pack", packed)).toBe(0);
    const problems = await checkTarball(join(tmp.dir, JSON.parse(packed.stdout)[0].filename), tmp.dir);
    expect(problems.some((p) => p.startsWith("publint error:") && p.includes("missing.js"))).toBe(true);
    expect(problems.some((p) => p.startsWith("attw "))).toBe(true);
  });
});
