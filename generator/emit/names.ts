/** TypeScript spelling of IR names: identifiers, reserved words, property keys, mapper names. */
import { camelCase, isIdentifier, pascalCase } from "../words.js";
import { stringLiteral } from "./escape.js";

/** Reserved words and strict-mode restricted names: never used as bare identifiers. */
const RESERVED = new Set(
  (
    "break case catch class const continue debugger default delete do else enum export extends false finally for function if import in " +
    "instanceof new null return super switch this throw true try typeof var void while with as implements interface let package private " +
    "protected public static yield await arguments eval any boolean number string symbol undefined never unknown object bigint"
  ).split(" "),
);

/** Global names a type must not shadow inside generated modules. */
const GLOBAL_TYPES = new Set(
  "Array Blob Boolean Date Error File FormData Headers Map Number Object Promise Record ReadableStream Request Response Set String Symbol URL Uint8Array ArrayBuffer AbortSignal Function JSON Math Partial Required Readonly Pick Omit Exclude Extract Iterable AsyncIterable".split(
    " ",
  ),
);

/** Internal names used by generated code that a type name must not take. */
export const RUNTIME_NAMES = [
  "HttpPromise",
  "RequestOptions",
  "ClientCore",
  "HeaderInput",
  "QueryParam",
  "ErrorTable",
  "Page",
  "PagePromise",
  "Stream",
  "FileInput",
  "Uploadable",
  "SdkError",
  "ApiError",
  "TimeoutError",
  "ConnectionError",
  "AbortError",
  "ResponseError",
  "ErrorOptions",
  "errorTable",
  "createCore",
  "send",
];
const INTERNAL = new Set(RUNTIME_NAMES);

export function safeIdentifier(name: string): string {
  const id = isIdentifier(name) ? name : camelCase(name) || "_";
  return RESERVED.has(id) ? `${id}_` : id;
}

/** A TypeScript type name for an IR type name; `taken` guards against collisions after spelling. */
export function typeIdentifier(name: string): string {
  let id = isIdentifier(name) && /^[A-Z]/.test(name) ? name : pascalCase(name) || "Type";
  if (GLOBAL_TYPES.has(id) || INTERNAL.has(id)) id = `${id}Model`;
  return id;
}

/** Object.prototype's own members (`__proto__`, `toString`, `__defineGetter__` …): wire keys of these names are read only as own properties. */
export const PROTOTYPE_NAMES: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/** Members every JavaScript object has: a property of that name would make plain object literals unassignable. */
const OBJECT_MEMBERS = new Set([
  "constructor",
  "toString",
  "toLocaleString",
  "valueOf",
  "hasOwnProperty",
  "isPrototypeOf",
  "propertyIsEnumerable",
  "__proto__",
]);

/** Property key in TypeScript: camelCase when that is an identifier, else the wire name; `_` added to Object's members. */
export function propertyKey(wire: string): string {
  const camel = camelCase(wire);
  const key = camel && isIdentifier(camel) && !wire.startsWith("$") ? camel : wire;
  return OBJECT_MEMBERS.has(key) ? `${key}_` : key;
}

/** Renders a property key in source (quoted when not an identifier). */
export function keySource(key: string): string {
  return isIdentifier(key) ? key : stringLiteral(key);
}

/** Accessor: `o.key` or `o["key"]`. */
export function access(obj: string, key: string): string {
  return isIdentifier(key) ? `${obj}.${key}` : `${obj}[${stringLiteral(key)}]`;
}

export function enumMemberName(value: unknown, given?: string): string {
  if (given && isIdentifier(pascalCase(given))) return pascalCase(given);
  if (value === null) return "Null";
  if (typeof value === "object") return "Value";
  const s = pascalCase(String(value));
  if (!s) return typeof value === "number" ? `Value${String(value).replace(/[^0-9]/g, "_")}` : "Empty";
  return s.startsWith("_") ? `Value${s.slice(1)}` : s;
}

export { camelCase, pascalCase };

const capFirst = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/**
 * PascalCase of IR words: each word's first letter upper-cased, the rest kept as the IR has it, so a name the spec
 * wrote in PascalCase comes back unchanged (`["HTTP", "Server"]` → `HTTPServer`, `["datasets", "list"]` →
 * `DatasetsList`). Not yet an identifier: pass it through {@link typeIdentifier} or `safeIdentifier`.
 */
export function pascalWords(words: readonly string[]): string {
  return words.map(capFirst).join("");
}

/** camelCase of IR words: the first word lower-cased (all of it when it is an acronym: `URL` → `url`), the rest as in {@link pascalWords}. */
export function camelWords(words: readonly string[]): string {
  const [first = "", ...rest] = words;
  const head = first === first.toUpperCase() ? first.toLowerCase() : first.charAt(0).toLowerCase() + first.slice(1);
  return head + pascalWords(rest);
}
