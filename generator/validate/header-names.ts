/**
 * Header parameters must be named by an HTTP token (RFC 9110 §5.1: letters, digits and ``!#$%&'*+-.^_`|~``). A
 * header named otherwise (`X Request Id`, `Bad:Name`, `Überschrift`) cannot be sent: fetch refuses every request
 * that sets it, so the method would throw whatever the caller passes. Such a parameter is dropped with a
 * `validate/header-name` warning at the parameter; the rest of the operation works.
 */
import type { Diagnostics } from "../diagnostics.js";
import type { SourceIndex } from "../load/source-index.js";
import { operations, removeAt } from "../normalize/context.js";
import { deref } from "../pointer.js";

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** Drops the header parameters of one `parameters` list (at `base`) whose names are not tokens. */
function dropInvalid(doc: any, sources: SourceIndex, diagnostics: Diagnostics, list: unknown, base: string): void {
  if (!Array.isArray(list)) return;
  for (let i = 0; i < list.length; i++) {
    const param = deref(doc, list[i]);
    if (param?.in !== "header" || typeof param.name !== "string" || TOKEN.test(param.name)) continue;
    diagnostics.warn(
      "validate/header-name",
      sources.locate(`${base}/parameters/${i}`),
      `header parameter ${JSON.stringify(param.name)} is not a valid HTTP header name (letters, digits and !#$%&'*+-.^_\`|~ only): dropped, since no request could send it`,
    );
    removeAt({ sources }, `${base}/parameters`, list, i);
    i--;
  }
}

export function absorbHeaderNames(doc: any, sources: SourceIndex, diagnostics: Diagnostics): void {
  const items = new Set<string>();
  for (const { path, op, pointer } of operations(doc)) {
    const itemPointer = pointer.slice(0, pointer.lastIndexOf("/"));
    if (!items.has(itemPointer)) {
      items.add(itemPointer);
      dropInvalid(doc, sources, diagnostics, doc.paths[path].parameters, itemPointer);
    }
    dropInvalid(doc, sources, diagnostics, op.parameters, pointer);
  }
}
