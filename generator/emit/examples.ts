/** Placeholder values for `@example` blocks and the README, built from types. */
import type { TypeRef } from "../ir/types.js";
import type { EmitContext } from "./context.js";
import { keySource } from "./names.js";
import { stringLiteral, valueLiteral } from "./escape.js";

/** `depth` counts objects entered (not wrappers like arrays or references), so required fields stay filled. */
export function exampleValue(ctx: EmitContext, t: TypeRef, name: string, depth = 0, seen: ReadonlySet<string> = new Set()): string {
  if (depth > 6) return "{}";
  switch (t.kind) {
    case "named": {
      const inner = ctx.named.get(t.name)?.type;
      // A recursive type stops at its second appearance (required self-references are rare; `{}` then).
      if (!inner || seen.has(t.name)) return "{}";
      return exampleValue(ctx, inner, name, depth, new Set([...seen, t.name]));
    }
    case "primitive":
      switch (t.type) {
        case "string":
          return stringLiteral(name || "string");
        case "number":
        case "integer":
          return "1";
        case "boolean":
          return "true";
        case "date-time":
          return 'new Date("2024-01-15T09:30:00Z")';
        case "date":
          return '"2024-01-15"';
        case "binary":
          return 'new Blob(["…"])';
        default:
          return "{}";
      }
    case "literal":
      return valueLiteral(t.value);
    case "enum":
      return valueLiteral(t.values.find((v) => v !== null) ?? null);
    case "array":
      return `[${exampleValue(ctx, t.items, name, depth, seen)}]`;
    case "map":
      return "{}";
    case "nullable":
      return exampleValue(ctx, t.type, name, depth, seen);
    case "union":
      if (t.discriminator) return objectLiteral(members(ctx, t, depth, seen));
      return t.variants[0] ? exampleValue(ctx, t.variants[0], name, depth, seen) : "{}";
    case "object":
    case "intersection":
      return objectLiteral(members(ctx, t, depth, seen));
  }
}

/** One member of an example object literal: the TypeScript key as written, and `key: value`. */
interface Member {
  key: string;
  text: string;
}

function objectLiteral(list: Member[]): string {
  return list.length ? `{ ${list.map((m) => m.text).join(", ")} }` : "{}";
}

/**
 * The members an example of an object-like type needs: each required, writable property of an object; for a
 * discriminated union, its first variant's, the discriminator set to that variant's value; for an intersection,
 * every part's, each key once.
 */
function members(ctx: EmitContext, t: TypeRef, depth: number, seen: ReadonlySet<string>, skip?: string): Member[] {
  switch (t.kind) {
    case "named": {
      const inner = ctx.named.get(t.name)?.type;
      return inner && !seen.has(t.name) ? members(ctx, inner, depth, new Set([...seen, t.name]), skip) : [];
    }
    case "nullable":
      return members(ctx, t.type, depth, seen, skip);
    case "object": {
      const keys = ctx.keys(t.properties);
      return t.properties
        .filter((p) => p.required && !p.readOnly && p.name !== skip)
        .map((p) => {
          const key = keySource(keys.get(p.name)!);
          return { key, text: `${key}: ${exampleValue(ctx, p.type, p.name, depth + 1, seen)}` };
        });
    }
    case "union": {
      if (!t.discriminator) return [];
      const m = t.discriminator.mapping[0]!;
      const key = keySource(ctx.discriminatorKey(m.type, t.discriminator.property));
      const rest = members(ctx, { kind: "named", name: m.type }, depth, seen, t.discriminator.property);
      return [{ key, text: `${key}: ${stringLiteral(m.value)}` }, ...rest];
    }
    case "intersection": {
      const byKey = new Map<string, Member>();
      for (const part of t.parts) for (const m of members(ctx, part, depth, seen)) if (!byKey.has(m.key)) byKey.set(m.key, m);
      return [...byKey.values()];
    }
    default:
      return [];
  }
}

/** File extensions of the media types an upload field commonly declares (`encoding.<field>.contentType`). */
const EXTENSIONS: Readonly<Record<string, string>> = {
  "application/json": "json",
  "application/jsonl": "jsonl",
  "application/x-ndjson": "ndjson",
  "application/pdf": "pdf",
  "application/zip": "zip",
  "text/csv": "csv",
  "text/plain": "txt",
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/gif": "gif",
  "image/webp": "webp",
  "audio/mpeg": "mp3",
  "audio/wav": "wav",
};

/**
 * The path an upload example reads: named after the field, with the extension of the media type the spec declares
 * for it; without one, a generic `path/to/<field>` (no API's file format is assumed).
 */
export function exampleFilePath(field: { name: string; contentType?: string | undefined }): string {
  const type = field.contentType?.split(",")[0]?.split(";")[0]?.trim().toLowerCase();
  const ext = type ? EXTENSIONS[type] : undefined;
  return ext ? `${field.name}.${ext}` : `path/to/${field.name}`;
}
