/**
 * validate/schema.ts keeps Ajv's standalone code of the OpenAPI schema validators in node_modules/.cache/sdkgen/ajv/
 * instead of compiling the schema on every run. The cached module must judge every document exactly as a validator
 * freshly compiled by Ajv does: same verdict, same errors in the same order.
 */
import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Diagnostics } from "../../generator/diagnostics.js";
import { OPTIONS, schemaFor, validateSchema } from "../../generator/validate/schema.js";
import { SourceIndex } from "../../generator/load/source-index.js";

const CACHE = "node_modules/.cache/sdkgen/ajv";
const fromParser = createRequire(createRequire(import.meta.url).resolve("@apidevtools/swagger-parser"));

const documents = (openapi: string): unknown[] => [
  { openapi, info: { title: "ok", version: "1" }, paths: {} },
  { openapi, info: { title: 5 }, paths: { "/a": { get: { responses: { "200": { description: 5 } } } } } },
  { openapi, info: { title: "x", version: "1" }, servers: "nope", paths: { a: { parameters: [{ name: "p" }] } } },
  {
    openapi,
    info: { title: "x", version: "1" },
    paths: { "/b/{id}": { post: { requestBody: { content: { "application/json": { schema: { type: "object" } } } }, responses: {} } } },
    components: { securitySchemes: { k: { type: "apiKey" } }, schemas: { S: true } },
  },
];

function cached(version: string): (doc: unknown) => boolean {
  const file = readdirSync(CACHE).find((f) => f.startsWith(`openapi-${version}-`) && f.endsWith(".cjs"));
  expect(file, `a cached ${version} validator in ${CACHE}`).toBeDefined();
  return createRequire(import.meta.url)(join(process.cwd(), CACHE, file!));
}

describe("the cached OpenAPI schema validators", () => {
  for (const [version, openapi] of [
    ["3.0", "3.0.3"],
    ["3.1", "3.1.0"],
  ] as const)
    it(`OpenAPI ${version}: the cached module reports what a freshly compiled validator reports`, () => {
      const root = { file: "x.yaml", path: "/x.yaml", doc: {}, positions: new Map() };
      validateSchema(documents(openapi)[1], new SourceIndex(root), new Diagnostics()); // writes the cache if absent
      const fromCache = cached(version) as ((doc: unknown) => boolean) & { errors?: unknown };
      const { schema, ajv } = schemaFor(version);
      const Ajv = fromParser(ajv);
      const fresh = new (Ajv.default ?? Ajv)(OPTIONS).compile(schema);
      for (const doc of documents(openapi)) {
        const verdict = fresh(doc);
        expect(fromCache(doc)).toBe(verdict);
        expect(fromCache.errors ?? null).toEqual(fresh.errors ?? null);
      }
      expect(documents(openapi).filter((d) => !fresh(d))).toHaveLength(3);
    });
});
