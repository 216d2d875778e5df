/** Parses one YAML or JSON text into a {@link SourceDocument}; syntax errors name file, line and column. */
import { LineCounter, parseDocument } from "yaml";
import { fail } from "../diagnostics.js";
import { collectPositions, type SourceDocument } from "./source-map.js";

export function parseSource(text: string, file: string, path: string, lineOffset = 0): SourceDocument {
  const lines = new LineCounter();
  const parsed = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true, merge: true });
  const first = parsed.errors[0];
  if (first) {
    const pos = first.linePos?.[0];
    fail("load", "load/syntax", { file, line: pos ? pos.line + lineOffset : undefined, column: pos?.col }, `invalid YAML/JSON: ${first.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "")}`);
  }
  const doc = parsed.toJS({ maxAliasCount: 10_000 });
  return { file, path, doc, positions: collectPositions(parsed.contents, lines, lineOffset) };
}
