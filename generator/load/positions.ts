/**
 * Where each node of a parsed document starts in its text, kept compact: one entry per node in document order
 * (start offset, end of its subtree, kind, key in its parent) in typed arrays, instead of a map from every pointer
 * string to a `{line, column}` object. A big spec has ~100k nodes whose pointers average ~100 characters; the map
 * cost more memory than the document itself. Line and column are computed on lookup from the table of line starts.
 *
 * Lookup semantics are those of a map from JSON pointer to position filled in document order: the position of a
 * map entry is its key's, an array item's is its own start, and when two entries of one mapping spell the same
 * pointer segment (YAML keys `1` and `"1"`) the later one wins, while pointers only the earlier one has still resolve.
 */
import { escapePointer, unescapePointer } from "../pointer.js";

export interface Position {
  line: number;
  column: number;
}

/** What later stages read: the position recorded for a pointer, if any. */
export interface Positions {
  get(pointer: string): Position | undefined;
}

export const LEAF = 0;
export const MAP = 1;
export const SEQ = 2;
type Kind = typeof LEAF | typeof MAP | typeof SEQ;

/** Offsets where lines start: 0, then after every line feed (what yaml's LineCounter records). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let nl = text.indexOf("\n"); nl !== -1; nl = text.indexOf("\n", nl + 1)) starts.push(nl + 1);
  return starts;
}

/** Collects nodes in document order (pre-order); `open`/`close` bracket a node's children. */
export class PositionsBuilder {
  private readonly at: number[] = [];
  private readonly end: number[] = [];
  private readonly kind: number[] = [];
  private readonly keys: Array<string | undefined> = [];
  private readonly interned = new Map<string, string>();

  /** Starts a node at `offset` (-1: none recorded). `key` is its key in a parent mapping. Returns its index. */
  open(offset: number, kind: Kind, key?: string): number {
    const i = this.at.length;
    this.at.push(offset);
    this.end.push(0);
    this.kind.push(kind);
    let k = key;
    if (k !== undefined) {
      // Keys repeat across a spec (`type`, `description`): keep one copy of each.
      const seen = this.interned.get(k);
      if (seen === undefined) this.interned.set(k, k);
      else k = seen;
    }
    this.keys.push(k);
    return i;
  }

  /** Ends node `i`: every node opened since belongs to it. */
  close(i: number): void {
    this.end[i] = this.at.length;
  }

  finish(lineStarts: readonly number[], lineOffset: number): PositionTable {
    return new PositionTable(
      Int32Array.from(this.at),
      Int32Array.from(this.end),
      Uint8Array.from(this.kind),
      this.keys,
      Int32Array.from(lineStarts),
      lineOffset,
    );
  }
}

const INDEX = /^(0|[1-9][0-9]*)$/;
/** Collections with at least this many children get a lookup index on first use. */
const INDEXED = 16;

export class PositionTable implements Positions {
  /** Per collection looked up: its children by key (mapping; null when two spell the same) or in order (sequence). */
  private readonly indexes = new Map<number, Map<string, number> | Int32Array | null>();

  constructor(
    private readonly at: Int32Array,
    private readonly end: Int32Array,
    private readonly kind: Uint8Array,
    private readonly keys: ReadonlyArray<string | undefined>,
    private readonly lineStarts: Int32Array,
    private readonly lineOffset: number,
  ) {}

  get(pointer: string): Position | undefined {
    const node = this.node(pointer);
    return node < 0 ? undefined : this.position(node);
  }

  /** The text offset recorded for `pointer` (a map entry's: its key's), or -1. */
  offset(pointer: string): number {
    const node = this.node(pointer);
    return node < 0 ? -1 : this.at[node]!;
  }

  private node(pointer: string): number {
    if (this.at.length === 0) return -1;
    if (pointer === "") return this.at[0]! >= 0 ? 0 : -1;
    if (pointer[0] !== "/") return -1;
    return this.find(0, pointer.slice(1).split("/"), 0);
  }

  /** The node at `segments[d…]` under `node` that has a position, or -1. */
  private find(node: number, segments: string[], d: number): number {
    if (d === segments.length) return this.at[node]! >= 0 ? node : -1;
    const seg = segments[d]!;
    if (this.kind[node] === SEQ) {
      if (!INDEX.test(seg)) return -1;
      const child = this.item(node, Number(seg));
      return child < 0 ? -1 : this.find(child, segments, d + 1);
    }
    if (this.kind[node] !== MAP) return -1;
    const key = unescapePointer(seg);
    if (escapePointer(key) !== seg) return -1; // not how any key is written as a segment
    const index = this.index(node);
    if (index instanceof Map) {
      const child = index.get(key);
      return child === undefined ? -1 : this.find(child, segments, d + 1);
    }
    const matches: number[] = [];
    for (let c = node + 1; c < this.end[node]!; c = this.end[c]!) if (this.keys[c] === key) matches.push(c);
    for (let m = matches.length - 1; m >= 0; m--) {
      const hit = this.find(matches[m]!, segments, d + 1);
      if (hit >= 0) return hit;
    }
    return -1;
  }

  /** The `i`-th child of sequence `node`, or -1. */
  private item(node: number, i: number): number {
    const index = this.index(node);
    if (index instanceof Int32Array) return i < index.length ? index[i]! : -1;
    let c = node + 1;
    for (let n = 0; c < this.end[node]!; c = this.end[c]!, n++) if (n === i) return c;
    return -1;
  }

  private index(node: number): Map<string, number> | Int32Array | null {
    let index = this.indexes.get(node);
    if (index !== undefined) return index;
    const children: number[] = [];
    for (let c = node + 1; c < this.end[node]!; c = this.end[c]!) children.push(c);
    if (children.length < INDEXED) index = null;
    else if (this.kind[node] === SEQ) index = Int32Array.from(children);
    else {
      const byKey = new Map<string, number>();
      for (const c of children) byKey.set(this.keys[c]!, c);
      index = byKey.size === children.length ? byKey : null;
    }
    this.indexes.set(node, index);
    return index;
  }

  /** Line and column of node `i`, as the `yaml` package's LineCounter reports them (1-based, UTF-16 columns). */
  private position(i: number): Position {
    const offset = this.at[i]!;
    const starts = this.lineStarts;
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts[mid]! < offset) low = mid + 1;
      else high = mid;
    }
    if (starts[low] === offset) return { line: low + 1 + this.lineOffset, column: 1 };
    if (low === 0) return { line: this.lineOffset, column: offset };
    return { line: low + this.lineOffset, column: offset - starts[low - 1]! + 1 };
  }
}
