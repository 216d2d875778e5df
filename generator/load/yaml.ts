/**
 * Parses one YAML or JSON text into a {@link SourceDocument}; syntax errors name file, line and column. JSON is read
 * by load/json.ts when it can be, other text by load/yaml-fast.ts when it can be; what both leave alone (and every
 * text with an error, so the diagnostic is always the same) by the `yaml` parser.
 */
import { isScalar, LineCounter, parseDocument } from "yaml";
import { fail } from "../diagnostics.js";
import { refuseAliasCycles, toJsGuarded } from "./aliases.js";
import { deepPointer, MAX_NESTING, nestingTooDeep } from "./depth.js";
import { numberAfterKey, parseJson } from "./json.js";
import { type SourceDocument, yamlPositions } from "./source-map.js";
import { parseYamlFast } from "./yaml-fast.js";
import { resolvePointer } from "../pointer.js";

export function parseSource(text: string, file: string, path: string, lineOffset = 0): SourceDocument {
  const deep = nestingTooDeep(text);
  if (deep) {
    const pointer = deepPointer(text);
    fail(
      "load",
      "load/too-deep",
      { file, line: deep.line + lineOffset, column: deep.column, ...(pointer !== undefined ? { pointer } : {}) },
      `nested deeper than ${MAX_NESTING} levels here; no API description needs that, and it is not read`,
    );
  }
  return (
    parseJsonSource(text, file, path, lineOffset) ??
    parseYamlFastSource(text, file, path, lineOffset) ??
    parseYamlSource(text, file, path, lineOffset)
  );
}

/** YAML read by load/yaml-fast.ts, when that reads it as the yaml parser would. */
function parseYamlFastSource(text: string, file: string, path: string, lineOffset: number): SourceDocument | undefined {
  const fast = parseYamlFast(text, lineOffset, VERSION_POINTERS);
  if (!fast) return undefined;
  return { file, path, doc: fast.doc, positions: fast.positions, ...(fast.literals.size ? { literals: fast.literals } : {}) };
}

/** JSON text read by load/json.ts, when that reads it as the yaml parser would. */
function parseJsonSource(text: string, file: string, path: string, lineOffset: number): SourceDocument | undefined {
  const json = parseJson(text, lineOffset);
  if (!json) return undefined;
  const literals = new Map<string, string>();
  for (const pointer of VERSION_POINTERS) {
    const offset = json.positions.offset(pointer);
    if (typeof resolvePointer(json.doc, pointer) === "number" && offset >= 0) literals.set(pointer, numberAfterKey(text, offset));
  }
  return { file, path, doc: json.doc, positions: json.positions, ...(literals.size ? { literals } : {}) };
}

function parseYamlSource(text: string, file: string, path: string, lineOffset: number): SourceDocument {
  const lines = new LineCounter();
  const parsed = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true, merge: true });
  const first = parsed.errors[0];
  if (first) {
    const pos = first.linePos?.[0];
    fail(
      "load",
      "load/syntax",
      { file, line: pos ? pos.line + lineOffset : undefined, column: pos?.col },
      `invalid YAML/JSON: ${first.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "")}`,
    );
  }
  const doc = toJsGuarded(parsed, lines, file, lineOffset, 10_000);
  refuseAliasCycles(doc, parsed, lines, file, lineOffset);
  const literals = new Map<string, string>();
  for (const at of VERSION_FIELDS) {
    const node = parsed.getIn(at, true);
    if (isScalar(node) && typeof node.value === "number" && node.range)
      literals.set("/" + at.join("/"), text.slice(node.range[0], node.range[1]));
  }
  return { file, path, doc, positions: yamlPositions(parsed.contents, lines, lineOffset), ...(literals.size ? { literals } : {}) };
}

/** Fields whose YAML-number spelling load/versions.ts needs to see as written (`1.10` is not the number 1.1). */
const VERSION_FIELDS = [["openapi"], ["swagger"], ["info", "version"]];
const VERSION_POINTERS = VERSION_FIELDS.map((at) => "/" + at.join("/"));
