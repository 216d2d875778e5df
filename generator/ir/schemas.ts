/**
 * JSON Schema (OpenAPI 3.0 and 3.1 dialects) → IR types.
 * Inline object schemas are lifted out as named types (`<Parent><Property>`), so every object has a name and a
 * mapper; allOf of objects is merged into one object (conflicting property types are reported).
 */
import type { Diagnostics } from "../diagnostics.js";
import { escapePointer, joinPointer, resolvePointer, unescapePointer } from "../pointer.js";
import { isPlainObject, kindOf } from "../json-shape.js";
import type { SourceIndex } from "../load/source-index.js";
import { nameWords, pascalCase } from "../words.js";
import type { NamedType, Property, TypeRef } from "./types.js";

export interface SchemaContext {
  doc: any;
  sources: SourceIndex;
  diagnostics: Diagnostics;
  /** Named types built so far, by name. */
  types: Map<string, NamedType>;
  /** Names that are taken (components and lifted types). */
  taken: Set<string>;
  /** Non-component `$ref`s being expanded in place right now (a chain that comes back to one is a cycle). */
  expanding?: Set<string>;
}

const UNKNOWN: TypeRef = { kind: "primitive", type: "unknown" };

const SCHEMA_REF = /^#\/components\/schemas\/([^/]+)$/;

function refName(ref: string): string | undefined {
  const m = SCHEMA_REF.exec(ref);
  return m ? unescapePointer(m[1]!) : undefined;
}

/** Unique type name based on a hint. */
export function uniqueName(ctx: SchemaContext, hint: string): string {
  const base = pascalCase(hint) || "Anonymous";
  let name = base;
  for (let i = 2; ctx.taken.has(name); i++) name = `${base}${i}`;
  ctx.taken.add(name);
  return name;
}

function isObjectSchema(s: any): boolean {
  return isPlainObject(s) && (s.type === "object" || (!s.type && (isPlainObject(s.properties) || s.additionalProperties !== undefined)));
}

function typeList(s: any): string[] {
  if (Array.isArray(s.type)) return s.type.filter((t: unknown): t is string => typeof t === "string");
  return typeof s.type === "string" ? [s.type] : [];
}

/** `required` as a list of names (anything else names none). */
function requiredList(s: any): string[] {
  return Array.isArray(s?.required) ? s.required.filter((r: unknown): r is string => typeof r === "string") : [];
}

function propertiesOf(s: any): Record<string, unknown> {
  return isPlainObject(s?.properties) ? s.properties : {};
}

/** Whether a component schema of that name exists. */
function hasComponent(ctx: SchemaContext, name: string): boolean {
  const schemas = ctx.doc?.components?.schemas;
  return isPlainObject(schemas) && Object.hasOwn(schemas, name);
}

