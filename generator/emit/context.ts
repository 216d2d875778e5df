/**
 * Shared state of one emit run: the IR, the config, and the spelling decisions every emitter must agree on
 * (type names, property keys, which types need wire mappers).
 */
import type { GeneratorConfig } from "../config.js";
import type { Api, NamedType, Property, TypeRef } from "../ir/types.js";
import type { ModuleBuilder } from "./module.js";
import { propertyKey, typeIdentifier } from "./names.js";

export type MapDirection = "fromWire" | "toWire";

export class EmitContext {
  readonly named = new Map<string, NamedType>();
  /** The error table (in src/errors.ts) of each operation, by operation id; filled by the errors emitter. */
  readonly errorTables = new Map<string, string>();
  /** Types not emitted: multipart body shapes (their fields become method arguments instead). */
  readonly skippedTypes = new Set<string>();
  /** The module being built: type expressions record the names they use in it (its imports). */
  module: ModuleBuilder | undefined;
  private readonly typeNames = new Map<string, string>();
  private readonly inputNames = new Map<string, string>();
  private readonly keyCache = new WeakMap<Property[], Map<string, string>>();
  private readonly needs = { fromWire: new Map<string, boolean>(), toWire: new Map<string, boolean>() };

  constructor(
    readonly api: Api,
    readonly config: GeneratorConfig,
  ) {
    // Names the SDK itself declares: the client, its options, the error classes.
    const used = new Set<string>([config.client.className, config.client.errorBaseClass, `${config.client.className}Options`, `${config.client.errorPrefix}Environment`]);
    for (const e of api.errors) if (e.name) used.add(e.name.endsWith("Error") ? e.name : `${e.name}Error`);
    for (const t of api.types) {
      this.named.set(t.name, t);
      let id = typeIdentifier(t.name);
      for (let i = 2; used.has(id); i++) id = `${typeIdentifier(t.name)}${i}`;
      used.add(id);
      this.typeNames.set(t.name, id);
    }
    this.computeInputVariants(used);
    for (const r of api.resources) {
      for (const o of r.operations) if (o.body?.kind === "multipart" && o.body.type.kind === "named") this.skippedTypes.add(o.body.type.name);
    }
    this.computeNeeds("fromWire");
    this.computeNeeds("toWire");
  }

  typeName(irName: string): string {
    return this.typeNames.get(irName) ?? typeIdentifier(irName);
  }

  /**
   * The name callers use when sending a type: `<Name>Input` for object types whose readOnly/writeOnly properties
   * make the request shape differ from the response shape (directly or through a property), else the type's name.
   */
  inputTypeName(irName: string): string {
    return this.inputNames.get(irName) ?? this.typeName(irName);
  }

  /** Types with an `…Input` variant. */
  hasInputVariant(irName: string): boolean {
    return this.inputNames.has(irName);
  }

  private computeInputVariants(used: Set<string>): void {
    const differs = (t: TypeRef | undefined, seen: Set<string>): boolean => {
      if (!t) return false;
      switch (t.kind) {
        case "named":
          if (seen.has(t.name)) return false;
          seen.add(t.name);
          return differs(this.named.get(t.name)?.type, seen);
        case "object":
          return t.properties.some((p) => p.readOnly || p.writeOnly || differs(p.type, seen));
        case "array":
          return differs(t.items, seen);
        case "map":
          return differs(t.values, seen);
        case "nullable":
          return differs(t.type, seen);
        case "union":
          return t.variants.some((v) => differs(v, seen));
        default:
          return false;
      }
    };
    for (const t of this.api.types) {
      if (this.resolve({ kind: "named", name: t.name })?.kind !== "object") continue;
      if (!differs({ kind: "named", name: t.name }, new Set())) continue;
      let id = `${this.typeName(t.name)}Input`;
      for (let i = 2; used.has(id); i++) id = `${this.typeName(t.name)}Input${i}`;
      used.add(id);
      this.inputNames.set(t.name, id);
    }
  }

  /** TypeScript keys for an object's properties: camelCase unless two would collide (then the wire name). */
  keys(props: Property[]): Map<string, string> {
    let m = this.keyCache.get(props);
    if (m) return m;
    const counts = new Map<string, number>();
    for (const p of props) counts.set(propertyKey(p.name), (counts.get(propertyKey(p.name)) ?? 0) + 1);
    m = new Map(props.map((p) => [p.name, counts.get(propertyKey(p.name))! > 1 ? p.name : propertyKey(p.name)]));
    this.keyCache.set(props, m);
    return m;
  }

  /** The TypeScript key of a variant's discriminator property. */
  discriminatorKey(variant: string, wire: string): string {
    const t = this.resolve({ kind: "named", name: variant });
    if (t?.kind === "object") return this.keys(t.properties).get(wire) ?? propertyKey(wire);
    return propertyKey(wire);
  }

  /** Follows named references to the underlying type. */
  resolve(t: TypeRef | undefined): TypeRef | undefined {
    let cur = t;
    for (let i = 0; cur?.kind === "named" && i < 16; i++) cur = this.named.get(cur.name)?.type;
    return cur;
  }

  /** Whether values of this type differ between wire and TypeScript (renamed keys, dates) in one direction. */
  needsMapping(t: TypeRef, dir: MapDirection): boolean {
    switch (t.kind) {
      case "named":
        return this.needs[dir].get(t.name) ?? false;
      case "primitive":
        return t.type === "date-time";
      case "array":
        return this.needsMapping(t.items, dir);
      case "map":
        return this.needsMapping(t.values, dir);
      case "nullable":
        return this.needsMapping(t.type, dir);
      case "object": {
        const keys = this.keys(t.properties);
        return t.properties.some((p) => keys.get(p.name) !== p.name || this.needsMapping(p.type, dir)) || (!!t.additional && t.properties.length === 0 && this.needsMapping(t.additional, dir));
      }
      case "union":
        return t.variants.some((v) => this.needsMapping(v, dir));
      case "intersection":
        return t.parts.some((v) => this.needsMapping(v, dir));
      default:
        return false;
    }
  }

  /** Least fixpoint over the (possibly recursive) type graph. */
  private computeNeeds(dir: MapDirection): void {
    const map = this.needs[dir];
    for (const t of this.api.types) map.set(t.name, false);
    for (let changed = true; changed; ) {
      changed = false;
      for (const t of this.api.types) {
        if (map.get(t.name)) continue;
        if (this.needsMapping(t.type, dir)) {
          map.set(t.name, true);
          changed = true;
        }
      }
    }
  }
}
