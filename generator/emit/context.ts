/**
 * Shared state of one emit run: the IR (the only input: emitters never see the config or OpenAPI), and the
 * spelling decisions every emitter must agree on (client and type names, property keys, which types need wire
 * mappers).
 */
import type { Api, NamedType, Property, TypeRef } from "../ir/types.js";
import type { ModuleBuilder } from "./module.js";
import { NameRegistry, type NameReporter } from "./naming.js";
import { camelWords, pascalWords, propertyKey, RUNTIME_NAMES, typeIdentifier } from "./names.js";
import { Spelling } from "./spelling.js";

export type MapDirection = "fromWire" | "toWire";

/** `Api.client` spelled for TypeScript. */
export interface ClientSpelling {
  className: string;
  errorBaseClass: string;
  errorPrefix: string;
  baseUrl?: string;
  /** Environment name (as the config wrote it) → URL. */
  environments?: Record<string, string>;
  baseUrlEnvVar?: string;
  timeoutInSeconds: number;
  maxRetries: number;
}

/** `Api.client.auth` with the option spelled. */
export interface AuthSpelling {
  option?: string;
  envVar?: string;
  usernameEnvVar?: string;
  passwordEnvVar?: string;
}

export class EmitContext {
  readonly named = new Map<string, NamedType>();
  /** The error table (in src/errors.ts) of each operation, by operation id; filled by the errors emitter. */
  readonly errorTables = new Map<string, string>();
  /** Types not emitted: multipart body shapes (their fields become method arguments instead). */
  readonly skippedTypes = new Set<string>();
  /** Spellings of resources and operations (classes, getters, files, methods, request types). */
  readonly spelling: Spelling;
  /** Names the package exports (see the constructor). */
  readonly exported: NameRegistry;
  /** Error class of each declared status. */
  readonly errorClasses = new Map<string, string>();
  /** The client's names and defaults, spelled. */
  readonly client: ClientSpelling;
  /** The configured credential option and environment variables. */
  readonly auth: AuthSpelling;
  /** The module being built: type expressions record the names they use in it (its imports). */
  module: ModuleBuilder | undefined;
  private readonly typeNames = new Map<string, string>();
  private readonly inputNames = new Map<string, string>();
  private readonly keyCache = new WeakMap<Property[], Map<string, string>>();
  private readonly needs = { fromWire: new Map<string, boolean>(), toWire: new Map<string, boolean>() };

  constructor(
    readonly api: Api,
    readonly reporter?: NameReporter,
  ) {
    this.client = spellClient(api.client);
    const { option, ...env } = api.client.auth;
    this.auth = { ...(option ? { option: camelWords(option) } : {}), ...env };
    // Every name the package exports (index.ts re-exports each module) is claimed in one registry: first the
    // names the SDK itself declares (client, options, environments, error classes and aliases, error tables) and
    // the runtime names generated modules import, then schemas, their input variants, resources and requests.
    const c = this.client;
    const exported = new NameRegistry("the package's exports", reporter, [
      c.className,
      `${c.className}Options`,
      `${c.errorPrefix}Environment`,
      ...["SdkError", "TimeoutError", "ConnectionError", "AbortError", "ResponseError"].map((n) => `${c.errorPrefix}${n}`),
      ...RUNTIME_NAMES,
    ]);
    this.exported = exported;
    exported.claim(c.errorBaseClass, "the base error class");
    for (const e of api.errors) {
      if (!e.name) continue;
      const name = pascalWords(e.name);
      this.errorClasses.set(
        e.status,
        exported.claim(name.endsWith("Error") ? name : `${name}Error`, `the error class of HTTP ${e.status}`),
      );
    }
    for (const r of api.resources) {
      for (const o of r.operations)
        if (o.body?.kind === "multipart" && o.body.type.kind === "named") this.skippedTypes.add(o.body.type.name);
    }
    for (const t of api.types) {
      this.named.set(t.name, t);
      // A multipart body shape is not emitted: its name is free for the request interface that replaces it.
      const spelled = typeIdentifier(pascalWords(t.words));
      if (this.skippedTypes.has(t.name)) this.typeNames.set(t.name, spelled);
      else this.typeNames.set(t.name, exported.claim(spelled, `schema \`${t.name}\``, t.source));
    }
    this.computeInputVariants(exported);
    this.spelling = new Spelling(api.resources, exported, ["_options", "_core"], reporter, (op) =>
      typeIdentifier(pascalWords(op.requestTypeName)),
    );
    this.computeNeeds("fromWire");
    this.computeNeeds("toWire");
  }

  /** The client option holding the credential of a single auth scheme of this kind (configured, else the default). */
  authOption(kind: "apiKey" | "bearer" | "basic"): string {
    return this.auth.option ?? (kind === "apiKey" ? "apiKey" : kind === "basic" ? "username" : "token");
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

  private computeInputVariants(exported: NameRegistry): void {
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
      this.inputNames.set(t.name, exported.claim(`${this.typeName(t.name)}Input`, `the request shape of schema \`${t.name}\``, t.source));
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
        return (
          t.properties.some((p) => keys.get(p.name) !== p.name || this.needsMapping(p.type, dir)) ||
          (!!t.additional && t.properties.length === 0 && this.needsMapping(t.additional, dir))
        );
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

/** The client's names in PascalCase; a leading digit (a title such as `1Password`) gets a `_`, as every name built from them. */
function spellClient(c: Api["client"]): ClientSpelling {
  const spell = (w: string[]) => pascalWords(w).replace(/^(?=[0-9])/, "_");
  return {
    className: spell(c.className),
    errorBaseClass: spell(c.errorBaseClass),
    errorPrefix: spell(c.prefix),
    ...(c.baseUrl ? { baseUrl: c.baseUrl } : {}),
    ...(c.environments ? { environments: Object.fromEntries(c.environments.map((e) => [e.name.join(" "), e.url])) } : {}),
    ...(c.baseUrlEnvVar ? { baseUrlEnvVar: c.baseUrlEnvVar } : {}),
    timeoutInSeconds: c.timeoutInSeconds,
    maxRetries: c.maxRetries,
  };
}
