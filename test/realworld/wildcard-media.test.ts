/**
 * A wildcard media type (`*\/*`, `application/*`) names no wire format: the schema decides. A binary (or absent,
 * or `{}`) schema is bytes, sent as application/octet-stream; anything else is JSON. Through the whole pipeline.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/project.js";
import { generateSpec } from "./helpers.js";

const spec = join(ROOT, "test/realworld/suite/oas30-wildcard-response.yaml");

describe("wildcard media types", () => {
  it("*/* with a binary schema is a Blob read as bytes; a {} body is bytes sent as application/octet-stream", async () => {
    const { files, items } = await generateSpec(spec);
    expect(items.filter((d) => d.severity === "error")).toEqual([]);
    const echo = files.get("src/resources/anything.ts")!;
    expect(echo).toMatch(/echo\(request: Uploadable, requestOptions\?: RequestOptions\): HttpPromise<Blob>/);
    expect(echo).toMatch(/body: \{ type: "binary", value: request, contentType: "application\/octet-stream"/);
    expect(echo).toContain('responseType: "blob"');
    expect(echo).not.toContain('"*/*"');
  }, 120_000);

  it("application/* with an object schema is JSON, typed", async () => {
    const { files } = await generateSpec(spec);
    const jsonish = files.get("src/resources/json-ish.ts")!;
    expect(jsonish).toMatch(/jsonish\(requestOptions\?: RequestOptions\): HttpPromise<JsonIshJsonishResponse>/);
    expect(jsonish).toContain('responseType: "json"');
    expect(files.get("src/types.ts")).toMatch(/export interface JsonIshJsonishResponse \{[^}]*ok\?: boolean/);
  }, 120_000);
});
