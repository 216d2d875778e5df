/**
 * Source maps: where each JSON pointer of a loaded document came from (file, line, column).
 * YAML and JSON are both read through the `yaml` parser so one walker serves both.
 */
import { isMap, isScalar, isSeq, type LineCounter, type Node as YamlNode } from "yaml";
import { relative } from "node:path";
import type { Location } from "../diagnostics.js";
import { escapePointer } from "../pointer.js";

/** A display name for diagnostics: relative to the working directory when inside it. */
export function displayName(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith("..") ? rel : path;
}

export interface Position {
  line: number;
  column: number;
}

/** A parsed document plus the position of every node in its source. */
export interface SourceDocument {
  /** Display name of the file (relative to the working directory when possible). */
  file: string;
  /** Absolute path on disk, used to resolve relative references. */
  path: string;
  doc: any;
  positions: Map<string, Position>;
  /**
   * Subtrees that came from another file (external `$ref`s resolved by load/refs.ts): what lives at `pointer` in
   * this document was at `at` in `source`. Diagnostics about those nodes name that file, its line and pointer.
   */
  regions?: Region[];
  /** The source text of scalars written as YAML numbers where a string is meant (`openapi`, `info.version`). */
  literals?: Map<string, string>;
}

export interface Region {
  pointer: string;
  source: SourceDocument;
  at: string;
}

/** Records the position of every node under `node`, keyed by JSON pointer. `lineOffset` shifts lines (markdown blocks). */
export function collectPositions(
  node: YamlNode | null | undefined,
  lines: LineCounter,
  lineOffset = 0,
  pointer = "",
  out = new Map<string, Position>(),
): Map<string, Position> {
  if (!node) return out;
  const start = node.range?.[0];
  if (start !== undefined) {
    const pos = lines.linePos(start);
    out.set(pointer, { line: pos.line + lineOffset, column: pos.col });
  }
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const child = pointer + "/" + escapePointer(key);
      // Point at the key: that is where a reader looks for "this property".
      const keyStart = (pair.key as YamlNode | null)?.range?.[0];
      if (keyStart !== undefined) {
        const pos = lines.linePos(keyStart);
        out.set(child, { line: pos.line + lineOffset, column: pos.col });
      }
      collectPositions(pair.value as YamlNode, lines, lineOffset, child, out);
      if (keyStart !== undefined) {
        const pos = lines.linePos(keyStart);
        out.set(child, { line: pos.line + lineOffset, column: pos.col });
      }
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => {
      collectPositions(item as YamlNode, lines, lineOffset, `${pointer}/${i}`, out);
    });
  }
  return out;
}

/** Finds the nearest recorded position for a pointer (walking up to ancestors for nodes added later). */
export function locateIn(source: SourceDocument, pointer: string): Location {
  const region = regionOf(source, pointer);
  if (region) return locateIn(region.source, region.at + pointer.slice(region.pointer.length));
  let p = pointer;
  for (;;) {
    const pos = source.positions.get(p);
    if (pos) return { file: source.file, pointer, line: pos.line, column: pos.column };
    if (p === "") return { file: source.file, pointer };
    p = p.slice(0, p.lastIndexOf("/"));
  }
}

/** The region (subtree from another file, or a node a conversion moved) holding `pointer`: the longest matching prefix. */
function regionOf(source: SourceDocument, pointer: string): Region | undefined {
  if (!source.regions?.length) return undefined;
  const byPointer = regionIndex(source.regions);
  let p = pointer;
  for (;;) {
    const hit = byPointer.get(p);
    if (hit) return hit;
    if (p === "") return undefined;
    p = p.slice(0, p.lastIndexOf("/"));
  }
}

const indexes = new WeakMap<Region[], Map<string, Region>>();

/** Regions by pointer (the first one registered for a pointer wins), built once per list. */
function regionIndex(regions: Region[]): Map<string, Region> {
  let index = indexes.get(regions);
  if (!index) {
    index = new Map();
    for (const r of regions) if (!index.has(r.pointer)) index.set(r.pointer, r);
    indexes.set(regions, index);
  }
  return index;
}
