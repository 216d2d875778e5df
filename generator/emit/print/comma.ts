/**
 * Comma-separated lists (parameters, variable declarations, import and export specifiers): each item is printed in
 * place, then a comma is inserted after every item but the last, at the end of its code (before a trailing comment,
 * and not when the item already ends with one).
 */
import { type Writer, writtenSince } from "./writer.js";

export function commaSeparated<T>(w: Writer, items: readonly T[], print: (item: T) => void, separator: () => void): void {
  const at: Array<number | undefined> = [];
  items.forEach((item, i) => {
    if (i > 0) separator();
    const start = w.getLength();
    print(item);
    const pos = commaPosition(writtenSince(w, start));
    at.push(pos === -1 ? undefined : start + pos);
  });
  let last = true;
  for (let i = at.length - 1; i >= 0; i--) {
    const pos = at[i];
    if (pos === undefined) continue;
    if (last) last = false;
    else w.unsafeInsert(pos, ",");
  }
}

/**
 * Where a comma goes after `text`: the end of its last token (comments and whitespace after it are trivia), or -1
 * when it has no token or already ends with a comma. Strings, template literals (with their `${…}` parts) and
 * comments are skipped as wholes, so quotes, slashes and braces inside them do not count.
 */
export function commaPosition(text: string): number {
  let end = -1;
  let i = 0;
  const templates: number[] = []; // brace depth inside each open `${`
  while (i < text.length) {
    const c = text[i]!;
    if (isTrivia(c)) {
      i++;
      continue;
    }
    if (c === "/" && text[i + 1] === "/") {
      while (i < text.length && !isLineBreak(text[i]!)) i++;
      continue;
    }
    if (c === "/" && text[i + 1] === "*") {
      const close = text.indexOf("*/", i + 2);
      i = close === -1 ? text.length : close + 2;
      continue;
    }
    if (c === '"' || c === "'") i = stringEnd(text, i, c);
    else if (c === "`") i = templateEnd(text, i + 1, templates);
    else if (c === "}" && templates.length && templates.at(-1) === 0) {
      templates.pop();
      i = templateEnd(text, i + 1, templates);
    } else {
      if (templates.length && (c === "{" || c === "}")) templates[templates.length - 1]! += c === "{" ? 1 : -1;
      i++;
    }
    end = i;
  }
  return end === -1 || text[end - 1] === "," ? -1 : end;
}

/** The index after a quoted string starting at `i` (an unterminated one ends at the line break). */
function stringEnd(text: string, i: number, quote: string): number {
  for (let j = i + 1; j < text.length; j++) {
    const c = text[j]!;
    if (c === "\\") j++;
    else if (c === quote) return j + 1;
    else if (c === "\n" || c === "\r") return j;
  }
  return text.length;
}

/** The index after a template literal part starting at `i` (after "`" or "}"); a `${` opens a substitution. */
function templateEnd(text: string, i: number, templates: number[]): number {
  for (let j = i; j < text.length; j++) {
    const c = text[j]!;
    if (c === "\\") j++;
    else if (c === "`") return j + 1;
    else if (c === "$" && text[j + 1] === "{") {
      templates.push(0);
      return j + 2;
    }
  }
  return text.length;
}

function isLineBreak(c: string): boolean {
  return c === "\n" || c === "\r" || c === "\u2028" || c === "\u2029";
}

/** TypeScript's whitespace and line breaks. */
function isTrivia(c: string): boolean {
  return isLineBreak(c) || /[\t\v\f \u00A0\u0085\u1680\u2000-\u200B\u202F\u205F\u3000\uFEFF]/.test(c);
}
