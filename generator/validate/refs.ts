/**
 * Every `$ref` the generator follows must resolve inside the (bundled) document: a dangling one is refused, since the
 * IR would have to guess what it meant. Only reference positions are looked at (load/ref-positions.ts): a `$ref` key
 * inside data (an `example`, an Example Object's `value`, `default`, `const`, `enum`, an `x-` extension) is not a
 * reference.
 */
import type { Diagnostics } from "../diagnostics.js";
import { forEachReference } from "../load/ref-positions.js";
import type { SourceIndex } from "../load/source-index.js";
import { resolvePointer } from "../pointer.js";

export function checkReferences(doc: any, sources: SourceIndex, diagnostics: Diagnostics): void {
  forEachReference(doc, (node, pointer) => {
    if (typeof node.$ref !== "string") return;
    const at = sources.locate(pointer + "/$ref");
    if (!node.$ref.startsWith("#")) diagnostics.error("validate/external-ref", at, `unresolved external $ref ${node.$ref}`);
    else if (resolvePointer(doc, node.$ref) === undefined)
      diagnostics.error("validate/dangling-ref", at, `$ref ${node.$ref} points to nothing`);
    else if (node.$ref === "#")
      diagnostics.warn("validate/ref-root", at, "$ref # points to the whole document, not to a schema: treated as any value");
  });
}
