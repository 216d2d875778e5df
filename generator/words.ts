/**
 * Word splitting and casing shared by the stages (a utility, not a stage). Words are made of Unicode letters, digits
 * and combining marks, so `获取宠物列表`, `получитьТовары` and `größeAbrufen` keep their names: TypeScript identifiers
 * may hold any ID_Start / ID_Continue character. File and npm package names take `asciiWords` instead.
 */

/** Anything that is not part of a word: not ID_Continue, or connector punctuation such as `_`. */
const SEPARATOR = /(?:[^\p{ID_Continue}]|\p{Pc})+/u;

/**
 * Splits `embed-jobs_cancel_Response_200`, `getUsage`, `HTTPServer2`, `получитьТовары` into words. Anything but a
 * string has no words (callers fall back to another name): spec values reach here before validation has looked at them.
 */
export function words(s: string): string[] {
  if (typeof s !== "string") return [];
  let split = SPLIT.get(s);
  if (!split) {
    split = s
      .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, "$1 $2")
      .replace(/(\p{Lu}+)(\p{Lu}\p{Ll})/gu, "$1 $2")
      .split(SEPARATOR)
      .filter(Boolean);
    if (SPLIT.size >= 100_000) SPLIT.clear();
    SPLIT.set(s, split);
  }
  return split.slice();
}

/**
 * The words of each string already split: the same names are spelled many times over (every reference to a
 * schema, every key of every mapper), and the Unicode-aware split was a measurable share of a big generation.
 */
const SPLIT = new Map<string, string[]>();

/**
 * Words in ASCII letters and digits only, for names that leave TypeScript (file names, npm package names): accents
 * are dropped (`Größe` → `grosse`), letters of other scripts are left out (callers add a hash when that loses words).
 */
export function asciiWords(s: string): string[] {
  if (typeof s !== "string") return [];
  const latin = s.normalize("NFKD").replace(/\p{M}/gu, "").replace(/ß/g, "ss");
  return words(latin).flatMap((w) => w.split(/[^A-Za-z0-9]+/).filter(Boolean));
}

/** Whether `s` has letters or digits that `asciiWords` leaves out. */
export function losesWords(s: string): boolean {
  const latin = s.normalize("NFKD").replace(/\p{M}/gu, "").replace(/ß/g, "ss");
  return /[^ -~]/.test(latin.split(SEPARATOR).join(""));
}

const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

export function pascalCase(s: string): string {
  const out = words(s)
    .map((w) => (w === w.toUpperCase() && w.length > 1 ? cap(w.toLowerCase()) : cap(w)))
    .join("");
  return out && !/^\p{ID_Start}/u.test(out) ? "_" + out : out;
}

export function camelCase(s: string): string {
  const p = pascalCase(s);
  if (p.startsWith("_")) return p;
  return p.charAt(0).toLowerCase() + p.slice(1);
}

/** An ECMAScript identifier name: ID_Start (or `$`, `_`) then ID_Continue (or `$`, ZWNJ, ZWJ). */
export function isIdentifier(s: string): boolean {
  return typeof s === "string" && /^[\p{ID_Start}_$][\p{ID_Continue}$\u200C\u200D]*$/u.test(s);
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
  return words(s).map((w) => (w === w.toUpperCase() || /^\p{Lu}?[^\p{Lu}]*$/u.test(w) ? w.toLowerCase() : w));
}
