/**
 * `$ref` chains that never reach a definition: `A: {$ref: B}`, `B: {$ref: A}`, or `A: {$ref: A}` (also through any
 * other pointer). Such a chain means nothing, and validators recurse on it until the stack overflows. The reference
 * that closes the cycle is removed (a schema then allows any value) with a warning naming the whole chain.
 * Cycles through unions, allOf or properties are not chains of bare references; the IR deals with those.
 */
import { splitPointer } from "../pointer.js";
import { isPlainObject } from "../json-shape.js";
import { walk, type NormalizePass } from "./context.js";

export const breakRefCycles: NormalizePass = ({ doc, sources, diagnostics }) => {
  const refNodes: Array<{ node: any; pointer: string }> = [];
  walk(doc, "", (node, pointer) => {
    if (typeof node.$ref === "string" && node.$ref.startsWith("#")) refNodes.push({ node, pointer });
  });
  const pointerOf = new Map(refNodes.map((r) => [r.node, r.pointer]));
  const settled = new Set<unknown>();
  for (const { node: start } of refNodes) {
    const chain: any[] = [];
    let node = start;
    while (isPlainObject(node) && typeof node.$ref === "string" && node.$ref.startsWith("#") && !settled.has(node)) {
      if (chain.includes(node)) {
        const cycle = chain.slice(chain.indexOf(node));
        const closing = cycle[cycle.length - 1];
        const at = pointerOf.get(closing) ?? "";
        diagnostics.warn(
          "normalize/ref-cycle",
          sources.locate(`${at}/$ref`),
          `$ref ${closing.$ref} closes a cycle of references that never reach a definition (${[...cycle, node].map((n) => pointerOf.get(n) ?? "?").join(" → ")}): removed, so the node allows any value`,
        );
        delete closing.$ref;
        break;
      }
      chain.push(node);
      node = splitPointer(node.$ref).reduce<any>((n, seg) => (isPlainObject(n) || Array.isArray(n) ? (n as any)[seg] : undefined), doc);
    }
    for (const n of chain) settled.add(n);
  }
};
