/**
 * Structural mutation of a spec: a case names a training spec, one to three mutations and the text format it is
 * written in. Every choice is an index chosen by fast-check, so a seed reproduces a case exactly.
 *
 * - `delete-key`: removes one key of an object;
 * - `change-type`: replaces a value by one of another JSON type;
 * - `rename-ref`: points a `$ref` elsewhere (another schema, nothing, itself, its enclosing schema), renames a schema
 *   without its references, or makes two schemas refer to each other (alias and allOf cycles);
 * - `inject`: writes comment and literal markers, unicode and unusual names into a string value or a key;
 * - `truncate`: cuts the written text;
 * - `nest`: wraps a value in up to 300 levels of arrays, maps or allOf, or makes a schema a map or list of itself.
 */
import fc from "fast-check";
import { parse, stringify } from "yaml";

export const MUTATIONS = ["delete-key", "change-type", "rename-ref", "inject", "truncate", "nest"] as const;
export type MutationKind = (typeof MUTATIONS)[number];

export interface Mutation {
  kind: MutationKind;
  /** Which node (index into the candidates, modulo their count). */
  at: number;
  /** Which variant of the mutation (value, payload, target). */
  pick: number;
}

export interface FuzzCase {
  /** Path of the training spec, relative to the repository root. */
  spec: string;
  mutations: Mutation[];
  format: "yaml" | "json";
}

/** A name that must never become code: an identifier with this name in emitted code means text got out of a literal. */
export const SENTINEL = "FUZZ_INJECTED";

/** Payloads injected into strings and keys: comment and literal markers, unicode, names that shadow JS members. */
export const PAYLOADS = [
  `*/ ${SENTINEL}(); /*`,
  `/* ${SENTINEL}`,
  `\`; ${SENTINEL}(); \``,
  `\${${SENTINEL}()}`,
  `"; ${SENTINEL}(); "`,
  `'; ${SENTINEL}(); '`,
  `\\`,
  `\n@example ${SENTINEL}\n*/`,
  "\u2028\u2029",
  "\u0000",
  "\uFEFF",
  "日本語",
  "𝕏😀",
  "e\u0301",
  "</script><!--",
  "constructor",
  "__proto__",
  "then",
  "toString",
  "hasOwnProperty",
  "prototype",
  "default",
  "",
  " ",
  "a".repeat(300),
  "{id}",
  "$",
  "-",
  "123",
  "\uD800",
  "con",
  "options",
  "#",
  "../x",
];

/** Values of every JSON type, for `change-type`. */
export const VALUES: unknown[] = [
  0,
  -1,
  1.5,
  1e308,
  "",
  "x",
  true,
  false,
  null,
  [],
  {},
  [1, "a"],
  { a: 1 },
  "#/components/schemas/Missing",
];

export const caseArbitrary = (specs: readonly string[]): fc.Arbitrary<FuzzCase> =>
  fc.record({
    spec: fc.constantFrom(...specs),
    mutations: fc.array(fc.record({ kind: fc.constantFrom(...MUTATIONS), at: fc.nat(), pick: fc.nat() }), { minLength: 1, maxLength: 3 }),
    format: fc.constantFrom("yaml" as const, "json" as const),
  });

interface Slot {
  parent: any;
  key: string | number;
  pointer: string;
}

