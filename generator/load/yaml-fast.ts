/**
 * YAML text without building the `yaml` package's syntax tree: js-yaml reads the value, several times faster and in
 * a fraction of the memory, and the positions come from js-yaml's parse events. The result is what the `yaml` path
 * (load/yaml.ts) gives for the same text: plain scalars are typed by `yaml`'s own YAML 1.2 core-schema tags, and
 * positions are recorded where yaml records them (a map entry at its key, an array item and the root at their
 * first character; lines as yaml's LineCounter counts them).
 *
 * Text the two readings could treat differently goes to the yaml path instead (`undefined`), so its value and its
 * diagnostics stay exactly what they were: anything js-yaml refuses or warns about, anchors and aliases, tags, merge
 * keys (`<<`), directives, explicit (`?`) and non-string or over-long keys, empty keys or items, flow pairs, a tab
 * in a line's indentation outside a block scalar's content, and a carriage return not followed by a line feed. `test/load/yaml-fast.test.ts` checks the
 * equivalence on every spec we have and on thousands of mutated ones.
 */
import jsyaml from "js-yaml";
import { isScalar, Schema, type ScalarTag } from "yaml";
import { escapePointer } from "../pointer.js";
import { LEAF, lineStarts, MAP, PositionsBuilder, type PositionTable, SEQ } from "./positions.js";

export interface YamlSource {
  doc: unknown;
  positions: PositionTable;
  /** The text of the number scalars at `pointers` given to {@link parseYamlFast}, by pointer. */
  literals: Map<string, string>;
}

/** Thrown inside the parse to give up on the fast path. */
class GiveUp extends Error {}

/** yaml's core-schema scalar tags, in its resolution order, as js-yaml implicit types. */
const SCHEMA = new jsyaml.Schema({
  implicit: (new Schema({}).tags as ScalarTag[])
    .filter((tag) => tag.default === true && tag.test)
    .map(
      (tag, i) =>
        new jsyaml.Type(`tag:sdkgen.yaml-core,${i}`, {
          kind: "scalar",
          resolve: (data: unknown) => typeof data === "string" && tag.test!.test(data),
          construct: (data: string) => resolveWith(tag, data),
        }),
    ),
});

function resolveWith(tag: ScalarTag, source: string): unknown {
  const resolved = tag.resolve(
    source,
    () => {
      throw new GiveUp();
    },
    { intAsBigInt: false },
  );
  return isScalar(resolved) ? resolved.value : resolved;
}

/** yaml's error for an implicit key longer than this; js-yaml has no such limit. */
const MAX_IMPLICIT_KEY = 1024;

/** Reads `text` when the fast path reads it as the yaml path would; otherwise `undefined`. */
export function parseYamlFast(text: string, lineOffset = 0, pointers: readonly string[] = []): YamlSource | undefined {
  if (/\r(?!\n)/.test(text) || /^%/m.test(text) || text.indexOf("\ufeff", 1) !== -1) return undefined;
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0; // js-yaml drops a leading one (yaml also drops later ones); yaml's offsets count it
  const events = new Events(/^ *\t/m.test(text));
  let doc: unknown;
  try {
    doc = jsyaml.load(text, {
      schema: SCHEMA,
      listener: (type, state) => (type === "open" ? events.open(state.position) : events.close(state)),
      onWarning: () => {
        throw new GiveUp();
      },
    });
    if (events.count === 0) return undefined;
    if (events.blocks && !tabsInBlockContent(bom ? text.slice(1) : text, events.blocks)) return undefined;
    const out = new PositionsBuilder();
    const literals = new Map<string, string>();
    new Walk(text, bom, events, out, new Set(pointers), literals).node(0, events.start[0]! + bom, "");
    return { doc, positions: out.finish(lineStarts(text), lineOffset), literals };
  } catch (e) {
    if (e instanceof GiveUp || e instanceof jsyaml.YAMLException) return undefined;
    throw e;
  }
}

