/** `src/types.ts`: one declaration per named type (interfaces, unions, open enums with a const object of values). */
import type { NamedType, Property, TypeRef } from "../ir/types.js";
import type { EmitContext } from "./context.js";
import { jsDoc } from "./docs.js";
import { enumMemberName, keySource } from "./names.js";
import { needsIndexSignature } from "./recursion.js";
import { typeExpr, type Direction } from "./type-expr.js";
import type { ModuleBuilder } from "./module.js";
import { jsonText, valueLiteral } from "./escape.js";

export function emitModels(ctx: EmitContext, file: ModuleBuilder): void {
  const emitted = ctx.api.types.filter((t) => !ctx.skippedTypes.has(t.name));
  for (const t of emitted) emitNamed(ctx, file, t);
  if (emitted.length === 0) file.addStatements("export {};");
}

type ObjectType = Extract<TypeRef, { kind: "object" }>;
type EnumType = Extract<TypeRef, { kind: "enum" }>;
type Docs = ReturnType<typeof jsDoc>;

function emitNamed(ctx: EmitContext, file: ModuleBuilder, t: NamedType): void {
  const name = ctx.typeName(t.name);
  const docs = jsDoc({ description: t.description, deprecated: t.deprecated });
  const type = t.type;
  if (type.kind === "object" && (type.properties.length > 0 || !type.additional)) emitObject(ctx, file, t, type, name, docs);
  else if (type.kind === "map" && needsIndexSignature(ctx.api.types, type.values)) {
    // A map that recurs: an interface, since `type A = Record<string, A>` is circular (TS2456).
    const returnType = typeExpr(ctx, type.values, "output");
    file.addInterface({ name, isExported: true, docs, indexSignatures: [{ keyName: "key", keyType: "string", returnType }] });
  } else if (type.kind === "enum") emitEnum(ctx, file, type, name, docs);
  else if (type.kind === "nullable" && type.type.kind === "object")
    file.addTypeAlias({ name, isExported: true, docs, type: `${objectLiteral(ctx, type.type.properties)} | null` });
  else file.addTypeAlias({ name, isExported: true, docs, type: typeExpr(ctx, type, "output") });
}

/** An object type as an interface of what the API returns, plus one of what callers send when the two differ. */
function emitObject(ctx: EmitContext, file: ModuleBuilder, t: NamedType, type: ObjectType, name: string, docs: Docs): void {
  const index = type.additional
    ? {
        indexSignatures: [
          {
            keyName: "key",
            keyType: "string",
            returnType: type.properties.length ? "unknown" : typeExpr(ctx, type.additional, "output"),
          },
        ],
      }
    : {};
  // What the API returns: write-only properties never come back.
  file.addInterface({
    name,
    isExported: true,
    docs,
    properties: properties(
      ctx,
      type.properties.filter((p) => !p.writeOnly),
      "output",
    ),
    ...index,
  });
  if (!ctx.hasInputVariant(t.name)) return;
  // What callers send: read-only properties are the server's to set.
  file.addInterface({
    name: ctx.inputTypeName(t.name),
    isExported: true,
    docs: jsDoc({ description: `{@link ${name}} as sent in requests (without its read-only properties).` }),
    properties: properties(
      ctx,
      type.properties.filter((p) => !p.readOnly),
      "input",
    ),
    ...index,
  });
}

/** An open enum: the union type, and a const object of its known values under the same name. */
function emitEnum(ctx: EmitContext, file: ModuleBuilder, type: EnumType, name: string, docs: Docs): void {
  const members = type.values.map((v, i) => `${keySource(enumMemberName(v, type.names?.[i]))}: ${valueLiteral(v)}`);
  file.addTypeAlias({ name, isExported: true, docs, type: typeExpr(ctx, type, "output") });
  file.addVariableStatement({
    isExported: true,
    declarationKind: "const" as any,
    docs: jsDoc({ description: `The known values of {@link ${name}}.` }),
    declarations: [{ name, initializer: `{ ${dedupeMembers(members).join(", ")} } as const` }],
  });
}

function dedupeMembers(members: string[]): string[] {
  const seen = new Map<string, number>();
  return members.map((m) => {
    const key = m.slice(0, m.indexOf(":"));
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n === 1 ? m : m.replace(/^([^:]+):/, (_, k: string) => `${k.replace(/"$/, "")}${n}${k.endsWith('"') ? '"' : ""}:`);
  });
}

export function propertyDocs(p: Property): Docs {
  const tags: Array<[string, string]> = [];
  if (p.default !== undefined) tags.push(["default", jsonText(p.default)]);
  const notes: string[] = [];
  if (p.format === "int64") notes.push("64-bit integer: values beyond ±2^53 lose precision as a JavaScript number.");
  if (p.type.kind === "primitive" && p.type.type === "date") notes.push("A calendar date, `YYYY-MM-DD`.");
  if (p.readOnly) notes.push("Read-only: set by the server.");
  if (p.writeOnly) notes.push("Write-only: never returned by the server.");
  const description = [p.description, ...notes].filter(Boolean).join("\n\n");
  return jsDoc({ description, deprecated: p.deprecated, tags });
}

function properties(ctx: EmitContext, props: Property[], dir: Direction) {
  const keys = ctx.keys(props);
  return props.map((p) => ({
    name: keySource(keys.get(p.name)!),
    hasQuestionToken: !p.required,
    type: typeExpr(ctx, p.type, dir),
    docs: propertyDocs(p),
  }));
}

function objectLiteral(ctx: EmitContext, props: Property[]): string {
  const keys = ctx.keys(props);
  return `{ ${props.map((p) => `${keySource(keys.get(p.name)!)}${p.required ? "" : "?"}: ${typeExpr(ctx, p.type, "output")}`).join("; ")} }`;
}