const esc = (s: string | number) => String(s).replace(/~/g, "~0").replace(/\//g, "~1");

/** Every value of the document with its parent, depth-first in document order. */
function slots(doc: unknown): Slot[] {
  const out: Slot[] = [];
  const seen = new Set<unknown>();
  const visit = (node: unknown, pointer: string) => {
    if (typeof node !== "object" || node === null || seen.has(node)) return;
    seen.add(node);
    const keys: Array<string | number> = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
    for (const k of keys) {
      out.push({ parent: node, key: k, pointer: `${pointer}/${esc(k)}` });
      visit((node as any)[k], `${pointer}/${esc(k)}`);
    }
  };
  visit(doc, "");
  return out;
}

/** Renames a key in place, keeping the key order (and making even `__proto__` an own data property). */
function renameKey(obj: Record<string, unknown>, from: string, to: string): void {
  if (from === to) return;
  const entries = Object.entries(obj).map(([k, v]) => [k === from ? to : k, v] as const);
  for (const k of Object.keys(obj)) delete obj[k];
  for (const [k, v] of entries) Object.defineProperty(obj, k, { value: v, enumerable: true, writable: true, configurable: true });
}

function pickOf<T>(list: readonly T[], n: number): T | undefined {
  return list.length ? list[n % list.length] : undefined;
}

function componentNames(doc: any): string[] {
  const schemas = doc?.components?.schemas ?? doc?.definitions;
  return schemas && typeof schemas === "object" && !Array.isArray(schemas) ? Object.keys(schemas) : [];
}

function refPrefix(doc: any): string {
  return doc?.components?.schemas ? "#/components/schemas/" : "#/definitions/";
}

function applyOne(doc: any, m: Mutation): void {
  const all = slots(doc);
  switch (m.kind) {
    case "delete-key": {
      const s = pickOf(
        all.filter((s) => !Array.isArray(s.parent)),
        m.at,
      );
      if (s) delete s.parent[s.key];
      return;
    }
    case "change-type": {
      const s = pickOf(all, m.at);
      if (!s) return;
      const current = s.parent[s.key];
      const others = VALUES.filter(
        (v) => typeof v !== typeof current || Array.isArray(v) !== Array.isArray(current) || (v === null) !== (current === null),
      );
      s.parent[s.key] = structuredClone(pickOf(others, m.pick));
      return;
    }
    case "rename-ref": {
      const names = componentNames(doc);
      const prefix = refPrefix(doc);
      const schemas = doc?.components?.schemas ?? doc?.definitions;
      const refs = all.filter((s) => s.key === "$ref" && typeof s.parent[s.key] === "string");
      const variant = m.pick % 6;
      if (variant === 4 && names.length) {
        // A schema renamed without its references (they dangle), or renamed like a prototype member.
        const from = pickOf(names, m.at)!;
        renameKey(schemas, from, pickOf([`${from}Renamed`, "__proto__", "constructor", "toString", "then"], m.pick)!);
        return;
      }
      if (variant === 5 && names.length >= 1) {
        // Two schemas referring to each other: a pure alias cycle, or an allOf cycle.
        const a = pickOf(names, m.at)!;
        const b = pickOf(names, m.at + 1 + (m.pick % Math.max(1, names.length - 1)))!;
        if (m.pick % 2) {
          schemas[a] = { $ref: prefix + esc(b) };
          schemas[b] = { $ref: prefix + esc(a) };
        } else {
          schemas[a] = { allOf: [{ $ref: prefix + esc(b) }, { type: "object", properties: { fromA: { type: "string" } } }] };
          schemas[b] = { allOf: [{ $ref: prefix + esc(a) }, { type: "object", properties: { fromB: { type: "string" } } }] };
        }
        return;
      }
      const s = pickOf(refs, m.at);
      if (!s) return;
      const here = s.pointer.slice(0, s.pointer.lastIndexOf("/"));
      const enclosing = /^\/(?:components\/schemas|definitions)\/([^/]+)/.exec(here)?.[1];
      const targets = [
        names.length ? prefix + esc(pickOf(names, m.at + m.pick)!) : undefined,
        prefix + "DoesNotExist",
        "#" + here, // itself
        enclosing ? prefix + enclosing : undefined, // its enclosing schema
      ];
      s.parent[s.key] = targets[variant] ?? prefix + "DoesNotExist";
      return;
    }
    case "inject": {
      const strings = all.filter((s) => typeof s.parent[s.key] === "string" || !Array.isArray(s.parent));
      const s = pickOf(strings, m.at);
      if (!s) return;
      const payload = pickOf(PAYLOADS, m.pick)!;
      const place = Math.floor(m.pick / PAYLOADS.length) % 3;
      const put = (text: string) => (place === 0 ? payload + text : place === 1 ? text + payload : payload);
      if (typeof s.parent[s.key] === "string" && (Array.isArray(s.parent) || m.at % 2 === 0)) s.parent[s.key] = put(s.parent[s.key]);
      else if (!Array.isArray(s.parent)) renameKey(s.parent, String(s.key), put(String(s.key)));
      return;
    }
    case "nest": {
      const names = componentNames(doc);
      const schemas = doc?.components?.schemas ?? doc?.definitions;
      if (m.pick % 5 === 4 && names.length) {
        // A schema that is a map (or list, or union with a map) of itself.
        const name = pickOf(names, m.at)!;
        const self = { $ref: refPrefix(doc) + esc(name) };
        schemas[name] = pickOf(
          [
            { type: "object", additionalProperties: self },
            { type: "array", items: self },
            { oneOf: [{ type: "string" }, { additionalProperties: self }] },
          ],
          m.at,
        );
        return;
      }
      const s = pickOf(
        all.filter((x) => typeof x.parent[x.key] === "object" && x.parent[x.key] !== null),
        m.at,
      );
      if (!s) return;
      let v = s.parent[s.key];
      const depth = 1 + (Math.floor(m.pick / 5) % 300);
      for (let i = 0; i < depth; i++)
        v = [{ type: "array", items: v }, { type: "object", additionalProperties: v }, { allOf: [v] }, [v]][m.pick % 4];
      s.parent[s.key] = v;
      return;
    }
    case "truncate":
      return; // applied to the text
  }
}

/** The mutated text of a case, given the text of its spec. */
export function mutate(text: string, c: FuzzCase): string {
  const doc = parse(text, { maxAliasCount: 10_000 });
  for (const m of c.mutations) applyOne(doc, m);
  let out = c.format === "json" ? JSON.stringify(doc, null, 2) : stringify(doc, { aliasDuplicateObjects: false, lineWidth: 0 });
  for (const m of c.mutations) if (m.kind === "truncate") out = out.slice(0, m.at % Math.max(1, out.length));
  return out;
}
