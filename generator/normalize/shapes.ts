/**
 * The first pass: every node that a later pass or the IR reads gets its JSON type checked here, once, against one
 * declarative description of the OpenAPI objects we use ({@link DOCUMENT}). Validation runs after normalization, so
 * nothing before this pass may assume a shape; everything after it may.
 *
 * A node of the wrong type (a `title` or `operationId` that is a number, `tags` that is an object, a parameter list
 * that is `true`, a schema that is a string, a path item that is not an object) is reported as a warning at its
 * pointer and the run goes on without it: a wrong schema becomes `{}` (unknown), anything else is removed (array
 * elements are removed in place, and later elements keep their source positions).
 */
import { escapePointer } from "../pointer.js";
import { expected, fits, isPlainObject, kindOf, preview, type Shape } from "../json-shape.js";
import type { NormalizeContext, NormalizePass } from "./context.js";
import { HTTP_METHODS, removeAt } from "./context.js";

const string: Shape = { t: "string" };
const text: Shape = { t: "text" };
const boolean: Shape = { t: "boolean" };
const scalar: Shape = { t: "scalar" };
const schema: Shape = { t: "schema" };
const strings: Shape = { t: "array", items: string };
const obj = (fields: Record<string, Shape>, ref = false, essential?: { keys: string[]; noun: string }): Shape => ({
  t: "object",
  fields,
  ref,
  ...(essential ? { essential } : {}),
});
const map = (values: Shape): Shape => ({ t: "object", values });
const list = (items: Shape): Shape => ({ t: "array", items });

/** Keys of a Schema Object that we read, and their shapes. Values of `properties` etc. are schemas again. */
const SCHEMA_FIELDS: Record<string, Shape> = {
  $ref: string,
  type: { t: "either", of: [string, strings], name: "a type name or a list of them" },
  properties: map(schema),
  patternProperties: map(schema),
  additionalProperties: schema,
  items: schema,
  prefixItems: list(schema),
  allOf: list(schema),
  oneOf: list(schema),
  anyOf: list(schema),
  not: schema,
  required: strings,
  enum: { t: "array" },
  title: text,
  description: text,
  format: string,
  contentMediaType: string,
  contentEncoding: string,
  nullable: boolean,
  deprecated: boolean,
  readOnly: boolean,
  writeOnly: boolean,
  discriminator: obj({ propertyName: string, mapping: map(string) }, false, { keys: ["propertyName"], noun: "discriminator" }),
  "x-enum-varnames": { t: "array", items: string, all: true },
  "x-enum-descriptions": { t: "array", items: string, all: true },
};

const media = obj({ schema, encoding: map(obj({ contentType: string })) });
const content = map(media);
const header = obj({ description: text, schema, content }, true);
const parameter = obj(
  {
    name: string,
    in: string,
    description: text,
    required: boolean,
    deprecated: boolean,
    style: string,
    explode: boolean,
    allowReserved: boolean,
    schema,
    content,
  },
  true,
  { keys: ["name", "in"], noun: "parameter" },
);
const requestBody = obj({ description: text, required: boolean, content }, true);
const response = obj({ description: text, headers: map(header), content }, true);
const server = obj(
  { url: string, description: text, variables: map(obj({ default: scalar, enum: list(scalar), description: text })) },
  false,
  { keys: ["url"], noun: "server" },
);
const security = list(map(strings));
/** A tag name, or a nested list of them (flattened by nested-tags, which keeps only the strings). */
const tag: Shape = { t: "either", of: [string, { t: "array" }], name: "a tag name" };
const operation = obj({
  tags: list(tag),
  summary: text,
  description: text,
  operationId: string,
  parameters: list(parameter),
  requestBody,
  responses: { t: "object", values: response, empty: true },
  security,
  deprecated: boolean,
  servers: list(server),
  "x-fern-streaming": {
    t: "either",
    of: [boolean, obj({ "stream-condition": string, response: schema, "response-stream": schema })],
    name: "a boolean or an object",
  },
});
const pathItem = obj(
  {
    summary: text,
    description: text,
    parameters: list(parameter),
    servers: list(server),
    ...Object.fromEntries(HTTP_METHODS.map((m) => [m, operation])),
  },
  true,
);

