/**
 * Path templates and path parameters must agree. Where they do not, the document is fixed and each fix is a
 * `validate/path-param` warning at the operation (or parameter):
 * - a `{name}` no operation declares gets a required string path parameter (the URL cannot be built without it);
 * - a path parameter whose `{name}` is not in the template is dropped (it could never reach the wire);
 * - a path parameter not marked `required: true` is made required (a path cannot have a hole).
 */
import type { Diagnostics } from "../diagnostics.js";
import type { SourceIndex } from "../load/source-index.js";
import { deref } from "../pointer.js";
import { operations } from "../normalize/context.js";

function templateNames(path: string): string[] {
  return [...new Set([...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!))];
}

/** Fixes the path parameters of one `parameters` list; returns the names it declares. */
function fixList(doc: any, sources: SourceIndex, diagnostics: Diagnostics, list: unknown, base: string, path: string): string[] {
  if (!Array.isArray(list)) return [];
  const names = new Set(templateNames(path));
  const declared: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const param = deref(doc, list[i]);
    if (param?.in !== "path" || typeof param.name !== "string") continue;
    const at = sources.locate(`${base}/parameters/${i}`);
    if (!names.has(param.name)) {
      diagnostics.warn("validate/path-param", at, `path parameter "${param.name}" is not in the path ${path}: dropped`);
      list.splice(i, 1);
      // What now sits at j was at j + 1 in the source: keep later parameters locatable.
      for (let j = i; j < list.length; j++) sources.alias(`${base}/parameters/${j}`, sources.original(`${base}/parameters/${j + 1}`));
      i--;
      continue;
    }
    declared.push(param.name);
    if (param.required !== true) {
      diagnostics.warn("validate/path-param", at, `path parameter "${param.name}" of ${path} is not marked required: made required`);
      param.required = true;
    }
  }
  return declared;
}

export function absorbPathParams(doc: any, sources: SourceIndex, diagnostics: Diagnostics): void {
  const byItem = new Map<string, string[]>();
  for (const { path, method, op, pointer } of operations(doc)) {
    const itemPointer = pointer.slice(0, pointer.lastIndexOf("/"));
    const shared = byItem.get(itemPointer) ?? fixList(doc, sources, diagnostics, doc.paths[path].parameters, itemPointer, path);
    byItem.set(itemPointer, shared);
    const declared = new Set([...shared, ...fixList(doc, sources, diagnostics, op.parameters, pointer, path)]);
    const missing = templateNames(path).filter((n) => !declared.has(n));
    if (missing.length === 0) continue;
    if (!Array.isArray(op.parameters)) op.parameters = [];
    for (const name of missing) {
      op.parameters.push({ name, in: "path", required: true, schema: { type: "string" } });
      diagnostics.warn(
        "validate/path-param",
        sources.locate(pointer),
        `path parameter {${name}} of ${method.toUpperCase()} ${path} is not declared: added as a required string parameter`,
      );
    }
  }
}
