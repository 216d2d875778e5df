/**
 * Positions of loaded documents (load/positions.ts, load/json.ts): the compact table and the JSON scanner answer
 * every pointer exactly as a map filled by walking yaml's syntax tree does (the oracle below: each node's start,
 * a map entry at its key, later entries winning), and JSON the scanner cannot read as yaml would goes to yaml.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LineCounter, type Node as YamlNode, parse, parseDocument } from "yaml";
import { GeneratorError } from "../../generator/diagnostics.js";
import { parseJson } from "../../generator/load/json.js";
import { yamlPositions } from "../../generator/load/source-map.js";
import { parseSource } from "../../generator/load/yaml.js";
import { corpusYaml, expectSameAsYaml, oracle, ROOT, TAILS } from "./oracle.js";

function expectJsonAsYaml(text: string, lineOffset = 0, tails = TAILS): void {
  const json = parseJson(text, lineOffset);
  expect(json, "read by the JSON scanner").toBeDefined();
  expect(json!.doc).toStrictEqual(oracle(text, lineOffset).value);
  expectSameAsYaml(json!.positions, text, lineOffset, tails);
}

const SAMPLE = {
  openapi: "3.1.0",
  info: { title: "T", version: "1.0" },
  paths: {
    "/pets/{id}": { get: { parameters: [{ name: "id", in: "path" }, { $ref: "#/components/parameters/X" }], responses: {} } },
    "a~b": [[], {}, [1, [2, [3]]], null, true, false, -0, 1.5e-7],
  },
  "": { "": "" },
};

describe("the JSON scanner records what yaml's syntax tree records", () => {
  it("keys, array items and nested values, in every layout JSON.stringify writes", () => {
    expectJsonAsYaml(JSON.stringify(SAMPLE));
    expectJsonAsYaml(JSON.stringify(SAMPLE, null, 2));
    expectJsonAsYaml(JSON.stringify(SAMPLE, null, "\t"));
    expectJsonAsYaml(`\n\n   ${JSON.stringify(SAMPLE, null, 1)}\n\n`);
    expectJsonAsYaml(JSON.stringify([SAMPLE, [SAMPLE]], null, 3));
  });

  it("hand-spaced JSON: space before colons and commas, line breaks between key and value", () => {
    expectJsonAsYaml('{\n  "a"  :  1 ,\n  "b"\n  :\n  [ 1 ,\n2 ]\n, "c":{ } }');
    expectJsonAsYaml('{"a":\n\n\n   {"b":\n[\n\n{}]}}');
  });

  it('escapes in keys and values: \\" and \\\\ before a quote, \\u2028 escaped and raw, \\/, surrogate pairs', () => {
    expectJsonAsYaml('{"a\\"b": {"c\\\\": {"\\\\\\"": 1}}, "v": "x\\\\", "w": "\\"", "x": "\\u2028 \u2028 \\/ \\ud83d\\ude00"}');
    expectJsonAsYaml('{"\u2028k\u2029": [1, "\u2028"], "k\\u00e9": {"\\u0000": null}, "é/~": {"😀": {"x": 1}}}');
    expectJsonAsYaml('{"😀😀": {"😀": [ "😀", {"a": 1} ]}}'); // columns count UTF-16 units, as yaml's do
  });

  it("CRLF files, a byte-order mark, both, and a shifted first line (markdown blocks)", () => {
    const crlf = JSON.stringify(SAMPLE, null, 2).replace(/\n/g, "\r\n");
    expectJsonAsYaml(crlf);
    expectJsonAsYaml(`\uFEFF${JSON.stringify(SAMPLE, null, 2)}`);
    expectJsonAsYaml(`\uFEFF${crlf}\r\n`);
    expectJsonAsYaml(JSON.stringify(SAMPLE, null, 2), 40);
  });

  it("deep nesting, big arrays and maps (looked up through their index) and long strings", () => {
    let deep: unknown = { leaf: [1] };
    for (let i = 0; i < 120; i++) deep = i % 2 ? { [`k${i}`]: deep, s: "x".repeat(40) } : [deep, i];
    expectJsonAsYaml(JSON.stringify(deep, null, 1));
    const wide = Object.fromEntries(
      Array.from({ length: 300 }, (_, i) => [`key ${i}/${"~".repeat(i % 3)}`, Array.from({ length: i % 40 }, (_, j) => ({ j }))]),
    );
    expectJsonAsYaml(JSON.stringify({ wide, list: Array.from({ length: 500 }, (_, i) => [i, String(i)]) }, null, 2));
  });

  it("the numbers and names both readings agree on: -0, 1e400, exponents, __proto__, <<", () => {
    expectJsonAsYaml('{"a": -0, "b": 1e400, "c": 1.5E+3, "d": 0.1e-5, "e": 123456789012345, "__proto__": {"x": 1}, "<<": {"y": 2}}');
  });

  it("the test corpus JSON (GitHub's spec) and the YAML specs written as JSON", () => {
    expectJsonAsYaml(readFileSync(join(ROOT, "test/corpus/big/github-api.json"), "utf8"), 0, [""]);
    for (const file of corpusYaml().slice(0, 12)) expectJsonAsYaml(JSON.stringify(parse(readFileSync(file, "utf8")), null, 2));
  });
});

describe("JSON the scanner leaves to the yaml parser", () => {
  it.each([
    ["a duplicate key", '{"a": 1, "b": {}, "a": 2}'],
    ["a duplicate key spelled with an escape", '{"a": 1, "\\u0061": 2}'],
    ["a carriage return alone (a line break only for yaml)", '{"a": 1,\r"b": 2}'],
    ["an integer longer than 15 digits", '{"a": 12345678901234567890}'],
    ["text JSON.parse refuses", '{"a": 1,}'],
    ["a scalar document", '"just text"'],
    ["YAML", "openapi: 3.1.0\n"],
  ])("%s", (_name, text) => {
    expect(parseJson(text)).toBeUndefined();
  });

  it("so a duplicate key is still yaml's error, at yaml's place", () => {
    const text = '{\n  "openapi": "3.1.0",\n  "paths": {},\n  "paths": {}\n}\n';
    let caught: unknown;
    try {
      parseSource(text, "dup.json", "/tmp/dup.json");
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(GeneratorError);
    expect((caught as GeneratorError).diagnostics).toMatchObject([
      { code: "load/syntax", file: "dup.json", line: 4, column: 3, message: "invalid YAML/JSON: Map keys must be unique" },
    ]);
  });

  it("a version written as a JSON number keeps its spelling, as from YAML", () => {
    const json = parseSource('{"openapi": 3.10, "info": {"title": "T", "version": 1.10}, "paths": {}}', "v.json", "/tmp/v.json");
    const yaml = parseSource("openapi: 3.10\ninfo:\n  title: T\n  version: 1.10\npaths: {}\n", "v.yaml", "/tmp/v.yaml");
    expect(json.literals).toEqual(
      new Map([
        ["/openapi", "3.10"],
        ["/info/version", "1.10"],
      ]),
    );
    expect(json.literals).toEqual(yaml.literals);
  });
});

describe("the compact table answers as the map did, for YAML", () => {
  it("nodes without a value, aliases, merge keys, complex keys and two keys spelling one segment", () => {
    const text = [
      "base: &b {x: 1, y: [1, 2]}",
      "use: *b",
      "merged:",
      "  <<: *b",
      "  z: 3",
      "empty:",
      "list:",
      "  -",
      "  - - a",
      "    - {k: v}",
      "  - [p: q]",
      "? [c, d]",
      ": complex",
      "1: {only: first, both: one}",
      '"1": {both: two}',
      "",
    ].join("\n");
    const lines = new LineCounter();
    const parsed = parseDocument(text, { lineCounter: lines, uniqueKeys: true, merge: true });
    expect(expectSameAsYaml(yamlPositions(parsed.contents as YamlNode, lines, 2), text, 2)).toBeGreaterThan(20);
  });

  it("every YAML spec of the test corpus", () => {
    for (const file of corpusYaml()) {
      const text = readFileSync(file, "utf8");
      const lines = new LineCounter();
      const parsed = parseDocument(text, { lineCounter: lines, uniqueKeys: true, merge: true });
      expectSameAsYaml(yamlPositions(parsed.contents as YamlNode, lines), text);
    }
  });

  it("an empty document has no positions", () => {
    const lines = new LineCounter();
    const parsed = parseDocument("", { lineCounter: lines });
    expect(yamlPositions(parsed.contents as YamlNode, lines).get("")).toBeUndefined();
  });
});
