/**
 * `src/mappers.ts`: straight-line functions converting between wire JSON (snake_case keys, ISO date strings) and the
 * TypeScript shapes (camelCase keys, `Date`). Emitted only for types that differ between the two; everything else is
 * passed through untouched — arrays of primitives (embeddings) are never walked. Unknown fields are kept.
 */
import type { Property, TypeRef } from "../ir/types.js";
import type { EmitContext, MapDirection } from "./context.js";
import { access, camelCase } from "./names.js";
import type { ModuleBuilder } from "./module.js";
import { stringLiteral } from "./escape.js";

/** Object.prototype's members: wire keys of these names are read only as own properties. */
const PROTOTYPE_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));

export class MapperWriter {
  /** Mapper functions to emit, by name → body text. */
  private readonly functions = new Map<string, string>();
  private readonly pending: Array<() => void> = [];
  private aux = 0;
  private readonly auxByShape = new Map<string, string>();
  private readonly helpers = new Set<string>();
  /** Types the mapper signatures name (imported from ./types.js). */
  private readonly types = new Set<string>();

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

  /** A callable (function name) mapping values of `t` that may be null/undefined. */
  fn(t: TypeRef, dir: MapDirection): string | undefined {
    if (!this.ctx.needsMapping(t, dir)) return undefined;
    switch (t.kind) {
      case "named":
        return this.fnName(t.name, dir);
      case "primitive": {
        const helper = dir === "fromWire" ? "toDate" : "fromDate";
        this.helpers.add(helper);
        return helper;
      }
      case "nullable":
        return this.fn(t.type, dir);
      default: {
        const key = `${dir}:${JSON.stringify(t)}`;
        const known = this.auxByShape.get(key);
        if (known) return known;
        const name = this.auxName(t, dir);
        this.auxByShape.set(key, name);
        this.functions.set(name, "");
        this.functions.set(name, this.auxMapper(t, dir, name));
        return name;
      }
    }
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

  private auxMapper(t: TypeRef, dir: MapDirection, name: string): string {
    const body = this.valueBody(t, dir);
    return `export function ${name}(w: any): any {\n  if (w == null) return w;\n${body}\n}`;
  }

  private valueBody(t: TypeRef, dir: MapDirection): string {
    switch (t.kind) {
      case "array": {
        const f = this.fn(t.items, dir)!;
        return `  return Array.isArray(w) ? w.map(${f}) : w;`;
      }
      case "map": {
        const f = this.fn(t.values, dir)!;
        // Entries become own data properties, whatever the key (`__proto__` included): no prototype is replaced.
        return `  return Object.fromEntries(Object.entries(w as Record<string, any>).map(([k, v]) => [k, ${f}(v)]));`;
      }
      case "union":
        return this.unionBody(t, dir);
      case "object":
        return this.objectBody(t.properties, dir);
      case "intersection":
        return `  return w;`;
      default:
        return `  return w;`;
    }
  }

  private namedMapper(typeName: string, dir: MapDirection, name: string): string {
    const type = this.ctx.named.get(typeName)!.type;
    const ts = this.ctx.typeName(typeName);
    const [param, ret] = dir === "fromWire" ? ["w: any", ts] : [`w: ${this.ctx.inputTypeName(typeName)} | null | undefined`, "any"];
    this.types.add(dir === "fromWire" ? ts : this.ctx.inputTypeName(typeName));
    const inner = type.kind === "nullable" ? type.type : type;
    const body = inner.kind === "object" ? this.objectBody(inner.properties, dir) : this.valueBody(inner, dir);
    return `export function ${name}(${param}): ${ret} {\n  if (w == null || typeof w !== "object") return w as any;\n${body}\n}`;
  }

  /** Destructure the keys that change, keep the rest (unknown fields included) as they are. */
  private objectBody(props: Property[], dir: MapDirection): string {
    const keys = this.ctx.keys(props);
    const picks: string[] = [];
    const own: string[] = [];
    const sets: string[] = [];
    props.forEach((p, i) => {
      const ts = keys.get(p.name)!;
      const [from, to] = dir === "fromWire" ? [p.name, ts] : [ts, p.name];
      const f = this.fn(p.type, dir);
      if (from === to && !f) return;
      const v = `v${i}`;
      if (PROTOTYPE_NAMES.has(from)) {
        // Destructuring would read an inherited member (Object.prototype.toString) when the key is absent.
        own.push(
          `  const ${v} = Object.hasOwn(w, ${stringLiteral(from)}) ? (w as any)[${stringLiteral(from)}] : undefined;`,
          `  delete o[${stringLiteral(from)}];`,
        );
      } else picks.push(`${stringLiteral(from)}: ${v}`);
      const value = f ? `${v} == null ? ${v} : ${f}(${v})` : v;
      // Assigning `__proto__` would replace the prototype: define it as an own data property instead.
      sets.push(
        to === "__proto__"
          ? `  if (${v} !== undefined) Object.defineProperty(o, "__proto__", { value: ${value}, enumerable: true, writable: true, configurable: true });`
          : `  if (${v} !== undefined) ${access("o", to)} = ${value};`,
      );
    });
    if (sets.length === 0) return "  return w as any;";
    return `  const { ${[...picks, "...o"].join(", ")} } = w as any;\n${[...own, ...sets].join("\n")}\n  return o;`;
  }

  private unionBody(t: Extract<TypeRef, { kind: "union" }>, dir: MapDirection): string {
    if (t.discriminator) {
      const d = t.discriminator;
      const cases: string[] = [];
      for (const m of d.mapping) {
        const f = this.fn({ kind: "named", name: m.type }, dir);
        // The variant mapper returns the variant; the union narrows it by the discriminator value.
        if (f) cases.push(`    case ${stringLiteral(m.value)}:\n      return ${f}(w as any) as any;`);
      }
      const key = dir === "fromWire" ? d.property : this.ctx.discriminatorKey(d.mapping[0]!.type, d.property);
      return `  switch ((w as any)[${stringLiteral(key)}]) {\n${cases.join("\n")}\n    default:\n      return w;\n  }`;
    }
    // Without a discriminator, map only when a variant can be recognised safely: by a required key no other
    // variant has. Otherwise values pass through unchanged.
    const tests: string[] = [];
    const objects = t.variants.map((v) => ({ v, obj: this.ctx.resolve(v) })).filter((x) => x.obj?.kind === "object");
    for (const { v, obj } of objects) {
      const f = this.fn(v, dir);
      if (!f || obj?.kind !== "object") continue;
      const keys = this.ctx.keys(obj.properties);
      const mine = obj.properties.filter((p) => p.required).map((p) => (dir === "fromWire" ? p.name : keys.get(p.name)!));
      const others = objects
        .filter((o) => o.v !== v)
        .flatMap((o) =>
          o.obj?.kind === "object"
            ? o.obj.properties.flatMap((p) => [p.name, this.ctx.keys(o.obj!.kind === "object" ? o.obj.properties : []).get(p.name)!])
            : [],
        );
      const unique = mine.find((k) => !others.includes(k));
      if (unique) tests.push(`  if (typeof w === "object" && ${stringLiteral(unique)} in w) return ${f}(w as any) as any;`);
    }
    return `${tests.join("\n")}\n  return w;`;
  }

  /** Emits every registered mapper (and the ones they pull in) into the file. */
  write(file: ModuleBuilder): boolean {
    while (this.pending.length) this.pending.shift()!();
    if (this.functions.size === 0 && this.helpers.size === 0) return false;
    const helpers: string[] = [];
    if (this.helpers.has("toDate"))
      helpers.push("/** ISO 8601 string → Date. */\nexport const toDate = (w: any): any => (w == null ? w : new Date(w));");
    if (this.helpers.has("fromDate"))
      helpers.push("/** Date → ISO 8601 string. */\nexport const fromDate = (v: any): any => (v instanceof Date ? v.toISOString() : v);");
    if (this.types.size)
      file.addImportDeclaration({ isTypeOnly: true, moduleSpecifier: "./types.js", namedImports: [...this.types].sort() });
    file.addStatements([...helpers, ...[...this.functions.keys()].sort().map((k) => this.functions.get(k)!)].join("\n\n"));
    return true;
  }
}
