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

/** Where `text` first nests deeper than {@link MAX_NESTING} collections (flow brackets plus block indentation), if it does. */
export function nestingTooDeep(text: string, limit = MAX_NESTING): TooDeep | undefined {
  let line = 1;
  let lineStart = 0;
  let flow = 0;
  const indents: number[] = [];
  let i = 0;
  const at = (pos: number): TooDeep => ({ line, column: pos - lineStart + 1 });
  while (i < text.length) {
    // Start of a line: block depth from the indentation (outside flow collections).
    if (flow === 0) {
      let j = i;
      while (text[j] === " ") j++;
      const c = text[j];
      if (c !== undefined && c !== "\n" && c !== "\r" && c !== "#") {
        const indent = j - i;
        while (indents.length && indents[indents.length - 1]! >= indent) indents.pop();
        indents.push(indent);
        // `- - - x`: each dash opens one more sequence on the same line.
        let k = j;
        while (text[k] === "-" && text[k + 1] === " ") {
          indents.push(k - i + 2);
          k += 2;
          while (text[k] === " ") k++;
        }
        if (indents.length > limit) return at(j);
      }
      i = j;
    }
    // The rest of the line.
    let valueStart = true;
    while (i < text.length && text[i] !== "\n") {
      const c = text[i]!;
      if (c === '"' || c === "'") {
        i = skipQuoted(text, i);
        valueStart = false;
        continue;
      }
      if (c === "#" && (i === lineStart || /\s/.test(text[i - 1]!))) {
        while (i < text.length && text[i] !== "\n") i++;
        break;
      }
      if ((c === "[" || c === "{") && (flow > 0 || valueStart)) {
        flow++;
        if (flow + indents.length > limit) return at(i);
        valueStart = true;
      } else if ((c === "]" || c === "}") && flow > 0) flow--;
      else if (c === ":" || c === "-" || c === "," || c === " " || c === "\t" || c === "?") valueStart = c !== "-" || text[i + 1] === " ";
      else valueStart = false;
      i++;
    }
    if (i < text.length) {
      i++;
      line++;
      lineStart = i;
    }
  }
  return undefined;
}

/** A quoted scalar: the index after its closing quote (or the end of the text). Line breaks inside are counted by the caller's line only approximately. */
function skipQuoted(text: string, start: number): number {
  const q = text[start]!;
  let i = start + 1;
  while (i < text.length) {
    const c = text[i]!;
    if (q === '"' && c === "\\") i += 2;
    else if (c === q) {
      if (q === "'" && text[i + 1] === "'") i += 2;
      else return i + 1;
    } else if (c === "\n") return i;
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
