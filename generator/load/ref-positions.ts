/**
 * Where `$ref` is a reference: the positions OpenAPI 3.0/3.1 and JSON Schema define, walked with knowledge of the
 * document's structure. Everything else is data: a `$ref` key inside `example`, `examples`, `default`, `const`,
 * `enum` or an `x-` extension value is left alone (GitHub's example SCIM payloads carry `"$ref": "https://…"`).
 * The only extension values walked as schemas are the ones the generator reads (`x-fern-streaming`).
 */
import { joinPointer } from "../pointer.js";

/** What a reference at a position stands for, named after its `components` section. */
export type RefKind =
  | "schemas"
  | "parameters"
  | "responses"
  | "requestBodies"
  | "headers"
  | "examples"
  | "links"
  | "callbacks"
  | "securitySchemes"
  | "pathItems";

export const COMPONENT_KINDS: readonly RefKind[] = [
  "schemas",
  "parameters",
  "responses",
  "requestBodies",
  "headers",
  "examples",
  "links",
  "callbacks",
  "securitySchemes",
  "pathItems",
];

export interface RefVisitor {
  /**
   * Called for every object at a reference position that carries a string `$ref` (or, in schemas, `$dynamicRef`).
   * Return `false` to skip its children (for example when it was replaced by content already walked).
   */
  ref(node: any, pointer: string, kind: RefKind): boolean | undefined;
  /** Called for every `x-` extension value the generator does not read (data that may hold `$ref` keys). */
  extension?(value: unknown, pointer: string): void;
  /** Called for every `discriminator.mapping` object: its values are references (or bare schema names). */
  mapping?(mapping: Record<string, unknown>, pointer: string): void;
}

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace", "query"];

/** Walks a whole OpenAPI document. */
export function walkDocument(doc: any, visitor: RefVisitor): void {
  if (!isObject(doc)) return;
  extensions(doc, "", visitor);
  mapOf(doc.paths, "/paths", "pathItems", visitor);
  mapOf(doc.webhooks, "/webhooks", "pathItems", visitor);
  const components = doc.components;
  if (isObject(components)) {
    extensions(components, "/components", visitor);
    for (const kind of COMPONENT_KINDS) mapOf(components[kind], joinPointer("/components", kind), kind, visitor);
  }
}

/** Walks one node known to be of `kind` (a component, or the target of a reference of that kind). */
export function walkAs(node: unknown, pointer: string, kind: RefKind, visitor: RefVisitor): void {
  if (!isObject(node)) {
    if (kind === "schemas" && Array.isArray(node)) return; // not a schema; validate reports it
    return;
  }
  if (typeof node.$ref === "string" || (kind === "schemas" && typeof node.$dynamicRef === "string")) {
    if (visitor.ref(node, pointer, kind) === false) return;
  }
  WALKERS[kind](node, pointer, visitor);
}

function mapOf(map: unknown, pointer: string, kind: RefKind, visitor: RefVisitor): void {
  if (!isObject(map)) return;
  for (const [key, value] of Object.entries(map)) {
    if (key.startsWith("x-") && kind !== "schemas") {
      visitor.extension?.(value, joinPointer(pointer, key));
      continue;
    }
    walkAs(value, joinPointer(pointer, key), kind, visitor);
  }
}

function listOf(list: unknown, pointer: string, kind: RefKind, visitor: RefVisitor): void {
  if (Array.isArray(list))
    list.forEach((v, i) => {
      walkAs(v, `${pointer}/${i}`, kind, visitor);
    });
}

function extensions(node: Record<string, unknown>, pointer: string, visitor: RefVisitor, read: readonly string[] = []): void {
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith("x-") && !read.includes(key)) visitor.extension?.(value, joinPointer(pointer, key));
  }
}

function content(node: any, pointer: string, visitor: RefVisitor): void {
  if (!isObject(node.content)) return;
  for (const [media, mt] of Object.entries<any>(node.content)) {
    const at = joinPointer(pointer, "content", media);
    if (!isObject(mt)) continue;
    extensions(mt, at, visitor);
    if (isObject(mt.schema)) walkAs(mt.schema, `${at}/schema`, "schemas", visitor);
    if (isObject(mt.examples)) mapOf(mt.examples, `${at}/examples`, "examples", visitor);
    if (isObject(mt.encoding)) {
      for (const [name, enc] of Object.entries<any>(mt.encoding)) {
        if (!isObject(enc)) continue;
        const encAt = joinPointer(`${at}/encoding`, name);
        extensions(enc, encAt, visitor);
        mapOf(enc.headers, `${encAt}/headers`, "headers", visitor);
      }
    }
  }
}

