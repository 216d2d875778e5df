/**
 * JSON Schema (OpenAPI 3.0 and 3.1 dialects) → IR types.
 * Inline object schemas are lifted out as named types (`<Parent><Property>`), so every object has a name and a
 * mapper; allOf of objects is merged into one object (conflicting property types are reported).
 */
import type { Diagnostics } from "../diagnostics.js";
import type { SourceIndex } from "../load/source-index.js";
import { pascalCase } from "../words.js";
import type { NamedType, Property, TypeRef } from "./types.js";

export interface SchemaContext {
  doc: any;
  sources: SourceIndex;
  diagnostics: Diagnostics;
  /** Named types built so far, by name. */
  types: Map<string, NamedType>;
  /** Names that are taken (components and lifted types). */
  taken: Set<string>;
}

const SCHEMA_REF = /^#\/components\/schemas\/([^/]+)$/;

export function refName(ref: string): string | undefined {
  const m = SCHEMA_REF.exec(ref);
  return m ? m[1]!.replace(/~1/g, "/").replace(/~0/g, "~") : undefined;
}

/** Resolves an internal `$ref` (any pointer) in the document. */
export function resolvePointer(doc: any, ref: string): any {
  let node = doc;
  for (const seg of ref.replace(/^#\/?/, "").split("/").filter((s) => s !== "")) {
    node = node?.[seg.replace(/~1/g, "/").replace(/~0/g, "~")];
  }
  return node;
}

/** Follows `$ref` chains for non-schema objects (parameters, responses, request bodies). */
export function deref(doc: any, node: any): any {
  let n = node;
  for (let i = 0; n && typeof n.$ref === "string" && i < 32; i++) n = resolvePointer(doc, n.$ref);
  return n;
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
  return !!s && typeof s === "object" && (s.type === "object" || (!s.type && (s.properties || s.additionalProperties !== undefined)));
}

function typeList(s: any): string[] {
  if (Array.isArray(s.type)) return s.type;
  return typeof s.type === "string" ? [s.type] : [];
}

/** Converts a schema to a type. `hint` names lifted inline objects; `pointer` locates messages. */
export function toType(ctx: SchemaContext, schema: any, hint: string, pointer: string): TypeRef {
  if (schema === true || schema === undefined || schema === null) return { kind: "primitive", type: "unknown" };
  if (schema === false) return { kind: "primitive", type: "unknown" };
  if (typeof schema.$ref === "string") {
    const name = refName(schema.$ref);
    if (name !== undefined) {
      const base: TypeRef = { kind: "named", name };
      return schema.nullable === true ? { kind: "nullable", type: base } : base;
    }
    return toType(ctx, resolvePointer(ctx.doc, schema.$ref), hint, schema.$ref);
  }
  const nullable = schema.nullable === true || typeList(schema).includes("null") || (Array.isArray(schema.enum) && schema.enum.includes(null) && schema.enum.length > 1);
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
    return { kind: "union", variants: types.map((t, i) => toNonNullType(ctx, { ...schema, type: t }, `${hint}${pascalCase(t)}`, `${pointer}/type/${i}`)) };
  }
  const type = types[0] ?? (isObjectSchema(schema) ? "object" : schema.items ? "array" : undefined);
  switch (type) {
    case "string":
      if (schema.format === "date-time") return { kind: "primitive", type: "date-time" };
      if (schema.format === "date") return { kind: "primitive", type: "date" };
      if (schema.format === "binary" || (schema.contentMediaType && schema.contentEncoding !== "base64" && schema.contentMediaType !== "application/json")) {
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
  const props = schema.properties ?? {};
  const ap = schema.additionalProperties;
  if (Object.keys(props).length === 0) {
    if (ap === false) return { kind: "object", properties: [] };
    return { kind: "map", values: ap && ap !== true ? toType(ctx, ap, `${hint}Value`, `${pointer}/additionalProperties`) : { kind: "primitive", type: "unknown" } };
  }
  if (lift) {
    const name = uniqueName(ctx, hint);
    addNamed(ctx, name, schema, pointer, () => objectType(ctx, schema, name, pointer, false));
    return { kind: "named", name };
  }
  const required = new Set<string>(schema.required ?? []);
  const properties: Property[] = Object.entries<any>(props).map(([name, s]) => propertyOf(ctx, name, s, required.has(name), hint, `${pointer}/properties/${name.replace(/~/g, "~0").replace(/\//g, "~1")}`));
  const additional = ap && ap !== true ? toType(ctx, ap, `${hint}Value`, `${pointer}/additionalProperties`) : ap === true ? { kind: "primitive" as const, type: "unknown" as const } : undefined;
  return additional ? { kind: "object", properties, additional } : { kind: "object", properties };
}

function propertyOf(ctx: SchemaContext, name: string, s: any, required: boolean, parent: string, pointer: string): Property {
  const target = s && typeof s.$ref === "string" && !refName(s.$ref) ? resolvePointer(ctx.doc, s.$ref) : s;
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
  if (target?.format) p.format = String(target.format);
  return p;
}

/** allOf: object parts are merged into one object; a single non-object part is that part. */
function allOfType(ctx: SchemaContext, schema: any, hint: string, pointer: string): TypeRef {
  const parts: any[] = schema.allOf;
  const own = { ...schema };
  delete own.allOf;
  const resolved = parts.map((p) => (typeof p?.$ref === "string" ? resolvePointer(ctx.doc, p.$ref) : p));
  const hasOwnStructure = own.properties || own.required;
  if (parts.length === 1 && !hasOwnStructure) return toType(ctx, parts[0], hint, `${pointer}/allOf/0`);
  if (!resolved.every((p) => isObjectSchema(p) || Array.isArray(p?.allOf))) {
    return { kind: "intersection", parts: parts.map((p, i) => toType(ctx, p, `${hint}Part${i + 1}`, `${pointer}/allOf/${i}`)) };
  }
  const merged: any = { type: "object", properties: {}, required: [] as string[] };
  const mergeIn = (s: any, at: string) => {
    if (!s) return;
    if (typeof s.$ref === "string") return mergeIn(resolvePointer(ctx.doc, s.$ref), s.$ref.replace(/^#/, ""));
    (s.allOf ?? []).forEach((p: any, i: number) => mergeIn(p, `${at}/allOf/${i}`));
    for (const [k, v] of Object.entries<any>(s.properties ?? {})) {
      const prev = merged.properties[k];
      if (prev && JSON.stringify(prev) !== JSON.stringify(v)) {
        ctx.diagnostics.warn("ir/allof-conflict", ctx.sources.locate(`${at}/properties/${k}`), `allOf parts declare property "${k}" differently; the later part wins`);
      }
      merged.properties[k] = v;
    }
    merged.required.push(...(s.required ?? []));
    if (s.additionalProperties !== undefined) merged.additionalProperties = s.additionalProperties;
  };
  parts.forEach((p, i) => mergeIn(p, `${pointer}/allOf/${i}`));
  mergeIn({ properties: own.properties, required: own.required }, pointer);
  merged.required = [...new Set(merged.required)];
  return objectType(ctx, merged, hint, pointer, true);
}

function unionType(ctx: SchemaContext, schema: any, alternatives: any[], hint: string, pointer: string): TypeRef {
  // `oneOf: [X, {type: "null"}]` is a nullable X.
  const isNull = (s: any) => s?.type === "null" || (Array.isArray(s?.enum) && s.enum.length === 1 && s.enum[0] === null);
  const nonNull = alternatives.filter((s) => !isNull(s));
  if (nonNull.length < alternatives.length && nonNull.length > 0) {
    const inner = nonNull.length === 1 ? toType(ctx, nonNull[0], hint, `${pointer}/${alternatives.indexOf(nonNull[0])}`) : unionType(ctx, schema, nonNull, hint, pointer);
    return inner.kind === "nullable" ? inner : { kind: "nullable", type: inner };
  }
  const variants = alternatives.map((s, i) => toType(ctx, s, `${hint}${variantHint(s, i)}`, `${pointer}/${i}`));
  const d = schema.discriminator;
  if (!d?.propertyName) return { kind: "union", variants };
  const mapping: Array<{ value: string; type: string }> = [];
  const explicit = new Map<string, string>();
  for (const [value, target] of Object.entries<string>(d.mapping ?? {})) {
    const name = refName(target) ?? (ctx.types.has(target) || ctx.doc.components?.schemas?.[target] ? target : undefined);
    if (name) explicit.set(name, value);
  }
  for (const v of variants) {
    if (v.kind !== "named") {
      ctx.diagnostics.warn("ir/discriminator", ctx.sources.locate(pointer), `discriminator "${d.propertyName}" ignored: a variant is not a named object`);
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
  if (s?.title) return pascalCase(s.title);
  const t = typeList(s ?? {})[0];
  return t && t !== "object" ? pascalCase(t) : `Variant${i + 1}`;
}

/** Registers a named type, building it lazily (so recursive references resolve by name). */
export function addNamed(ctx: SchemaContext, name: string, schema: any, pointer: string, build: () => TypeRef): void {
  const entry: NamedType = { name, deprecated: schema?.deprecated === true, type: { kind: "primitive", type: "unknown" }, source: pointer };
  if (schema?.description) entry.description = String(schema.description).trim();
  ctx.types.set(name, entry);
  entry.type = build();
}

/** Builds every component schema as a named type. */
export function buildComponentTypes(ctx: SchemaContext): void {
  const schemas = ctx.doc.components?.schemas ?? {};
  for (const name of Object.keys(schemas)) ctx.taken.add(name);
  for (const [name, schema] of Object.entries<any>(schemas)) {
    const pointer = `/components/schemas/${name.replace(/~/g, "~0").replace(/\//g, "~1")}`;
    addNamed(ctx, name, schema, pointer, () => {
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
    });
  }
}