/** js-yaml's composeNode calls as a tree, in document order. */
class Events {
  readonly start: number[] = [];
  readonly end: number[] = [];
  readonly kind: Array<string | null> = [];
  readonly result: unknown[] = [];
  readonly firstChild: number[] = [];
  readonly nextSibling: number[] = [];
  private readonly lastChild: number[] = [];
  private readonly stack: number[] = [];
  /** Where block scalars start and end (pairs, in js-yaml's text), kept when a line's indentation holds a tab. */
  readonly blocks: number[] | undefined;

  constructor(tabs: boolean) {
    if (tabs) this.blocks = [];
  }

  get count(): number {
    return this.start.length;
  }

  open(position: number): void {
    const id = this.start.length;
    this.start.push(position);
    this.end.push(-1);
    this.kind.push(null);
    this.result.push(undefined);
    this.firstChild.push(-1);
    this.nextSibling.push(-1);
    this.lastChild.push(-1);
    const parent = this.stack[this.stack.length - 1];
    if (parent !== undefined) {
      const last = this.lastChild[parent]!;
      if (last < 0) this.firstChild[parent] = id;
      else this.nextSibling[last] = id;
      this.lastChild[parent] = id;
    }
    this.stack.push(id);
  }

  close(state: jsyaml.State): void {
    const id = this.stack.pop()!;
    const props = state as jsyaml.State & { anchor: string | null; tag: string | null };
    if (props.anchor !== null || props.tag === "!") throw new GiveUp();
    // `"x"#c`, `[x]#c`: a comment yaml refuses (it must follow white space), js-yaml reads.
    const after = state.position;
    if (state.input.charCodeAt(after) === 0x23 && !isSpace(state.input.charCodeAt(after - 1))) throw new GiveUp();
    this.end[id] = state.position;
    this.kind[id] = state.kind;
    this.result[id] = state.result;
    if (this.blocks && state.kind === "scalar" && typeof state.result === "string") {
      let i = this.start[id]!;
      while (state.input.charCodeAt(i) === 0x20) i++;
      const c = state.input.charCodeAt(i);
      if (c === 0x7c || c === 0x3e) this.blocks.push(i, state.position);
    }
  }

  /**
   * The node that `id` stands for. A flow collection read where a block mapping could start (`- {a: 1}`) is read
   * by a nested call whose result js-yaml keeps: a call with one child that has the very same collection.
   */
  unwrap(id: number): number {
    let node = id;
    for (;;) {
      const only = this.firstChild[node]!;
      if (only < 0 || this.nextSibling[only]! >= 0) return node;
      const value = this.result[node];
      if (value === null || typeof value !== "object" || this.result[only] !== value) return node;
      node = only;
    }
  }

  children(id: number): number[] {
    const out: number[] = [];
    for (let c = this.firstChild[id]!; c >= 0; c = this.nextSibling[c]!) out.push(c);
    return out;
  }
}

/** Fills the position table from the event tree, checking that each collection's events are its entries. */
class Walk {
  constructor(
    private readonly text: string,
    private readonly bom: number,
    private readonly events: Events,
    private readonly out: PositionsBuilder,
    private readonly pointers: ReadonlySet<string>,
    private readonly literals: Map<string, string>,
  ) {}

  /** Records node `id` at `offset`; `pointer` is its JSON pointer while one of {@link pointers} could be below it. */
  node(wrapper: number, offset: number, pointer: string | undefined, key?: string): void {
    const { kind, result } = this.events;
    const id = this.events.unwrap(wrapper);
    const k = kind[id];
    if (k === "mapping") this.map(id, offset, pointer, key);
    else if (k === "sequence") this.seq(id, offset, pointer, key);
    else {
      // An empty item or document: js-yaml's offset for it is not yaml's.
      if (result[id] === null && key === undefined && !NULL.test(this.text.slice(offset, this.events.end[id]! + this.bom)))
        throw new GiveUp();
      this.out.close(this.out.open(offset, LEAF, key));
      if (typeof result[id] === "number" && pointer !== undefined && this.pointers.has(pointer)) this.literal(id, pointer);
    }
  }

