/**
 * The one way spec text reaches generated code, one function per output context. Every emitter calls these; no
 * spec string is pasted into code any other way, so nothing in a spec can open or close a comment or a literal.
 *
 * - `tsdoc`: prose inside a `/** … *\/` block. `*\/` and `/*` are written with TSDoc's backslash escape (`*\/`,
 *   `/\*`), and an `@` that would start a block tag at the beginning of a line is written `\@`; a TSDoc reader
 *   shows the text as the spec wrote it ({@link unTsdoc} is the inverse). A lone surrogate (which no UTF-8 file
 *   can hold) becomes U+FFFD here, so the text written is the text emitted and `--check` stays stable.
 * - `stringLiteral`: a double-quoted JavaScript string.
 * - `templateText`: the literal part of a template literal (backslash, backtick and `${` escaped).
 * - `valueLiteral`: a JavaScript expression for a JSON value (defaults, examples, waiter values, lists).
 * - `literalType`: a TypeScript literal type for a primitive value (enum members, `const` values).
 * - `objectKey`: the key of a property in an object literal (never the `__proto__` setter).
 * - `jsonText`: a value shown as JSON in prose (docs, README); the prose is then escaped for its own context.
 * - identifiers and type-member keys are spelled by `names.ts` (`safeIdentifier`, `keySource`), which quotes
 *   with `stringLiteral`.
 */

/** `text` with each lone surrogate (no UTF-8 file can hold one) replaced by U+FFFD; for text written as prose. */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g, (c) => (c.length === 2 ? c : "\uFFFD"));
}

export function tsdoc(text: string): string {
  return wellFormed(text)
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

/**
 * The key of a property in an object literal. `"__proto__": v` (quoted or not) sets the object's prototype instead
 * of making a property; the computed form `["__proto__"]: v` makes an own data property like every other key.
 */
export function objectKey(key: string): string {
  return key === "__proto__" ? `[${stringLiteral(key)}]` : stringLiteral(key);
}

/** A JavaScript expression that evaluates to `value` (a JSON value as YAML or JSON parsing gives it). */
export function valueLiteral(value: unknown): string {
  if (value === undefined) return "undefined";
  if (value === null) return "null";
  if (typeof value === "string") return stringLiteral(value);
  if (typeof value === "number") return numberLiteral(value);
  if (typeof value === "boolean") return String(value);
  if (typeof value === "bigint") return `${value}n`;
  if (Array.isArray(value)) return `[${value.map(valueLiteral).join(", ")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>);
    return entries.length ? `{ ${entries.map(([k, v]) => `${objectKey(k)}: ${valueLiteral(v)}`).join(", ")} }` : "{}";
  }
  return "undefined";
}

/** A TypeScript literal type for `value`; `number` for the numbers that have none (NaN, ±Infinity). */
export function literalType(value: string | number | boolean | null): string {
  if (typeof value === "number") return Number.isFinite(value) ? numberLiteral(value) : "number";
  return valueLiteral(value);
}

/** A value shown as JSON text in prose (`@default`, waiter docs): the caller escapes the prose for its context. */
export function jsonText(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

function numberLiteral(n: number): string {
  if (Number.isNaN(n)) return "NaN";
  if (!Number.isFinite(n)) return n > 0 ? "Infinity" : "-Infinity";
  return Object.is(n, -0) ? "-0" : String(n);
}
