/**
 * load/yaml-fast.ts reads YAML as the yaml path does, or leaves it to that path: the same value, the same position
 * for every pointer (and for pointers that are not there), the same version literals; and it never reads text the
 * yaml parser refuses, so every syntax diagnostic stays yaml's. Checked on every YAML file in the repository, on
 * hand-written edge cases and on seeded mutations of the specs.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GeneratorError } from "../../generator/diagnostics.js";
import { parseYamlFast } from "../../generator/load/yaml-fast.js";
import { parseSource } from "../../generator/load/yaml.js";
import { fastVerdict, ROOT } from "./oracle.js";
import { mutate } from "./yaml-mutants.js";

const AGREE = ["same", "fast-bail", "both-reject"];

function yamlFiles(): string[] {
  const out: string[] = [];
  for (const dir of ["spec", "test"]) {
    for (const name of readdirSync(join(ROOT, dir), { recursive: true, encoding: "utf8" }))
      if (/\.ya?ml$/.test(name) && !name.startsWith("corpus/big/")) out.push(join(ROOT, dir, name));
  }
  return out.sort();
}

function verdicts(texts: readonly string[], lineOffset = 0): Record<string, number> {
  const counts: Record<string, number> = {};
  const disagreements: string[] = [];
  for (const text of texts) {
    const verdict = fastVerdict(text, lineOffset);
    counts[verdict] = (counts[verdict] ?? 0) + 1;
    if (!AGREE.includes(verdict)) disagreements.push(`${verdict}\n  in ${JSON.stringify(text).slice(0, 400)}`);
  }
  expect(disagreements).toEqual([]);
  return counts;
}

describe("the fast YAML path reads what the yaml path reads", () => {
  it("every YAML file of the repository, and takes the fast path for nearly all", () => {
    const files = yamlFiles();
    expect(files.length).toBeGreaterThan(200);
    const counts = verdicts(files.map((f) => readFileSync(f, "utf8")));
    expect(counts.same).toBeGreaterThan(files.length * 0.85);
  });

  it.each(["cohere-openapi.yaml", "openai-openapi.yaml", "stripe-spec3.yaml"])("the big spec %s, on the fast path", (big) => {
    expect(fastVerdict(readFileSync(join(ROOT, "test/corpus/big", big), "utf8"), 0, [""])).toBe("same");
  });

  it.each([
    ["block and flow collections, nested", "a:\n  - {b: 1, c: [x, {d: e}]}\n  - - f\n    - g\n  -   h: 1\n      i: 2\nj: []\nk: {}\n"],
    ["a sequence at its key's indentation", "a:\n- b\n- c\nd: 1\n"],
    ["quoted keys and values, escapes", "\"a\": 'it''s'\n'b': \"\\x41\\u00e9\\N\\_\\t\\/\"\n\"\": x\n"],
    ["multi-line plain and quoted scalars", "a: x\n  y\n\n  z\nb: \"p\n  q\\\n  r\"\nc: 's\n\n  t'\n"],
    [
      "block scalars: literal, folded, chomping, indentation indicator",
      "a: |\n  x\n   y\nb: >-\n  p\n  q\n\n  r\nc: |+\n  s\n\nd: |2\n   t\ne: >\n\n  u\n",
    ],
    [
      "the YAML 1.2 core types",
      "a: [0o17, 0x1F, 1e3, .inf, -.Inf, .NaN, +12, 012, -0, 1., .5, 1_000, 0b1]\nb: [true, True, TRUE, yes, on, ~, Null, NULL, nULL, '']\n",
    ],
    ["numbers past double precision, dates and times left as text", "a: 123456789012345678901\nb: 0.1e400\nc: 2001-12-14\nd: 12:30:45\n"],
    ["numeric and boolean keys, __proto__", "200: x\n1.0: y\ntrue: z\n__proto__: {p: 1}\n"],
    ["tabs in block scalars, after the indentation (Go code samples)", "a: |\n  package main\n\n  func f() {\n  \treturn\n  }\nb: 1\n"],
    ["comments everywhere", "# c\na: 1 # c\nb: # c\n  c: 2\n  # c\nd: |  # c\n  x\ne: 'x' # c\nf: x#not a comment\n"],
    ["CRLF line ends and a byte-order mark", "\ufeffa: 1\r\nb:\r\n  - x\r\n  - |\r\n    y\r\n"],
    ["document markers", "---\na: 1\n", "--- \na: 1\n"],
    ["a scalar or empty collection as the whole document", "x\n", "'x'\n", "1\n", "[]\n", "{}\n", "~\n", "null\n"],
  ])("%s", (_name, ...texts) => {
    expect(verdicts(texts)).toEqual({ same: texts.length });
  });

  it.each([
    ["anchors and aliases", "a: &x 1\nb: *x\n"],
    ["merge keys", "<<: {a: 1}\nb: 2\n"],
    ["tags", "a: !!str 1\n", "a: ! 1\n", "a: !custom x\n"],
    ["directives", "%YAML 1.1\n---\na: 1\n"],
    ["explicit keys", "? a\n: 1\n"],
    ["null keys and empty items", "~: x\n", ": x\n", "a:\n  - x\n  -\n  - y\n", "- \n- a\n"],
    ["flow pairs and flow keys without values", "a: [b, c: d]\n", "a: {b, c}\n", "a: {x:1}\n"],
    ["keys two ways of reading could key apart", "200: x\n'200': y\n", ".nan: a\n.NaN: b\n"],
    ["a byte-order mark after the start", "a: 1\n\ufeffb: 2\n"],
    ["a carriage return alone", "a: 1\rb: 2\n"],
    ["blank lines holding a tab", "a: |\n  x\n  \t\n  y\n", "a: >-\n    x\n  \t\n  b: 1\n", "a:\n\t\nb: 1\n"],
    ["a document end marker", "a: 1\n...\n"],
    ["an empty document", "", "# only a comment\n"],
  ])("leaves %s to the yaml path", (_name, ...texts) => {
    for (const text of texts) expect(parseYamlFast(text), JSON.stringify(text)).toBeUndefined();
    verdicts(texts);
  });

  it.each([
    ["a comment touching a quoted scalar or a flow collection", 'a: "x"#c\n', "a: [x]#c\n", "a: {b: 1}#c\n", "- 'x'#c\n"],
    ["a key longer than 1024 characters", `k${"x".repeat(1030)}: 1\n`, `"k${"x".repeat(1030)}": 1\n`],
    ["duplicate keys, also through their values", "a: 1\na: 2\n", "a: 1\n'a': 2\n", "1: a\n01: b\n", "~: a\nnull: b\n"],
    ["bad indentation", "a:\n   b: 1\n  c: 2\n", "a:\n\t- 1\n", "\ta: 1\n", "a: |\n  x\n y\n"],
    ["structure errors", "a: b: c\n", "a: - b\n", "a: [b\n", "a: {b: 1,\nc: 2}\n", "- a\nb: 1\n", "a: 1\n---\nb: 2\n"],
    ["scalar errors", 'a: "\\q"\n', "a: @x\n", "a: `x\n", 'a: "x\n'],
    [
      "a tab before a block scalar's indentation (found by mutation)",
      'meta:\n  version: |\n\t#c"1"\n',
      "a:\n  d: >\n    x y\n      - z\n  \t#c\n  content: {}\n",
      "a:\n  b: |\n  \tx\n",
      "\tx\n",
      "a: 1\n\tb\n",
    ],
  ])("never reads what yaml refuses: %s", (_name, ...texts) => {
    expect(verdicts(texts)).toEqual({ "both-reject": texts.length });
  });

  it("positions shifted for markdown code blocks", () => {
    expect(verdicts(["openapi: 3.1.0\ninfo:\n  title: T\n  version: 1.10\npaths: {}\n"], 41)).toEqual({ same: 1 });
  });

  it("2,000 seeded mutations of the repository's small specs", () => {
    const specs = yamlFiles()
      .map((f) => readFileSync(f, "utf8"))
      .filter((t) => t.length < 20_000);
    const texts: string[] = [];
    for (let seed = 1; seed <= 2000; seed++) {
      const spec = specs[(seed * 7) % specs.length]!;
      texts.push(mutate(spec, seed * 2_654_435_761, 1 + (seed % 2), seed % 3 !== 0));
    }
    const counts = verdicts(texts);
    // The mutants must exercise both outcomes, or the check proves nothing.
    expect(counts.same).toBeGreaterThan(300);
    expect(counts["both-reject"]).toBeGreaterThan(300);
  });
});

describe("parseSource with the fast path", () => {
  it("keeps a version's spelling and yaml's syntax diagnostic", () => {
    const doc = parseSource("openapi: 3.10\ninfo:\n  title: T\n  version: 1.10\npaths: {}\n", "v.yaml", "/tmp/v.yaml");
    expect(doc.literals).toEqual(
      new Map([
        ["/openapi", "3.10"],
        ["/info/version", "1.10"],
      ]),
    );
    let caught: unknown;
    try {
      parseSource('openapi: 3.1.0\ninfo: {title: "T"#c\n}\n', "bad.yaml", "/tmp/bad.yaml");
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(GeneratorError);
    expect((caught as GeneratorError).diagnostics).toMatchObject([{ code: "load/syntax", file: "bad.yaml", line: 2 }]);
  });
});
