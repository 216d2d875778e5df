/**
 * Every `$ref` the generator follows must resolve inside the (bundled) document: a dangling one is refused, since the
 * IR would have to guess what it meant. A `$ref` key inside data (an `example`, an Example Object's `value`, `default`,
 * `const`, `enum`, an `x-` extension) is not a reference and is not looked at.
 */
import { joinPointer, type Diagnostics } from "../diagnostics.js";
import type { SourceIndex } from "../load/source-index.js";
import { resolvePointer } from "../ir/schemas.js";

const DATA_KEYS = new Set(["example", "default", "const", "enum"]);
/** Containers whose keys are names chosen by the author, not OpenAPI or JSON Schema keywords. */
const NAME_MAPS = new Set(["properties", "patternProperties", "responses", "schemas", "parameters", "headers", "examples", "$defs", "definitions", "paths", "callbacks", "links", "securitySchemes", "requestBodies", "pathItems", "webhooks", "encoding", "content", "mapping", "variables"]);

/**
 * True when the value under `key` of an object is data rather than OpenAPI. `parentKey` is the key the object sits
 * under, `grandKey` the one above that.
 */
export function isDataPosition(key: string, value: unknown, parentKey?: string, grandKey?: string): boolean {
  if (parentKey !== undefined && NAME_MAPS.has(parentKey)) return false;
  if (key.startsWith("x-") || DATA_KEYS.has(key)) return true;
  if (key === "examples") return Array.isArray(value); // a JSON Schema list of example values; else Example Objects
  return key === "value" && grandKey === "examples"; // an Example Object's value
}

/** Visits every object holding a `$ref` that is a reference (not data), with its pointer. */
export function walkReferences(node: unknown, pointer: string, visit: (obj: any, pointer: string) => void, parentKey?: string, grandKey?: string): void {
  if (Array.isArray(node)) {
    node.forEach((v, i) => walkReferences(v, `${pointer}/${i}`, visit, `${parentKey}[]`, grandKey));
    return;
  }
  if (typeof node !== "object" || node === null) return;
  if (typeof (node as any).$ref === "string") visit(node, pointer);
  for (const [k, v] of Object.entries(node)) {
    if (k === "$ref" || isDataPosition(k, v, parentKey, grandKey)) continue;
    walkReferences(v, joinPointer(pointer, k), visit, k, parentKey);
  }
}

export function checkReferences(doc: any, sources: SourceIndex, diagnostics: Diagnostics): void {
  walkReferences(doc, "", (node, pointer) => {
    const at = sources.locate(pointer + "/$ref");
    if (!node.$ref.startsWith("#")) diagnostics.error("validate/external-ref", at, `unresolved external $ref ${node.$ref}`);
    else if (resolvePointer(doc, node.$ref) === undefined) diagnostics.error("validate/dangling-ref", at, `$ref ${node.$ref} points to nothing`);
  });
}
