/** Word splitting and casing shared by the stages (a utility, not a stage). */

/**
 * Splits `embed-jobs_cancel_Response_200`, `getUsage`, `HTTPServer2` into words. Anything but a string has no words
 * (callers fall back to another name): spec values reach here before validation has looked at them.
 */
export function words(s: string): string[] {
  if (typeof s !== "string") return [];
  return s
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
}

const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

export function pascalCase(s: string): string {
  const out = words(s)
    .map((w) => (w === w.toUpperCase() && w.length > 1 ? cap(w.toLowerCase()) : cap(w)))
    .join("");
  return /^[0-9]/.test(out) ? "_" + out : out;
}

export function camelCase(s: string): string {
  const p = pascalCase(s);
  if (p.startsWith("_")) return p;
  return p.charAt(0).toLowerCase() + p.slice(1);
}

export function isIdentifier(s: string): boolean {
  return typeof s === "string" && /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(s);
}

/**
 * The words of a name, for the IR (which keeps names as words and leaves spelling to each emitter). Nothing but
 * separators is dropped: letters and digits of any script and `$` stay, so a name that is an identifier in the
 * style it is written in comes back unchanged when spelled in that style (`HTTPServer` → `["HTTP", "Server"]`,
 * `Foo$Bar` → `["Foo$Bar"]`). `_`, `-`, spaces and other punctuation separate words. Case is kept as written:
 * spec names keep the spec's case.
 */
export function nameWords(s: string): string[] {
  if (typeof s !== "string") return [];
  return s
    .replace(/(\p{Ll}|\p{Lo}|\p{N})(\p{Lu})/gu, "$1 $2")
    .replace(/(\p{Lu}+)(\p{Lu}\p{Ll})/gu, "$1 $2")
    .split(/[^\p{L}\p{N}\p{M}$]+/u)
    .filter(Boolean);
}

/**
 * The words of a name the generator composes (a resource group, a method, an option) from a phrase: the words
 * {@link camelCase} joins (ASCII letters and digits), lower-cased where that loses nothing a PascalCase or
 * camelCase spelling shows: `get-usage` → `["get", "usage"]`, `HTTP server` → `["http", "server"]`. A word of mixed
 * case such as `ID3v2` is kept as it is. Take the words of the phrase, not of its camelCase spelling: `getAB` no
 * longer tells `A` from `B`.
 */
export function composedWords(s: string): string[] {
  return words(s).map((w) => (w === w.toUpperCase() || /^[A-Z]?[^A-Z]*$/.test(w) ? w.toLowerCase() : w));
}
