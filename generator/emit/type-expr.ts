/** IR type → TypeScript type expression. */
import type { PrimitiveType, TypeRef } from "../ir/types.js";
import type { EmitContext } from "./context.js";
import { needsIndexSignature } from "./recursion.js";
import { literalType, stringLiteral } from "./escape.js";

/** `input`: the type a caller passes (binary → `Uploadable`); `output`: what the SDK returns (binary → `Blob`). */
export type Direction = "input" | "output";

export function typeExpr(ctx: EmitContext, t: TypeRef, dir: Direction): string {
  switch (t.kind) {
    case "named": {
      const name = dir === "input" ? ctx.inputTypeName(t.name) : ctx.typeName(t.name);
      ctx.module?.usedTypes.add(name);
      return name;
    }
    case "primitive":
      return primitiveExpr(ctx, t.type, dir);
    case "literal":
      return literalType(t.value);
    case "enum":
      return enumUnion(t.values);
    case "array": {
      const inner = typeExpr(ctx, t.items, dir);
      return /^[A-Za-z0-9_.]+$/.test(inner) ? `${inner}[]` : `Array<${inner}>`;
    }
    case "map":
      return needsIndexSignature(ctx.api.types, t.values)
        ? `{ [key: string]: ${typeExpr(ctx, t.values, dir)} }`
        : `Record<string, ${typeExpr(ctx, t.values, dir)}>`;
    case "object":
      return objectExpr(ctx, t, dir);
    case "union":
      return unionExpr(ctx, t, dir);
    case "intersection":
      return t.parts.map((p) => wrap(typeExpr(ctx, p, dir))).join(" & ");
    case "nullable": {
      const inner = typeExpr(ctx, t.type, dir);
      return inner === "null" ? inner : `${wrap(inner)} | null`;
    }
  }
}

/** A primitive: integers are numbers, a date-time a `Date`, binary an `Uploadable` going in and a `Blob` coming out. */
function primitiveExpr(ctx: EmitContext, type: PrimitiveType, dir: Direction): string {
  switch (type) {
    case "integer":
    case "number":
      return "number";
    case "date-time":
      return "Date";
    case "date":
      return "string";
    case "binary":
      if (dir === "input") ctx.module?.usedRuntime.add("Uploadable");
      return dir === "input" ? "Uploadable" : "Blob";
    case "null":
      return "null";
    case "unknown":
      return "unknown";
    default:
      return type;
  }
}

/** An inline object type literal; extra properties beside declared ones are `unknown`. */
function objectExpr(ctx: EmitContext, t: Extract<TypeRef, { kind: "object" }>, dir: Direction): string {
  if (t.properties.length === 0 && !t.additional) return "Record<string, never>";
  const props = t.properties.map((p) => `${stringLiteral(p.name)}${p.required ? "" : "?"}: ${typeExpr(ctx, p.type, dir)}`);
  if (t.additional) props.push(`[key: string]: ${t.properties.length ? "unknown" : typeExpr(ctx, t.additional, dir)}`);
  return `{ ${props.join("; ")} }`;
}

/** A union; a discriminated one pins each mapped type's discriminator property to its value. */
function unionExpr(ctx: EmitContext, t: Extract<TypeRef, { kind: "union" }>, dir: Direction): string {
  if (t.discriminator) {
    const d = t.discriminator;
    for (const m of d.mapping) ctx.module?.usedTypes.add(ctx.typeName(m.type));
    return d.mapping
      .map((m) => `(${ctx.typeName(m.type)} & { ${ctx.discriminatorKey(m.type, d.property)}: ${stringLiteral(m.value)} })`)
      .join(" | ");
  }
  return [...new Set(t.variants.map((v) => wrap(typeExpr(ctx, v, dir))))].join(" | ");
}

/** Open enum: the known literals plus any other value of the same primitive type. */
function enumUnion(values: ReadonlyArray<string | number | boolean | null>): string {
  const lits = values.map((v) => literalType(v));
  if (values.some((v) => typeof v === "string")) lits.push("(string & {})");
  else if (values.some((v) => typeof v === "number")) lits.push("(number & {})");
  return lits.join(" | ");
}

function wrap(s: string): string {
  return /[|&]/.test(s) && !/^\(.*\)$/.test(s) && !s.startsWith("{") ? `(${s})` : s;
}
