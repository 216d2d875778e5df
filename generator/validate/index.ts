/**
 * Validate stage entry: our own checks (every `$ref` resolves; path templates match path parameters), then
 * @apidevtools/swagger-parser's schema validation of the normalized document. Every failure names file and pointer.
 */
import SwaggerParser from "@apidevtools/swagger-parser";
import type { Diagnostics } from "../diagnostics.js";
import type { SourceIndex } from "../load/source-index.js";
import { forEachReference, withoutDataRefs } from "../load/ref-positions.js";
import { operations } from "../normalize/context.js";
import { resolvePointer } from "../ir/schemas.js";

export async function validate(doc: any, sources: SourceIndex, diagnostics: Diagnostics): Promise<void> {
  forEachReference(doc, (node, pointer) => {
    if (typeof node.$ref !== "string") return;
    if (!node.$ref.startsWith("#")) {
      diagnostics.error("validate/external-ref", sources.locate(pointer + "/$ref"), `unresolved external $ref ${node.$ref}`);
    } else if (resolvePointer(doc, node.$ref) === undefined) {
      diagnostics.error("validate/dangling-ref", sources.locate(pointer + "/$ref"), `$ref ${node.$ref} points to nothing`);
    }
  });
  for (const { path, op, pointer } of operations(doc)) {
    const declared = new Set<string>();
    const item = doc.paths[path];
    for (const p of [...(item.parameters ?? []), ...(op.parameters ?? [])]) {
      const param = typeof p?.$ref === "string" ? resolvePointer(doc, p.$ref) : p;
      if (param?.in === "path") declared.add(param.name);
    }
    for (const [, name] of path.matchAll(/\{([^}]+)\}/g)) {
      if (!declared.has(name!)) diagnostics.error("validate/path-param", sources.locate(pointer), `path parameter {${name}} of ${path} is not declared`);
    }
  }
  diagnostics.throwIfErrors("validate");

  try {
    await SwaggerParser.validate(withoutDataRefs(doc), { resolve: { external: false, http: false } } as any);
  } catch (e) {
    const err = e as Error & { details?: Array<{ message: string; path?: Array<string | number>; instancePath?: string }> };
    const details = err.details ?? [];
    if (details.length === 0) diagnostics.error("validate/openapi", sources.locate(""), firstLine(err.message));
    // The JSON-schema validator reports one defect at every enclosing level ("must match exactly one schema in
    // oneOf" up the tree): keep the deepest place of each, one message per place.
    const found = details.map((d) => ({
      pointer: d.instancePath ?? (d.path ? "/" + d.path.map((s) => String(s).replace(/~/g, "~0").replace(/\//g, "~1")).join("/") : ""),
      message: d.message,
    }));
    const deepest = found.filter((f, i) => !found.some((g) => g.pointer.startsWith(f.pointer + "/")) && found.findIndex((g) => g.pointer === f.pointer) === i);
    for (const d of deepest.slice(0, 20)) diagnostics.error("validate/openapi", sources.locate(d.pointer), d.message);
  }
  diagnostics.throwIfErrors("validate");
}

function firstLine(s: string): string {
  return s.split("\n").slice(0, 3).join(" ").trim();
}
