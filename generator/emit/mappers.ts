/**
 * `src/mappers.ts`: straight-line functions converting between wire JSON (snake_case keys, ISO date strings) and the
 * TypeScript shapes (camelCase keys, `Date`). Emitted only for types that differ between the two; everything else is
 * passed through untouched — arrays of primitives (embeddings) are never walked. Unknown fields are kept.
 *
 * The functions read like hand-written code: locals are named after the properties they hold, wire values are
 * `unknown` until they are checked to be objects, and the one unchecked step — trusting that the server's JSON has
 * the declared shape — is a single cast to the declared type at the end of each `…FromWire` function.
 */
import type { Property, TypeRef } from "../ir/types.js";
import type { EmitContext, MapDirection } from "./context.js";
import type { ModuleBuilder } from "./module.js";
import { stringLiteral } from "./escape.js";
import { access, camelCase, keySource, PROTOTYPE_NAMES, safeIdentifier } from "./names.js";
import { NameRegistry } from "./naming.js";
import { typeExpr } from "./type-expr.js";

/** The module's own helpers and the globals the bodies call: no local may shadow them. */
const MODULE_NAMES = ["isWireObject", "toDate", "fromDate", "Object", "Array"];

/** The parameter and the result of a mapper, by direction: `wire` → `result`, `value` → `wire`. */
const NAMES: Record<MapDirection, { input: string; output: string }> = {
  fromWire: { input: "wire", output: "result" },
  toWire: { input: "value", output: "wire" },
};

const HELPERS = {
  isWireObject:
    "/** Whether a value is a JSON object (or array) whose keys can be renamed. */\n" +
    'const isWireObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;',
  toDate:
    "/** ISO 8601 string (or epoch milliseconds) → Date; anything else, `null` included, passes through. */\n" +
    'const toDate = (wire: unknown): Date => (typeof wire === "string" || typeof wire === "number" ? new Date(wire) : (wire as Date));',
  fromDate:
    "/** Date → ISO 8601 string; anything else passes through. */\n" +
    "const fromDate = (value: unknown): unknown => (value instanceof Date ? value.toISOString() : value);",
};
type Helper = keyof typeof HELPERS;

/** One mapper function being written: its direction, the type it returns and the names its body uses. */
interface Body {
  dir: MapDirection;
  /** TypeScript type a `fromWire` mapper returns (`unknown` for `toWire`). */
  returns: string;
  input: string;
  output: string;
}

export class MapperWriter {
  /** Mapper functions to emit, by name → text (empty until written). */
  private readonly functions = new Map<string, string>();
  /** Bodies still to write; they are written in `write`, while the mappers module is the one being built. */
  private readonly pending: Array<() => void> = [];
  private aux = 0;
  private readonly auxByShape = new Map<string, string>();
  private readonly helpers = new Set<Helper>();

  constructor(private readonly ctx: EmitContext) {}

  /** Name of the mapper for a named type (registering it for emission). */
  fnName(typeName: string, dir: MapDirection): string {
    const name = `${camelCase(this.ctx.typeName(typeName))}${dir === "fromWire" ? "FromWire" : "ToWire"}`;
    if (!this.functions.has(name)) {
      this.functions.set(name, "");
      this.pending.push(() => this.functions.set(name, this.namedMapper(typeName, dir, name)));
    }
    return name;
  }

  /** A callable (function name) mapping values of `t`; every mapper passes `null` and `undefined` through. */
  fn(t: TypeRef, dir: MapDirection): string | undefined {
    if (!this.ctx.needsMapping(t, dir)) return undefined;
    switch (t.kind) {
      case "named":
        return this.fnName(t.name, dir);
      case "primitive":
        return this.helper(dir === "fromWire" ? "toDate" : "fromDate");
      case "nullable":
        return this.fn(t.type, dir);
      default: {
        const key = `${dir}:${JSON.stringify(t)}`;
        const known = this.auxByShape.get(key);
        if (known) return known;
        const name = this.auxName(t, dir);
        this.auxByShape.set(key, name);
        this.functions.set(name, "");
        this.pending.push(() => this.functions.set(name, this.auxMapper(t, dir, name)));
        return name;
      }
    }
  }

  private helper(name: Helper): string {
    this.helpers.add(name);
    return name;
  }

  /** `datasetPartArrayFromWire`, `apiMetaMapToWire`, else a numbered name. */
  private auxName(t: TypeRef, dir: MapDirection): string {
    const suffix = dir === "fromWire" ? "FromWire" : "ToWire";
    const inner = t.kind === "array" ? t.items : t.kind === "map" ? t.values : undefined;
    const innerName =
      inner?.kind === "named"
        ? camelCase(this.ctx.typeName(inner.name))
        : inner?.kind === "primitive" && inner.type === "date-time"
          ? "date"
          : undefined;
    const base = innerName ? `${innerName}${t.kind === "array" ? "Array" : "Map"}` : `map${++this.aux}`;
    let name = `${base}${suffix}`;
    for (let i = 2; this.functions.has(name); i++) name = `${base}${i}${suffix}`;
    return name;
  }

