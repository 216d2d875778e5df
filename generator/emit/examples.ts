/** Placeholder values for `@example` blocks and the README, built from types. */
import type { TypeRef } from "../ir/types.js";
import type { EmitContext } from "./context.js";
import { keySource } from "./names.js";

export function exampleValue(ctx: EmitContext, t: TypeRef, name: string, depth = 0): string {
  if (depth > 3) return "{}";
  switch (t.kind) {
    case "named": {
      const inner = ctx.named.get(t.name)?.type;
      return inner ? exampleValue(ctx, inner, name, depth + 1) : "{}";
    }
    case "primitive":
      switch (t.type) {
        case "string":
          return JSON.stringify(name || "string");
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
      return JSON.stringify(t.value);
    case "enum":
      return JSON.stringify(t.values.find((v) => v !== null) ?? null);
    case "array":
      return `[${exampleValue(ctx, t.items, name, depth + 1)}]`;
    case "map":
      return "{}";
    case "nullable":
      return exampleValue(ctx, t.type, name, depth);
    case "union": {
      if (t.discriminator) {
        const m = t.discriminator.mapping[0]!;
        const obj = exampleValue(ctx, { kind: "named", name: m.type }, name, depth + 1);
        const key = keySource(ctx.discriminatorKey(m.type, t.discriminator.property));
        const rest = obj.replace(/^\{\s*/, "").replace(/\s*\}$/, "");
        return `{ ${key}: ${JSON.stringify(m.value)}${rest && !new RegExp(`(^|, )${key}:`).test(rest) ? `, ${rest}` : ""} }`;
      }
      return t.variants[0] ? exampleValue(ctx, t.variants[0], name, depth + 1) : "{}";
    }
    case "object": {
      const keys = ctx.keys(t.properties);
      const req = t.properties.filter((p) => p.required && !p.readOnly);
      if (req.length === 0) return "{}";
      return `{ ${req.map((p) => `${keySource(keys.get(p.name)!)}: ${exampleValue(ctx, p.type, p.name, depth + 1)}`).join(", ")} }`;
    }
    case "intersection":
      return "{}";
  }
}
