/**
 * JSON Pointer (RFC 6901) in one place, for every stage: escape and unescape a segment, join, split, and read the
 * value a pointer (or an internal `$ref` such as `#/components/schemas/Pet`) points to.
 *
 * Lookups follow own properties only: a segment `__proto__`, `constructor` or `toString` never walks into
 * `Object.prototype`, so spec text cannot reach anything but the document's own data.
 */

/** Escapes one segment: `~` → `~0`, `/` → `~1`. */
export function escapePointer(segment: string | number): string {
  return String(segment).replace(/~/g, "~0").replace(/\//g, "~1");
}

/** Unescapes one segment (`~1` first, then `~0`, so `~01` is `~1`). */
export function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}

/** `base` followed by each segment, escaped. */
export function joinPointer(base: string, ...segments: Array<string | number>): string {
  return base + segments.map((s) => "/" + escapePointer(s)).join("");
}

/** The unescaped segments of a pointer; a leading `#` (a URI fragment) is allowed. `""` and `"#"` are the root. */
export function splitPointer(pointer: string): string[] {
  const p = pointer.startsWith("#") ? pointer.slice(1) : pointer;
  if (p === "") return [];
  return (p.startsWith("/") ? p.slice(1) : p).split("/").map(unescapePointer);
}

const INDEX = /^(0|[1-9][0-9]*)$/;

/**
 * The value at `pointer` in `doc`, or undefined when a segment on the way is not an own property of an object, or
 * not an index of an array (`length` is not a member an array pointer can name).
 */
export function resolvePointer(doc: unknown, pointer: string): any {
  let node: any = doc;
  for (const seg of splitPointer(pointer)) {
    if (node === null || typeof node !== "object") return undefined;
    if (Array.isArray(node) ? !INDEX.test(seg) || Number(seg) >= node.length : !Object.hasOwn(node, seg)) return undefined;
    node = node[seg];
  }
  return node;
}

/** Follows a chain of internal `$ref`s (parameters, responses, request bodies) to the object it ends at (at most 32 hops). */
export function deref(doc: unknown, node: any): any {
  let n = node;
  for (let i = 0; n && typeof n.$ref === "string" && i < 32; i++) n = resolvePointer(doc, n.$ref);
  return n;
}
