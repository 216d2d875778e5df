/**
 * A converted Swagger 2.0 document locates every node at the Swagger file's own line and pointer: definitions,
 * body and formData parameters (now a requestBody), a response's schema (now under content), a parameter's type
 * (now its schema), global parameters and security definitions. (No `produces`: converted, the content type is the wildcard.)
 */
import { describe, expect, it } from "vitest";
import { Diagnostics } from "../../generator/diagnostics.js";
import { frontEnd, lineOf, shown } from "../pipeline/helpers.js";
import { ROOT } from "../helpers/project.js";
import { join } from "node:path";

const suite = (name: string) => join(ROOT, "test/realworld/suite", name);

async function locator(name: string) {
  const { sources } = await frontEnd(suite(name), {}, new Diagnostics());
  return (pointer: string) => {
    const at = sources.locate(pointer);
    return { file: at.file, line: at.line, pointer: at.pointer };
  };
}

describe("Swagger 2.0 positions after conversion", () => {
  it("form fields, the response schema, a parameter's type and definitions", async () => {
    const path = suite("swagger2-petstore-formdata.yaml");
    const locate = await locator("swagger2-petstore-formdata.yaml");
    const op = "/paths/~1pet~1{petId}~1uploadImage/post";
    const at = (needle: string, pointer: string, nth = 1) => ({ file: shown(path), line: lineOf(path, needle, nth), pointer });
    expect(locate(`${op}/requestBody/content/multipart~1form-data/schema/properties/file`)).toEqual(
      at("- name: file", `${op}/parameters/2`),
    );
    expect(locate(`${op}/requestBody`)).toEqual(at("- name: additionalMetadata", `${op}/parameters/1`));
    expect(locate(`${op}/responses/200/content/application~1json/schema`)).toEqual(at("schema:", `${op}/responses/200/schema`));
    expect(locate(`${op}/parameters/0/schema/format`)).toEqual(at("format: int64", `${op}/parameters/0/format`));
    expect(locate("/components/schemas/ApiResponse/properties/code")).toEqual(at("code:", "/definitions/ApiResponse/properties/code"));
  });

  it("a body parameter, global parameters, shared responses and security definitions", async () => {
    const path = suite("swagger2-global-parameters.json");
    const locate = await locator("swagger2-global-parameters.json");
    const at = (needle: string, pointer: string) => ({ file: shown(path), line: lineOf(path, needle), pointer });
    expect(locate("/components/parameters/PageSize/schema/maximum")).toEqual(at('"PageSize"', "/parameters/PageSize/maximum"));
    expect(locate("/components/securitySchemes/oauth")).toEqual(at('"oauth": {', "/securityDefinitions/oauth"));
    expect(locate("/components/responses/NotFound/content/*~1*/schema")).toEqual(at('"NotFound": {', "/responses/NotFound/schema"));
    expect(locate("/components/schemas/Item/properties/createdAt")).toEqual(at('"createdAt"', "/definitions/Item/properties/createdAt"));
  });
});
