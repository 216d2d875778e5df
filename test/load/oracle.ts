/**
 * The oracle for the load tests: what the `yaml` parser records for a text (every node's start, a map entry at its
 * key, later entries winning) and its value, to hold load/positions.ts, load/json.ts and load/yaml-fast.ts to.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { expect } from "vitest";
import { isMap, isScalar, isSeq, LineCounter, type Node as YamlNode, parseDocument } from "yaml";
import { parseYamlFast } from "../../generator/load/yaml-fast.js";
import { escapePointer } from "../../generator/pointer.js";

export const ROOT = join(import.meta.dirname, "..", "..");

type PositionMap = Map<string, { line: number; column: number }>;

/** What the yaml parser makes of `text`: its errors, or the position of every node and the value. */
export function yamlReading(text: string, lineOffset = 0): { errors: string[]; map: PositionMap; value: unknown } {
  const lines = new LineCounter();
  const parsed = parseDocument(text, { lineCounter: lines, uniqueKeys: true, merge: true });
  const map: PositionMap = new Map();
  if (parsed.errors.length) return { errors: parsed.errors.map((e) => e.message), map, value: undefined };
  const at = (offset: number | undefined, pointer: string) => {
    if (offset === undefined) return;
    const p = lines.linePos(offset);
    map.set(pointer, { line: p.line + lineOffset, column: p.col });
  };
  const walk = (node: YamlNode | null, pointer: string) => {
    if (!node) return;
    at(node.range?.[0], pointer);
    if (isMap(node))
      for (const pair of node.items) {
        const child = `${pointer}/${escapePointer(isScalar(pair.key) ? String(pair.key.value) : String(pair.key))}`;
        walk(pair.value as YamlNode, child);
        at((pair.key as YamlNode | null)?.range?.[0], child);
      }
    else if (isSeq(node))
      node.items.forEach((item, i) => {
        walk(item as YamlNode, `${pointer}/${i}`);
      });
  };
  let value: unknown;
  try {
    value = parsed.toJS({ maxAliasCount: 10_000 });
  } catch (e) {
    return { errors: [String(e)], map, value: undefined }; // an alias bomb, or an alias before its anchor
  }
  walk(parsed.contents as YamlNode, "");
  return { errors: [], map, value };
}

/** The oracle: pointer → {line, column} for every node, filled in document order from yaml's syntax tree. */
export function oracle(text: string, lineOffset: number): { map: PositionMap; value: unknown } {
  const reading = yamlReading(text, lineOffset);
  expect(reading.errors).toEqual([]);
  return reading;
}

/** The YAML specs of test/corpus/specs (42 public specs). */
export function corpusYaml(): string[] {
  const dir = join(ROOT, "test/corpus/specs");
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((n) => /\.ya?ml$/.test(n))
    .sort()
    .map((n) => join(dir, n));
}

/** Pointers to ask: every recorded one, children that do not exist, spellings that are not canonical. */
export function probes(map: Map<string, unknown>, tails: readonly string[]): string[] {
  const out = new Set(["", "x", "/", "/~2", "/00", "/-1"]);
  for (const p of map.keys()) for (const tail of tails) out.add(p + tail);
  return [...out];
}

export const TAILS = ["", "/", "/x", "/0", "/01", "/~", "/~01"];

export function expectSameAsYaml(positions: { get(p: string): unknown }, text: string, lineOffset = 0, tails = TAILS): number {
  const { map } = oracle(text, lineOffset);
  const asked = probes(map, tails);
  const got = asked.map((p) => [p, positions.get(p)]);
  expect(got).toEqual(asked.map((p) => [p, map.get(p)]));
  return map.size;
}

const VERSION_POINTERS = ["/openapi", "/swagger", "/info/version"];

/**
 * How load/yaml-fast.ts reads `text` against the yaml parser: `same` (value, every probed position and the version
 * literals agree), `fast-bail` (left to yaml, which reads it), `both-reject`, or the disagreement.
 */
export function fastVerdict(text: string, lineOffset = 0, tails: readonly string[] = TAILS): string {
  const reading = yamlReading(text, lineOffset);
  let fast: ReturnType<typeof parseYamlFast>;
  try {
    fast = parseYamlFast(text, lineOffset, VERSION_POINTERS);
  } catch (e) {
    return `the fast path threw ${String(e)}`;
  }
  if (reading.errors.length) return fast ? `yaml refuses (${reading.errors[0]!.split("\n")[0]}), the fast path reads it` : "both-reject";
  if (!fast) return "fast-bail";
  if (!isDeepStrictEqual(fast.doc, reading.value)) return "the values differ";
  for (const p of probes(reading.map, tails)) {
    const want = reading.map.get(p);
    const got = fast.positions.get(p);
    if (!isDeepStrictEqual(got, want))
      return `the positions differ at ${JSON.stringify(p)}: ${JSON.stringify(got)}, not ${JSON.stringify(want)}`;
  }
  const literals = new Map<string, string>();
  const lines = new LineCounter();
  const parsed = parseDocument(text, { lineCounter: lines, uniqueKeys: true, merge: true });
  for (const p of VERSION_POINTERS) {
    const node = parsed.getIn(p.slice(1).split("/"), true);
    if (isScalar(node) && typeof node.value === "number" && node.range) literals.set(p, text.slice(node.range[0], node.range[1]));
  }
  if (!isDeepStrictEqual(fast.literals, literals)) return `the version literals differ: ${JSON.stringify([...fast.literals])}`;
  return "same";
}
