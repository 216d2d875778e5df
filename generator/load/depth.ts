/**
 * Nesting depth, checked before parsing. The YAML parser composes collections recursively and overflows the stack
 * on a few hundred levels of flow nesting (`[[[[…`) or deep block indentation, and the later stages recurse over
 * schemas too. No API description nests anywhere near {@link MAX_NESTING} levels, so deeper text is refused with a
 * diagnostic at the line (and, for JSON, the pointer) where it first goes past the limit, instead of a RangeError.
 */
import { escapePointer } from "../pointer.js";

export const MAX_NESTING = 256;

export interface TooDeep {
  line: number;
  column: number;
  /** JSON pointer of the first node past the limit (JSON text only: YAML is not parsed yet). */
  pointer?: string;
}

const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const HASH = 0x23;
const DASH = 0x2d;

/** Where `text` first nests deeper than {@link MAX_NESTING} collections (flow brackets plus block indentation), if it does. */
export function nestingTooDeep(text: string, limit = MAX_NESTING): TooDeep | undefined {
  const n = text.length;
  let line = 1;
  let lineStart = 0;
  let flow = 0;
  const indents: number[] = [];
  let i = 0;
  const at = (pos: number): TooDeep => ({ line, column: pos - lineStart + 1 });
  while (i < n) {
    // Start of a line: block depth from the indentation (outside flow collections).
    if (flow === 0) {
      const j = blockIndent(text, i, indents);
      if (indents.length > limit) return at(j);
      i = j;
    }
    // The rest of the line.
    let valueStart = true;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === LF) break;
      if (c === 0x22 || c === 0x27) {
        i = skipQuoted(text, i);
        valueStart = false;
        continue;
      }
      if (c === HASH && (i === lineStart || isWhiteSpace(text.charCodeAt(i - 1)))) {
        const nl = text.indexOf("\n", i);
        i = nl === -1 ? n : nl;
        break;
      }
      if ((c === 0x5b || c === 0x7b) && (flow > 0 || valueStart)) {
        flow++;
        if (flow + indents.length > limit) return at(i);
        valueStart = true;
      } else if ((c === 0x5d || c === 0x7d) && flow > 0) flow--;
      else if (c === 0x3a || c === DASH || c === 0x2c || c === SPACE || c === TAB || c === 0x3f)
        valueStart = c !== DASH || text.charCodeAt(i + 1) === SPACE;
      else valueStart = false;
      i++;
    }
    if (i < n) {
      i++;
      line++;
      lineStart = i;
    }
  }
  return undefined;
}

/**
 * The block depth of the line starting at `from`: `indents` (the open levels' indentations) updated for it, unless
 * it is blank or a comment. Returns where its content starts.
 */
function blockIndent(text: string, from: number, indents: number[]): number {
  let j = from;
  while (text.charCodeAt(j) === SPACE) j++;
  const c = text.charCodeAt(j);
  if (j >= text.length || c === LF || c === CR || c === HASH) return j;
  const indent = j - from;
  while (indents.length && indents[indents.length - 1]! >= indent) indents.pop();
  indents.push(indent);
  // `- - - x`: each dash opens one more sequence on the same line.
  let k = j;
  while (text.charCodeAt(k) === DASH && text.charCodeAt(k + 1) === SPACE) {
    indents.push(k - from + 2);
    k += 2;
    while (text.charCodeAt(k) === SPACE) k++;
  }
  return j;
}

/** What `/\s/` matches. */
function isWhiteSpace(c: number): boolean {
  return c < 0x80 ? c === SPACE || (c >= TAB && c <= CR) : /\s/.test(String.fromCharCode(c));
}

/** A quoted scalar: the index after its closing quote (or the end of the text). Line breaks inside are counted by the caller's line only approximately. */
function skipQuoted(text: string, start: number): number {
  const q = text.charCodeAt(start);
  let i = start + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (q === 0x22 && c === 0x5c) i += 2;
    else if (c === q) {
      if (q === 0x27 && text.charCodeAt(i + 1) === 0x27) i += 2;
      else return i + 1;
    } else if (c === LF) return i;
    else i++;
  }
  return i;
}

/** For JSON text (V8's JSON.parse does not recurse): the pointer of the first value nested past the limit. */
export function deepPointer(text: string): string | undefined {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return undefined;
  }
  const todo: Array<[unknown, string, number]> = [[doc, "", 0]];
  while (todo.length) {
    const [node, pointer, depth] = todo.pop()!;
    if (node === null || typeof node !== "object") continue;
    if (depth >= MAX_NESTING) return pointer;
    for (const [k, v] of Object.entries(node)) todo.push([v, `${pointer}/${escapePointer(k)}`, depth + 1]);
  }
  return undefined;
}