  private namedMapper(typeName: string, dir: MapDirection, name: string): string {
    const type = this.ctx.named.get(typeName)!.type;
    const inner = type.kind === "nullable" ? type.type : type;
    return this.mapper(name, inner, dir, { kind: "named", name: typeName });
  }

  private auxMapper(t: TypeRef, dir: MapDirection, name: string): string {
    return this.mapper(name, t, dir, t);
  }

  /** A mapper of values of `t`; a `fromWire` one is declared to return the TypeScript type of `declared`. */
  private mapper(name: string, t: TypeRef, dir: MapDirection, declared: TypeRef): string {
    const b: Body = { dir, returns: dir === "fromWire" ? typeExpr(this.ctx, declared, "output") : "unknown", ...NAMES[dir] };
    return `export function ${name}(${b.input}: unknown): ${b.returns} {\n${this.body(t, b)}\n}`;
  }

  /** `x` as the mapper's declared result: a cast for `fromWire` (the server is trusted), as is for `toWire`. */
  private trusted(expr: string, b: Body): string {
    return b.dir === "fromWire" ? `${expr} as ${b.returns}` : expr;
  }

  private body(t: TypeRef, b: Body): string {
    switch (t.kind) {
      case "array":
        return `  return Array.isArray(${b.input}) ? ${b.input}.map(${this.fn(t.items, b.dir)!}) : ${this.paren(this.trusted(b.input, b))};`;
      case "map":
        // Entries become own data properties, whatever the key (`__proto__` included): no prototype is replaced.
        return [
          this.objectGuard(b),
          `  return Object.fromEntries(Object.entries(${b.input}).map(([key, item]) => [key, ${this.fn(t.values, b.dir)!}(item)]));`,
        ].join("\n");
      case "union":
        return this.unionBody(t, b);
      case "intersection":
        return this.intersectionBody(t, b);
      case "object":
        return this.objectBody(t.properties, b);
      default:
        return `  return ${this.trusted(b.input, b)};`;
    }
  }

  private paren(expr: string): string {
    return / as /.test(expr) ? `(${expr})` : expr;
  }

  private objectGuard(b: Body): string {
    this.helper("isWireObject");
    return `  if (!isWireObject(${b.input})) return ${this.trusted(b.input, b)};`;
  }

  /** Destructure the keys that change, keep the rest (unknown fields included) as they are. */
  private objectBody(props: Property[], b: Body): string {
    const keys = this.ctx.keys(props);
    const changes = props.flatMap((p) => {
      const ts = keys.get(p.name)!;
      const [from, to] = b.dir === "fromWire" ? [p.name, ts] : [ts, p.name];
      const f = this.fn(p.type, b.dir);
      return from === to && !f ? [] : [{ from, to, ts, f }];
    });
    if (changes.length === 0) return `  return ${this.trusted(b.input, b)};`;
    const guard = this.objectGuard(b);
    const locals = new NameRegistry("a mapper", undefined, [
      b.input,
      b.output,
      ...MODULE_NAMES,
      ...changes.flatMap((c) => (c.f ? [c.f] : [])),
    ]);
    const picks: string[] = [];
    const own: string[] = [];
    const sets: string[] = [];
    for (const c of changes) {
      const local = locals.claim(safeIdentifier(camelCase(c.ts) || "value"), `the local of \`${c.from}\``);
      if (PROTOTYPE_NAMES.has(c.from)) {
        // Destructuring would read an inherited member (Object.prototype.toString) when the key is absent.
        own.push(
          `  const ${local} = Object.hasOwn(${b.input}, ${stringLiteral(c.from)}) ? ${b.input}[${stringLiteral(c.from)}] : undefined;`,
          // Bracket access: a dotted `result.toString` names Object's method, which `delete` refuses.
          `  delete ${b.output}[${stringLiteral(c.from)}];`,
        );
      } else picks.push(keySource(c.from) === local ? local : `${keySource(c.from)}: ${local}`);
      const value = c.f ? `${c.f}(${local})` : local;
      // Assigning `__proto__` would replace the prototype: define it as an own data property instead.
      sets.push(
        c.to === "__proto__"
          ? `  if (${local} !== undefined) Object.defineProperty(${b.output}, "__proto__", { value: ${value}, enumerable: true, writable: true, configurable: true });`
          : `  if (${local} !== undefined) ${this.member(b.output, c.to)} = ${value};`,
      );
    }
    const result = b.dir === "fromWire" ? `${b.output} as unknown as ${b.returns}` : b.output;
    return [guard, `  const { ${[...picks, `...${b.output}`].join(", ")} } = ${b.input};`, ...own, ...sets, `  return ${result};`].join(
      "\n",
    );
  }

  /** `obj.key`, or `obj["key"]` for Object.prototype's names: dotted, they would name the inherited member's type. */
  private member(obj: string, key: string): string {
    return PROTOTYPE_NAMES.has(key) ? `${obj}[${stringLiteral(key)}]` : access(obj, key);
  }

