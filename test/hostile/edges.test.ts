/**
 * Held-out-style hostile specs, one per edge (issue 12): each ends in a generated package or in a refusal whose
 * diagnostics name the file, the line and (for anything parsed) the JSON pointer — never an exception or a hang.
 * The small specs are under test/hostile/specs/edges/; the big ones (10 000 levels of nesting, a 50 000-value
 * enum, a 1 MB description, a UTF-16 file) are written by the test.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { Diagnostics, GeneratorError, type Diagnostic } from "../../generator/diagnostics.js";
import { emitPackage } from "../../generator/emit/index.js";
import { MAX_NESTING } from "../../generator/load/depth.js";
import { runFrontEnd } from "../../generator/pipeline.js";
import { codeProblems, placeless } from "../fuzz/harness.js";
import { generateInMemory, ROOT, tempDir } from "../helpers/project.js";
import { lineOf } from "../pipeline/helpers.js";

const EDGES = join(ROOT, "test/hostile/specs/edges");
const tmp = tempDir("sdkgen-edges-");
afterAll(() => tmp.cleanup());

interface Run {
  files?: Map<string, string>;
  refused: boolean;
  diagnostics: Diagnostic[];
}

/** Front end and emit (no compile): the package files, or the refusal; every diagnostic must have its place. */
async function run(path: string): Promise<Run> {
  const d = new Diagnostics();
  let out: Run;
  try {
    const front = await runFrontEnd({ inputs: [path], overlays: [], output: join(tmp.dir, "unused") }, d);
    const files = emitPackage(front.api);
    expect(codeProblems(files)).toEqual([]);
    out = { files, refused: false, diagnostics: d.items };
  } catch (e) {
    if (!(e instanceof GeneratorError)) throw e; // a crash fails the test with its stack
    out = { refused: true, diagnostics: [...d.items, ...e.diagnostics] };
  }
  for (const x of out.diagnostics) expect(placeless(x), x.message).toBeUndefined();
  return out;
}

const edge = (name: string) => join(EDGES, name);
const written = (name: string, text: string | Buffer) => {
  const path = join(tmp.dir, name);
  writeFileSync(path, text);
  return path;
};
const only = (r: Run, code: string) => r.diagnostics.filter((d) => d.code === code);
const resourceFiles = (r: Run) => [...r.files!.keys()].filter((f) => f.startsWith("src/resources/")).sort();

const head = (schema: string) =>
  JSON.stringify({
    openapi: "3.0.3",
    info: { title: "Deep", version: "1" },
    paths: {
      "/d": {
        get: {
          operationId: "getD",
          responses: { 200: { description: "ok", content: { "application/json": { schema: { $ref: "#/components/schemas/Deep" } } } } },
        },
      },
    },
    components: { schemas: { Deep: "@@" } },
  }).replace('"@@"', schema);

