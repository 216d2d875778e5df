/**
 * The one way spec text reaches generated code, one function per output context. Every emitter calls these; no
 * spec string is pasted into code any other way, so nothing in a spec can open or close a comment or a literal.
 *
 * - `tsdoc`: prose inside a `/** … *\/` block. `*\/` and `/*` are written with TSDoc's backslash escape (`*\/`,
 *   `/\*`), and an `@` that would start a block tag at the beginning of a line is written `\@`; a TSDoc reader
 *   shows the text as the spec wrote it ({@link unTsdoc} is the inverse).
 * - `stringLiteral`: a double-quoted JavaScript string.
 * - `templateText`: the literal part of a template literal (backslash, backtick and `${` escaped).
 * - identifiers and property keys are spelled by `names.ts` (`safeIdentifier`, `keySource`).
 */

export function tsdoc(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/\*\//g, "*\\/")
    .replace(/\/\*/g, "/\\*")
    .replace(/^(\s*)@/gm, "$1\\@");
}

/** The text a TSDoc reader sees for `tsdoc(text)`. */
export function unTsdoc(text: string): string {
  return text
    .replace(/\*\\\//g, "*/")
    .replace(/\/\\\*/g, "/*")
    .replace(/^(\s*)\\@/gm, "$1@");
}

/** A double-quoted string literal with the value `value` (U+2028/U+2029 escaped too, for older parsers). */
export function stringLiteral(value: string): string {
  return JSON.stringify(value)
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** Text for the literal part of a template literal: it ends neither the literal nor starts a substitution. */
export function templateText(text: string): string {
  return text.replace(/[`\\]/g, "\\$&").replace(/\$\{/g, "\\${");
}