/** Converts a schema to a type. `hint` names lifted inline objects; `pointer` locates messages. */
export function toType(ctx: SchemaContext, schema: any, hint: string, pointer: string): TypeRef {
  if (schema === true || schema === undefined || schema === null) return UNKNOWN;
  if (schema === false) return UNKNOWN;
  if (!isPlainObject(schema)) {
    ctx.diagnostics.warn(
      "ir/schema-shape",
      ctx.sources.locate(pointer),
      `expected a schema (an object or a boolean), found ${kindOf(schema)}: typed unknown`,
    );
    return UNKNOWN;
  }
  if (typeof schema.$ref === "string") {
    const ref: string = schema.$ref;
    const name = refName(ref);
    if (name !== undefined) {
      if (!hasComponent(ctx, name)) {
        ctx.diagnostics.warn("ir/dangling-ref", ctx.sources.locate(`${pointer}/$ref`), `$ref ${ref} points to no schema: typed unknown`);
        return UNKNOWN;
      }
      const base: TypeRef = { kind: "named", name };
      return schema.nullable === true ? { kind: "nullable", type: base } : base;
    }
    // Any other pointer is expanded in place, once per chain: a chain that comes back to a pointer never ends.
    ctx.expanding ??= new Set();
    const expanding = ctx.expanding;
    if (expanding.has(ref)) {
      ctx.diagnostics.warn(
        "ir/ref-cycle",
        ctx.sources.locate(`${pointer}/$ref`),
        `$ref ${ref} leads back to itself (${[...expanding, ref].join(" → ")}): typed unknown`,
      );
      return UNKNOWN;
    }
    expanding.add(ref);
    try {
      return toType(ctx, resolvePointer(ctx.doc, ref), hint, ref.replace(/^#/, ""));
    } finally {
      expanding.delete(ref);
    }
  }
  const nullable =
    schema.nullable === true ||
    typeList(schema).includes("null") ||
    (Array.isArray(schema.enum) && schema.enum.includes(null) && schema.enum.length > 1);
  const inner = toNonNullType(ctx, schema, hint, pointer);
  if (!nullable || (inner.kind === "primitive" && inner.type === "null")) return inner;
  if (inner.kind === "nullable") return inner;
  return { kind: "nullable", type: inner };
}

function toNonNullType(ctx: SchemaContext, schema: any, hint: string, pointer: string): TypeRef {
  if ("const" in schema) return { kind: "literal", value: schema.const };
  if (Array.isArray(schema.enum)) {
    const values = schema.enum.filter((v: unknown) => v !== null);
    if (values.length === 0) return { kind: "primitive", type: "null" };
    if (values.length === 1 && schema.enum.length === 1 && schema.type === undefined) return { kind: "literal", value: values[0] };
    return {
      kind: "enum",
      values,
      ...(Array.isArray(schema["x-enum-varnames"]) ? { names: schema["x-enum-varnames"] } : {}),
      ...(Array.isArray(schema["x-enum-descriptions"]) ? { descriptions: schema["x-enum-descriptions"] } : {}),
    };
  }
  if (Array.isArray(schema.allOf) && schema.allOf.length > 0) return allOfType(ctx, schema, hint, pointer);
  const alternatives = schema.oneOf ?? schema.anyOf;
  if (Array.isArray(alternatives) && alternatives.length > 0) {
    const key = schema.oneOf ? "oneOf" : "anyOf";
    return unionType(ctx, schema, alternatives, hint, `${pointer}/${key}`);
  }
  const types = typeList(schema).filter((t) => t !== "null");
  if (types.length > 1) {
    return {
      kind: "union",
      variants: types.map((t, i) => toNonNullType(ctx, { ...schema, type: t }, `${hint}${pascalCase(t)}`, `${pointer}/type/${i}`)),
    };
  }
  const type = types[0] ?? (isObjectSchema(schema) ? "object" : schema.items ? "array" : undefined);
  switch (type) {
    case "string":
      if (schema.format === "date-time") return { kind: "primitive", type: "date-time" };
      if (schema.format === "date") return { kind: "primitive", type: "date" };
      if (
        schema.format === "binary" ||
        (schema.contentMediaType && schema.contentEncoding !== "base64" && schema.contentMediaType !== "application/json")
      ) {
        return { kind: "primitive", type: "binary" };
      }
      return schema.format ? { kind: "primitive", type: "string", format: schema.format } : { kind: "primitive", type: "string" };
    case "number":
    case "integer":
      return schema.format ? { kind: "primitive", type, format: schema.format } : { kind: "primitive", type };
    case "boolean":
      return { kind: "primitive", type: "boolean" };
    case "null":
      return { kind: "primitive", type: "null" };
    case "array":
      return { kind: "array", items: toType(ctx, schema.items, `${hint}Item`, `${pointer}/items`) };
    case "object":
      return objectType(ctx, schema, hint, pointer, true);
    default:
      return { kind: "primitive", type: "unknown" };
  }
}

/** An object schema: lifted to a named type when `lift` (inline objects with properties), else built in place. */
function objectType(ctx: SchemaContext, schema: any, hint: string, pointer: string, lift: boolean): TypeRef {
  const props = propertiesOf(schema);
  const ap = schema.additionalProperties;
  if (Object.keys(props).length === 0) {
    if (ap === false) return { kind: "object", properties: [] };
    return {
      kind: "map",
      values:
        ap && ap !== true ? toType(ctx, ap, `${hint}Value`, `${pointer}/additionalProperties`) : { kind: "primitive", type: "unknown" },
    };
  }
  if (lift) {
    const name = uniqueName(ctx, hint);
    addNamed(ctx, name, schema, pointer, () => objectType(ctx, schema, name, pointer, false));
    return { kind: "named", name };
  }
  const required = new Set<string>(requiredList(schema));
  const properties: Property[] = Object.entries<any>(props).map(([name, s]) =>
    propertyOf(ctx, name, s, required.has(name), hint, `${pointer}/properties/${escapePointer(name)}`),
  );
  const additional =
    ap && ap !== true
      ? toType(ctx, ap, `${hint}Value`, `${pointer}/additionalProperties`)
      : ap === true
        ? { kind: "primitive" as const, type: "unknown" as const }
        : undefined;
  return additional ? { kind: "object", properties, additional } : { kind: "object", properties };
}

function propertyOf(ctx: SchemaContext, name: string, s: any, required: boolean, parent: string, pointer: string): Property {
  const resolved = s && typeof s.$ref === "string" && !refName(s.$ref) ? resolvePointer(ctx.doc, s.$ref) : s;
  const target = isPlainObject(resolved) ? resolved : undefined;
  const p: Property = {
    name,
    type: toType(ctx, s, `${parent} ${name}`, pointer),
    required,
    deprecated: target?.deprecated === true,
    readOnly: target?.readOnly === true,
    writeOnly: target?.writeOnly === true,
  };
  if (target?.description) p.description = String(target.description).trim();
  if (target?.default !== undefined) p.default = target.default;
  if (typeof target?.format === "string" && target.format) p.format = target.format;
  return p;
}

/** allOf: object parts are merged into one object; a single non-object part is that part. */
function allOfType(ctx: SchemaContext, schema: any, hint: string, pointer: string): TypeRef {
  const parts: any[] = schema.allOf;
  const own = { ...schema };
  delete own.allOf;
  const resolved = parts.map((p) => (typeof p?.$ref === "string" ? resolvePointer(ctx.doc, p.$ref) : p));
  const hasOwnStructure = isPlainObject(own.properties) || Array.isArray(own.required);
  if (parts.length === 1 && !hasOwnStructure) return toType(ctx, parts[0], hint, `${pointer}/allOf/0`);
  if (!resolved.every((p) => isObjectSchema(p) || Array.isArray(p?.allOf))) {
    return { kind: "intersection", parts: parts.map((p, i) => toType(ctx, p, `${hint}Part${i + 1}`, `${pointer}/allOf/${i}`)) };
  }
  const merged: any = { type: "object", properties: {}, required: [] as string[] };
  // Each part is merged once (a diamond reaches one twice); a chain that comes back to a part it is inside
  // (A: allOf [B], B: allOf [A]) is a cycle: what it reaches is merged, and the cycle reported.
  const done = new Set<unknown>();
  const inside = new Set<unknown>([schema]);
  const mergeIn = (s: any, at: string) => {
    if (!isPlainObject(s)) return;
    if (inside.has(s)) {
      ctx.diagnostics.warn(
        "ir/allof-cycle",
        ctx.sources.locate(at),
        `allOf comes back to a schema it is part of (at ${at}): each part is merged once`,
      );
      return;
    }
    if (done.has(s)) return;
    done.add(s);
    inside.add(s);
    try {
      mergeOne(s, at);
    } finally {
      inside.delete(s);
    }
  };
  const mergeOne = (s: any, at: string) => {
    if (typeof s.$ref === "string") return mergeIn(resolvePointer(ctx.doc, s.$ref), s.$ref.replace(/^#/, ""));
    (Array.isArray(s.allOf) ? s.allOf : []).forEach((p: any, i: number) => {
      mergeIn(p, `${at}/allOf/${i}`);
    });
    for (const [k, v] of Object.entries<any>(propertiesOf(s))) {
      const prev = merged.properties[k];
      if (prev && JSON.stringify(prev) !== JSON.stringify(v)) {
        ctx.diagnostics.warn(
          "ir/allof-conflict",
          ctx.sources.locate(`${at}/properties/${escapePointer(k)}`),
          `allOf parts declare property "${k}" differently; the later part wins`,
        );
      }
      merged.properties[k] = v;
    }
    merged.required.push(...requiredList(s));
    if (s.additionalProperties !== undefined) merged.additionalProperties = s.additionalProperties;
  };
  parts.forEach((p, i) => {
    mergeIn(p, `${pointer}/allOf/${i}`);
  });
  mergeIn({ properties: own.properties, required: own.required }, pointer);
  merged.required = [...new Set(merged.required)];
  return objectType(ctx, merged, hint, pointer, true);
}

function unionType(ctx: SchemaContext, schema: any, alternatives: any[], hint: string, pointer: string): TypeRef {
  // `oneOf: [X, {type: "null"}]` is a nullable X.
  const isNull = (s: any) => s?.type === "null" || (Array.isArray(s?.enum) && s.enum.length === 1 && s.enum[0] === null);
  const nonNull = alternatives.filter((s) => !isNull(s));
  if (nonNull.length < alternatives.length && nonNull.length > 0) {
    const inner =
      nonNull.length === 1
        ? toType(ctx, nonNull[0], hint, `${pointer}/${alternatives.indexOf(nonNull[0])}`)
        : unionType(ctx, schema, nonNull, hint, pointer);
    return inner.kind === "nullable" ? inner : { kind: "nullable", type: inner };
  }
  const variants = alternatives.map((s, i) => toType(ctx, s, `${hint}${variantHint(s, i)}`, `${pointer}/${i}`));
  const d = schema.discriminator;
  if (typeof d?.propertyName !== "string" || !d.propertyName) return { kind: "union", variants };
  const mapping: Array<{ value: string; type: string }> = [];
  const explicit = new Map<string, string>();
  for (const [value, target] of Object.entries<unknown>(isPlainObject(d.mapping) ? d.mapping : {})) {
    if (typeof target !== "string") continue;
    const name = refName(target) ?? (ctx.types.has(target) || hasComponent(ctx, target) ? target : undefined);
    if (name && !hasComponent(ctx, name)) {
      ctx.diagnostics.warn(
        "ir/discriminator",
        ctx.sources.locate(joinPointer(`${pointer.replace(/\/(oneOf|anyOf)$/, "")}/discriminator/mapping`, value)),
        `discriminator mapping "${value}" points to ${target}, which does not exist: left out of the union`,
      );
      continue;
    }
    if (name) explicit.set(name, value);
  }
  for (const v of variants) {
    if (v.kind !== "named") {
      ctx.diagnostics.warn(
        "ir/discriminator",
        ctx.sources.locate(pointer),
        `discriminator "${d.propertyName}" ignored: a variant is not a named object`,
      );
      return { kind: "union", variants };
    }
    mapping.push({ value: explicit.get(v.name) ?? declaredValue(ctx, v.name, d.propertyName) ?? v.name, type: v.name });
  }
  for (const [name, value] of explicit) if (!mapping.some((m) => m.type === name)) mapping.push({ value, type: name });
  return { kind: "union", variants, discriminator: { property: d.propertyName, mapping } };
}

/** The single value a variant declares for the discriminator property (`const` or a one-value enum), if any. */
function declaredValue(ctx: SchemaContext, variant: string, property: string): string | undefined {
  const t = ctx.types.get(variant)?.type;
  const prop = t?.kind === "object" ? t.properties.find((p) => p.name === property) : undefined;
  const pt = prop?.type;
  if (pt?.kind === "literal" && typeof pt.value === "string") return pt.value;
  if (pt?.kind === "enum" && pt.values.length === 1 && typeof pt.values[0] === "string") return pt.values[0];
  return undefined;
}

function variantHint(s: any, i: number): string {
  const title = typeof s?.title === "string" ? pascalCase(s.title) : "";
  if (title) return title;
  const t = isPlainObject(s) ? typeList(s)[0] : undefined;
  return t && t !== "object" ? pascalCase(t) : `Variant${i + 1}`;
}

/** Registers a named type, building it lazily (so recursive references resolve by name). */
function addNamed(
  ctx: SchemaContext,
  name: string,
  schema: any,
  pointer: string,
  build: () => TypeRef,
  words: string[] = nameWords(name),
): void {
  const entry: NamedType = {
    name,
    words,
    deprecated: schema?.deprecated === true,
    type: { kind: "primitive", type: "unknown" },
    source: pointer,
  };
  if (schema?.description) entry.description = String(schema.description).trim();
  ctx.types.set(name, entry);
  entry.type = build();
}

/** Builds every component schema as a named type. */
export function buildComponentTypes(ctx: SchemaContext): void {
  const schemas = isPlainObject(ctx.doc.components?.schemas) ? ctx.doc.components.schemas : {};
  for (const name of Object.keys(schemas)) ctx.taken.add(name);
  for (const [name, schema] of Object.entries<any>(schemas)) {
    const pointer = `/components/schemas/${escapePointer(name)}`;
    addNamed(
      ctx,
      name,
      schema,
      pointer,
      () => {
        if (isObjectSchema(schema) && !schema.allOf && !schema.oneOf && !schema.anyOf && !schema.enum) {
          const t = objectType(ctx, schema, name, pointer, false);
          return schema.nullable === true || typeList(schema).includes("null") ? { kind: "nullable", type: t } : t;
        }
        if (Array.isArray(schema?.allOf) && !schema.oneOf && !schema.anyOf) {
          const t = allOfType(ctx, schema, `${name}Merged`, pointer);
          // allOf of objects was lifted under a temporary name: adopt its shape under the component's own name.
          if (t.kind === "named" && t.name.startsWith(`${name}Merged`)) {
            const lifted = ctx.types.get(t.name)!;
            ctx.types.delete(t.name);
            ctx.taken.delete(t.name);
            return lifted.type;
          }
          return t;
        }
        return toType(ctx, schema, name, pointer);
      },
      nameWords(name),
    );
  }
  breakAliasCycles(ctx);
}

/**
 * A named type that reaches itself through names alone, or through unions, intersections and nullables of them
 * (`A: $ref B`, `B: $ref A`; `A: oneOf [A, string]`), has no finite meaning and no TypeScript spelling
 * (`type A = B; type B = A` is an error). Each such reference that closes a cycle is reported and typed unknown.
 * Recursion through an object property, an array item or a map value is ordinary (a tree) and is kept.
 */
function breakAliasCycles(ctx: SchemaContext): void {
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (name: string) => {
    state.set(name, "open");
    stack.push(name);
    const entry = ctx.types.get(name)!;
    entry.type = cutEager(entry.type, (ref) => {
      const s = state.get(ref);
      if (s === "open") {
        const cycle = [...stack.slice(stack.indexOf(ref)), ref];
        ctx.diagnostics.warn(
          "ir/ref-cycle",
          ctx.sources.locate(entry.source ?? ""),
          `schema ${ref} refers to itself through ${cycle.join(" → ")} with no object, array or map in between, so it has no finite type: the reference from ${name} to ${ref} is typed unknown`,
        );
        return true;
      }
      if (s === undefined && ctx.types.has(ref)) visit(ref);
      return false;
    });
    stack.pop();
    state.set(name, "done");
  };
  for (const name of [...ctx.types.keys()]) if (!state.has(name)) visit(name);
}

/** Rewrites the references of `t` that stand for it directly (not under an object, array or map); `cut` says which go. */
function cutEager(t: TypeRef, cut: (name: string) => boolean): TypeRef {
  switch (t.kind) {
    case "named":
      return cut(t.name) ? UNKNOWN : t;
    case "nullable": {
      const inner = cutEager(t.type, cut);
      return inner === t.type ? t : { ...t, type: inner };
    }
    case "union": {
      const variants = t.variants.map((v) => cutEager(v, cut));
      if (variants.every((v, i) => v === t.variants[i])) return t;
      return { kind: "union", variants }; // a discriminator naming a cut variant would spell the cycle again
    }
    case "intersection": {
      const parts = t.parts.map((p) => cutEager(p, cut));
      return parts.every((p, i) => p === t.parts[i]) ? t : { ...t, parts };
    }
    default:
      return t;
  }
}
