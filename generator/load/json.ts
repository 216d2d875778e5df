/**
 * JSON text without the YAML parser: `JSON.parse` for the value and a scanner for the positions, which are those
 * the `yaml` path records for the same text (a map entry at its key's opening quote, an array item and the root at
 * their first character, lines and columns as yaml's LineCounter counts them). On GitHub's 3.6 MB spec this takes
 * a small fraction of the time and memory of building yaml's syntax tree.
 *
 * Text that the two readings could treat differently goes to the yaml path instead (`undefined`), so its value and
 * its diagnostics stay exactly what they were: text `JSON.parse` refuses (the syntax error then comes from yaml),
 * duplicate keys (an error there), a carriage return not followed by a line feed (a line break only for yaml), and
 * number literals long enough that two ways of rounding them might disagree.
 */
import { LEAF, lineStarts, MAP, PositionsBuilder, type PositionTable, SEQ } from "./positions.js";

export interface JsonSource {
  doc: unknown;
  positions: PositionTable;
}

/** Reads `text` when it is a JSON object or array that the fast path reads as yaml would; otherwise `undefined`. */
export function parseJson(text: string, lineOffset = 0): JsonSource | undefined {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0; // the BOM counts in yaml's offsets
  const first = firstToken(text, start);
  if (first !== "{" && first !== "[") return undefined;
  if (/\r(?!\n)/.test(text)) return undefined;
  let doc: unknown;
  try {
    doc = JSON.parse(start ? text.slice(start) : text);
  } catch {
    return undefined;
  }
  const out = new PositionsBuilder();
  const scanner = new Scanner(text, out);
  scanner.skipSpace(start);
  if (!scanner.value(scanner.i)) return undefined;
  return { doc, positions: out.finish(lineStarts(text), lineOffset) };
}

/** The text of the number that is the value of the map entry whose key starts at `keyOffset`. */
export function numberAfterKey(text: string, keyOffset: number): string {
  const scanner = new Scanner(text, new PositionsBuilder());
  scanner.skipSpace(scanner.stringEnd(keyOffset));
  scanner.skipSpace(scanner.i + 1); // the colon
  const from = scanner.i;
  return text.slice(from, scanner.scalarEnd(from));
}

function firstToken(text: string, from: number): string | undefined {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return text[i];
  }
  return undefined;
}

/** Longest number literal read on the fast path; longer integers could round differently (`parseInt` vs `JSON.parse`). */
const MAX_NUMBER = 15;

/** Walks text that `JSON.parse` accepted, so it checks only what JSON.parse does not: duplicate keys. */
class Scanner {
  i = 0;

  constructor(
    private readonly text: string,
    private readonly out: PositionsBuilder,
  ) {}

  skipSpace(from: number): void {
    let i = from;
    for (;;) {
      const c = this.text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else break;
    }
    this.i = i;
  }

  /** Records the value at `this.i` (a map entry's at `offset`, its key), leaving `this.i` after it. False: leave it to yaml. */
  value(offset: number, key?: string): boolean {
    const c = this.text.charCodeAt(this.i);
    if (c === 0x7b) return this.map(offset, key);
    if (c === 0x5b) return this.seq(offset, key);
    this.out.close(this.out.open(offset, LEAF, key));
    if (c === 0x22) {
      this.i = this.stringEnd(this.i);
      return true;
    }
    const end = this.scalarEnd(this.i);
    const long = end - this.i > MAX_NUMBER;
    this.i = end;
    return !long;
  }

  private map(offset: number, key?: string): boolean {
    const node = this.out.open(offset, MAP, key);
    this.skipSpace(this.i + 1);
    let seen: Set<string> | undefined;
    let only: string | undefined;
    let count = 0;
    while (this.text.charCodeAt(this.i) !== 0x7d) {
      const keyStart = this.i;
      const end = this.stringEnd(keyStart);
      const raw = this.text.slice(keyStart + 1, end - 1);
      const name: string = raw.includes("\\") ? JSON.parse(this.text.slice(keyStart, end)) : raw;
      if (count === 0) only = name;
      else {
        seen ??= new Set([only!]);
        if (seen.has(name)) return false;
        seen.add(name);
      }
      count++;
      this.skipSpace(end);
      this.skipSpace(this.i + 1); // the colon
      if (!this.value(keyStart, name)) return false;
      this.skipSpace(this.i);
      if (this.text.charCodeAt(this.i) === 0x2c) this.skipSpace(this.i + 1);
    }
    this.i++;
    this.out.close(node);
    return true;
  }

  private seq(offset: number, key?: string): boolean {
    const node = this.out.open(offset, SEQ, key);
    this.skipSpace(this.i + 1);
    while (this.text.charCodeAt(this.i) !== 0x5d) {
      if (!this.value(this.i)) return false;
      this.skipSpace(this.i);
      if (this.text.charCodeAt(this.i) === 0x2c) this.skipSpace(this.i + 1);
    }
    this.i++;
    this.out.close(node);
    return true;
  }

  /** The offset after the string whose opening quote is at `from`. */
  stringEnd(from: number): number {
    const text = this.text;
    let q = from;
    for (;;) {
      q = text.indexOf('"', q + 1);
      let backslashes = 0;
      while (text.charCodeAt(q - 1 - backslashes) === 0x5c) backslashes++;
      if (backslashes % 2 === 0) return q + 1;
    }
  }

  /** The offset after a number, `true`, `false` or `null` starting at `from`. */
  scalarEnd(from: number): number {
    let i = from;
    for (;;) {
      const c = this.text.charCodeAt(i);
      if (c === 0x2c || c === 0x7d || c === 0x5d || c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || Number.isNaN(c)) return i;
      i++;
    }
  }
}
