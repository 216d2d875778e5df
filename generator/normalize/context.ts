/** What every normalization pass receives: the merged document (mutated in place), its source index, and the sink. */
import type { Diagnostics } from "../diagnostics.js";
import type { SourceIndex } from "../load/source-index.js";
import type { GeneratorConfig } from "../config.js";

export interface NormalizeContext {
  doc: any;
  sources: SourceIndex;
  diagnostics: Diagnostics;
  config: GeneratorConfig;
}

export type NormalizePass = (ctx: NormalizeContext) => void;

export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

export interface OperationRef {
  path: string;
  method: (typeof HTTP_METHODS)[number];
  op: any;
  pointer: string;
}

/** Every operation of the document, in document order. */
export function operations(doc: any): OperationRef[] {
  const out: OperationRef[] = [];
  for (const [path, item] of Object.entries<any>(doc.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const op = item?.[method];
      if (op) out.push({ path, method, op, pointer: "/paths/" + path.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + method });
    }
  }
  return out;
}

/** Visits every object node of a JSON value depth-first, with its pointer. */
export function walk(node: unknown, pointer: string, visit: (obj: any, pointer: string) => void): void {
  if (Array.isArray(node)) node.forEach((v, i) => walk(v, `${pointer}/${i}`, visit));
  else if (typeof node === "object" && node !== null) {
    visit(node, pointer);
    for (const [k, v] of Object.entries(node)) walk(v, `${pointer}/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`, visit);
  }
}

/**
 * Removes `params[index]` of the operation at `opPointer`, keeping later parameters locatable: what now sits at
 * index j was at j + 1 in the source, so messages about it still point at the right line.
 */
export function removeParameter(ctx: NormalizeContext, opPointer: string, params: any[], index: number): void {
  params.splice(index, 1);
  for (let j = index; j < params.length; j++) {
    ctx.sources.alias(`${opPointer}/parameters/${j}`, ctx.sources.original(`${opPointer}/parameters/${j + 1}`));
  }
}