/** The document: what the later passes and the IR read. */
const DOCUMENT: Shape = obj({
  info: { t: "object", fields: { title: text, version: scalar, description: text, summary: text }, empty: true },
  servers: list(server),
  paths: { t: "object", values: pathItem, empty: true },
  components: obj({
    schemas: map(schema),
    parameters: map(parameter),
    responses: map(response),
    requestBodies: map(requestBody),
    headers: map(header),
    securitySchemes: map(
      obj({ type: string, scheme: string, in: string, name: string, description: text }, true, { keys: ["type"], noun: "security scheme" }),
    ),
  }),
  security,
  tags: list(obj({ name: string, description: text }, false, { keys: ["name"], noun: "tag" })),
});

class Checker {
  private readonly seen = new WeakSet<object>();
  constructor(private readonly ctx: NormalizeContext) {}

  /**
   * Checks `parent[key]` (present) against `shape` and fixes it in place when it does not fit. Returns false when it
   * must leave its array: the caller removes those afterwards, so the pointers reported stay those of the source.
   */
  check(parent: any, key: string | number, shape: Shape, pointer: string): boolean {
    const value = parent[key];
    const fit = fits(shape, value);
    const ok = fit && this.children(shape.t === "either" ? shape.of.find((s) => fits(s, value))! : shape, value, pointer);
    if (ok) return true;
    if (!fit && shape.t === "text" && (typeof value === "number" || typeof value === "boolean")) {
      parent[key] = String(value);
      this.ctx.diagnostics.warn(
        "normalize/shape",
        this.ctx.sources.locate(pointer),
        `expected a string, found ${kindOf(value)} (${preview(value)}): taken as the text "${parent[key]}"`,
      );
      return true;
    }
    const empty = shape.t === "schema" || (shape.t === "object" && shape.empty);
    if (!fit) {
      const action = shape.t === "schema" ? "treated as an empty schema (any value)" : empty ? "treated as an empty object" : "ignored";
      this.ctx.diagnostics.warn(
        "normalize/shape",
        this.ctx.sources.locate(pointer),
        `expected ${expected(shape)}, found ${kindOf(value)} (${preview(value)}): ${action}`,
      );
    }
    if (Array.isArray(parent)) return false;
    if (empty && !fit) parent[key] = {};
    else delete parent[key];
    return true;
  }

  /** Checks the children of a node that fits; false when a child it cannot do without does not fit. */
  private children(shape: Shape, value: any, pointer: string): boolean {
    if (typeof value !== "object" || value === null) return true;
    if (this.seen.has(value)) return true; // a YAML alias: one node under two pointers (or a cycle)
    this.seen.add(value);
    if (shape.t === "array") {
      if (!shape.items) return true;
      const items = shape.items;
      const wrong = shape.all ? value.findIndex((v: unknown) => !fits(items, v)) : -1;
      if (wrong >= 0) {
        const v = value[wrong];
        this.ctx.diagnostics.warn(
          "normalize/shape",
          this.ctx.sources.locate(`${pointer}/${wrong}`),
          `expected ${expected(items)}, found ${kindOf(v)} (${preview(v)}): the whole list is ignored`,
        );
        return false;
      }
      const drop: number[] = [];
      for (let i = 0; i < value.length; i++) if (!this.check(value, i, shape.items, `${pointer}/${i}`)) drop.push(i);
      for (const i of drop.reverse()) removeAt(this.ctx, pointer, value, i);
      return true;
    }
    const fields = shape.t === "schema" ? SCHEMA_FIELDS : shape.t === "object" ? shape.fields : undefined;
    const values = shape.t === "object" ? shape.values : undefined;
    if ((shape.t === "schema" || (shape.t === "object" && shape.ref)) && "$ref" in value && typeof value.$ref !== "string") {
      this.check(value, "$ref", string, `${pointer}/$ref`);
    }
    if (shape.t === "object" && shape.ref && typeof value.$ref === "string") return true; // checked where it points
    const essential = shape.t === "object" ? shape.essential : undefined;
    for (const key of Object.keys(value)) {
      const child = fields?.[key] ?? values;
      if (!child || key === "$ref") continue;
      const at = `${pointer}/${escapePointer(key)}`;
      if (essential?.keys.includes(key) && !fits(child, value[key])) {
        this.ctx.diagnostics.warn(
          "normalize/shape",
          this.ctx.sources.locate(at),
          `expected ${expected(child)}, found ${kindOf(value[key])} (${preview(value[key])}): the ${essential.noun} is ignored`,
        );
        return false;
      }
      this.check(value, key, child, at);
    }
    return true;
  }

  root(doc: any): void {
    this.children(DOCUMENT, doc, "");
  }
}

export const checkShapes: NormalizePass = (ctx) => {
  if (!isPlainObject(ctx.doc)) return; // load refuses such documents before normalization
  new Checker(ctx).root(ctx.doc);
};