  private below(pointer: string | undefined, segment: string): string | undefined {
    if (pointer === undefined) return undefined;
    const next = `${pointer}/${escapePointer(segment)}`;
    for (const p of this.pointers) if (p === next || p.startsWith(`${next}/`)) return next;
    return undefined;
  }

  private map(id: number, offset: number, pointer: string | undefined, key?: string): void {
    const { kind, result, start, end } = this.events;
    const value = result[id] as Record<string, unknown>;
    const children = this.events.children(id);
    if (children.length % 2 !== 0 || children.length / 2 !== Object.keys(value).length) throw new GiveUp();
    const node = this.out.open(offset, MAP, key);
    for (let i = 0; i < children.length; i += 2) {
      const k = children[i]!;
      const name = result[k];
      if (kind[k] !== "scalar" || name === null || typeof name === "object" || name === "<<") throw new GiveUp();
      if (end[k]! - start[k]! > MAX_IMPLICIT_KEY || isSpace(this.text.charCodeAt(start[k]! + this.bom))) throw new GiveUp();
      const spelled = String(name);
      this.node(children[i + 1]!, start[k]! + this.bom, this.below(pointer, spelled), spelled);
    }
    this.out.close(node);
  }

  private seq(id: number, offset: number, pointer: string | undefined, key?: string): void {
    const children = this.events.children(id);
    if (children.length !== (this.events.result[id] as unknown[]).length) throw new GiveUp();
    const node = this.out.open(offset, SEQ, key);
    for (let i = 0; i < children.length; i++) {
      const c = children[i]!;
      this.node(c, this.events.start[c]! + this.bom, this.below(pointer, String(i)));
    }
    this.out.close(node);
  }

  /** The number's text as written: the plain scalar after the entry's colon. */
  private literal(id: number, pointer: string): void {
    const from = this.events.start[id]! + this.bom;
    const match = /^[ \t\r\n]*([^\s#,\]}]+)/.exec(this.text.slice(from, this.events.end[id]! + this.bom));
    if (!match || !Object.is(Number(match[1]), this.events.result[id])) throw new GiveUp();
    this.literals.set(pointer, match[1]!);
  }
}

/**
 * Whether every line whose indentation holds a tab is content of a block scalar, the tab after the block's own
 * indentation, as in a code sample (the full Cohere spec's Go samples). Anywhere else the two readers differ:
 * yaml refuses what js-yaml reads as the scalar's end, an empty line, or an indentation.
 */
function tabsInBlockContent(text: string, blocks: number[]): boolean {
  const ranges: Array<[number, number]> = [];
  for (let i = 0; i < blocks.length; i += 2) ranges.push([blocks[i]!, blocks[i + 1]!]);
  ranges.sort((a, b) => a[0] - b[0]);
  for (const m of text.matchAll(/^( *)\t(.*)$/gm)) {
    const at = m.index;
    const block = lastBefore(ranges, at);
    if (!block || at >= block[1] || !m[2]!.trim()) return false;
    const header = text.indexOf("\n", block[0]);
    if (/^[|>][+-]?[0-9]/.test(text.slice(block[0], block[0] + 3)) || header < 0 || header >= at) return false;
    const first = /^( *)[^ \n]/m.exec(text.slice(header + 1, block[1]));
    if (!first || m[1]!.length < first[1]!.length) return false;
  }
  return true;
}

/** The last range (sorted by start) that starts before `at`. */
function lastBefore(ranges: ReadonlyArray<[number, number]>, at: number): [number, number] | undefined {
  let low = 0;
  let high = ranges.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (ranges[mid]![0] < at) low = mid + 1;
    else high = mid;
  }
  return ranges[low - 1];
}

/** The spellings of null that yaml's core schema reads (an empty node has none). */
const NULL = /^(?:~|null|Null|NULL)\s*$/;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || Number.isNaN(c);
}
