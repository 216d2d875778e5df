/**
 * What every normalization pass receives: the merged document (mutated in place), its source index, the sink, and
 * the decisions it hands to the IR beside the document.
 */
import type { Diagnostics } from "../diagnostics.js";
import { escapePointer } from "../pointer.js";
import type { SourceIndex } from "../load/source-index.js";
import type { GeneratorConfig } from "../config.js";
import type { NormalizeDecisions } from "./decisions.js";

export interface NormalizeContext {
  doc: any;
  sources: SourceIndex;
  diagnostics: Diagnostics;
  config: GeneratorConfig;
  decisions: NormalizeDecisions;
}

export type NormalizePass = (ctx: NormalizeContext) => void;

export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

export interface OperationRef {
  path: string;
  method: (typeof HTTP_METHODS)[number];
  op: any;
  pointer: string;
}

const isObject = (v: unknown): v is Record<string, any> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Every operation of the document, in document order. Only objects count: the shapes pass (run first) reports and
 * removes path items and operations of another type, and this never hands a pass anything else.
 */
export function operations(doc: any): OperationRef[] {
  const out: OperationRef[] = [];
  if (!isObject(doc) || !isObject(doc.paths)) return out;
  for (const [path, item] of Object.entries<any>(doc.paths)) {
    if (!isObject(item)) continue;
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (isObject(op)) out.push({ path, method, op, pointer: "/paths/" + escapePointer(path) + "/" + method });
    }
  }
  return out;
}

/** Visits every object node of a JSON value depth-first, with its pointer; a node reached twice (YAML aliases, cycles) once. */
export function walk(node: unknown, pointer: string, visit: (obj: any, pointer: string) => void, seen = new Set<object>()): void {
  if (typeof node !== "object" || node === null) return;
  if (seen.has(node)) return;
  seen.add(node);
  // Children that are not objects are skipped before their pointer is spelled: most of a document's nodes.
  if (Array.isArray(node))
    node.forEach((v, i) => {
      if (typeof v === "object" && v !== null) walk(v, `${pointer}/${i}`, visit, seen);
    });
  else {
    visit(node, pointer);
    for (const [k, v] of Object.entries(node))
      if (typeof v === "object" && v !== null) walk(v, `${pointer}/${escapePointer(k)}`, visit, seen);
  }
}

/**
 * Removes `list[index]` of the array at `listPointer`, keeping later elements locatable: what now sits at index j was
 * at j + 1 in the source, so messages about it still point at the right line.
 */
export function removeAt(ctx: Pick<NormalizeContext, "sources">, listPointer: string, list: unknown[], index: number): void {
  list.splice(index, 1);
  for (let j = index; j < list.length; j++) ctx.sources.alias(`${listPointer}/${j}`, ctx.sources.original(`${listPointer}/${j + 1}`));
}

/** Removes `params[index]` of the operation at `opPointer` (see {@link removeAt}). */
export function removeParameter(ctx: NormalizeContext, opPointer: string, params: any[], index: number): void {
  removeAt(ctx, `${opPointer}/parameters`, params, index);
}
