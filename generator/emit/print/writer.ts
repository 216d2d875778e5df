/**
 * The code writer every printer writes to (code-block-writer, the one ts-morph prints with: it indents blocks and
 * knows when it is inside a string or a comment), with the settings generated modules use, and the small text
 * helpers the printers share.
 */
import CodeBlockWriter from "code-block-writer";
import type { WriterFunction } from "ts-morph";

export type Writer = CodeBlockWriter;
export type TextOrWriter = string | WriterFunction;

/** LF line ends, two-space indentation, double quotes. */
const OPTIONS = { newLine: "\n", indentNumberOfSpaces: 2, useTabs: false, useSingleQuote: false } as const;

export function newWriter(): Writer {
  return new CodeBlockWriter(OPTIONS);
}

export function write(w: Writer, text: TextOrWriter | undefined): void {
  if (typeof text === "string") w.write(text);
  else if (text != null) text(w);
}

/** The text printed on its own, at indentation 0 (how a type, an initializer or a doc is measured before use). */
export function textOf(w: Writer | undefined, text: TextOrWriter): string {
  // What the writer makes of a string at indentation 0: the same text with CRLF line ends made LF.
  if (typeof text === "string") return text.includes("\r") ? text.replace(/\r\n/g, "\n") : text;
  const own = new CodeBlockWriter(w?.getOptions() ?? OPTIONS);
  write(own, text);
  return own.toString();
}

/** As `textOf`, with lines after the first one level in. */
export function indentedTextOf(w: Writer, text: TextOrWriter): string {
  if (typeof text === "string" && !text.includes("\n")) return text; // one line: nothing to indent
  const own = new CodeBlockWriter(w.getOptions());
  own.queueIndentationLevel(1);
  write(own, text);
  return own.toString();
}

/** Characters the writer treats as whitespace. */
const WHITESPACE = new Set([" ", "\f", "\n", "\r", "\t", "\v", "\u00A0", "\u2028", "\u2029"].map((c) => c.charCodeAt(0)));

export function isBlank(text: string | undefined): boolean {
  if (typeof text !== "string") return true;
  for (let i = 0; i < text.length; i++) if (!WHITESPACE.has(text.charCodeAt(i))) return false;
  return true;
}

export function startsWithNewLine(text: string): boolean {
  return text.charCodeAt(0) === 10 || (text.charCodeAt(0) === 13 && text.charCodeAt(1) === 10);
}

/** Whether what was written last, whitespace aside, is a `}` (a block: the next statement gets a blank line). */
export function endsWithBlock(w: Writer): boolean {
  return (
    w.iterateLastCharCodes((c) => {
      if (c === 0x7d) return true;
      return WHITESPACE.has(c) ? undefined : false;
    }) ?? false
  );
}

/** Text written since position `pos`. */
export function writtenSince(w: Writer, pos: number): string {
  const chars = new Array<string>(w.getLength() - pos);
  w.iterateLastChars((c, i) => {
    if (i < pos) return true;
    chars[i - pos] = c;
    return undefined;
  });
  return chars.join("");
}

/**
 * Fails on a structure property the printers do not print, rather than dropping it from the output silently.
 * `printed` lists the properties that are printed (`kind` aside); unset, `false` and `[]` count as absent.
 */
export function onlyPrinted(what: string, s: object, printed: readonly string[]): void {
  for (const [key, value] of Object.entries(s))
    if (value !== undefined && value !== false && !(Array.isArray(value) && !value.length) && key !== "kind" && !printed.includes(key))
      throw new Error(`emit/print: \`${key}\` of a ${what} is not printed by the structure printer`);
}