describe("text the parser must not be trusted with", () => {
  it.each([
    ["properties", '{"type":"object","properties":{"a":', "}}"],
    ["items", '{"type":"array","items":', "}"],
    ["allOf", '{"allOf":[', "]}"],
    ["oneOf", '{"oneOf":[{"type":"integer"},', "]}"],
  ])("10 000 levels of %s: refused at the line and pointer where the limit is passed", async (_kind, open, close) => {
    const r = await run(written(`deep-${_kind}.json`, head(open.repeat(10_000) + '{"type":"string"}' + close.repeat(10_000))));
    expect(r.refused).toBe(true);
    const [d] = only(r, "load/too-deep");
    expect(d).toMatchObject({ severity: "error", line: 1, message: expect.stringContaining(`deeper than ${MAX_NESTING} levels`) });
    expect(d!.pointer).toMatch(/^\/components\/schemas\/Deep\//);
  });

  it("10 000 nested YAML lists in an extension: refused at the line", async () => {
    const path = written(
      "deep.yaml",
      `openapi: 3.0.3\ninfo: {title: T, version: "1"}\npaths: {}\nx-deep: ${"[".repeat(10_000)}${"]".repeat(10_000)}\n`,
    );
    expect(only(await run(path), "load/too-deep")).toEqual([expect.objectContaining({ line: 4 })]);
  });

  it("a nesting depth the big real specs stay far below still generates", async () => {
    const r = await run(written("deep-ok.json", head('{"type":"array","items":'.repeat(60) + '{"type":"string"}' + "}".repeat(60))));
    expect(r.refused).toBe(false);
  });

  it("a billion-laughs alias bomb: refused at the first alias", async () => {
    const r = await run(edge("alias-bomb.yaml"));
    expect(only(r, "load/alias-expansion")).toEqual([
      expect.objectContaining({ line: lineOf(edge("alias-bomb.yaml"), "x-b:"), pointer: "/x-b/0" }),
    ]);
  });

  it("an anchor that holds an alias of itself: refused at that alias", async () => {
    const r = await run(edge("alias-cycle.yaml"));
    expect(only(r, "load/alias-cycle")).toEqual([
      expect.objectContaining({
        line: lineOf(edge("alias-cycle.yaml"), "child: *self"),
        pointer: "/components/schemas/Self/properties/child",
      }),
    ]);
  });

  it("aliases shared without a cycle are ordinary values", async () => {
    const r = await run(edge("alias-shared.yaml"));
    expect(r.refused).toBe(false);
    expect(r.files!.get("src/types.ts")).toMatch(/left\?: string;\s+right\?: string;/);
  });

  it("duplicate keys: refused at the second one", async () => {
    const r = await run(edge("dup-keys.yaml"));
    expect(only(r, "load/syntax")).toEqual([expect.objectContaining({ line: lineOf(edge("dup-keys.yaml"), "title: Again") })]);
  });

  it("several YAML documents in one file, an empty file: refused", async () => {
    expect(only(await run(edge("multi-doc.yaml")), "load/syntax")).toEqual([expect.objectContaining({ line: 2 })]);
    expect(only(await run(edge("empty.yaml")), "load/not-openapi")).toHaveLength(1);
  });

  it("a BOM, a UTF-16 file, a JSON trailing comma and a !!js tag are read", async () => {
    for (const r of [
      await run(edge("bom.yaml")),
      await run(
        written(
          "utf16.yaml",
          Buffer.concat([
            Buffer.from([0xff, 0xfe]),
            Buffer.from("openapi: 3.0.3\ninfo: {title: Sixteen, version: '1'}\npaths: {}\n", "utf16le"),
          ]),
        ),
      ),
      await run(edge("trailing-comma.json")),
      await run(edge("js-tag.yaml")),
    ])
      expect(r.refused).toBe(false);
    // The unknown tag is kept as text: nothing is evaluated.
    expect((await run(edge("js-tag.yaml"))).files!.get("src/Client.ts")).toContain("function(){}");
  });

  it("bytes that are not UTF-8: a warning at the first bad line, the package generated", async () => {
    const r = await run(edge("latin1.yaml"));
    expect(r.refused).toBe(false);
    expect(only(r, "load/encoding")).toEqual([
      expect.objectContaining({ severity: "warning", line: 2, message: expect.stringContaining("not valid UTF-8") }),
    ]);
  });
});

describe("big but legal", () => {
  it("a 50 000-value enum", async () => {
    const values = Array.from({ length: 50_000 }, (_, i) => `value-${i}`);
    const spec = {
      openapi: "3.0.3",
      info: { title: "Enum", version: "1" },
      paths: {},
      components: { schemas: { E: { type: "string", enum: values } } },
    };
    const r = await run(written("enum.json", JSON.stringify(spec)));
    expect(r.files!.get("src/types.ts")).toContain('"value-49999"');
  }, 120_000);

  it("a 1 MB description full of comment markers", async () => {
    const description = "word */ /* ".repeat(100_000);
    const spec = {
      openapi: "3.0.3",
      info: { title: "Big", version: "1" },
      paths: { "/e": { get: { operationId: "getE", description, responses: { 200: { description: "ok" } } } } },
    };
    const r = await run(written("big.json", JSON.stringify(spec)));
    expect(r.files!.get("src/resources/e.ts")!.length).toBeGreaterThan(1_000_000);
  }, 120_000);
});

describe("names that collide or that file systems refuse", () => {
  it("Windows device names as tags get a file name Windows can create", async () => {
    const r = await run(edge("tag-windows.json"));
    expect(resourceFiles(r)).toEqual(
      ["aux-resource", "aux-txt", "com1-resource", "con-resource", "lpt9-resource", "nul-resource", "prn-resource"].map(
        (n) => `src/resources/${n}.ts`,
      ),
    );
  });

  it("tags named like the generated files stay in src/resources/ and the package compiles", async () => {
    const r = await run(edge("tag-files.json"));
    const names = [...r.files!.keys()];
    expect(names.filter((f) => /^src\/[^/]+\.ts$/.test(f)).sort()).toEqual(
      ["Client", "environments", "errors", "index", "mappers", "options", "types"].map((n) => `src/${n}.ts`),
    );
    expect(resourceFiles(r)).toHaveLength(11); // "client" and "Client" are one resource
    // The client keeps `_options` and `_core` for itself: those resources get `options_` and `core_`.
    expect(r.files!.get("src/Client.ts")).toMatch(/get options_\(\)[\s\S]*get core_\(\)|get core_\(\)[\s\S]*get options_\(\)/);
    const { files } = await generateInMemory({ inputs: [edge("tag-files.json")], overlays: [] });
    expect(files.get("dist/esm/index.js")).toBeTruthy();
  }, 180_000);

  it("no two emitted files differ only by case (case-insensitive file systems)", async () => {
    for (const name of ["tag-case.json", "tag-collide.json", "opid-case.json", "tag-files.json", "tag-windows.json"]) {
      const paths = [...(await run(edge(name))).files!.keys()];
      expect(new Set(paths.map((p) => p.toLowerCase())).size, name).toBe(paths.length);
    }
  });

  it("operationIds that differ only by case: distinct methods, the clash reported", async () => {
    const r = await run(edge("opid-case.json"));
    const text = r.files!.get("src/resources/pets.ts")!;
    expect([...text.matchAll(/^ {2}(\w+)\(requestOptions/gm)].map((m) => m[1])).toEqual(["getPet", "getPetGet", "getpet"]);
    expect(only(r, "normalize/operation-name-collision")).toHaveLength(1);
  });

  it("__proto__ and Object.prototype names as schema, tag and property names: renamed, own keys on the wire", async () => {
    const r = await run(edge("proto-names.json"));
    const types = r.files!.get("src/types.ts")!;
    expect(types).toMatch(/export interface Proto \{\s+proto\?: string;\s+constructor_\?: string;/);
    expect(r.files!.get("src/mappers.ts")).toContain('Object.hasOwn(wire, "__proto__")');
    const { files } = await generateInMemory({ inputs: [edge("proto-names.json")], overlays: [] });
    expect(files.get("dist/esm/index.js")).toBeTruthy();
  }, 180_000);

  it("numeric property and schema names", async () => {
    const r = await run(edge("numeric-props.json"));
    expect(r.files!.get("src/types.ts")).toMatch(/export interface N \{\s+_1\?: string;\s+_2e3\?: number;/);
    expect(r.files!.get("src/mappers.ts")).toContain('"2e3"');
    const { files } = await generateInMemory({ inputs: [edge("numeric-props.json")], overlays: [] });
    expect(files.get("dist/esm/index.js")).toBeTruthy();
  }, 180_000);
});

describe("paths and references that are not what they claim", () => {
  it("$ref '#' and $ref '': a warning at each, typed as any value", async () => {
    const r = await run(edge("ref-root.json"));
    const file = edge("ref-root.json");
    expect(only(r, "validate/ref-root").map((d) => [d.pointer, d.line])).toEqual([
      ["/paths/~1r/get/responses/200/content/application~1json/schema/$ref", lineOf(file, '"$ref": "#"')],
      ["/paths/~1e/get/responses/200/content/application~1json/schema/$ref", lineOf(file, '"$ref": ""')],
      ["/components/schemas/Root/$ref", lineOf(file, '"$ref": "#"', 2)],
      ["/components/schemas/Empty/$ref", lineOf(file, '"$ref": ""', 2)],
    ]);
    expect(r.files!.get("src/types.ts")).toContain("export type Root = unknown;");
  });

  it("path keys without a leading slash are sent below the base URL, never glued to the host", async () => {
    const r = await run(edge("paths-odd.json"));
    expect(r.files!.get("src/resources/noslash.ts")).toContain('path: "/noslash"');
    expect(r.files!.get("src/resources/root.ts")).toContain('path: "/"');
    expect(only(r, "validate/openapi").map((d) => d.pointer)).toEqual([
      "/paths/noslash",
      "/paths/",
      "/paths/~1ok/fetch",
      "/paths/~1ok/GET",
    ]);
    // `fetch`, `GET` and `x-thing` are not operations.
    expect(r.files!.get("src/resources/ok.ts")).not.toMatch(/fetchIt|upperGet/);
  });
});

describe("server URLs", () => {
  it("a placeholder the variables do not declare: a warning at the URL, the server left out", async () => {
    const file = edge("server-variables.yaml");
    const r = await run(file);
    expect(only(r, "validate/server-variable").map((d) => [d.pointer, d.line, d.message.match(/\{[^}]*\}/)![0]])).toEqual([
      ["/servers/0/url", lineOf(file, "{toString}"), "{toString}"],
      ["/servers/1/url", lineOf(file, "${evil()}"), "{evil()}"],
    ]);
    expect(r.files!.get("src/environments.ts")).toContain('{ Fine: "https://us.fine.example.com" }');
  });
});