  /**
   * Every part that needs it is mapped, one after the other: each part's mapper changes the keys it knows and keeps
   * the others, so the next part finds its own keys as the wire has them.
   */
  private intersectionBody(t: Extract<TypeRef, { kind: "intersection" }>, b: Body): string {
    let expr = b.input;
    for (const part of t.parts) {
      const f = this.fn(part, b.dir);
      if (f) expr = `${f}(${expr})`;
    }
    return `  return ${this.trusted(expr, b)};`;
  }

  /**
   * A date-time variant is recognised by the value's JavaScript type (a string from the wire, a Date to it) when no
   * other variant could be a string; object variants only once the value is known to be an object. Anything else
   * passes through.
   */
  private unionBody(t: Extract<TypeRef, { kind: "union" }>, b: Body): string {
    const passThrough = `  return ${this.trusted(b.input, b)};`;
    if (t.discriminator) {
      const d = t.discriminator;
      const cases: string[] = [];
      for (const m of d.mapping) {
        const f = this.fn({ kind: "named", name: m.type }, b.dir);
        // The variant mapper returns the variant; the union narrows it by the discriminator value.
        if (f) cases.push(`      case ${stringLiteral(m.value)}:\n        return ${this.trusted(`${f}(${b.input})`, b)};`);
      }
      if (cases.length === 0) return passThrough;
      this.helper("isWireObject");
      const key = b.dir === "fromWire" ? d.property : this.ctx.discriminatorKey(d.mapping[0]!.type, d.property);
      return [
        `  if (isWireObject(${b.input})) {`,
        `    switch (${this.member(b.input, key)}) {`,
        ...cases,
        "    }",
        "  }",
        passThrough,
      ].join("\n");
    }
    // Without a discriminator, map only when a variant can be recognised safely: by a required key no other
    // variant has. Otherwise values pass through unchanged.
    const tests: string[] = [];
    const objects = t.variants.flatMap((v) => {
      const obj = this.ctx.resolve(v);
      return obj?.kind === "object" ? [{ v, properties: obj.properties }] : [];
    });
    const spellings = (properties: Property[]) => {
      const keys = this.ctx.keys(properties);
      return properties.flatMap((p) => [p.name, keys.get(p.name)!]);
    };
    for (const { v, properties } of objects) {
      const f = this.fn(v, b.dir);
      if (!f) continue;
      const keys = this.ctx.keys(properties);
      const mine = properties.filter((p) => p.required).map((p) => (b.dir === "fromWire" ? p.name : keys.get(p.name)!));
      const others = objects.filter((o) => o.v !== v).flatMap((o) => spellings(o.properties));
      const unique = mine.find((k) => !others.includes(k));
      if (unique)
        tests.push(
          `  if (isWireObject(${b.input}) && ${stringLiteral(unique)} in ${b.input}) return ${this.trusted(`${f}(${b.input})`, b)};`,
        );
    }
    if (tests.length) this.helper("isWireObject");
    const date = this.dateVariantTest(t, b);
    return [...tests, ...(date ? [date] : []), passThrough].join("\n");
  }

  /** `if (typeof wire === "string") return toDate(wire)` (`value instanceof Date` … to the wire) for a lone date-time variant. */
  private dateVariantTest(t: Extract<TypeRef, { kind: "union" }>, b: Body): string | undefined {
    const variants = t.variants.map((v) => {
      const r = this.ctx.resolve(v);
      return r?.kind === "nullable" ? this.ctx.resolve(r.type) : r;
    });
    const isDate = (r: TypeRef | undefined) => r?.kind === "primitive" && r.type === "date-time";
    if (variants.filter(isDate).length !== 1 || variants.some((r) => !isDate(r) && couldBeString(r))) return undefined;
    const test = b.dir === "fromWire" ? `typeof ${b.input} === "string"` : `${b.input} instanceof Date`;
    const f = this.helper(b.dir === "fromWire" ? "toDate" : "fromDate");
    return `  if (${test}) return ${this.trusted(`${f}(${b.input})`, b)};`;
  }

  /** Emits every registered mapper (and the ones they pull in) into the file, which must be `ctx.module`. */
  write(file: ModuleBuilder): boolean {
    while (this.pending.length) this.pending.shift()!();
    if (this.functions.size === 0 && this.helpers.size === 0) return false;
    if (file.usedTypes.size)
      file.addImportDeclaration({ isTypeOnly: true, moduleSpecifier: "./types.js", namedImports: [...file.usedTypes].sort() });
    const helpers = (Object.keys(HELPERS) as Helper[]).filter((h) => this.helpers.has(h)).map((h) => HELPERS[h]);
    const functions = [...this.functions.keys()].sort().map((k) => this.functions.get(k)!);
    // A blank line after the imports: text statements get none from the module builder.
    file.addStatements(`\n${[...helpers, ...functions].join("\n\n")}`);
    return true;
  }
}

/** Whether a value of this (resolved) type may be a JSON string; unknown and nested unions are taken to be. */
function couldBeString(t: TypeRef | undefined): boolean {
  switch (t?.kind) {
    case "primitive":
      return !["number", "integer", "boolean", "null"].includes(t.type);
    case "literal":
      return typeof t.value === "string";
    case "enum":
      return t.values.some((v) => typeof v === "string");
    case "object":
    case "array":
    case "map":
      return false;
    default:
      return true;
  }
}