function parameterLike(node: any, pointer: string, visitor: RefVisitor): void {
  extensions(node, pointer, visitor);
  if (isObject(node.schema)) walkAs(node.schema, `${pointer}/schema`, "schemas", visitor);
  if (isObject(node.examples)) mapOf(node.examples, `${pointer}/examples`, "examples", visitor);
  content(node, pointer, visitor);
}

function operation(op: any, pointer: string, visitor: RefVisitor): void {
  if (!isObject(op)) return;
  extensions(op, pointer, visitor, ["x-fern-streaming"]);
  const streaming = op["x-fern-streaming"];
  if (isObject(streaming)) {
    // Read by the generator (ir/streaming.ts): its two schemas are schema positions.
    walkAs(streaming.response, `${pointer}/x-fern-streaming/response`, "schemas", visitor);
    walkAs(streaming["response-stream"], `${pointer}/x-fern-streaming/response-stream`, "schemas", visitor);
  }
  if (Array.isArray(op.parameters)) listOf(op.parameters, `${pointer}/parameters`, "parameters", visitor);
  if (isObject(op.requestBody)) walkAs(op.requestBody, `${pointer}/requestBody`, "requestBodies", visitor);
  if (isObject(op.responses)) mapOf(op.responses, `${pointer}/responses`, "responses", visitor);
  if (isObject(op.callbacks)) mapOf(op.callbacks, `${pointer}/callbacks`, "callbacks", visitor);
}

/** Keywords whose value is one schema, a list of schemas, or a map of schemas (JSON Schema 2020-12 and draft 4/5). */
const ONE = [
  "items",
  "additionalItems",
  "additionalProperties",
  "contains",
  "propertyNames",
  "not",
  "if",
  "then",
  "else",
  "unevaluatedItems",
  "unevaluatedProperties",
  "contentSchema",
];
const LIST = ["allOf", "anyOf", "oneOf", "prefixItems"];
const MAP = ["properties", "patternProperties", "dependentSchemas", "$defs", "definitions"];

function schema(node: any, pointer: string, visitor: RefVisitor): void {
  extensions(node, pointer, visitor);
  if (isObject(node.discriminator) && isObject(node.discriminator.mapping))
    visitor.mapping?.(node.discriminator.mapping, `${pointer}/discriminator/mapping`);
  for (const key of ONE) {
    const v = node[key];
    if (key === "items" && Array.isArray(v))
      listOf(v, `${pointer}/items`, "schemas", visitor); // draft 4 tuple form
    else if (isObject(v)) walkAs(v, `${pointer}/${key}`, "schemas", visitor);
  }
  for (const key of LIST) if (Array.isArray(node[key])) listOf(node[key], `${pointer}/${key}`, "schemas", visitor);
  for (const key of MAP) {
    const map = node[key];
    if (!isObject(map)) continue;
    // Keys here are property names (a property may be called `$ref` or `x-foo`): every value is a schema.
    const at = `${pointer}/${key}`;
    for (const [name, value] of Object.entries(map)) if (isObject(value)) walkAs(value, joinPointer(at, name), "schemas", visitor);
  }
}

const WALKERS: Record<RefKind, (node: any, pointer: string, visitor: RefVisitor) => void> = {
  schemas: schema,
  parameters: parameterLike,
  headers: parameterLike,
  requestBodies: (node, pointer, visitor) => {
    extensions(node, pointer, visitor);
    content(node, pointer, visitor);
  },
  responses: (node, pointer, visitor) => {
    extensions(node, pointer, visitor);
    mapOf(node.headers, `${pointer}/headers`, "headers", visitor);
    content(node, pointer, visitor);
    mapOf(node.links, `${pointer}/links`, "links", visitor);
  },
  examples: (node, pointer, visitor) => extensions(node, pointer, visitor),
  links: (node, pointer, visitor) => extensions(node, pointer, visitor),
  securitySchemes: (node, pointer, visitor) => extensions(node, pointer, visitor),
  callbacks: (node, pointer, visitor) => mapOf(node, pointer, "pathItems", visitor),
  pathItems: (node, pointer, visitor) => {
    extensions(node, pointer, visitor);
    listOf(node.parameters, `${pointer}/parameters`, "parameters", visitor);
    for (const method of METHODS) if (isObject(node[method])) operation(node[method], joinPointer(pointer, method), visitor);
  },
};

function isObject(v: unknown): v is Record<string, any> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Every reference of a document (at reference positions only), with its pointer and kind. */
export function forEachReference(doc: any, visit: (node: any, pointer: string, kind: RefKind) => void): void {
  walkDocument(doc, { ref: (node, pointer, kind) => void visit(node, pointer, kind) });
}
