/**
 * A synthetic OpenAPI 3.1 document made of `copies` copies of one resource group, for the linearity check of
 * `npm run bench:generate`. Each group is five operations (list with query parameters and a cursor, create with a
 * JSON body, get with a path and a header parameter, partial update, delete) over nested object schemas with
 * enums, a date-time field, an array of objects and a $ref to a second schema; all groups share one error schema.
 * Group names are letters (`widgetsA`, `widgetsB`, … `widgetsAa`), so no copy differs from another except by name.
 *
 *   npx tsx bench/gen/synthetic.ts <copies> [out.json]      (stdout without a file)
 */
import { writeFileSync } from "node:fs";

/** 0 → "A", 25 → "Z", 26 → "Aa", 27 → "Ab", … (letters only, so every spelling is a valid identifier part). */
export function groupSuffix(index: number): string {
  const letters = "abcdefghijklmnopqrstuvwxyz";
  let n = index;
  let out = "";
  do {
    out = letters[n % 26] + out;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return out[0]!.toUpperCase() + out.slice(1);
}

type Json = Record<string, unknown>;
const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: Json): Json => ({ "application/json": { schema } });
const errors = (): Json => ({
  "404": { description: "The resource does not exist.", content: json(ref("ErrorBody")) },
  "422": { description: "The request failed validation.", content: json(ref("ErrorBody")) },
});

function groupSchemas(s: string): Record<string, Json> {
  const status = { type: "string", enum: ["draft", "active", "archived"], description: "Lifecycle state." };
  const dimensions = {
    type: "object",
    required: ["width", "height"],
    properties: {
      width: { type: "number" },
      height: { type: "number" },
      unit: { type: "string", enum: ["mm", "cm", "in"] },
    },
  };
  return {
    [`Owner${s}`]: {
      type: "object",
      required: ["id", "email"],
      properties: {
        id: { type: "string" },
        email: { type: "string", format: "email" },
        profile: {
          type: "object",
          properties: {
            display_name: { type: "string" },
            joined_at: { type: "string", format: "date-time" },
            locale: { type: "string", enum: ["en", "fr", "de", "ja"] },
          },
        },
      },
    },
    [`Widget${s}`]: {
      type: "object",
      description: `A widget of group ${s}.`,
      required: ["id", "name", "status", "created_at"],
      properties: {
        id: { type: "string" },
        name: { type: "string" },
        status,
        created_at: { type: "string", format: "date-time", description: "When the widget was created." },
        dimensions,
        tags: { type: "array", items: { type: "string" } },
        parts: {
          type: "array",
          items: {
            type: "object",
            required: ["sku"],
            properties: { sku: { type: "string" }, quantity: { type: "integer", minimum: 1 } },
          },
        },
        owner: ref(`Owner${s}`),
        metadata: { type: "object", additionalProperties: { type: "string" } },
      },
    },
    [`CreateWidget${s}Request`]: {
      type: "object",
      required: ["name"],
      properties: { name: { type: "string" }, status, dimensions, tags: { type: "array", items: { type: "string" } } },
    },
    [`UpdateWidget${s}Request`]: {
      type: "object",
      properties: { name: { type: "string" }, status, dimensions },
    },
    [`Widget${s}Page`]: {
      type: "object",
      required: ["data"],
      properties: { data: { type: "array", items: ref(`Widget${s}`) }, next_cursor: { type: "string" } },
    },
  };
}

function groupPaths(s: string): Record<string, Json> {
  const tag = `widgets${s}`;
  const id = { name: "widget_id", in: "path", required: true, schema: { type: "string" } };
  return {
    [`/v1/widgets-${s.toLowerCase()}`]: {
      get: {
        operationId: `listWidgets${s}`,
        tags: [tag],
        summary: `List the widgets of group ${s}.`,
        parameters: [
          { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 100, default: 20 } },
          { name: "cursor", in: "query", schema: { type: "string" } },
          { name: "status", in: "query", schema: { type: "string", enum: ["draft", "active", "archived"] } },
          { name: "created_after", in: "query", schema: { type: "string", format: "date-time" } },
        ],
        responses: { "200": { description: "A page of widgets.", content: json(ref(`Widget${s}Page`)) }, ...errors() },
      },
      post: {
        operationId: `createWidget${s}`,
        tags: [tag],
        summary: `Create a widget in group ${s}.`,
        requestBody: { required: true, content: json(ref(`CreateWidget${s}Request`)) },
        responses: { "201": { description: "The new widget.", content: json(ref(`Widget${s}`)) }, ...errors() },
      },
    },
    [`/v1/widgets-${s.toLowerCase()}/{widget_id}`]: {
      get: {
        operationId: `getWidget${s}`,
        tags: [tag],
        summary: `Get one widget of group ${s}.`,
        parameters: [id, { name: "X-Request-Id", in: "header", schema: { type: "string" } }],
        responses: { "200": { description: "The widget.", content: json(ref(`Widget${s}`)) }, ...errors() },
      },
      patch: {
        operationId: `updateWidget${s}`,
        tags: [tag],
        summary: `Update a widget of group ${s}.`,
        parameters: [id],
        requestBody: { required: true, content: json(ref(`UpdateWidget${s}Request`)) },
        responses: { "200": { description: "The updated widget.", content: json(ref(`Widget${s}`)) }, ...errors() },
      },
      delete: {
        operationId: `deleteWidget${s}`,
        tags: [tag],
        summary: `Delete a widget of group ${s}.`,
        parameters: [id],
        responses: { "204": { description: "Deleted." }, ...errors() },
      },
    },
  };
}

/** The document with `copies` resource groups (0 copies: one trivial operation, the generator's fixed cost). */
export function syntheticSpec(copies: number): Json {
  const paths: Record<string, Json> = {};
  const schemas: Record<string, Json> = {
    ErrorBody: { type: "object", required: ["message"], properties: { message: { type: "string" }, code: { type: "string" } } },
  };
  if (copies === 0) {
    paths["/v1/ping"] = { get: { operationId: "ping", tags: ["health"], responses: { "204": { description: "Alive." } } } };
  }
  for (let i = 0; i < copies; i++) {
    const s = groupSuffix(i);
    Object.assign(paths, groupPaths(s));
    Object.assign(schemas, groupSchemas(s));
  }
  return {
    openapi: "3.1.0",
    info: { title: "Synthetic Widgets", version: "1.0.0" },
    servers: [{ url: "https://api.example.com" }],
    security: [{ bearer: [] }],
    paths,
    components: { schemas, securitySchemes: { bearer: { type: "http", scheme: "bearer" } } },
  };
}

/** Operations per resource group (the unit of the linearity check). */
export const OPERATIONS_PER_GROUP = 5;

if (process.argv[1]?.endsWith("bench/gen/synthetic.ts")) {
  const copies = Number(process.argv[2]);
  if (!Number.isInteger(copies) || copies < 0) {
    process.stderr.write("usage: npx tsx bench/gen/synthetic.ts <copies> [out.json]\n");
    process.exit(2);
  }
  const text = JSON.stringify(syntheticSpec(copies), null, 2) + "\n";
  if (process.argv[3]) writeFileSync(process.argv[3], text);
  else process.stdout.write(text);
}
