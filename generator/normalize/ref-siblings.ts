/**
 * Keys beside `$ref` (only at reference positions: a `$ref` key inside example data is not a reference).
 *
 * - OpenAPI 3.0 ignores every key beside `$ref`, and its schema forbids them; specs carry them anyway (a description,
 *   an indentation slip). They are dropped: a warning naming each key, a note when they are only description,
 *   summary or extensions.
 * - OpenAPI 3.1 schemas are JSON Schema 2020-12, where `$ref` is one keyword among others and its siblings apply.
 *   Annotations (description, default, deprecated, readOnly, …) stay where they are (the IR reads them there).
 *   A sibling `const`, or an `enum`, narrows the referenced type to those values (one value: that literal), as an
 *   overlay does when it pins a discriminator property. Structural siblings (`properties`, `required`, `items`,
 *   `allOf`, `oneOf`, …) become `allOf: [{$ref}, {…siblings}]`. Each rewrite is a note. Other 3.1 Reference Objects
 *   take `summary` and `description`; any other key is ignored with a warning.
 */
import { forEachReference } from "../load/ref-positions.js";
import { escapePointer } from "../pointer.js";
import type { NormalizeContext, NormalizePass } from "./context.js";

const STRUCTURAL = new Set([
  "type",
  "properties",
  "required",
  "additionalProperties",
  "patternProperties",
  "items",
  "prefixItems",
  "allOf",
  "oneOf",
  "anyOf",
  "not",
  "discriminator",
  "unevaluatedProperties",
]);

export const applyRefSiblings: NormalizePass = (ctx) => {
  const v31 = !String(ctx.doc.openapi ?? "").startsWith("3.0");
  forEachReference(ctx.doc, (node, pointer, kind) => {
    if (typeof node.$ref !== "string") return;
    const extra = Object.keys(node).filter((k) => k !== "$ref");
    if (extra.length === 0) return;
    if (!v31) return drop(ctx, node, pointer, extra, "OpenAPI 3.0 ignores keys next to a reference");
    if (kind !== "schemas") {
      const ignored = extra.filter((k) => k !== "summary" && k !== "description" && !k.startsWith("x-"));
      if (ignored.length) drop(ctx, node, pointer, ignored, "a 3.1 Reference Object takes only `summary` and `description`");
      return;
    }
    narrow(ctx, node, pointer, extra);
  });
};

function drop(ctx: NormalizeContext, node: any, pointer: string, keys: string[], why: string): void {
  const meaningful = keys.filter((k) => k !== "description" && k !== "summary" && !k.startsWith("x-"));
  const report = meaningful.length ? ctx.diagnostics.warn.bind(ctx.diagnostics) : ctx.diagnostics.info.bind(ctx.diagnostics);
  report(
    "normalize/ref-siblings",
    ctx.sources.locate(`${pointer}/${escapePointer(keys[0]!)}`),
    `ignored ${keys.map((k) => `\`${k}\``).join(", ")} beside \`$ref\` (${why})`,
  );
  for (const k of keys) delete node[k];
}

/** 3.1 schemas: the siblings of `$ref` apply. */
function narrow(ctx: NormalizeContext, node: any, pointer: string, extra: string[]): void {
  const at = ctx.sources.locate(
    `${pointer}/${escapePointer(extra.find((k) => k === "const") ?? extra.find((k) => k === "enum") ?? extra.find((k) => STRUCTURAL.has(k)) ?? extra[0]!)}`,
  );
  if ("const" in node || Array.isArray(node.enum)) {
    const keyword = "const" in node ? "const" : "enum";
    const values: unknown[] = keyword === "const" ? [node.const] : node.enum;
    const ref = node.$ref;
    delete node.$ref;
    if (values.length === 1) {
      delete node.enum;
      delete node.type; // the literal says it all
      node.const = values[0];
    }
    ctx.diagnostics.info(
      "normalize/ref-siblings",
      at,
      `\`${keyword}\` beside \`$ref\` ${ref} applies (OpenAPI 3.1): narrowed to ${values.map((v) => JSON.stringify(v)).join(" | ")}`,
    );
    return;
  }
  const structural = extra.filter((k) => STRUCTURAL.has(k) && !(k === "type" && onlyType(node)));
  if (structural.length === 0) return; // annotations and validation keywords: they stay beside the reference
  const part: Record<string, unknown> = {};
  const allOf: unknown[] = [{ $ref: node.$ref }];
  for (const k of structural) {
    if (k === "allOf" && Array.isArray(node.allOf)) allOf.push(...node.allOf);
    else part[k] = node[k];
    delete node[k];
  }
  if (Object.keys(part).length) allOf.push(part);
  delete node.$ref;
  node.allOf = allOf;
  ctx.diagnostics.info(
    "normalize/ref-siblings",
    at,
    `${structural.map((k) => `\`${k}\``).join(", ")} beside \`$ref\` ${(allOf[0] as any).$ref} apply (OpenAPI 3.1): read as allOf of the reference and the siblings`,
  );
}

/** `type` is the only structural sibling: it restates the referenced type and changes nothing. */
function onlyType(node: any): boolean {
  return Object.keys(node).every((k) => k === "$ref" || k === "type" || !STRUCTURAL.has(k));
}
