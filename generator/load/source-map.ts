/**
 * Source maps: where each JSON pointer of a loaded document came from (file, line, column).
 * YAML (and JSON that `JSON.parse` refuses) is read through the `yaml` parser and walked here; other JSON is
 * scanned by load/json.ts. Both fill the same compact table (positions.ts).
 */
import { isMap, isScalar, isSeq, type LineCounter, type Node as YamlNode } from "yaml";
import { relative } from "node:path";
import type { Location } from "../diagnostics.js";
import { LEAF, MAP, type Positions, PositionsBuilder, type PositionTable, SEQ } from "./positions.js";

export type { Position, Positions } from "./positions.js";

/** A display name for diagnostics: relative to the working directory when inside it. */
export function displayName(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith("..") ? rel : path;
}

/** A parsed document plus the position of every node in its source. */
export interface SourceDocument {
  /** Display name of the file (relative to the working directory when possible). */
  file: string;
  /** Absolute path on disk, used to resolve relative references. */
  path: string;
  doc: any;
  positions: Positions;
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

/** The positions of every node under `root` (a parsed YAML or JSON document). `lineOffset` shifts lines (markdown blocks). */
export function yamlPositions(root: YamlNode | null | undefined, lines: LineCounter, lineOffset = 0): PositionTable {
  const out = new PositionsBuilder();
  if (root) addNode(out, root, root.range?.[0] ?? -1);
  return out.finish(lines.lineStarts, lineOffset);
}

/** Records `node` at `offset` under `key`, then its children. A map entry is recorded at its key: that is where a reader looks for "this property". */
function addNode(out: PositionsBuilder, node: YamlNode | null, offset: number, key?: string): void {
  const i = out.open(offset, isMap(node) ? MAP : isSeq(node) ? SEQ : LEAF, key);
  if (isMap(node)) {
    for (const pair of node.items) {
      const name = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const value = pair.value as YamlNode | null;
      addNode(out, value, (pair.key as YamlNode | null)?.range?.[0] ?? value?.range?.[0] ?? -1, name);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) addNode(out, item as YamlNode | null, (item as YamlNode | null)?.range?.[0] ?? -1);
  }
  out.close(i);
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
